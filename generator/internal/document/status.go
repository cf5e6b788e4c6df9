package document

import (
	"strconv"
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
)

// status is 일반현황 as plans print it: [조 직], [인력현황], [예산현황] and
// 【위원회 및 자치법규 현황】, each a section with its tables, notes and
// charts.
func (b *builder) status(s *model.Status, pl place) []Block {
	var out []Block
	section := func(id, key, label string) *Section {
		return &Section{ID: id, Key: key, Label: label, Depth: pl.depth}
	}
	if o := s.Organisation; o != nil {
		sec := section("status-organisation", "organisation", "[조 직]")
		if c := chart.Organisation(o); c != nil {
			if f := b.figure(c, sec.ID+".chart"); f != nil {
				f.Alt = []Block{orgList(sec.ID+".units", o.Units, 1)}
				sec.Blocks = append(sec.Blocks, f)
			}
		}
		if o.Note != "" {
			sec.Blocks = append(sec.Blocks, note(sec.ID+".note", o.Note))
		}
		out = append(out, sec)
	}
	if h := s.Headcount; h != nil {
		sec := section("status-headcount", "headcount", "[인력현황]")
		sec.Blocks = append(sec.Blocks, headcountTable(sec.ID+".table", h))
		for _, n := range notes(sec.ID, h.Notes) {
			sec.Blocks = append(sec.Blocks, n)
		}
		if len(h.Grades) > 0 {
			if f := b.figure(chart.Headcount(h), sec.ID+".chart"); f != nil {
				sec.Blocks = append(sec.Blocks, f)
			}
		}
		out = append(out, sec)
	}
	if bu := s.Budget; bu != nil {
		sec := section("status-budget", "budget", "[예산현황]")
		sec.Blocks = append(sec.Blocks, accountTable(sec.ID+".table", bu))
		withFigure := 0
		for _, a := range bu.Accounts {
			if !a.None {
				withFigure++
			}
		}
		if withFigure >= 2 {
			if f := b.figure(chart.Accounts(bu), sec.ID+".chart"); f != nil {
				sec.Blocks = append(sec.Blocks, f)
			}
		}
		out = append(out, sec)
	}
	if s.Committees != nil || s.Laws != nil {
		sec := section("status-committees", "committees", "【위원회 및 자치법규 현황】")
		lines := &List{ID: sec.ID + ".lines"}
		sec.Blocks = append(sec.Blocks, lines)
		if c := s.Committees; c != nil {
			lines.Lines = append(lines.Lines, committeesLine(sec.ID+".committees", c))
		}
		if l := s.Laws; l != nil {
			lines.Lines = append(lines.Lines, lawsLine(sec.ID+".laws", l))
		}
		out = append(out, sec)
	}
	return out
}

// orgList is the unit tree as lines: "name: duties".
func orgList(id string, us []*model.OrgUnit, level int) *List {
	l := &List{ID: id}
	for i, u := range us {
		lid := id + "." + strconv.Itoa(i+1)
		line := &Line{ID: lid, Level: level, Marker: ladderMarker(level), Label: u.Name, Text: Plain(u.Role)}
		if u.Role == "" {
			line.Label, line.Text = "", Plain(u.Name)
		}
		if len(u.Units) > 0 {
			line.Blocks = []Block{orgList(lid+".units", u.Units, level+1)}
		}
		l.Lines = append(l.Lines, line)
	}
	return l
}

// headcountTable is 구 분 | 계 | grades … | 비고 with rows 정원 and 현원,
// and 과부족 (현원 − 정원, △ for short, derived) when the plan prints it;
// the grades' remarks share one cell over the rows.
func headcountTable(id string, h *model.Headcount) *Table {
	t := &Table{ID: id, Role: "headcount", Name: "직급별 인력 현황", Unit: unitLine("명")}
	head := headRow("구 분", "계")
	head[1].Total = true
	var remarks []string
	for _, g := range h.Grades {
		head = append(head, headRow(g.Grade)...)
		if g.Note != "" {
			remarks = append(remarks, g.Grade+": "+g.Note)
		}
	}
	head = append(head, headRow("비고")...)
	t.Head = [][]Cell{head}
	num := func(n int, total bool) Cell {
		return Cell{Text: Plain(numfmt.Int(int64(n))), Type: NumberCell, Align: Right, Total: total}
	}
	quota := []Cell{{Text: Plain("정 원"), Header: true}, num(h.Quota, true)}
	current := []Cell{{Text: Plain("현 원"), Header: true}, num(h.Current, true)}
	for _, g := range h.Grades {
		quota = append(quota, num(g.Quota, false))
		current = append(current, num(g.Current, false))
	}
	t.Body = [][]Cell{quota, current}
	if h.Shortfall {
		short := func(n int, total bool) Cell {
			c := Cell{Text: Plain(money.Amount(n).Delta(money.Won)), Type: NumberCell, Align: Right, Total: total, Derived: true}
			return c
		}
		row := []Cell{{Text: Plain("과부족"), Header: true}, short(h.Current-h.Quota, true)}
		for _, g := range h.Grades {
			row = append(row, short(g.Shortfall(), false))
		}
		t.Body = append(t.Body, row)
	}
	remark := cellOf(Plain(strings.Join(remarks, ", ")))
	remark.RowSpan = len(t.Body)
	if remark.Type == EmptyCell {
		remark.Text = nil
	}
	t.Body[0] = append(t.Body[0], remark)
	return t
}

