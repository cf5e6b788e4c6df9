package chart

import (
	"fmt"
	"strings"

	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
)

// idFor turns a key like "item-1-5" into a chart id "item_1_5".
func idFor(parts ...string) string {
	return strings.NewReplacer("-", "_", ".", "_").Replace(strings.Join(parts, "_"))
}

// Headcount is the grouped bar of 정원 and 현원 by grade.
func Headcount(h *model.Headcount) *Chart {
	c := &Chart{ID: "headcount", Title: "직급별 정원·현원", Kind: GroupedBar, Unit: "명"}
	quota, current := Series{Name: "정원"}, Series{Name: "현원"}
	var parts []string
	for _, g := range h.Grades {
		c.Categories = append(c.Categories, g.Grade)
		quota.Values = append(quota.Values, float64(g.Quota))
		current.Values = append(current.Values, float64(g.Current))
		parts = append(parts, fmt.Sprintf("%s %d/%d", g.Grade, g.Quota, g.Current))
	}
	c.Series = []Series{quota, current}
	c.Summary = fmt.Sprintf("정원 %d명, 현원 %d명(직급별 정원/현원: %s)", h.Quota, h.Current, strings.Join(parts, ", "))
	return c
}

// Accounts is the budget by account (top-level accounts with a figure).
func Accounts(b *model.AccountBudget) *Chart {
	c := &Chart{ID: "accounts", Title: "회계별 예산", Kind: Bar, Unit: b.Unit.String()}
	cur := Series{Name: b.Label}
	prev := Series{Name: b.PrevLabel}
	var parts []string
	for _, a := range b.Accounts {
		c.Categories = append(c.Categories, a.Name)
		cur.Values = append(cur.Values, unitValue(a.Amount, b.Unit))
		prev.Values = append(prev.Values, unitValue(a.Previous, b.Unit))
		if a.None {
			parts = append(parts, a.Name+" 없음")
		} else {
			parts = append(parts, a.Name+" "+a.Amount.Format(b.Unit))
		}
	}
	c.Series = []Series{cur}
	if b.HasPrevious {
		c.Kind = GroupedBar
		c.Series = []Series{prev, cur}
	}
	c.Summary = fmt.Sprintf("%s 예산 합계 %s(%s)", b.Label, b.Total.Format(b.Unit), strings.Join(parts, ", "))
	return c
}

// unitValue is an amount as a number of unit u, for plotting.
func unitValue(a money.Amount, u money.Unit) float64 {
	return float64(a) / float64(u.Factor())
}

// ItemBudgets compares the budgets of a plan's items, in 천원 unless every
// item states a larger unit.
func ItemBudgets(p *model.Plan) *Chart {
	u := commonUnit(p.Items)
	c := &Chart{ID: "item_budgets", Title: "사업별 소요예산", Kind: Bar, Unit: u.String()}
	s := Series{Name: "소요예산"}
	var parts []string
	for _, it := range p.Items {
		if it.Budget == nil {
			continue
		}
		c.Categories = append(c.Categories, it.ID+". "+it.Title)
		s.Values = append(s.Values, unitValue(it.Budget.Total, u))
		parts = append(parts, it.ID+"번 "+it.Budget.Total.Format(u))
	}
	c.Series = []Series{s}
	c.Summary = fmt.Sprintf("사업 %d개 소요예산 합계 %s(%s)", len(parts), p.ItemBudget.Format(u), strings.Join(parts, ", "))
	return c
}

// commonUnit is the smallest unit the items' budgets use, so every figure
// stays whole.
func commonUnit(items []*model.Item) money.Unit {
	u := money.HundredMillion
	found := false
	for _, it := range items {
		if it.Budget != nil {
			found = true
			if it.Budget.Unit < u {
				u = it.Budget.Unit
			}
		}
	}
	if !found {
		return money.Thousand
	}
	return u
}

// Pledges is the pie of pledges by strategic task.
func Pledges(key string, p *model.PledgeTable) *Chart {
	unit := p.Unit
	if unit == "" {
		unit = "개"
	}
	c := &Chart{ID: idFor(key, "pledges"), Title: "전략과제별 공약사업", Kind: Pie, Unit: unit}
	s := Series{Name: "공약사업"}
	var parts []string
	for _, t := range p.Tasks {
		c.Categories = append(c.Categories, t.Name)
		s.Values = append(s.Values, float64(t.Count))
		parts = append(parts, fmt.Sprintf("%s %d", t.Name, t.Count))
	}
	c.Series = []Series{s}
	c.Summary = fmt.Sprintf("공약사업 %d개: %s", p.Total, strings.Join(parts, ", "))
	return c
}

