package site

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenCases are the files compared byte for byte with testdata/golden.
var goldenCases = []struct {
	name, content string
	files         []string
}{
	{"example", "content", []string{
		"index.html",
		"2024/saemapo/index.html",
		"assets/charts/2024-saemapo.js",
		"404.html",
		"sitemap.xml",
	}},
	{"rich", "testdata/rich", []string{
		"index.html",
		"2024/culture/index.html",
		"2025/culture/index.html",
		"2025/safety/index.html",
		"assets/charts/2024-culture.js",
		"assets/charts/2025-culture.js",
		"assets/charts/2025-safety.js",
		"sitemap.xml",
	}},
}

// TestGolden compares pages and chart scripts with the golden files.
// Rewrite them with: go test ./generator/site -run TestGolden -update
func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			out := writeSite(t, c.content, Options{NodeModules: fakeNodeModules(t), PDF: true})
			for _, f := range c.files {
				got, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(f)))
				if err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", "golden", c.name, filepath.FromSlash(f))
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./generator/site -run TestGolden -update)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s:\n%s\n(if the change is intended, run go test ./generator/site -run TestGolden -update and review the diff)", f, golden, firstDiff(string(want), string(got)))
				}
			}
		})
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + clip(w) + "\n  got:  " + clip(g)
		}
	}
	return "(same lines, different bytes)"
}

func clip(s string) string {
	if r := []rune(s); len(r) > 300 {
		return string(r[:300]) + "…"
	}
	return s
}
