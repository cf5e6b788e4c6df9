package assets

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
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
	for _, f := range []string{EChartsLicense, FontLicense} {
		b, _ := fs.ReadFile(fsys, f)
		if !strings.Contains(string(b), map[string]string{EChartsLicense: "Apache License", FontLicense: "SIL OPEN FONT LICENSE"}[f]) {
			t.Errorf("%s is not the expected licence", f)
		}
	}
	// woff2 files start with the signature wOF2.
	for _, f := range []string{FontRegular, FontBold} {
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
		FontRegular: {Data: []byte("wOF2")},
		FontBold:    {Data: []byte("wOF2")},
		FontSheet:   {Data: []byte("@font-face{}")},
	}
	full := fstest.MapFS{
		EChartsLicense: {Data: []byte("Apache License")},
		EChartsNotice:  {Data: []byte("Apache ECharts")},
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
		FontLicense:    {Data: []byte("OFL")},
	}
	err := Check(fsys)
	if err == nil || errors.Is(err, ErrNotEmbedded) || !strings.Contains(err.Error(), "web fonts missing ("+FontBold) {
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
	rule := regexp.MustCompile(`@font-face\{[^}]*font-weight:(\d+);[^}]*src:url\(([^)]+)\) format\("woff2"\);unicode-range:([^}]+)\}`)
	rules := rule.FindAllSubmatch(css, -1)
	if len(rules) == 0 || bytes.Count(css, []byte("@font-face")) != len(rules) {
		t.Fatalf("%s: %d rules read of %d @font-face", FontSheet, len(rules), bytes.Count(css, []byte("@font-face")))
	}
	used := map[string]bool{}
	hangul := map[string]int{}
	for _, r := range rules {
		p := path.Join(path.Dir(FontSheet), string(r[2]))
		if used[p] {
			t.Errorf("%s named twice", p)
		}
		used[p] = true
		if b, err := fs.ReadFile(sub, p); err != nil || !bytes.HasPrefix(b, []byte("wOF2")) {
			t.Errorf("%s: not an embedded woff2 font (%v)", p, err)
		}
		for _, rg := range strings.Split(string(r[3]), ",") {
			lo, hi, _ := strings.Cut(strings.TrimPrefix(rg, "U+"), "-")
			a, err1 := strconv.ParseUint(lo, 16, 32)
			z, err2 := strconv.ParseUint(cmp.Or(hi, lo), 16, 32)
			if err1 != nil || err2 != nil || z < a {
				t.Fatalf("%s: bad unicode-range %q", p, rg)
			}
			if a <= 0xD7A3 && z >= 0xAC00 {
				hangul[string(r[1])] += int(min(z, 0xD7A3) - max(a, 0xAC00) + 1)
			}
		}
	}
	for _, w := range []string{"400", "700"} {
		if hangul[w] != 11172 {
			t.Errorf("weight %s: chunks cover %d Hangul syllables, want 11172", w, hangul[w])
		}
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
