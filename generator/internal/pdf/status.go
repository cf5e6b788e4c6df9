package pdf

import (
	"strconv"
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
)

// status sets Ⅰ. 일반현황: [조 직], [인력현황], [예산현황] and
// 【위원회 및 자치법규 현황】, each with its chart.
func (b *builder) status(s *model.Status) {
	if o := s.Organisation; o != nil {
		b.statusHeading("[조 직]")
		if c := chart.Organisation(o); c != nil {
			if !b.orgChartRow(c, 0, orgRoles(o)) {
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
	b.chartPair(charts...)
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
		b.mark(level, plain(t, bodyStyle), len(u.Units) > 0)
		b.orgList(u.Units, level+1)
	}
}

func (b *builder) statusHeading(title string) {
	st := style{bold: true, size: 14.5, color: ink}
	b.heading(plain(title, st), textOpts{before: 14}, "")
	b.space(4)
}

// headcountTable is 구 분 | 계 | grades… | 비고 with 정원 and 현원 rows.
func (b *builder) headcountTable(h *model.Headcount) {
	head := []cellSpec{{text: "구 분"}, {text: "계"}}
	quota := []cellSpec{{text: "정 원"}, {text: numfmt.Int(int64(h.Quota)), numeric: true, bold: true}}
	current := []cellSpec{{text: "현 원"}, {text: numfmt.Int(int64(h.Current)), numeric: true, bold: true}}
	var remarks []string
	for _, g := range h.Grades {
		head = append(head, cellSpec{text: g.Grade})
		quota = append(quota, cellSpec{text: numfmt.Int(int64(g.Quota)), numeric: true})
		current = append(current, cellSpec{text: numfmt.Int(int64(g.Current)), numeric: true})
		if g.Note != "" {
			remarks = append(remarks, g.Grade+" "+g.Note)
		}
	}
	head = append(head, cellSpec{text: "비고"})
	quota = append(quota, cellSpec{})
	current = append(current, cellSpec{text: strings.Join(remarks, ", ")})
	b.space(4)
	b.table(tableSpec{head: [][]cellSpec{head}, body: [][]cellSpec{quota, current}, even: true, labels: true})
}

// accountsTable is 구 분 | 합계 | accounts… with this year's row and, when
// the plan gives them, last year's, 증감 and 증감률 (△ for decreases).
func (b *builder) accountsTable(a *model.AccountBudget) {
	u := a.Unit
	head := []cellSpec{{text: "구 분"}, {text: "합 계"}}
	label := a.Label
	if label == "" {
		label = "예 산"
	}
	cur := []cellSpec{{text: label}, {text: a.Total.Number(u), numeric: true, bold: true}}
	prevLabel := a.PrevLabel
	if prevLabel == "" {
		prevLabel = "전년도"
	}
	prev := []cellSpec{{text: prevLabel}, {text: a.PrevTotal.Number(u), numeric: true, bold: true}}
	change := []cellSpec{{text: "증 감"}, {text: a.Change.Delta(u), numeric: true, bold: true}}
	rate := []cellSpec{{text: "증감률"}, {text: a.RateText(), numeric: true, bold: true}}
	var subs []string
	for _, acc := range a.Accounts {
		head = append(head, cellSpec{text: acc.Name})
		cur = append(cur, cellSpec{text: amountOrNone(acc.Amount, acc.None, u), numeric: true})
		prev = append(prev, cellSpec{text: amountOrNone(acc.Previous, acc.PrevNone, u), numeric: true})
		change = append(change, cellSpec{text: changeText(acc, u), numeric: true})
		rate = append(rate, cellSpec{text: acc.RateText(), numeric: true})
		if len(acc.Accounts) > 0 {
			var parts []string
			for _, s := range acc.Accounts {
				parts = append(parts, s.Name+" "+amountOrNone(s.Amount, s.None, u))
			}
			subs = append(subs, acc.Name+": "+strings.Join(parts, ", "))
		}
	}
	body := [][]cellSpec{cur}
	if a.HasPrevious {
		body = append(body, prev, change, rate)
	}
	b.unitCaption(u.String(), 0)
	b.table(tableSpec{head: [][]cellSpec{head}, body: body, even: true, labels: true})
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
	b.mark(1, plain(text, bodyStyle), detail)
	if !detail {
		return
	}
	head := []cellSpec{{text: "위원회"}, {text: "위원 수"}, {text: "위원장"}, {text: "설치근거"}, {text: "비고"}}
	var body [][]cellSpec
	for _, m := range c.List {
		members := "-"
		if m.Members > 0 {
			members = strconv.Itoa(m.Members) + "명"
		}
		body = append(body, []cellSpec{{text: m.Name}, {text: members, numeric: true}, {text: dash(m.Chair)}, {text: dash(m.Basis)}, {text: m.Note}})
	}
	b.space(4)
	x := b.textX(0)
	b.table(tableSpec{x: x, head: [][]cellSpec{head}, body: body, labels: true, dropEmpty: true})
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
	b.mark(1, plain(text, bodyStyle), titled)
	for _, k := range l.Kinds {
		if len(k.Titles) > 0 {
			b.mark(2, plain(k.Kind+": "+strings.Join(k.Titles, ", "), bodyStyle), false)
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
