package build

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"workplan/generator/internal/assets/assetstest"
	"workplan/generator/internal/site"
)

// fakeAssets stands in for the embedded third-party files, so builds in
// tests need neither npm nor go generate.
func fakeAssets() fs.FS { return assetstest.FS(site.EChartsVersion) }

// copyTree copies the content folder src to a new temporary folder.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "content")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

func run(t *testing.T, opt Options) *Result {
	t.Helper()
	opt.Assets = fakeAssets()
	r, err := Run(opt)
	if err != nil {
		for _, f := range r.Check.Findings {
			t.Log(f)
		}
		t.Fatal(err)
	}
	return r
}

// files reads every file under dir (except the lock) by relative path.
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == ".workplan.lock" {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameTrees fails unless dirs a and b hold the same files with the same bytes.
func sameTrees(t *testing.T, a, b string) {
	t.Helper()
	fa, fb := files(t, a), files(t, b)
	for p, x := range fa {
		y, ok := fb[p]
		switch {
		case !ok:
			t.Errorf("%s is only in %s", p, a)
		case !bytes.Equal(x, y):
			t.Errorf("%s differs (%d and %d bytes)", p, len(x), len(y))
		}
	}
	for p := range fb {
		if _, ok := fa[p]; !ok {
			t.Errorf("%s is only in %s", p, b)
		}
	}
	if len(fa) < 10 {
		t.Errorf("only %d files built", len(fa))
	}
}

// TestWorkersSameOutput: the output is byte-identical whatever the number
// of workers.
func TestWorkersSameOutput(t *testing.T) {
	content := copyTree(t, "../../../testdata/rich")
	one, four := t.TempDir(), t.TempDir()
	r1 := run(t, Options{Content: content, Out: one, Workers: 1})
	r4 := run(t, Options{Content: content, Out: four, Workers: 4})
	sameTrees(t, one, four)
	if !slices.Equal(r1.PDFs, r4.PDFs) || len(r1.Warns) != len(r4.Warns) {
		t.Errorf("results differ: %v %v", r1, r4)
	}
	if _, err := os.Stat(filepath.Join(one, ManifestName)); err != nil {
		t.Errorf("no manifest: %v", err)
	}
	if _, err := os.Stat(filepath.Join(one, "site", ManifestName)); err == nil {
		t.Errorf("the manifest must not be published inside site/")
	}
}

// edit replaces old by new in a content file, which must contain it.
func edit(t *testing.T, file, old, new string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s has no %q", file, old)
	}
	if err := os.WriteFile(file, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestIncremental: after an edit, an incremental build renders only the
// plans whose inputs changed (and the pages of their department's other
// years) and gives exactly what a full build of the edited tree gives.
func TestIncremental(t *testing.T) {
	content := copyTree(t, "../../../testdata/rich")
	out := t.TempDir()
	all := []string{"2025-culture", "2025-safety", "2024-culture"}

	r := run(t, Options{Content: content, Out: out, Incremental: true})
	if !slices.Equal(r.RenderedPDFs, all) || !slices.Equal(r.RenderedPages, all) {
		t.Fatalf("first build rendered %v and %v; want every plan", r.RenderedPDFs, r.RenderedPages)
	}

	steps := []struct {
		name         string
		change       func()
		pdfs, pages  []string
		beforeVerify func()
	}{
		{
			name:   "nothing changed",
			change: func() {},
		},
		{
			name:   "one item of a one-plan department",
			change: func() { edit(t, filepath.Join(content, "2025/safety/flood.yaml"), "total: 80,000", "total: 90,000") },
			pdfs:   []string{"2025-safety"}, pages: []string{"2025-safety"},
		},
		{
			// The 2025 page links the 2024 plan and charts both years.
			name: "an older year of a department",
			change: func() {
				edit(t, filepath.Join(content, "2024/culture/status.yaml"), "quota: 1, current: 1", "quota: 2, current: 1")
			},
			pdfs: []string{"2024-culture"}, pages: []string{"2025-culture", "2024-culture"},
		},
		{
			name:   "a Markdown file",
			change: func() { edit(t, filepath.Join(content, "2025/culture/achievements.md"), "", "추가 문단.\n\n") },
			pdfs:   []string{"2025-culture"}, pages: []string{"2025-culture", "2024-culture"},
		},
		{
			name: "site.yaml",
			change: func() {
				edit(t, filepath.Join(content, "site.yaml"), "가상구 주요업무 계획", "가상구 주요업무 계획 모음")
			},
			pdfs: all, pages: all,
		},
		{
			name: "a font named in site.yaml",
			change: func() {
				copyFile(t, "../fonts/ttf/NanumGothic.ttf", filepath.Join(content, "fonts/fb.ttf"))
				b, _ := os.ReadFile(filepath.Join(content, "site.yaml"))
				os.WriteFile(filepath.Join(content, "site.yaml"), append(b, "fonts:\n  fallback: fonts/fb.ttf\n"...), 0o644)
			},
			pdfs: all, pages: all,
		},
		{
			// The manifest keys take the font's hash from the bytes read.
			name:   "that font file replaced",
			change: func() { copyFile(t, "../fonts/ttf/PretendardGOV-Bold.ttf", filepath.Join(content, "fonts/fb.ttf")) },
			pdfs:   all, pages: all,
		},
		{
			name: "a previous output file tampered with",
			change: func() {
				if err := os.WriteFile(filepath.Join(out, "site/2025/safety/data/budget.csv"), []byte("x"), 0o644); err != nil {
					t.Fatal(err)
				}
			},
			pdfs: []string{"2025-safety"},
		},
		{
			name: "a plan removed",
			change: func() {
				if err := os.RemoveAll(filepath.Join(content, "2025/safety")); err != nil {
					t.Fatal(err)
				}
			},
		},
	}
	for _, st := range steps {
		t.Run(strings.ReplaceAll(st.name, " ", "_"), func(t *testing.T) {
			st.change()
			r := run(t, Options{Content: content, Out: out, Incremental: true, Workers: 2})
			if !slices.Equal(r.RenderedPDFs, st.pdfs) || !slices.Equal(r.RenderedPages, st.pages) {
				t.Errorf("rendered PDFs %v, pages %v; want %v and %v", r.RenderedPDFs, r.RenderedPages, st.pdfs, st.pages)
			}
			full := t.TempDir()
			run(t, Options{Content: content, Out: full})
			sameTrees(t, out, full)
		})
	}
}

// TestIncrementalBrokenContent: content with errors writes nothing, and the
// next incremental build still reuses the last good output.
func TestIncrementalBrokenContent(t *testing.T) {
	content := copyTree(t, "../../../testdata/rich")
	out := t.TempDir()
	run(t, Options{Content: content, Out: out, Incremental: true})
	before := files(t, out)

	flood := filepath.Join(content, "2025/safety/flood.yaml")
	edit(t, flood, "total: 80,000", "total: 80,000x")
	_, err := Run(Options{Content: content, Out: out, Incremental: true, Assets: fakeAssets()})
	if !errors.Is(err, ErrContent) {
		t.Fatalf("err = %v, want ErrContent", err)
	}
	after := files(t, out)
	if len(after) != len(before) {
		t.Fatalf("output changed: %d files, was %d", len(after), len(before))
	}
	for p, b := range before {
		if !bytes.Equal(b, after[p]) {
			t.Errorf("%s changed", p)
		}
	}

	edit(t, flood, "total: 80,000x", "total: 80,000")
	r := run(t, Options{Content: content, Out: out, Incremental: true})
	if len(r.RenderedPDFs) != 0 || len(r.RenderedPages) != 0 {
		t.Errorf("rendered %v and %v after restoring the content; want nothing", r.RenderedPDFs, r.RenderedPages)
	}
}

// TestProgress: a build shorter than a second prints no progress.
func TestProgress(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b)
	p.set("plans", 0, 3)
	p.add(3)
	p.stop()
	if b.Len() != 0 {
		t.Errorf("a quick build printed %q", b.String())
	}
	p = newProgress(&b)
	p.start = p.start.Add(-2 * progressDelay)
	p.set("plans", 120, 205)
	p.draw()
	p.stop()
	if got, want := b.String(), "\r\x1b[Kworkplan build: plans 120/205 …\r\x1b[K"; got != want {
		t.Errorf("progress = %q, want %q", got, want)
	}
}

// TestIncrementalTemplates: with replacement templates (as serve uses),
// editing a template renders every page again but no PDF.
func TestIncrementalTemplates(t *testing.T) {
	content := copyTree(t, "../../../testdata/rich")
	tmpl := copyTree(t, "../../../templates")
	out := t.TempDir()
	opt := Options{Content: content, Out: out, Incremental: true, Templates: os.DirFS(tmpl)}
	run(t, opt)
	if r := run(t, opt); len(r.RenderedPDFs)+len(r.RenderedPages) != 0 {
		t.Errorf("nothing changed, yet rendered %v and %v", r.RenderedPDFs, r.RenderedPages)
	}
	edit(t, filepath.Join(tmpl, "plan.html"), "", "{{/* edited */}}")
	r := run(t, opt)
	if len(r.RenderedPDFs) != 0 || len(r.RenderedPages) != 3 {
		t.Errorf("after a template edit rendered PDFs %v and pages %v; want no PDF and every page", r.RenderedPDFs, r.RenderedPages)
	}
	full := t.TempDir()
	opt.Out, opt.Incremental = full, false
	run(t, opt)
	sameTrees(t, out, full)
}

// TestIncrementalLinkedContent: a content folder that is a symbolic link
// is hashed through the link, so unchanged plans are still reused.
func TestIncrementalLinkedContent(t *testing.T) {
	content := copyTree(t, "../../../testdata/rich")
	link := filepath.Join(t.TempDir(), "content")
	if err := os.Symlink(content, link); err != nil {
		t.Skip(err)
	}
	out := t.TempDir()
	run(t, Options{Content: link, Out: out, Incremental: true})
	if r := run(t, Options{Content: link, Out: out, Incremental: true}); len(r.RenderedPDFs)+len(r.RenderedPages) != 0 {
		t.Errorf("nothing changed, yet rendered %v and %v", r.RenderedPDFs, r.RenderedPages)
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// The build's SOURCE_DATE_EPOCH is part of every plan's key: PDFs carry
// the date.
func TestSourceDateInKeys(t *testing.T) {
	r, faces := Check("../../../testdata/rich")
	if r.Errors > 0 {
		t.Fatal(r.Findings)
	}
	a, err := planKeys(r.Site, Options{Content: "rich"}, faces)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := planKeys(r.Site, Options{Content: "rich", SourceDate: time.Unix(1700000000, 0)}, faces)
	if a[0].pdf == "" || a[0].pdf == b[0].pdf {
		t.Errorf("keys %q and %q", a[0].pdf, b[0].pdf)
	}
}

// sitemap.xml stays well-formed XML whatever the base URL holds that the
// loader lets through (issue 12.7): & ' and Hangul in the path.
func TestSitemapIsWellFormed(t *testing.T) {
	content := copyTree(t, "../../../testdata/rich")
	edit(t, filepath.Join(content, "site.yaml"), "base_url: https://example.go.kr/plans", "base_url: \"https://example.go.kr/계획&자료'<2>/\"")
	out := t.TempDir()
	r, err := Run(Options{Content: content, Out: out, Assets: fakeAssets()})
	if errors.Is(err, ErrContent) {
		t.Skipf("the loader refuses this base_url: %v", r.Check.Findings)
	}
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(out, "site", "sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(data, &m); err != nil {
		t.Fatalf("sitemap.xml is not well-formed: %v\n%s", err, data)
	}
	if len(m.URLs) != 4 || !strings.Contains(m.URLs[0].Loc, "계획&자료'") {
		t.Errorf("sitemap locations: %+v", m.URLs)
	}
}
