// Package assets holds the third-party files the website ships, embedded
// in the binary so the tool runs from any folder with no node_modules:
//
//   - echarts/: the ECharts runtime, bundled from the pinned npm package
//     with only the charts, components and renderer the site draws with,
//     with its LICENSE and NOTICE and the licence of zrender inside it. It is generated, not committed: run
//     `go generate ./generator/internal/assets` after
//     `npm ci --ignore-scripts`, then build.
//   - fonts/: the Pretendard GOV web fonts (SIL OFL 1.1), committed with
//     their licence.
//
// Paths in FS are the paths under the site's assets/ folder.
package assets

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

//go:generate go run ./gen

// files is the tree the site copies. fonts/ is committed, so the pattern
// matches on a fresh clone even before echarts/ is generated.
//
//go:embed files
var files embed.FS

// SetupCommand makes the chart runtime; it is named in every error that
// reports the runtime missing.
const SetupCommand = "npm ci --ignore-scripts && go generate ./generator/internal/assets"

// Site paths of the files the site links.
const (
	ECharts        = "echarts/echarts.min.js"
	EChartsLicense = "echarts/LICENSE"
	EChartsNotice  = "echarts/NOTICE"
	// ZRenderLicense is the BSD licence of zrender, the drawing library
	// ECharts bundles; its binary form must carry it.
	ZRenderLicense = "echarts/LICENSE-zrender"
	FontLicense    = "fonts/LICENSE.txt"
	// FontSheet declares the Regular and Bold faces split by
	// unicode-range into the chunks under FontChunkDir, so a page loads
	// only the chunks its text uses; its URLs are relative to itself.
	FontSheet    = "fonts/pretendard-gov.css"
	FontChunkDir = "fonts/subset/"
)

// Required lists every file FS must hold.
var Required = []string{ECharts, EChartsLicense, EChartsNotice, ZRenderLicense, FontLicense, FontSheet}

// The web fonts, committed under files/fonts from the npm package
// pretendard-gov (dist/web/static: the woff2-dynamic-subset chunks of
// Regular and Bold, which the site links by unicode-range); refresh them with
// `go run ./generator/internal/assets/gen -fonts`.
const (
	FontName    = "Pretendard GOV"
	FontVersion = "1.3.9"
)

// BannerPrefix starts the first line of the generated runtime; the rest of
// the line says what the bundle holds (see Info).
const BannerPrefix = "/*! workplan echarts "

// ErrNotEmbedded is returned (wrapped) when the binary was built without
// the generated chart runtime.
var ErrNotEmbedded = errors.New("chart runtime not embedded")

// Bundle says what the embedded chart runtime holds.
type Bundle struct {
	ECharts string   // ECharts version, e.g. "5.6.0"
	Bundler string   // e.g. "esbuild 0.28.2"
	Modules []string // what is registered with echarts.use, e.g. "BarChart", "SVGRenderer"
}

// Versions are the third-party versions inside the binary, for a
// `version` command.
type Versions struct {
	Bundle
	Font        string // font family name
	FontVersion string
}

// FS returns the site's third-party files, or an error naming the set-up
// command when the chart runtime was not generated before the build.
func FS() (fs.FS, error) {
	sub, err := fs.Sub(files, "files")
	if err != nil {
		return nil, err
	}
	if err := Check(sub); err != nil {
		return nil, err
	}
	return sub, nil
}

// Info returns the versions inside the binary; it fails as FS does.
func Info() (Versions, error) {
	v := Versions{Font: FontName, FontVersion: FontVersion}
	fsys, err := FS()
	if err != nil {
		return v, err
	}
	b, err := ReadBundle(fsys)
	v.Bundle = b
	return v, err
}

// Check reports what fsys lacks of the site's third-party files: a missing
// file, or a chart runtime that is not a bundle made by the generator.
func Check(fsys fs.FS) error {
	var missing, fonts []string
	for _, p := range Required {
		if _, err := fs.Stat(fsys, p); err != nil {
			if strings.HasPrefix(p, "echarts/") {
				missing = append(missing, p)
			} else {
				fonts = append(fonts, p)
			}
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("assets: %w (missing %s): run `%s` and rebuild", ErrNotEmbedded, strings.Join(missing, ", "), SetupCommand)
	}
	if len(fonts) > 0 {
		return fmt.Errorf("assets: web fonts missing (%s): they are committed under generator/internal/assets/files/fonts; restore them from git and rebuild", strings.Join(fonts, ", "))
	}
	_, err := ReadBundle(fsys)
	return err
}

// ReadBundle reads what the chart runtime in fsys holds from the banner
// the generator writes on its first line:
// /*! workplan echarts 5.6.0 esbuild 0.28.2 modules: A B C */
func ReadBundle(fsys fs.FS) (Bundle, error) {
	f, err := fsys.Open(ECharts)
	if err != nil {
		return Bundle{}, fmt.Errorf("assets: %w: run `%s` and rebuild", ErrNotEmbedded, SetupCommand)
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadBytes('\n')
	rest, ok := bytes.CutPrefix(bytes.TrimSpace(line), []byte(BannerPrefix))
	rest, ok2 := bytes.CutSuffix(rest, []byte("*/"))
	head, mods, ok3 := strings.Cut(string(rest), " modules:")
	fields := strings.Fields(head)
	if !ok || !ok2 || !ok3 || len(fields) != 3 {
		return Bundle{}, fmt.Errorf("assets: %w: %s was not made by the generator: run `%s` and rebuild", ErrNotEmbedded, ECharts, SetupCommand)
	}
	return Bundle{ECharts: fields[0], Bundler: fields[1] + " " + fields[2], Modules: strings.Fields(mods)}, nil
}

// Banner is the first line the generator writes on the runtime.
func Banner(b Bundle) string {
	return BannerPrefix + b.ECharts + " " + b.Bundler + " modules: " + strings.Join(b.Modules, " ") + " */"
}
