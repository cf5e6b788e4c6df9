package hwpx

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
)

// TestBook binds the example's plans into a book (under one 국) and
// checks the package, that the same bytes come twice, and that the
// cover, the 순서 (국, department, entries) and each plan's chapters come
// in order.
func TestBook(t *testing.T) {
	s, l := load.Load(os.DirFS(filepath.Join(repoRoot(t), "content")), "content")
	if s == nil || (l != nil && l.HasErrors()) {
		t.Fatal(l)
	}
	bk := &model.Book{Year: 2024, Path: "pdf/book/2024/district.pdf", For: "행정건설위원회 소관", Title: "주요업무 계획",
		Bureaus: []model.BookBureau{{Bureau: &model.Bureau{Name: "기획조정실"}, Plans: s.Plans}}}
	b, err := Book(bk, s, BookOptions{Charts: PlanOptions{Charts: testCharts(t)}})
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Book(bk, s, BookOptions{Charts: PlanOptions{Charts: testCharts(t)}})
	if !bytes.Equal(b, again) {
		t.Error("two renderings differ")
	}
	entries := unzip(t, b)
	checkWellFormed(t, entries)
	checkReachable(t, entries)
	checkReferences(t, entries, "charPr", "paraPr", "style", "borderFill", "binaryItem")
	want := []string{"행정건설위원회 소관", "주요업무 계획", s.District, "순   서", "기획조정실"}
	for _, d := range loadPlans(t, "content") {
		want = append(want, d.Department)
		for _, e := range d.Contents {
			want = append(want, e.Label)
		}
	}
	for _, d := range loadPlans(t, "content") {
		for _, c := range d.Chapters {
			want = append(want, c.Label)
		}
	}
	checkTextInOrder(t, want, bodyText(body(t, entries)), len(want))
	if names := sectionNames(entries); len(names) != 2 {
		t.Errorf("sections %v; want the front matter and the numbered plans", names)
	}
}
