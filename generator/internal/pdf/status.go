package pdf

import (
	"strconv"
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
	"workplan/generator/internal/typeset"
)

// status sets Ⅰ. 일반현황: [조 직], [인력현황], [예산현황] and
// 【위원회 및 자치법규 현황】, each with its chart.
func (b *builder) status(s *model.Status) {
	if o := s.Organisation; o != nil {
		b.statusHeading("[조 직]")
		if c := chart.Organisation(o); c != nil {
			if !b.OrgChartRow(c, 0, orgRoles(o)) {
				b.orgList(o.Units, 1)
			}
		}
		if o.Note != "" {
			b.note(0, o.Note)
		}
	}
	if h := s.Headcount; h != nil {
		b.statusHeading("[인력현황]")
		b.headcountTable(h)
		for _, n := range h.Notes {
			b.note(0, n)
		}
	}
	if a := s.Budget; a != nil {
		b.statusHeading("[예산현황]")
		b.accountsTable(a)
	}
	// The headcount and budget charts side by side under the tables.
	var charts []*chart.Chart
	if h := s.Headcount; h != nil && len(h.Grades) > 0 {
		charts = append(charts, chart.Headcount(h))
	}
	if a := s.Budget; a != nil && len(a.Accounts) > 0 {
		charts = append(charts, chart.Accounts(a))
	}
	b.ChartPair(charts...)
	if s.Committees != nil || s.Laws != nil {
		b.statusHeading("【위원회 및 자치법규 현황】")
		if c := s.Committees; c != nil {
			b.committees(c)
		}
		if l := s.Laws; l != nil {
			b.laws(l)
		}
	}
}

// orgList lists units on the ladder when the tree is too wide to draw.
func (b *builder) orgList(us []*model.OrgUnit, level int) {
	for _, u := range us {
		t := u.Name
		if u.Role != "" {
			t += ": " + u.Role
		}
		b.mark(level, typeset.Plain(t, bodyStyle), len(u.Units) > 0)
		b.orgList(u.Units, level+1)
	}
}

func (b *builder) statusHeading(title string) {
	st := typeset.Style{Bold: true, Size: 14.5, Color: typeset.Ink}
	b.Heading(typeset.Plain(title, st), typeset.Para{Before: 14}, "")
	b.Space(4)
}

// headcountTable is 구 분 | 계 | grades… | 비고 with 정원 and 현원 rows.
func (b *builder) headcountTable(h *model.Headcount) {
	head := []typeset.Cell{{Text: "구 분"}, {Text: "계"}}
	quota := []typeset.Cell{{Text: "정 원"}, {Text: numfmt.Int(int64(h.Quota)), Numeric: true, Bold: true}}
	current := []typeset.Cell{{Text: "현 원"}, {Text: numfmt.Int(int64(h.Current)), Numeric: true, Bold: true}}
	var remarks []string
	for _, g := range h.Grades {
		head = append(head, typeset.Cell{Text: g.Grade})
		quota = append(quota, typeset.Cell{Text: numfmt.Int(int64(g.Quota)), Numeric: true})
		current = append(current, typeset.Cell{Text: numfmt.Int(int64(g.Current)), Numeric: true})
		if g.Note != "" {
			remarks = append(remarks, g.Grade+" "+g.Note)
		}
	}
	head = append(head, typeset.Cell{Text: "비고"})
	quota = append(quota, typeset.Cell{})
	current = append(current, typeset.Cell{Text: strings.Join(remarks, ", ")})
	b.Space(4)
	b.Table(typeset.Table{Head: [][]typeset.Cell{head}, Body: [][]typeset.Cell{quota, current}, Even: true, Labels: true})
}