// Schedule is the Gantt chart of an item's dated schedule lines within the
// plan year; nil when no line has a period in that year.
func Schedule(it *model.Item, year int) *Chart {
	c := &Chart{ID: idFor(it.Anchor, "schedule"), Title: it.ID + ". " + it.Title + " 추진일정", Kind: Gantt, Year: year}
	var walk func(es []*model.ScheduleEntry, depth int)
	var parts []string
	walk = func(es []*model.ScheduleEntry, depth int) {
		for _, e := range es {
			if e.Period != nil {
				if from, to, ok := e.Period.MonthsIn(year); ok {
					label := e.Text
					c.Rows = append(c.Rows, GanttRow{Label: label, When: e.Period.Text, From: from, To: to, Loose: e.Period.Kind != 0})
					parts = append(parts, fmt.Sprintf("%s(%s)", label, e.Period.Text))
				}
			}
			walk(e.Sub, depth+1)
		}
	}
	walk(it.Schedule, 0)
	if len(c.Rows) == 0 {
		return nil
	}
	c.Summary = fmt.Sprintf("%d년 추진일정 %d건: %s", year, len(c.Rows), strings.Join(parts, "; "))
	return c
}

// Organisation is the unit tree; nil when there are no units.
func Organisation(o *model.Organisation) *Chart {
	if o == nil || len(o.Units) == 0 {
		return nil
	}
	var conv func(u *model.OrgUnit) *Node
	count := 0
	conv = func(u *model.OrgUnit) *Node {
		count++
		n := &Node{Name: u.Name}
		for _, c := range u.Units {
			n.Children = append(n.Children, conv(c))
		}
		return n
	}
	root := &Node{}
	for _, u := range o.Units {
		root.Children = append(root.Children, conv(u))
	}
	if len(root.Children) == 1 {
		root = root.Children[0]
	}
	var names []string
	for _, u := range o.Units {
		names = append(names, u.Name)
		for _, c := range u.Units {
			names = append(names, c.Name)
		}
	}
	return &Chart{ID: "organisation", Title: "조직", Kind: Tree, Root: root,
		Summary: fmt.Sprintf("조직 %d개 단위: %s", count, strings.Join(names, ", "))}
}

// YearOverYear compares a department's plans across years: total budget of
// the status (in the unit of the latest) and headcount. plans are one
// department's, in any order; nil with fewer than two.
func YearOverYear(plans []*model.Plan) []*Chart {
	var ps []*model.Plan
	for _, p := range plans {
		if p.Status != nil {
			ps = append(ps, p)
		}
	}
	if len(ps) < 2 {
		return nil
	}
	sortByYear(ps)
	var out []*Chart
	if u, ok := budgetUnit(ps); ok {
		c := &Chart{ID: "yoy_budget", Title: "연도별 예산", Kind: Bar, Unit: u.String()}
		s := Series{Name: "예산"}
		var parts []string
		for _, p := range ps {
			if p.Status.Budget == nil {
				continue
			}
			c.Categories = append(c.Categories, fmt.Sprintf("%d년", p.Year))
			s.Values = append(s.Values, unitValue(p.Status.Budget.Total, u))
			parts = append(parts, fmt.Sprintf("%d년 %s", p.Year, p.Status.Budget.Total.Format(u)))
		}
		c.Series = []Series{s}
		c.Summary = "연도별 예산: " + strings.Join(parts, ", ")
		out = append(out, c)
	}
	c := &Chart{ID: "yoy_headcount", Title: "연도별 정원·현원", Kind: GroupedBar, Unit: "명"}
	q, cur := Series{Name: "정원"}, Series{Name: "현원"}
	var parts []string
	for _, p := range ps {
		if p.Status.Headcount == nil {
			continue
		}
		h := p.Status.Headcount
		c.Categories = append(c.Categories, fmt.Sprintf("%d년", p.Year))
		q.Values = append(q.Values, float64(h.Quota))
		cur.Values = append(cur.Values, float64(h.Current))
		parts = append(parts, fmt.Sprintf("%d년 %s/%s명", p.Year, numfmt.Int(int64(h.Quota)), numfmt.Int(int64(h.Current))))
	}
	if len(c.Categories) >= 2 {
		c.Series = []Series{q, cur}
		c.Summary = "연도별 정원/현원: " + strings.Join(parts, ", ")
		out = append(out, c)
	}
	return out
}

func sortByYear(ps []*model.Plan) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Year < ps[j-1].Year; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// budgetUnit is the smallest status budget unit among the plans.
func budgetUnit(ps []*model.Plan) (money.Unit, bool) {
	u, ok := money.HundredMillion, false
	for _, p := range ps {
		if b := p.Status.Budget; b != nil {
			ok = true
			if b.Unit < u {
				u = b.Unit
			}
		}
	}
	return u, ok
}