// accountTable is 구 분 | 합 계 | accounts … with this year's row and,
// when the plan gives the previous year, rows for it, 증 감 and 증감률.
// An account with sub-accounts spans their columns, after a 소계 column
// when it has several; header rows are as deep as the accounts nest.
func accountTable(id string, bu *model.AccountBudget) *Table {
	u := bu.Unit
	t := &Table{ID: id, Role: "accounts", Name: "회계별 예산 현황", Unit: unitLine(u.String())}
	depth := accountDepth(bu.Accounts)
	head := make([][]Cell, depth)
	head[0] = append(head[0],
		Cell{Text: Plain("구 분"), Header: true, Align: Center, RowSpan: depth},
		Cell{Text: Plain("합 계"), Header: true, Align: Center, RowSpan: depth, Total: true})
	var cols []*model.Account
	var walk func(as []*model.Account, level int)
	walk = func(as []*model.Account, level int) {
		for _, a := range as {
			if len(a.Accounts) == 0 {
				head[level] = append(head[level], Cell{Text: Plain(a.Name), Header: true, Align: Center, RowSpan: depth - level})
				cols = append(cols, a)
				continue
			}
			head[level] = append(head[level], Cell{Text: Plain(a.Name), Header: true, Align: Center, ColSpan: accountLeaves(a)})
			if len(a.Accounts) > 1 {
				head[level+1] = append(head[level+1], Cell{Text: Plain("소계"), Header: true, Align: Center, RowSpan: depth - level - 1, Total: true})
				cols = append(cols, a)
			}
			walk(a.Accounts, level+1)
		}
	}
	walk(bu.Accounts, 0)
	t.Head = head

	figure := func(s string, total bool) Cell {
		c := cellOf(Plain(s))
		c.Align, c.Total = Right, total
		return c
	}
	amount := func(a money.Amount, none bool) Cell {
		if none {
			return figure("-", false)
		}
		return figure(a.Number(u), false)
	}
	label := bu.Label
	if label == "" {
		label = "예 산"
	}
	cur := []Cell{{Text: Plain(label), Header: true}, figure(bu.Total.Number(u), true)}
	for _, a := range cols {
		cur = append(cur, amount(a.Amount, a.None))
	}
	t.Body = append(t.Body, cur)
	if bu.HasPrevious {
		prevLabel := bu.PrevLabel
		if prevLabel == "" {
			prevLabel = "전년도"
		}
		prev := []Cell{{Text: Plain(prevLabel), Header: true}, figure(bu.PrevTotal.Number(u), true)}
		change := []Cell{{Text: Plain("증 감"), Header: true}, figure(bu.Change.Delta(u), true)}
		rate := []Cell{{Text: Plain("증감률"), Header: true}, figure(bu.RateText(), true)}
		for _, a := range cols {
			prev = append(prev, amount(a.Previous, a.PrevNone))
			if a.None || a.PrevNone {
				change = append(change, figure("-", false))
			} else {
				change = append(change, figure(a.Change.Delta(u), false))
			}
			rate = append(rate, figure(a.RateText(), false))
		}
		t.Body = append(t.Body, prev, change, rate)
		t.Notes = append(t.Notes, note(id+".note1", "△는 감소"))
	}
	return t
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

// committeesLine is "ㅇ 위원회: 총 5개(…)", with a table under it when
// the plan gives members, chairs, bases or remarks.
func committeesLine(id string, c *model.Committees) *Line {
	var names []string
	detail, remark := false, false
	for _, m := range c.List {
		names = append(names, m.Name)
		detail = detail || m.Members > 0 || m.Chair != "" || m.Basis != "" || m.Note != ""
		remark = remark || m.Note != ""
	}
	text := "총 " + numfmt.Int(int64(len(c.List))) + "개"
	if len(names) > 0 {
		text += "(" + strings.Join(names, ", ") + ")"
	}
	l := &Line{ID: id, Level: 1, Marker: ladderMarker(1), Label: "위원회", Text: Plain(text)}
	if !detail {
		return l
	}
	t := &Table{ID: id + ".table", Role: "committees", Name: "위원회 현황"}
	head := headRow("위원회명", "위원 수", "위원장", "설치근거")
	if remark {
		head = append(head, headRow("비고")...)
	}
	t.Head = [][]Cell{head}
	for _, m := range c.List {
		members := "-"
		if m.Members > 0 {
			members = numfmt.Int(int64(m.Members)) + "명"
		}
		chair := cellOf(Plain(dash(m.Chair)))
		chair.Align = Center
		row := []Cell{{Text: Plain(m.Name), Header: true}, cellOf(Plain(members)), chair, cellOf(Plain(dash(m.Basis)))}
		if remark {
			row = append(row, cellOf(Plain(m.Note)))
		}
		t.Body = append(t.Body, row)
	}
	alignFigures(t.Body)
	l.Blocks = []Block{t}
	return l
}

// lawsLine is "ㅇ 자치법규: 총 25건(조례 15, 규칙 10)" with the titles of
// each kind as a - line under it.
func lawsLine(id string, l *model.Laws) *Line {
	var parts []string
	for _, k := range l.Kinds {
		parts = append(parts, k.Kind+" "+numfmt.Int(int64(k.Count)))
	}
	text := "총 " + numfmt.Int(int64(l.Total)) + "건"
	if len(parts) > 0 {
		text += "(" + strings.Join(parts, ", ") + ")"
	}
	line := &Line{ID: id, Level: 1, Marker: ladderMarker(1), Label: "자치법규", Text: Plain(text)}
	sub := &List{ID: id + ".lines"}
	for _, k := range l.Kinds {
		if len(k.Titles) > 0 {
			sub.Lines = append(sub.Lines, &Line{ID: id + "." + strconv.Itoa(len(sub.Lines)+1), Level: 2, Marker: ladderMarker(2),
				Label: k.Kind, Text: Plain(strings.Join(k.Titles, ", "))})
		}
	}
	if len(sub.Lines) > 0 {
		line.Blocks = []Block{sub}
	}
	return line
}