// accountsTable is 구 분 | 합계 | accounts… with this year's row and, when
// the plan gives them, last year's, 증감 and 증감률 (△ for decreases).
func (b *builder) accountsTable(a *model.AccountBudget) {
	u := a.Unit
	head := []typeset.Cell{{Text: "구 분"}, {Text: "합 계"}}
	label := a.Label
	if label == "" {
		label = "예 산"
	}
	cur := []typeset.Cell{{Text: label}, {Text: a.Total.Number(u), Numeric: true, Bold: true}}
	prevLabel := a.PrevLabel
	if prevLabel == "" {
		prevLabel = "전년도"
	}
	prev := []typeset.Cell{{Text: prevLabel}, {Text: a.PrevTotal.Number(u), Numeric: true, Bold: true}}
	change := []typeset.Cell{{Text: "증 감"}, {Text: a.Change.Delta(u), Numeric: true, Bold: true}}
	rate := []typeset.Cell{{Text: "증감률"}, {Text: a.RateText(), Numeric: true, Bold: true}}
	var subs []string
	for _, acc := range a.Accounts {
		head = append(head, typeset.Cell{Text: acc.Name})
		cur = append(cur, typeset.Cell{Text: amountOrNone(acc.Amount, acc.None, u), Numeric: true})
		prev = append(prev, typeset.Cell{Text: amountOrNone(acc.Previous, acc.PrevNone, u), Numeric: true})
		change = append(change, typeset.Cell{Text: changeText(acc, u), Numeric: true})
		rate = append(rate, typeset.Cell{Text: acc.RateText(), Numeric: true})
		if len(acc.Accounts) > 0 {
			var parts []string
			for _, s := range acc.Accounts {
				parts = append(parts, s.Name+" "+amountOrNone(s.Amount, s.None, u))
			}
			subs = append(subs, acc.Name+": "+strings.Join(parts, ", "))
		}
	}
	body := [][]typeset.Cell{cur}
	if a.HasPrevious {
		body = append(body, prev, change, rate)
	}
	b.unitCaption(u.String(), 0)
	b.Table(typeset.Table{Head: [][]typeset.Cell{head}, Body: body, Even: true, Labels: true})
	for _, s := range subs {
		b.note(0, s+"("+u.String()+")")
	}
}

func amountOrNone(a money.Amount, none bool, u money.Unit) string {
	if none {
		return "-"
	}
	return a.Number(u)
}

func changeText(acc *model.Account, u money.Unit) string {
	if acc.None && acc.PrevNone {
		return "-"
	}
	return acc.Change.Delta(u)
}

// committees: ㅇ 위원회: 총 5개(…), and a table when the plan gives
// members, chairs or legal bases.
func (b *builder) committees(c *model.Committees) {
	var names []string
	detail := false
	for _, m := range c.List {
		names = append(names, m.Name)
		if m.Members > 0 || m.Chair != "" || m.Basis != "" || m.Note != "" {
			detail = true
		}
	}
	text := "위원회: 총 " + numfmt.Int(int64(len(c.List))) + "개"
	if len(names) > 0 {
		text += "(" + strings.Join(names, ", ") + ")"
	}
	b.mark(1, typeset.Plain(text, bodyStyle), detail)
	if !detail {
		return
	}
	head := []typeset.Cell{{Text: "위원회"}, {Text: "위원 수"}, {Text: "위원장"}, {Text: "설치근거"}, {Text: "비고"}}
	var body [][]typeset.Cell
	for _, m := range c.List {
		members := "-"
		if m.Members > 0 {
			members = strconv.Itoa(m.Members) + "명"
		}
		body = append(body, []typeset.Cell{{Text: m.Name}, {Text: members, Numeric: true}, {Text: dash(m.Chair)}, {Text: dash(m.Basis)}, {Text: m.Note}})
	}
	b.Space(4)
	x := b.textX(0)
	b.Table(typeset.Table{X: x, Head: [][]typeset.Cell{head}, Body: body, Labels: true, DropEmpty: true})
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// laws: ㅇ 자치법규: 총 25건(조례 15, 규칙 10), with titles as - lines.
func (b *builder) laws(l *model.Laws) {
	var parts []string
	titled := false
	for _, k := range l.Kinds {
		parts = append(parts, k.Kind+" "+numfmt.Int(int64(k.Count)))
		if len(k.Titles) > 0 {
			titled = true
		}
	}
	text := "자치법규: 총 " + numfmt.Int(int64(l.Total)) + "건"
	if len(parts) > 0 {
		text += "(" + strings.Join(parts, ", ") + ")"
	}
	b.mark(1, typeset.Plain(text, bodyStyle), titled)
	for _, k := range l.Kinds {
		if len(k.Titles) > 0 {
			b.mark(2, typeset.Plain(k.Kind+": "+strings.Join(k.Titles, ", "), bodyStyle), false)
		}
	}
}

// orgRoles maps unit names to their duties, which the chart model does
// not carry.
func orgRoles(o *model.Organisation) map[string]string {
	out := map[string]string{}
	var walk func(us []*model.OrgUnit)
	walk = func(us []*model.OrgUnit) {
		for _, u := range us {
			if u.Role != "" {
				out[u.Name] = u.Role
			}
			walk(u.Units)
		}
	}
	walk(o.Units)
	return out
}
