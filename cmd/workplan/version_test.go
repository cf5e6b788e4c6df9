package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"workplan/generator"
)

// TestVersionWithoutRuntime: a binary built without the chart runtime says
// so plainly, names the set-up command, and still prints the font.
func TestVersionWithoutRuntime(t *testing.T) {
	v := generator.VersionInfo{Tool: "devel", Go: "go1.26.8",
		AssetsErr: fmt.Errorf("assets: %w (missing echarts/echarts.min.js)", generator.ErrAssetsNotEmbedded)}
	v.Assets.Font, v.Assets.FontVersion = "Pretendard GOV", "1.3.9"
	var b bytes.Buffer
	writeVersion(&b, v)
	for _, want := range []string{
		"workplan devel\n",
		"built with go1.26.8 for ",
		"chart runtime: not embedded; this binary checks and compares content but cannot build sites\n",
		"`" + generator.AssetsSetupCommand + "`",
		"web font: Pretendard GOV 1.3.9\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
}
