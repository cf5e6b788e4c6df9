package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"workplan/generator/internal/golden"
	"workplan/generator/internal/load"
	"workplan/generator/internal/typeset"
)

// TestLayoutSnapshots compares each plan's layout (page, position, size
// and text of every line) with testdata/layout/<tree>/<slug>.txt, so that
// a change to the typesetting shows as a reviewable diff without poppler.
func TestLayoutSnapshots(t *testing.T) {
	for _, tree := range []string{"content", "testdata/rich"} {
		site := loadSite(t, tree)
		for _, p := range site.Plans {
			t.Run(p.Slug, func(t *testing.T) {
				b := lay(t, site, p)
				golden.Check(t, filepath.Join("testdata", "layout", filepath.Base(tree), p.Slug+".txt"), []byte(b.Snapshot()))
			})
		}
	}
	t.Run("comparison", func(t *testing.T) {
		d := typeset.NewDoc(defaultFonts(t), typeset.Landscape)
		layComparison(d, exampleReport(t), "신구대조표")
		golden.Check(t, filepath.Join("testdata", "layout", "comparison.txt"), []byte(d.Snapshot()))
	})
}

// TestLayoutCases lays out each testdata/layout/cases/*.txtar, a small
// content tree written inline, and compares the layout with the archive's
// "layout" file (UPDATE_GOLDEN=1 rewrites it). The archive's comment says
// what the case shows.
func TestLayoutCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/layout/cases/*.txtar")
	if len(files) == 0 {
		t.Fatal("no layout cases")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := fstest.MapFS{}
			want := -1
			for i, f := range ar.Files {
				if f.Name == "layout" {
					want = i
					continue
				}
				fsys[f.Name] = &fstest.MapFile{Data: f.Data}
			}
			site, findings := load.Load(fsys, "case")
			if site == nil || len(site.Plans) != 1 {
				t.Fatalf("the case must hold one valid plan:\n%v", findings)
			}
			got := lay(t, site, site.Plans[0]).Snapshot()
			if golden.Update() {
				if want < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "layout"})
					want = len(ar.Files) - 1
				}
				ar.Files[want].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want < 0 {
				t.Fatalf("no layout file in the archive (%s)", golden.Hint)
			}
			if w := string(ar.Files[want].Data); w != got {
				t.Errorf("layout differs:\n%s\n(%s)", golden.FirstDiff(w, got), golden.Hint)
			}
		})
	}
}
