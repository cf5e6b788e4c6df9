package synth

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"workplan/generator"
)

// TestGeneratedDistrictLoads writes a small district (past the named
// departments, so numbered ones are covered too) and loads it: no errors,
// no warnings, every plan and item present, every department in the
// organisation chart under a 국 and a committee, drafts marked.
func TestGeneratedDistrictLoads(t *testing.T) {
	dir := t.TempDir()
	st, err := Generate(dir, Options{Depts: len(departments) + 2, Years: 2, Drafts: 2})
	if err != nil {
		t.Fatal(err)
	}
	if want := (len(departments) + 2) * 2; st.Plans != want {
		t.Fatalf("wrote %d plans, want %d", st.Plans, want)
	}
	r := generator.Check(dir)
	site := r.Site
	for _, f := range r.Findings {
		t.Errorf("%s", f)
	}
	if site == nil {
		t.Fatal("no site loaded")
	}
	items, drafts := 0, 0
	for _, p := range site.Plans {
		if n := len(p.Items); n < 5 || n > 12 {
			t.Errorf("%s has %d items; want 5 to 12", p.Slug, n)
		}
		if p.Department.BureauName() == "" || p.Department.Committee == nil {
			t.Errorf("%s has no 국 or committee", p.Slug)
		}
		if p.Draft {
			drafts++
			if p.Year != 2026 {
				t.Errorf("draft %s is not for the year after the last", p.Slug)
			}
			continue
		}
		items += len(p.Items)
	}
	if st.Drafts != 2 || drafts != 2 {
		t.Errorf("%d drafts written, %d loaded; want 2", st.Drafts, drafts)
	}
	if len(site.Plans) != st.Plans+st.Drafts || items != st.Items {
		t.Errorf("loaded %d plans and %d items; the generator wrote %d and %d", len(site.Plans), items, st.Plans, st.Items)
	}
}

// TestGenerateDeterministic: the same options write the same bytes, and a
// department's plan does not depend on how many departments there are
// (site.yaml's chart does).
func TestGenerateDeterministic(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	for _, d := range []struct {
		dir   string
		depts int
	}{{a, 3}, {b, 3}, {c, 5}} {
		if _, err := Generate(d.dir, Options{Depts: d.depts, Years: 2, Seed: 7}); err != nil {
			t.Fatal(err)
		}
	}
	files := 0
	err := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		for _, other := range []string{b, c} {
			if other == c && rel == "site.yaml" {
				continue
			}
			y, err := os.ReadFile(filepath.Join(other, rel))
			if err != nil || !bytes.Equal(x, y) {
				t.Errorf("%s differs between runs (%v)", rel, err)
			}
		}
		files++
		return nil
	})
	if err != nil || files == 0 {
		t.Fatalf("walked %d files: %v", files, err)
	}
}
