package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"workplan/generator/internal/assets"
)

// The web fonts are committed, so a set-up needs no 200 MB npm package.
// -fonts refreshes them from pretendard-gov, installed for the purpose
// with npm install --no-save --ignore-scripts pretendard-gov@<version>.
var weights = []struct {
	css  string // font-weight in the package's style sheet
	face string // file name stem
}{{"400", "PretendardGOV-Regular"}, {"700", "PretendardGOV-Bold"}}

var (
	fontFace   = regexp.MustCompile(`@font-face\s*{([^}]*)}`)
	fontWeight = regexp.MustCompile(`font-weight:\s*(\d+)`)
	woff2URL   = regexp.MustCompile(`url\(\./woff2-dynamic-subset/([A-Za-z-]+\.subset\.\d+\.woff2)\)`)
	uniRange   = regexp.MustCompile(`unicode-range:\s*([^;]+);`)
)

// copyFonts copies the licence, and the unicode-range chunks with a style
// sheet declaring them. (The whole KS X 1001 subsets are not copied: the
// site links only the chunks.)
func copyFonts(root string) error {
	pkg := filepath.Join(root, "node_modules", "pretendard-gov")
	var got struct {
		Version string `json:"version"`
	}
	if err := readJSON(filepath.Join(pkg, "package.json"), &got); err != nil {
		return fmt.Errorf("%w: run npm install --no-save --ignore-scripts pretendard-gov@%s first", err, assets.FontVersion)
	}
	if got.Version != assets.FontVersion {
		return fmt.Errorf("node_modules has pretendard-gov %s; assets.FontVersion is %s", got.Version, assets.FontVersion)
	}
	static := filepath.Join(pkg, "dist", "web", "static")
	out := filepath.Join(root, "generator", "internal", "assets", "files")
	copies := map[string]string{
		filepath.Join(pkg, "dist", "LICENSE.txt"): assets.FontLicense,
	}
	css, err := os.ReadFile(filepath.Join(static, "pretendard-gov-dynamic-subset.css"))
	if err != nil {
		return err
	}
	var sheet bytes.Buffer
	fmt.Fprintf(&sheet, "/* Pretendard GOV %s (SIL Open Font License 1.1, see LICENSE.txt), split by unicode-range: a page loads only the chunks its text uses. */\n", assets.FontVersion)
	chunks := 0
	for _, m := range fontFace.FindAllSubmatch(css, -1) {
		block := m[1]
		wm, um, rm := fontWeight.FindSubmatch(block), woff2URL.FindSubmatch(block), uniRange.FindSubmatch(block)
		if wm == nil || um == nil || rm == nil {
			return fmt.Errorf("pretendard-gov-dynamic-subset.css: a @font-face without weight, woff2 or unicode-range: %.80s", block)
		}
		keep := false
		for _, w := range weights {
			keep = keep || (string(wm[1]) == w.css && strings.HasPrefix(string(um[1]), w.face+"."))
		}
		if !keep {
			continue
		}
		chunks++
		copies[filepath.Join(static, "woff2-dynamic-subset", string(um[1]))] = assets.FontChunkDir + string(um[1])
		fmt.Fprintf(&sheet, "@font-face{font-family:\"Pretendard GOV\";font-style:normal;font-weight:%s;font-display:swap;src:url(%s) format(\"woff2\");unicode-range:%s}\n",
			wm[1], strings.TrimPrefix(assets.FontChunkDir, "fonts/")+string(um[1]), strings.ReplaceAll(string(rm[1]), ", ", ","))
	}
	if chunks != 240 {
		return fmt.Errorf("pretendard-gov-dynamic-subset.css: %d chunks for Regular and Bold, want 240", chunks)
	}
	if err := os.RemoveAll(filepath.Join(out, filepath.FromSlash(assets.FontChunkDir))); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(out, filepath.FromSlash(assets.FontChunkDir)), 0o755); err != nil {
		return err
	}
	total := 0
	for from, to := range copies {
		b, err := os.ReadFile(from)
		if err != nil {
			return err
		}
		total += len(b)
		if err := os.WriteFile(filepath.Join(out, filepath.FromSlash(to)), b, 0o644); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(out, filepath.FromSlash(assets.FontSheet)), sheet.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("fonts: %d files, %d bytes, and %s (%d bytes)\n", len(copies), total, assets.FontSheet, sheet.Len())
	return nil
}
