package document

import (
	"strings"
	"testing"

	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

func budgeted(id string, u money.Unit, total money.Amount, sources ...string) *model.Item {
	b := &model.Budget{Unit: u, Total: total}
	for _, s := range sources {
		b.Sources = append(b.Sources, model.FundingSource{Name: s, Private: s == "민자"})
	}
	return &model.Item{ID: id, Title: "사업 " + id, Budget: b}
}

func TestBudgetSumLikeWithLike(t *testing.T) {
	won := money.Amount(1000)
	a := budgeted("1", money.Thousand, 100*won, "구비")
	project := budgeted("2", money.Thousand, 900*won, "시비")
	project.Budget.Kind = model.BudgetProject
	for _, tc := range []struct {
		name  string
		items []*model.Item
		want  string // sum as printed, "" when no sum
	}{
		{"one unit, public", []*model.Item{a, budgeted("2", money.Thousand, 50*won, "국비", "시비")}, "150천원"},
		{"units differ", []*model.Item{a, budgeted("2", money.HundredMillion, 3672*100_000_000)}, ""},
		{"private money", []*model.Item{a, budgeted("2", money.Thousand, 50*won, "시비", "민자")}, ""},
		{"item twice", []*model.Item{a, a}, "100천원"},
		{"총사업비 not added", []*model.Item{a, project}, "100천원"},
		{"no budget", []*model.Item{{ID: "1"}}, ""},
	} {
		sum, u, _, ok := budgetSum(&model.Plan{Items: tc.items})
		got := ""
		if ok {
			got = sum.Format(u)
		}
		if got != tc.want {
			t.Errorf("%s: sum %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSummariesOnlyWhenAsked(t *testing.T) {
	won := money.Amount(1000)
	p := &model.Plan{Items: []*model.Item{budgeted("1", money.Thousand, 100*won), budgeted("2", money.Thousand, 50*won)}}
	b := &builder{plan: p, chartIDs: map[string]bool{}}
	if blocks := b.itemBudgets(counter("c")); len(blocks) != 0 {
		t.Errorf("a plan that does not ask got %d chapter-opening summary blocks", len(blocks))
	}
	for _, f := range Facts(p) {
		if f.Derived {
			t.Errorf("a plan that does not ask got the derived fact %s %s%s", f.Label, f.Value, f.Unit)
		}
	}
	defer func(i, f func(*model.Plan) bool) { asksItemBudgets, asksFacts = i, f }(asksItemBudgets, asksFacts)
	asksItemBudgets = func(*model.Plan) bool { return true }
	asksFacts = func(*model.Plan) bool { return true }
	blocks := b.itemBudgets(counter("c"))
	if len(blocks) == 0 {
		t.Fatal("a plan that asks got no chapter-opening summary")
	}
	l := blocks[0].(*List).Lines[0]
	if got := l.Plain(); got != "ㅇ 주요사업: 총 2개 사업, 소요예산 150천원" || !l.Derived {
		t.Errorf("summary line %q derived=%v", got, l.Derived)
	}
	var labels []string
	for _, f := range Facts(p) {
		if !f.Derived {
			t.Errorf("computed fact %s not marked Derived", f.Label)
		}
		labels = append(labels, f.Label+" "+f.Value+f.Unit)
	}
	if len(labels) != 2 || labels[1] != "사업 예산 합계 150천원" {
		t.Errorf("facts %q", labels)
	}
}

func TestIdentityFromSettings(t *testing.T) {
	s := &model.Site{District: "부산광역시"}
	if got := Council(s); got != "부산광역시의회" {
		t.Errorf("Council = %q", got)
	}
	about := About(s)
	if !strings.Contains(about, "부산광역시 각 부서가 부산광역시의회에 보고한") || strings.Contains(about, "구의회") {
		t.Errorf("About = %q", about)
	}
	// A council named in the settings wins over the district's name.
	s.Council = "부산광역시 의회(가칭)"
	if got := About(s); !strings.Contains(got, "부산광역시 의회(가칭)에 보고한") {
		t.Errorf("About with council: = %q", got)
	}
}

// TestHeadcountShortfall: the 과부족 row appears only when the plan
// prints it, as 현원 − 정원 with △ for short, marked derived.
func TestHeadcountShortfall(t *testing.T) {
	h := &model.Headcount{Quota: 13, Current: 11, Grades: []model.GradeCount{
		{Grade: "6급", Quota: 6, Current: 6}, {Grade: "7급", Quota: 6, Current: 4}, {Grade: "9급", Quota: 1, Current: 1 + 0, Note: "육아휴직"}}}
	if rows := headcountTable("t", h).Body; len(rows) != 2 {
		t.Fatalf("without shortfall: %d rows, want 정원 and 현원", len(rows))
	}
	h.Shortfall = true
	tb := headcountTable("t", h)
	if len(tb.Body) != 3 {
		t.Fatalf("with shortfall: %d rows, want 3", len(tb.Body))
	}
	var got []string
	for _, c := range tb.Body[2] {
		got = append(got, c.Text.String())
		if c.Type == NumberCell && !c.Derived {
			t.Errorf("과부족 cell %q is not marked derived", c.Text.String())
		}
	}
	if strings.Join(got, "|") != "과부족|△2|-|△2|-" {
		t.Errorf("과부족 row = %q", strings.Join(got, "|"))
	}
	if last := tb.Body[0][len(tb.Body[0])-1]; last.RowSpan != 3 || last.Text.String() != "9급: 육아휴직" {
		t.Errorf("remark cell spans %d rows with %q, want 3 rows", last.RowSpan, last.Text.String())
	}
}

// TestKPILabelsAsPrinted: a KPI table's headings are the plan's own where
// it gives them (‹ 2024년 › ➠ ‹ 2025년 ›), the usual ones elsewhere.
func TestKPILabelsAsPrinted(t *testing.T) {
	k := &model.KPITable{Caption: "성과지표", Rows: []model.KPI{{Task: "관광", Indicator: "방문객", Unit: "만명", Previous: "1,200", Target: "1,300", Note: "누계"}}}
	heads := func() string {
		var got []string
		for _, c := range (&builder{}).kpi(k, "k").Head[0] {
			got = append(got, c.Text.String())
		}
		return strings.Join(got, "|")
	}
	if got := heads(); got != "정책과제|성과지표|단위|전년 실적|목표|비고" {
		t.Errorf("usual headings = %q", got)
	}
	k.Labels = model.KPILabels{Previous: "‹ 2024년 ›", Target: "➠ ‹ 2025년 ›", Note: "기준"}
	if got := heads(); got != "정책과제|성과지표|단위|‹ 2024년 ›|➠ ‹ 2025년 ›|기준" {
		t.Errorf("printed headings = %q", got)
	}
}
