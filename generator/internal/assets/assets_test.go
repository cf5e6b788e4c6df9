package assets

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// embedded returns the embedded files, skipping the test when the chart
// runtime was not generated, except in CI, where that is a failure.
func embedded(t *testing.T) fs.FS {
	t.Helper()
	fsys, err := FS()
	if errors.Is(err, ErrNotEmbedded) {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v (CI must run it before go test)", err)
		}
		t.Skipf("%v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}

// TestEmbedded checks the generated set is whole, and made from the npm
// packages package.json pins now (not left over from older ones).
func TestEmbedded(t *testing.T) {
	fsys := embedded(t)
	for _, p := range Required {
		b, err := fs.ReadFile(fsys, p)
		if err != nil || len(b) == 0 {
			t.Errorf("%s: empty or missing (%v)", p, err)
		}
	}
	v, err := Info()
	if err != nil {
		t.Fatal(err)
	}
	var pj struct {
		Dependencies, DevDependencies map[string]string
	}
	b, err := os.ReadFile("../../../package.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &pj); err != nil {
		t.Fatal(err)
	}
	if want := pj.Dependencies["echarts"]; v.ECharts != want {
		t.Errorf("embedded ECharts %s, package.json pins %s: run `%s`", v.ECharts, want, SetupCommand)
	}
	if want := "esbuild " + pj.DevDependencies["esbuild"]; v.Bundler != want {
		t.Errorf("bundled with %s, package.json pins %s: run `%s`", v.Bundler, want, SetupCommand)
	}
	if v.Font != "Pretendard GOV" || v.FontVersion == "" {
		t.Errorf("font %q %q", v.Font, v.FontVersion)
	}
	js, _ := fs.ReadFile(fsys, ECharts)
	// The bundle defines the global the chart helper calls, and nothing
	// unused by the production build (no development warnings).
	for _, want := range []string{"var echarts=", "5.6.0"} {
		if !strings.Contains(string(js), want) {
			t.Errorf("%s lacks %q", ECharts, want)
		}
	}
	if strings.Contains(string(js), "process.env") {
		t.Errorf("%s refers to process.env: NODE_ENV was not defined when bundling", ECharts)
	}
	for _, f := range []string{EChartsLicense, ZRenderLicense, FontLicense} {
		b, _ := fs.ReadFile(fsys, f)
		if !strings.Contains(string(b), map[string]string{EChartsLicense: "Apache License", ZRenderLicense: "BSD", FontLicense: "SIL OPEN FONT LICENSE"}[f]) {
			t.Errorf("%s is not the expected licence", f)
		}
	}
	// woff2 files start with the signature wOF2.
	chunks, _ := fs.Glob(fsys, FontChunkDir+"*")
	if len(chunks) == 0 {
		t.Errorf("no font chunks under %s", FontChunkDir)
	}
	for _, f := range chunks {
		b, _ := fs.ReadFile(fsys, f)
		if !strings.HasPrefix(string(b), "wOF2") {
			t.Errorf("%s is not a woff2 font", f)
		}
	}
}

// TestCheckFailsClearly checks a set without the generated runtime, or
// with a runtime not made by the generator, is refused with the command
// that fixes it.
func TestCheckFailsClearly(t *testing.T) {
	fonts := fstest.MapFS{
		FontLicense: {Data: []byte("OFL")},
		FontSheet:   {Data: []byte("@font-face{}")},
	}
	full := fstest.MapFS{
		EChartsLicense: {Data: []byte("Apache License")},
		EChartsNotice:  {Data: []byte("Apache ECharts")},
		ZRenderLicense: {Data: []byte("BSD 3-Clause")},
	}
	for k, v := range fonts {
		full[k] = v
	}
	cases := map[string]struct {
		runtime string // "" leaves it out
		want    string
	}{
		"missing":     {"", "missing echarts/echarts.min.js"},
		"whole dist":  {"/*! Apache ECharts */\nvar echarts;", "was not made by the generator"},
		"bad banner":  {BannerPrefix + "5.6.0 modules: */\n", "was not made by the generator"},
		"good banner": {Banner(Bundle{ECharts: "5.6.0", Bundler: "esbuild 0.28.2", Modules: []string{"BarChart"}}) + "\nvar echarts;", ""},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range full {
				fsys[k] = v
			}
			if c.runtime != "" {
				fsys[ECharts] = &fstest.MapFile{Data: []byte(c.runtime)}
			}
			err := Check(fsys)
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				b, err := ReadBundle(fsys)
				if err != nil || b.ECharts != "5.6.0" || b.Bundler != "esbuild 0.28.2" || !slices.Equal(b.Modules, []string{"BarChart"}) {
					t.Fatalf("ReadBundle = %+v, %v", b, err)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrNotEmbedded) {
				t.Fatalf("Check = %v, want ErrNotEmbedded", err)
			}
			for _, want := range []string{c.want, "chart runtime not embedded", SetupCommand, "rebuild"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
		})
	}
}

// TestCheckFonts checks a tree without its committed fonts is refused
// with a message about the fonts, not the generated runtime.
func TestCheckFonts(t *testing.T) {
	fsys := fstest.MapFS{
		ECharts:        {Data: []byte(Banner(Bundle{ECharts: "5.6.0", Bundler: "esbuild 0.28.2", Modules: []string{"BarChart"}}) + "\n")},
		EChartsLicense: {Data: []byte("Apache License")},
		EChartsNotice:  {Data: []byte("Apache ECharts")},
		ZRenderLicense: {Data: []byte("BSD 3-Clause")},
		FontLicense:    {Data: []byte("OFL")},
	}
	err := Check(fsys)
	if err == nil || errors.Is(err, ErrNotEmbedded) || !strings.Contains(err.Error(), "web fonts missing ("+FontSheet) {
		t.Fatalf("Check = %v", err)
	}
}

// TestRuntimeIgnored keeps the generated runtime out of git: it is made
// from npm by the set-up, never committed.
func TestRuntimeIgnored(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", ".gitignore"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(strings.Split(string(b), "\n"), "/generator/internal/assets/files/echarts/") {
		t.Error(".gitignore does not ignore /generator/internal/assets/files/echarts/")
	}
}

