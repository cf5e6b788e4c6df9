package site

import (
	"os"
	"path/filepath"
	"testing"
	"workplan/generator/internal/golden"
)

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
		"search.html",
		"search.json",
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
// Rewrite them with UPDATE_GOLDEN=1 (package golden).
func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			out := writeSite(t, c.content, Options{Assets: fakeAssets(), PDF: true})
			for _, f := range c.files {
				got, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(f)))
				if err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join("testdata", "golden", c.name, filepath.FromSlash(f)), got)
			}
		})
	}
}

func clip(s string) string {
	if r := []rune(s); len(r) > 300 {
		return string(r[:300]) + "…"
	}
	return s
}
