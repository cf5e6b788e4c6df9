package site

import (
	"fmt"
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/numfmt"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// statusView is Ⅰ. 일반현황: numbered parts, each with a heading at level H.
type statusView struct {
	H     int
	Parts []statusPart
}

// statusPart is one numbered part: 1. 조직, 2. 인력 현황 …
type statusPart struct {
	Anchor string
	Label  string // "1. 조직"
	Lead   string // a sentence of totals, e.g. 총 5개
	Org    *orgView
	Chart  *chartView
	Table  *tableView
	Notes  []string
	List   []string   // committee names when no committee has details
	Kinds  []lawTitle // law titles by kind
}

type orgView struct {
	Chart *chartView
	Units []orgNode
	Note  string
}

type orgNode struct {
	Name  string
	Role  string
	Units []orgNode
}

type lawTitle struct {
	Kind   string
	Titles []string
}

func (b *builder) status(s *model.Status, h int) *statusView {
	v := &statusView{H: h}
	add := func(anchor, title string, p statusPart) {
		p.Anchor = anchor
		p.Label = fmt.Sprintf("%d. %s", len(v.Parts)+1, title)
		v.Parts = append(v.Parts, p)
	}
	if o := s.Organisation; o != nil {
		p := statusPart{Org: &orgView{Units: orgNodes(o.Units), Note: o.Note}}
		p.Org.Chart = b.chart(chart.Organisation(o))
		add("status-organisation", "조직", p)
	}
	if hc := s.Headcount; hc != nil {
		p := statusPart{Table: b.headcountTable(hc), Notes: hc.Notes,
			Lead: fmt.Sprintf("정원 %s명, 현원 %s명", numfmt.Int(int64(hc.Quota)), numfmt.Int(int64(hc.Current)))}
		if len(hc.Grades) > 0 {
			p.Chart = b.chart(chart.Headcount(hc))
		}
		add("status-headcount", "인력 현황", p)
	}
	if bu := s.Budget; bu != nil {
		p := statusPart{Table: b.accountTable(bu)}
		p.Lead = budgetLead(bu)
		withFigure := 0
		for _, a := range bu.Accounts {
			if !a.None {
				withFigure++
			}
		}
		if withFigure >= 2 {
			p.Chart = b.chart(chart.Accounts(bu))
		}
		add("status-budget", "예산 현황", p)
	}
	if c := s.Committees; c != nil {
		p := statusPart{Lead: fmt.Sprintf("총 %s개", numfmt.Int(int64(len(c.List))))}
		if committeeDetails(c) {
			p.Table = b.committeeTable(c)
		} else {
			for _, m := range c.List {
				p.List = append(p.List, m.Name)
			}
		}
		add("status-committees", "위원회 현황", p)
	}
	if l := s.Laws; l != nil {
		p := statusPart{Table: b.lawTable(l)}
		var parts []string
		for _, k := range l.Kinds {
			parts = append(parts, fmt.Sprintf("%s %s건", k.Kind, numfmt.Int(int64(k.Count))))
			if len(k.Titles) > 0 {
				p.Kinds = append(p.Kinds, lawTitle{Kind: k.Kind, Titles: k.Titles})
			}
		}
		p.Lead = fmt.Sprintf("총 %s건(%s)", numfmt.Int(int64(l.Total)), strings.Join(parts, ", "))
		add("status-laws", "자치법규 현황", p)
	}
	return v
}

func orgNodes(us []*model.OrgUnit) []orgNode {
	var out []orgNode
	for _, u := range us {
		out = append(out, orgNode{Name: u.Name, Role: u.Role, Units: orgNodes(u.Units)})
	}
	return out
}

// headcountTable is 구분 | 계 | grades … | 비고 with rows 정원 and 현원.
func (b *builder) headcountTable(h *model.Headcount) *tableView {
	v := &tableView{ID: b.nextTable(), Caption: "직급별 인력 현황", Unit: unitCaption("명"), Class: "headcount"}
	head := []cell{{Text: "구분", Header: true, Scope: "col"}, {Text: "계", Header: true, Scope: "col", Class: "total"}}
	for _, g := range h.Grades {
		head = append(head, cell{Text: g.Grade, Header: true, Scope: "col"})
	}
	head = append(head, cell{Text: "비고", Header: true, Scope: "col"})
	v.Head = [][]cell{head}
	var notes []string
	for _, g := range h.Grades {
		if g.Note != "" {
			notes = append(notes, g.Grade+": "+g.Note)
		}
	}
	quota := []cell{{Text: "정원", Header: true, Scope: "row"}, {Text: numfmt.Int(int64(h.Quota)), Num: true, Class: "total"}}
	current := []cell{{Text: "현원", Header: true, Scope: "row"}, {Text: numfmt.Int(int64(h.Current)), Num: true, Class: "total"}}
	for _, g := range h.Grades {
		quota = append(quota, cell{Text: numfmt.Int(int64(g.Quota)), Num: true})
		current = append(current, cell{Text: numfmt.Int(int64(g.Current)), Num: true})
	}
	quota = append(quota, cell{Text: strings.Join(notes, ", "), RowSpan: 2, Class: "remark"})
	v.Body = [][]cell{quota, current}
	return v
}

func budgetLead(b *model.AccountBudget) string {
	s := "총 " + b.Total.Format(b.Unit)
	if b.Label != "" {
		s = b.Label + " " + s
	}
	if b.HasPrevious {
		s += fmt.Sprintf("(%s 대비 %s", b.PrevLabel, changeWords(b.Change, b.Unit))
		if b.HasRate {
			s += ", " + numfmt.DeltaRate(b.ChangeBP)
		}
		s += ")"
	}
	return s
}

// changeWords writes a change in words: "350백만원 증가", "△5백만원 감소" is
// not used in prose, so decreases read "5백만원 감소".
func changeWords(a money.Amount, u money.Unit) string {
	switch {
	case a > 0:
		return a.Format(u) + " 증가"
	case a < 0:
		return (-a).Format(u) + " 감소"
	}
	return "변동 없음"
}

// accountColumn is one column of the budget table: a top-level account, a
// sub-account, or the 소계 of an account with several sub-accounts.
type accountColumn struct {
	acc *model.Account
}

// accountTable is 구분 | 합계 | accounts … with one row for this year's
// figures and, when the previous year is given, rows for it, 증감 and 증감률.
// Accounts with sub-accounts span their sub-accounts' columns (with a 소계
// column first when there are several).
func (b *builder) accountTable(bu *model.AccountBudget) *tableView {
	v := &tableView{ID: b.nextTable(), Caption: "회계별 예산 현황", Unit: unitCaption(bu.Unit.String()), Class: "accounts"}
	depth := accountDepth(bu.Accounts)
	rows := make([][]cell, depth)
	rows[0] = append(rows[0], cell{Text: "구분", Header: true, Scope: "col", RowSpan: depth},
		cell{Text: "합계", Header: true, Scope: "col", RowSpan: depth, Class: "total"})
	var cols []accountColumn
	var walk func(as []*model.Account, level int)
	walk = func(as []*model.Account, level int) {
		for _, a := range as {
			if len(a.Accounts) == 0 {
				rows[level] = append(rows[level], cell{Text: a.Name, Header: true, Scope: "col", RowSpan: depth - level})
				cols = append(cols, accountColumn{acc: a})
				continue
			}
			span := accountLeaves(a)
			rows[level] = append(rows[level], cell{Text: a.Name, Header: true, Scope: "colgroup", ColSpan: span})
			if len(a.Accounts) > 1 {
				rows[level+1] = append(rows[level+1], cell{Text: "소계", Header: true, Scope: "col", RowSpan: depth - level - 1})
				cols = append(cols, accountColumn{acc: a})
			}
			walk(a.Accounts, level+1)
		}
	}
	walk(bu.Accounts, 0)
	v.Head = rows

	label := bu.Label
	if label == "" {
		label = "예산"
	}
	u := bu.Unit
	cur := []cell{{Text: label, Header: true, Scope: "row"}, {Text: bu.Total.Number(u), Num: true, Class: "total"}}
	for _, c := range cols {
		cur = append(cur, amountCell(c.acc.Amount, c.acc.None, u))
	}
	v.Body = append(v.Body, cur)
	if bu.HasPrevious {
		prevLabel := bu.PrevLabel
		if prevLabel == "" {
			prevLabel = "전년"
		}
		prev := []cell{{Text: prevLabel, Header: true, Scope: "row"}, {Text: bu.PrevTotal.Number(u), Num: true, Class: "total"}}
		change := []cell{{Text: "증감", Header: true, Scope: "row"}, {Text: bu.Change.Delta(u), Num: true, Class: "total"}}
		rate := []cell{{Text: "증감률", Header: true, Scope: "row"}, {Text: bu.RateText(), Num: true, Class: "total"}}
		for _, c := range cols {
			a := c.acc
			prev = append(prev, amountCell(a.Previous, a.PrevNone, u))
			if a.PrevNone {
				change = append(change, cell{Text: "-", Num: true})
				rate = append(rate, cell{Text: "-", Num: true})
				continue
			}
			change = append(change, cell{Text: a.Change.Delta(u), Num: true})
			rate = append(rate, cell{Text: a.RateText(), Num: true})
		}
		v.Body = append(v.Body, prev, change, rate)
	}
	if bu.HasPrevious {
		v.Notes = append(v.Notes, "△는 감소")
	}
	return v
}

func amountCell(a money.Amount, none bool, u money.Unit) cell {
	if none {
		return cell{Text: "-", Num: true}
	}
	return cell{Text: a.Number(u), Num: true}
}

func accountDepth(as []*model.Account) int {
	d := 1
	for _, a := range as {
		if len(a.Accounts) > 0 {
			d = max(d, 1+accountDepth(a.Accounts))
		}
	}
	return d
}

// accountLeaves is the number of columns an account spans.
func accountLeaves(a *model.Account) int {
	if len(a.Accounts) == 0 {
		return 1
	}
	n := 0
	if len(a.Accounts) > 1 {
		n++ // 소계
	}
	for _, c := range a.Accounts {
		n += accountLeaves(c)
	}
	return n
}

func committeeDetails(c *model.Committees) bool {
	for _, m := range c.List {
		if m.Members > 0 || m.Chair != "" || m.Basis != "" || m.Note != "" {
			return true
		}
	}
	return false
}

// committeeTable is 위원회명 | 위원 수 | 위원장 | 설치근거 (| 비고).
func (b *builder) committeeTable(c *model.Committees) *tableView {
	v := &tableView{ID: b.nextTable(), Caption: "위원회 현황", Class: "committees"}
	note := false
	for _, m := range c.List {
		note = note || m.Note != ""
	}
	head := []cell{{Text: "위원회명", Header: true, Scope: "col"}, {Text: "위원 수", Header: true, Scope: "col"},
		{Text: "위원장", Header: true, Scope: "col"}, {Text: "설치근거", Header: true, Scope: "col"}}
	if note {
		head = append(head, cell{Text: "비고", Header: true, Scope: "col"})
	}
	v.Head = [][]cell{head}
	for _, m := range c.List {
		members := "-"
		if m.Members > 0 {
			members = numfmt.Int(int64(m.Members)) + "명"
		}
		row := []cell{{Text: m.Name, Header: true, Scope: "row"}, {Text: members, Num: true},
			{Text: dash(m.Chair), Class: "center"}, {Text: dash(m.Basis)}}
		if note {
			row = append(row, cell{Text: m.Note})
		}
		v.Body = append(v.Body, row)
	}
	return v
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// lawTable is 구분 | 계 | kinds … with one row of counts.
func (b *builder) lawTable(l *model.Laws) *tableView {
	v := &tableView{ID: b.nextTable(), Caption: "자치법규 현황", Unit: unitCaption("건"), Class: "laws"}
	head := []cell{{Text: "구분", Header: true, Scope: "col"}, {Text: "계", Header: true, Scope: "col", Class: "total"}}
	row := []cell{{Text: "건수", Header: true, Scope: "row"}, {Text: numfmt.Int(int64(l.Total)), Num: true, Class: "total"}}
	for _, k := range l.Kinds {
		head = append(head, cell{Text: k.Kind, Header: true, Scope: "col"})
		row = append(row, cell{Text: numfmt.Int(int64(k.Count)), Num: true})
	}
	v.Head = [][]cell{head}
	v.Body = [][]cell{row}
	return v
}
