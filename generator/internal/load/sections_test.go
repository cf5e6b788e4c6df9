package load_test

import (
	"testing"
	"testing/fstest"

	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// loadPlan loads a one-plan tree from plan.yaml and item files.
func loadPlan(t *testing.T, plan string, items map[string]string) *model.Plan {
	t.Helper()
	fsys := fstest.MapFS{
		"site.yaml":        {Data: []byte("district: 시험구\ntitle: 시험\nbase_url: https://example.go.kr/\n")},
		"2024/a/plan.yaml": {Data: []byte("year: 2024\ntitle: 계획\ndepartment:\n  name: 시험과\n  slug: a\ndate: 2024. 2.\n" + plan)},
	}
	for name, src := range items {
		fsys["2024/a/items/"+name] = &fstest.MapFile{Data: []byte(src)}
	}
	s, l := load.Load(fsys, "content")
	if s == nil || l.HasErrors() {
		t.Fatalf("loading: %v", l)
	}
	return s.Plans[0]
}

// TestPlanLabelsAndChapters: the plan's default labels apply to items
// that set none, an item's own label wins; ids repeat across chapters
// with distinct anchors and chapter keys; an unnumbered chapter takes no
// numeral and the next numbered one goes on counting.
func TestPlanLabelsAndChapters(t *testing.T) {
	p := loadPlan(t, `labels: { schedule: 향후계획, budget: 사업비 }
schedule_chart: false
summaries: [facts]
chapters:
  - title: 주요업무
    blocks:
      - items: [items/a.yaml]
  - title: 【부록】
    numbered: false
    blocks:
      - items: [items/c.yaml]
  - title: 현안
    key: issues
    blocks:
      - items: [items/b.yaml]
`, map[string]string{
		"a.yaml": "id: \"1\"\ntitle: 가\nlabels: { schedule: 추진계획 }\n" +
			"budgets:\n  - { label: 총사업비, kind: project, unit: 억원, total: 100, sources: [{ name: 민간, amount: 100 }] }\n" +
			"  - { unit: 억원, total: 10, sources: [{ name: 시비 }] }\n",
		"b.yaml": "id: \"1\"\ntitle: 나\nschedule_chart: true\n",
		"c.yaml": "id: 가.\ntitle: 다\n",
	})
	a, c, b := p.Items[0], p.Items[1], p.Items[2]
	if a.Labels.Schedule != "추진계획" || a.Labels.Budget != "사업비" || b.Labels.Schedule != "향후계획" {
		t.Errorf("labels: a %+v, b %+v", a.Labels, b.Labels)
	}
	if !a.NoScheduleChart || b.NoScheduleChart {
		t.Errorf("schedule charts: a off %v (want true), b off %v (want false)", a.NoScheduleChart, b.NoScheduleChart)
	}
	if len(a.Budgets) != 2 || a.Budget != a.Budgets[0] || a.Budgets[0].Kind != model.BudgetProject || a.Budgets[0].Public() || !a.Budgets[1].Public() {
		t.Errorf("budgets: %+v", a.Budgets)
	}
	if a.Anchor != "item-1" || b.Anchor == a.Anchor || b.Chapter != "issues" || a.Chapter != "1" {
		t.Errorf("ids: a %s/%s, b %s/%s", a.Chapter, a.Anchor, b.Chapter, b.Anchor)
	}
	if c.Number() != "가." || a.Number() != "1." {
		t.Errorf("printed numbers: %q %q", c.Number(), a.Number())
	}
	var numerals []string
	for _, ch := range p.Chapters {
		numerals = append(numerals, ch.Numeral)
	}
	if got := numerals; got[0] != "Ⅰ" || got[1] != "" || got[2] != "Ⅱ" {
		t.Errorf("numerals %q, want Ⅰ, none, Ⅱ", got)
	}
	if !p.Summaries.Facts || p.Summaries.ItemBudgets {
		t.Errorf("summaries %+v, want facts only", p.Summaries)
	}
}

// TestDollarsNotSummed: a budget in dollars is never added to the won
// of the plan's item budgets.
func TestDollarsNotSummed(t *testing.T) {
	p := loadPlan(t, "chapters:\n  - title: 주요업무\n    blocks:\n      - items: [items/a.yaml, items/b.yaml]\n", map[string]string{
		"a.yaml": "id: \"1\"\ntitle: 가\nbudget: { unit: 억원, total: \"1조 8,416\" }\n",
		"b.yaml": "id: \"2\"\ntitle: 나\nbudget: { unit: 만달러, total: 150 }\n",
	})
	if got := p.ItemBudget.Format(money.HundredMillion); got != "1조 8,416억원" {
		t.Errorf("item budgets sum to %s, want 1조 8,416억원 (the dollars left out)", got)
	}
	if got := p.Items[1].Budget.Total.Format(p.Items[1].Budget.Unit); got != "150만달러" {
		t.Errorf("dollar budget %s, want 150만달러", got)
	}
}
