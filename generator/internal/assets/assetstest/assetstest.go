// Package assetstest gives tests of the site a small stand-in for the
// embedded third-party files, so they need neither npm nor go generate.
package assetstest

import (
	"io/fs"
	"testing/fstest"

	"workplan/generator/internal/assets"
)

// FS returns a set that passes assets.Check: a runtime whose banner names
// ECharts version echarts, and one-line stand-ins for the other files.
func FS(echarts string) fs.FS {
	m := fstest.MapFS{}
	for _, p := range assets.Required {
		m[p] = &fstest.MapFile{Data: []byte(p + " stand-in\n")}
	}
	banner := assets.Banner(assets.Bundle{ECharts: echarts, Bundler: "stand-in 0", Modules: []string{"StandIn"}})
	m[assets.ECharts] = &fstest.MapFile{Data: []byte(banner + "\n")}
	return m
}
