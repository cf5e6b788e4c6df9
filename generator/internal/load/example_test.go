package load

import (
	"os"
	"testing"

	"workplan/generator/internal/markdown"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// loadDir loads a content folder relative to the repository root.
func loadDir(t testing.TB, dir string) *model.Site {
	t.Helper()
	site, l := Load(os.DirFS("../../../"+dir), dir)
	if site == nil {
		t.Fatalf("loading %s failed:\n%s", dir, l.Error())
	}
	for _, f := range l.Sorted() {
		t.Logf("%s", f)
	}
	return site
}

// TestExampleMatchesSource checks the example's computed model against the
// figures of the source document (shared/seed, REFERENCE.md §1).
func TestExampleMatchesSource(t *testing.T) {
	site := loadDir(t, "content")
	if len(site.Plans) != 1 {
		t.Fatalf("got %d plans, want 1", len(site.Plans))
	}
	p := site.Plans[0]
	if p.Year != 2024 || p.Department.Name != "새마포담당관" || p.Occasion != "제266회 마포구의회 임시회" || p.Date.String() != "2024. 2." {
		t.Errorf("cover facts: %d %s %s %s", p.Year, p.Department.Name, p.Occasion, p.Date)
	}
	if p.Slug != "2024-saemapo" || p.Path != "2024/saemapo/" {
		t.Errorf("slug %q path %q", p.Slug, p.Path)
	}

	st := p.Status
	if st == nil {
		t.Fatal("no 일반현황")
	}
	h := st.Headcount
	if h.Quota != 20 || h.Current != 19 {
		t.Errorf("정원/현원 = %d/%d, want 20/19", h.Quota, h.Current)
	}
	wantGrades := []model.GradeCount{{Grade: "5급", Quota: 1, Current: 1}, {Grade: "6급", Quota: 6, Current: 6},
		{Grade: "7급", Quota: 6, Current: 4}, {Grade: "8급", Quota: 6, Current: 6}, {Grade: "9급", Quota: 1, Current: 2}}
	if len(h.Grades) != len(wantGrades) {
		t.Fatalf("got %d grades", len(h.Grades))
	}
	for i, g := range wantGrades {
		if h.Grades[i] != g {
			t.Errorf("grade %d = %+v, want %+v", i, h.Grades[i], g)
		}
	}
	if b := st.Budget; b.Total.Format(b.Unit) != "418백만원" || b.Accounts[0].Amount.Format(b.Unit) != "418백만원" ||
		!b.Accounts[1].None || !b.Accounts[2].None {
		t.Errorf("budget: total %s, accounts %+v", b.Total.Format(b.Unit), b.Accounts)
	}
	if n := len(st.Committees.List); n != 5 {
		t.Errorf("committees = %d, want 5", n)
	}
	if l := st.Laws; l.Total != 25 || l.Kinds[0].Count != 15 || l.Kinds[1].Count != 10 {
		t.Errorf("laws = %+v", l)
	}
	if st.Organisation.Note == "" {
		t.Errorf("the lost org chart must be noted")
	}

	wantBudgets := []string{"19,600천원", "18,880천원", "16,366천원", "18,040천원", "202,154천원"}
	if len(p.Items) != 5 {
		t.Fatalf("got %d items", len(p.Items))
	}
	for i, it := range p.Items {
		if got := it.Budget.Total.Format(money.Thousand); got != wantBudgets[i] {
			t.Errorf("item %s budget = %s, want %s", it.ID, got, wantBudgets[i])
		}
		if s := it.Budget.Sources; len(s) != 1 || s[0].Name != "구비" || s[0].Form != model.SourceWhole {
			t.Errorf("item %s sources = %+v, want 구비 paying all", it.ID, s)
		}
		if it.Purpose == nil || markdown.PlainText(it.Purpose.Doc, it.Purpose.Source) == "" {
			t.Errorf("item %s has no purpose", it.ID)
		}
	}
	if got := p.ItemBudget.Format(money.Thousand); got != "275,040천원" {
		t.Errorf("items together = %s, want 275,040천원", got)
	}

	// Item 1: 37 pledges = 6+9+8+9+5, placed after 사업대상.
	pl, ok := p.Items[0].BlocksAfter(model.AfterTarget)[0].(*model.PledgeTable)
	if !ok || pl.Total != 37 || len(pl.Tasks) != 5 {
		t.Fatalf("pledge table = %+v", pl)
	}
	for i, n := range []int{6, 9, 8, 9, 5} {
		if pl.Tasks[i].Count != n {
			t.Errorf("task %d count = %d, want %d", i, pl.Tasks[i].Count, n)
		}
	}

	// Item 3: 16,366 = 3,700 + 1,462 + 11,204.
	b3 := p.Items[2].Budget
	var parts []string
	for _, l := range b3.Breakdown {
		parts = append(parts, l.Amount.Format(money.Thousand))
	}
	if len(parts) != 3 || parts[0] != "3,700천원" || parts[1] != "1,462천원" || parts[2] != "11,204천원" {
		t.Errorf("item 3 breakdown = %v", parts)
	}

	// Item 4: 98 = 32 + 46 + 20 of at most 120, in the box after 사업내용.
	box, ok := p.Items[3].BlocksAfter(model.AfterContents)[0].(*model.Box)
	if !ok || box.Tally == nil {
		t.Fatal("item 4 has no box with a tally after 사업내용")
	}
	if tl := box.Tally; tl.Total != 98 || tl.Cap != 120 || tl.Parts[0].Count != 32 || tl.Parts[1].Count != 46 || tl.Parts[2].Count != 20 {
		t.Errorf("tally = %+v", tl)
	}
	if len(box.Lines) != 5 {
		t.Errorf("box has %d ▶ lines, want 5", len(box.Lines))
	}
}

// TestRichFixtureLoads checks the derived figures of the test fixture that
// the example does not exercise: sub-accounts, previous year, ratios.
func TestRichFixtureLoads(t *testing.T) {
	site := loadDir(t, "testdata/rich")
	if len(site.Plans) != 3 || site.Plans[0].Year != 2025 || site.Plans[2].Year != 2024 {
		t.Fatalf("plans not ordered newest first: %d", len(site.Plans))
	}
	culture := site.Plans[0]
	b := culture.Status.Budget
	if b.Total.Number(b.Unit) != "12,480" || b.PrevTotal.Number(b.Unit) != "12,450" || b.Change.Delta(b.Unit) != "30" {
		t.Errorf("accounts total %s prev %s change %s", b.Total.Number(b.Unit), b.PrevTotal.Number(b.Unit), b.Change.Delta(b.Unit))
	}
	special := b.Accounts[1]
	if special.Amount.Number(b.Unit) != "1,780" || special.Change.Delta(b.Unit) != "△320" {
		t.Errorf("특별회계 = %s (%s)", special.Amount.Number(b.Unit), special.Change.Delta(b.Unit))
	}
	it := culture.Items[0]
	if it.ID != "1-1" || it.Budget.Total.Format(money.Million) != "2,500백만원" {
		t.Errorf("item 1-1 total %s", it.Budget.Total.Format(money.Million))
	}
	if s := it.Budget.Sources; s[0].Amount.Format(money.Million) != "750백만원" || s[2].RateBP != 5000 {
		t.Errorf("ratio sources = %+v", s)
	}
	if got := culture.Items[2].Budget.Total.Format(money.HundredMillion); got != "4.5억원" {
		t.Errorf("item 2-1 total = %s", got)
	}
	if culture.Status.Laws.Total != 9 {
		t.Errorf("laws total = %d", culture.Status.Laws.Total)
	}
}
