package document

import (
	"cmp"
	"strconv"
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/numfmt"
)

// note is a ※ line. A note written with its marker ("※ 기준 …", "* …")
// keeps that marker; others take ※.
func note(id, text string) *Note {
	n := &Note{ID: id, Marker: "※"}
	s := strings.TrimSpace(text)
	switch {
	case strings.HasPrefix(s, "※"):
		s = strings.TrimPrefix(s, "※")
	case strings.HasPrefix(s, "*"):
		n.Marker = "*"
		s = strings.TrimPrefix(s, "*")
	}
	n.Text = Plain(strings.TrimSpace(s))
	return n
}

func notes(id string, texts []string) []*Note {
	var out []*Note
	for i, t := range texts {
		out = append(out, note(id+".note"+strconv.Itoa(i+1), t))
	}
	return out
}

// table is a generic table: the header row, the rows as written (the
// first column labels its row unless it holds figures), figures
// right-aligned by column.
func (b *builder) table(t *model.Table, id string) *Table {
	v := &Table{ID: id, Role: "table", Caption: t.Caption, Name: t.Caption, Unit: unitLine(t.Unit), Notes: notes(id, t.Notes)}
	if v.Name == "" {
		v.Name = strings.Join(t.Header, "·") + " 표"
	}
	if len(t.Header) > 0 {
		v.Head = [][]Cell{headRow(t.Header...)}
	}
	for _, r := range t.Rows {
		row := make([]Cell, len(r))
		for c, s := range r {
			row[c] = cellOf(Plain(s))
		}
		v.Body = append(v.Body, row)
	}
	alignFigures(v.Body)
	labelColumn(v.Body)
	return v
}

// labelColumn makes the first cell of each body row its row's label,
// unless the first column holds figures.
func labelColumn(body [][]Cell) {
	for _, r := range body {
		if len(r) > 0 && r[0].Align != Right && r[0].Type != NumberCell {
			r[0].Header = true
		}
	}
}

// kpi is a table of 정책과제 → 성과지표 → 단위 → 전년 실적 → 목표
// (→ 비고); consecutive rows of one task share its cell.
func (b *builder) kpi(k *model.KPITable, id string) *Table {
	v := &Table{ID: id, Role: "kpi", Caption: k.Caption, Name: k.Caption}
	if v.Name == "" {
		v.Name = "성과지표"
	}
	hasNote := false
	for _, r := range k.Rows {
		hasNote = hasNote || r.Note != ""
	}
	l := k.Labels
	head := headRow(cmp.Or(l.Task, "정책과제"), cmp.Or(l.Indicator, "성과지표"), cmp.Or(l.Unit, "단위"), cmp.Or(l.Previous, "전년 실적"), cmp.Or(l.Target, "목표"))
	if hasNote {
		head = append(head, headRow(cmp.Or(l.Note, "비고"))...)
	}
	v.Head = [][]Cell{head}
	for i, r := range k.Rows {
		var row []Cell
		if i == 0 || k.Rows[i-1].Task != r.Task {
			span := 1
			for j := i + 1; j < len(k.Rows) && k.Rows[j].Task == r.Task; j++ {
				span++
			}
			row = append(row, Cell{Text: Plain(r.Task), Header: true, RowSpan: span})
		}
		unit := cellOf(Plain(r.Unit))
		unit.Align = Center
		unit.Type = TextCell
		row = append(row, Cell{Text: Plain(r.Indicator)}, unit, cellOf(Plain(dash(r.Previous))), cellOf(Plain(dash(r.Target))))
		if hasNote {
			row = append(row, cellOf(Plain(r.Note)))
		}
		v.Body = append(v.Body, row)
	}
	alignFigures(v.Body)
	return v
}

// calendar is a table of events: 일 시, 행사명, and 장 소, 담당부서 and
// 비 고 where any event gives them.
func (b *builder) calendar(c *model.Calendar, id string) *Table {
	v := &Table{ID: id, Role: "calendar", Caption: c.Caption, Name: c.Caption}
	if v.Name == "" {
		v.Name = "행사 일정"
	}
	var venue, dept, remark bool
	for _, e := range c.Events {
		venue = venue || e.Venue != ""
		dept = dept || e.Department != ""
		remark = remark || e.Note != ""
	}
	head := headRow("일 시", "행사명")
	if venue {
		head = append(head, headRow("장 소")...)
	}
	if dept {
		head = append(head, headRow("담당부서")...)
	}
	if remark {
		head = append(head, headRow("비 고")...)
	}
	v.Head = [][]Cell{head}
	for _, e := range c.Events {
		row := []Cell{{Text: Plain(e.When.Text), NoWrap: true}, {Text: Plain(e.Name), Header: true}}
		if venue {
			row = append(row, cellOf(Plain(dash(e.Venue))))
		}
		if dept {
			row = append(row, cellOf(Plain(dash(e.Department))))
		}
		if remark {
			row = append(row, cellOf(Plain(e.Note)))
		}
		v.Body = append(v.Body, row)
	}
	return v
}

// box is a boxed note: ▶ lines (each with its ※ note under it), then the
// tally and the notes as ※ lines. The tally leaves its cap out: the box's
// lines state it.
func (b *builder) box(x *model.Box, id string) *Box {
	v := &Box{ID: id, Title: x.Title}
	if len(x.Lines) > 0 {
		l := &List{ID: id + ".lines"}
		for i, bl := range x.Lines {
			lid := l.ID + "." + strconv.Itoa(i+1)
			line := &Line{ID: lid, Level: 1, Marker: "▶", Label: bl.Label, Text: Plain(bl.Text)}
			if bl.Note != "" {
				line.Blocks = append(line.Blocks, note(lid+".note", bl.Note))
			}
			l.Lines = append(l.Lines, line)
		}
		v.Blocks = append(v.Blocks, l)
	}
	if x.Tally != nil {
		v.Blocks = append(v.Blocks, note(id+".tally", x.Tally.Line(false)))
	}
	for _, n := range notes(id, x.Notes) {
		v.Blocks = append(v.Blocks, n)
	}
	return v
}

// pledges is the table of strategic tasks with their pledge counts (합계
// first, as plans print it) and, with two or more tasks, their pie chart.
func (b *builder) pledges(p *model.PledgeTable, id string) []Block {
	unit := p.Unit
	if unit == "" {
		unit = "개"
	}
	t := &Table{ID: id, Role: "pledges", Caption: p.Caption, Name: p.Caption, Unit: unitLine(unit)}
	if t.Name == "" {
		t.Name = "전략과제별 공약사업 수"
	}
	head := headRow("합 계")
	head[0].Total = true
	row := []Cell{{Text: Plain(numfmt.Int(int64(p.Total))), Type: NumberCell, Align: Right, Total: true}}
	for _, task := range p.Tasks {
		head = append(head, headRow(task.Name)...)
		row = append(row, Cell{Text: Plain(numfmt.Int(int64(task.Count))), Type: NumberCell, Align: Right})
	}
	t.Head = [][]Cell{head}
	t.Body = [][]Cell{row}
	out := []Block{t}
	if len(p.Tasks) >= 2 {
		if f := b.figure(chart.Pledges(chartKey(id), p), id+".chart"); f != nil {
			out = append(out, f)
		}
	}
	return out
}

// chartKey turns a node id into a chart id's stem: item-1-1.3 → item_1_1_3.
func chartKey(id string) string {
	return strings.NewReplacer("-", "_", ".", "_").Replace(id)
}