// TestFontSheet checks the unicode-range style sheet names only chunks
// that are embedded, every chunk once, each weight covering all Hangul
// syllables.
func TestFontSheet(t *testing.T) {
	sub, err := fs.Sub(files, "files")
	if err != nil {
		t.Fatal(err)
	}
	css, err := fs.ReadFile(sub, FontSheet)
	if err != nil {
		t.Fatal(err)
	}
	chunks, err := parseSheet(css)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(css, []byte("@font-face")); n != len(chunks) {
		t.Fatalf("%s: %d rules read of %d @font-face", FontSheet, len(chunks), n)
	}
	used := map[string]bool{}
	hangul := map[int]int{}
	for _, c := range chunks {
		if used[c.file] {
			t.Errorf("%s named twice", c.file)
		}
		used[c.file] = true
		if b, err := fs.ReadFile(sub, c.file); err != nil || !bytes.HasPrefix(b, []byte("wOF2")) {
			t.Errorf("%s: not an embedded woff2 font (%v)", c.file, err)
		}
		for _, r := range c.ranges {
			if r[0] <= 0xD7A3 && r[1] >= 0xAC00 {
				hangul[c.weight] += int(min(r[1], 0xD7A3) - max(r[0], 0xAC00) + 1)
			}
		}
	}
	if len(hangul) != 2 || hangul[400] != 11172 || hangul[700] != 11172 {
		t.Errorf("Hangul syllables covered by weight: %v, want 11172 for 400 and 700", hangul)
	}
	err = fs.WalkDir(sub, strings.TrimSuffix(FontChunkDir, "/"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !used[p] {
			t.Errorf("%s is embedded but %s does not name it", p, FontSheet)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFontChunks checks the chunks a text needs: one per range hit, of the
// weight asked for, none for no text.
func TestFontChunks(t *testing.T) {
	none, err := FontChunks(400, "")
	if err != nil || len(none) != 0 {
		t.Fatalf("FontChunks(400, \"\") = %v, %v", none, err)
	}
	one, err := FontChunks(700, "가")
	if err != nil || len(one) != 1 || !strings.HasPrefix(one[0], FontChunkDir+"PretendardGOV-Bold.subset.") {
		t.Fatalf("FontChunks(700, 가) = %v, %v", one, err)
	}
	var all strings.Builder
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		all.WriteRune(r)
	}
	regular, err := FontChunks(400, all.String()+"가")
	if err != nil {
		t.Fatal(err)
	}
	// Exactly the weight-400 rules with a range in U+AC00–D7A3, once each.
	css, err := fs.ReadFile(files, "files/"+FontSheet)
	if err != nil {
		t.Fatal(err)
	}
	chunks, err := parseSheet(css)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range chunks {
		if c.weight == 400 && slices.ContainsFunc(c.ranges, func(r [2]rune) bool { return r[0] <= 0xD7A3 && r[1] >= 0xAC00 }) {
			want = append(want, c.file)
		}
	}
	if !slices.Equal(regular, want) {
		t.Errorf("all Hangul needs %d Regular chunks %v, want %d", len(regular), regular, len(want))
	}
	for _, c := range regular {
		if !strings.Contains(c, "Regular") {
			t.Errorf("weight 400 gave %s", c)
		}
	}
}
