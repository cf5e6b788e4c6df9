package document_test

import (
	"strconv"
	"strings"
	"testing"

	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
)

func TestMatchItems(t *testing.T) {
	old := []document.ItemKey{{"1.", "가"}, {"2.", "나"}, {"3.", "다"}, {"4.", "라"}}
	new := []document.ItemKey{{"1.", "나"}, {"2.", "가"}, {"3.", "마"}, {"5.", "바"}}
	// 가 and 나 renumbered (title), 3. retitled (number), 바 new, 라 gone.
	got := document.MatchItems(old, new)
	want := []int{1, 0, 2, -1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("MatchItems = %v, want %v", got, want)
		}
	}
}

// deptPlan is a plan of department culture in year with items.
func deptPlan(year int, items ...*model.Item) *model.Plan {
	p := &model.Plan{Year: year, Title: "주요업무 계획", Department: model.Department{Name: "문화과", Slug: "culture"},
		Slug: strconv.Itoa(year) + "-culture", Path: strconv.Itoa(year) + "/culture/", Items: items}
	ch := &model.Chapter{Number: 1, Numeral: "Ⅱ", Title: "주요업무", Anchor: "chapter-2", Key: "2"}
	for _, it := range items {
		ch.Blocks = append(ch.Blocks, it)
	}
	p.Chapters = []*model.Chapter{ch}
	return p
}

func item(id, title string, tags ...string) *model.Item {
	return &model.Item{ID: id, Title: title, Anchor: "item-" + id, Tags: tags}
}

// Items continuing from the department's previous plan are marked 계속,
// matched as the diff matches them; new ones and ones the plan tags 신규
// are not.
func TestContinuation(t *testing.T) {
	p24 := deptPlan(2024, item("1", "구민 소통 활성화"), item("2", "자문단 운영"), item("3", "마을 축제"))
	p25 := deptPlan(2025, item("1", "자문단 운영"), item("2", "마을 소통방"), item("3", "마을 축제", "신규"))
	s := &model.Site{District: "마포구", Title: "t", Plans: []*model.Plan{p25, p24}}
	d, err := document.Build(s, p25)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	document.Walk(d, func(n document.Node) bool {
		if it, ok := n.(*document.Item); ok {
			c := "-"
			if it.Continues != nil {
				c = it.Continues.Mark + " " + it.Continues.Text + " " + it.Continues.Path + "#" + it.Continues.ItemID
			}
			got = append(got, it.Label+": "+c)
			return false
		}
		return true
	})
	want := "1. 자문단 운영: 계속 2024년 계획 2. 자문단 운영에서 계속 2024/culture/#item-2\n2. 마을 소통방: -\n3. 마을 축제: -"
	if g := strings.Join(got, "\n"); g != want {
		t.Errorf("marks:\n%s\nwant\n%s", g, want)
	}
	d24, err := document.Build(s, p24)
	if err != nil {
		t.Fatal(err)
	}
	document.Walk(d24, func(n document.Node) bool {
		if it, ok := n.(*document.Item); ok && it.Continues != nil {
			t.Errorf("the first year's %s is marked", it.Label)
		}
		return true
	})
}

// The 공약사업 현황 lists every 공약 item of published plans, newest year
// first, with its budget as printed; drafts never appear.
func TestPledges(t *testing.T) {
	s := loadTree(t, "testdata/rich")
	l := document.Pledges(s)
	var got []string
	for _, r := range l.Rows {
		got = append(got, strings.Join([]string{r.Year, r.Department, r.Item, r.Path + "#" + r.ItemID, strings.Join(r.Budgets, "/"), r.Sources}, " | "))
	}
	t.Logf("unit %q notes %q\n%s", l.Unit, l.Notes, strings.Join(got, "\n"))
	if len(l.Rows) == 0 || l.Rows[0].Item != "1-1. 생활문화센터 확충" {
		t.Fatalf("rows:\n%s", strings.Join(got, "\n"))
	}
	for _, p := range s.Plans {
		p.Draft = true
	}
	if n := len(document.Pledges(s).Rows); n != 0 {
		t.Errorf("drafts listed: %d rows", n)
	}
}
