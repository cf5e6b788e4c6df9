package hwpx

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSiteFonts: the built-in regular face is named as the PDF names it,
// NanumGothic (a face a site may name) by its family, both with
// 함초롬돋움 as the substitute; a file that is not a font is an error.
func TestSiteFonts(t *testing.T) {
	for file, want := range map[string]string{"PretendardGOV-Regular.ttf": "Pretendard GOV", "NanumGothic.ttf": "나눔고딕"} {
		data, err := os.ReadFile(filepath.Join(repoRoot(t), "generator", "internal", "fonts", "ttf", file))
		if err != nil {
			t.Fatal(err)
		}
		fs, err := SiteFonts(data)
		if err != nil {
			t.Fatal(err)
		}
		if fs.Sans.Face != want && !(file == "NanumGothic.ttf" && fs.Sans.Face == "NanumGothic") {
			t.Errorf("%s: face %q, want %q", file, fs.Sans.Face, want)
		}
		if fs.Sans.Substitute != "함초롬돋움" || fs.Serif != DefaultFonts().Serif {
			t.Errorf("%s: %+v", file, fs)
		}
	}
	if _, err := SiteFonts([]byte("not a font")); err == nil {
		t.Error("not a font: no error")
	}
}
