package site

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"testing/fstest"

	"workplan/generator/internal/assets"
	"workplan/generator/internal/assets/assetstest"
)

// TestFontChunks checks that the web font's unicode-range rules stand in
// assets/fonts.css, out of the render-blocking site.css, that their URLs
// (relative to the sheet) name chunk files the site holds, and that the
// whole-font files are gone.
func TestFontChunks(t *testing.T) {
	set := assetstest.FS(EChartsVersion).(fstest.MapFS)
	set[assets.FontSheet] = &fstest.MapFile{Data: []byte(`/* sheet */
@font-face{font-family:"Pretendard GOV";font-weight:400;font-display:swap;src:url(subset/R.0.woff2) format("woff2");unicode-range:U+ac00-ac01}
@font-face{font-family:"Pretendard GOV";font-weight:700;font-display:swap;src:url(subset/B.0.woff2) format("woff2");unicode-range:U+ac00-ac01}
`)}
	set[assets.FontChunkDir+"R.0.woff2"] = &fstest.MapFile{Data: []byte("wOF2 R")}
	set[assets.FontChunkDir+"B.0.woff2"] = &fstest.MapFile{Data: []byte("wOF2 B")}
	out := writeSite(t, "content", Options{Assets: set})

	css, err := os.ReadFile(filepath.Join(out, "assets", "fonts.css"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(css, []byte("/* sheet */\n@font-face")) {
		t.Errorf("fonts.css does not start with the font's rules: %.80q", css)
	}
	site, err := os.ReadFile(filepath.Join(out, "assets", "site.css"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(site, []byte("@font-face{")) {
		t.Error("site.css, which blocks the first paint, declares font faces")
	}
	urls := regexp.MustCompile(`url\(([^)]+)\)`).FindAllSubmatch(css, -1)
	if len(urls) != 2 {
		t.Fatalf("fonts.css has %d url()s, want the 2 of the font sheet", len(urls))
	}
	for _, u := range urls {
		if _, err := os.Stat(filepath.Join(out, "assets", filepath.FromSlash(string(u[1])))); err != nil {
			t.Errorf("fonts.css links %s: %v", u[1], err)
		}
	}
	if bytes.Contains(css, []byte(".subset.woff2\"")) {
		t.Error("fonts.css still declares a whole-font file")
	}
}
