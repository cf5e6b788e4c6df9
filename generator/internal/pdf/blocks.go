package pdf

import (
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/numfmt"
	"workplan/generator/internal/typeset"
	"workplan/generator/internal/typeset/layout"
)

// genericTable sets a model table with its caption, unit and notes.
func (b *builder) genericTable(t *model.Table, c ctx) {
	b.tableCaption(t.Caption, c.x)
	b.unitCaption(t.Unit, c.x)
	if t.Caption == "" && t.Unit == "" {
		b.Space(6)
	}
	head := make([]typeset.Cell, len(t.Header))
	for i, h := range t.Header {
		head[i] = typeset.Cell{Text: h}
	}
	var body [][]typeset.Cell
	for _, r := range t.Rows {
		row := make([]typeset.Cell, len(r))
		for i, v := range r {
			row[i] = typeset.Cell{Text: v, Numeric: i < len(t.Numeric) && t.Numeric[i]}
		}
		body = append(body, row)
	}
	b.Table(typeset.Table{X: c.x, Head: [][]typeset.Cell{head}, Body: body, Labels: true})
	for _, n := range t.Notes {
		b.note(c.x, n)
	}
}

// kpiTable: 정책과제 | 성과지표 | 단위 | 전년 실적 | 목표 | 비고.
func (b *builder) kpiTable(k *model.KPITable, c ctx) {
	b.tableCaption(k.Caption, c.x)
	if k.Caption == "" {
		b.Space(6)
	}
	hasNote := false
	for _, r := range k.Rows {
		if r.Note != "" {
			hasNote = true
		}
	}
	head := []typeset.Cell{{Text: "정책과제"}, {Text: "성과지표"}, {Text: "단위"}, {Text: "전년 실적"}, {Text: "목표"}}
	if hasNote {
		head = append(head, typeset.Cell{Text: "비고"})
	}
	var body [][]typeset.Cell
	for _, r := range k.Rows {
		row := []typeset.Cell{{Text: r.Task}, {Text: r.Indicator}, {Text: r.Unit}, {Text: dash(r.Previous), Numeric: typeset.IsFigure(r.Previous)}, {Text: dash(r.Target), Numeric: typeset.IsFigure(r.Target)}}
		if hasNote {
			row = append(row, typeset.Cell{Text: r.Note})
		}
		body = append(body, row)
	}
	b.Table(typeset.Table{X: c.x, Head: [][]typeset.Cell{head}, Body: body})
}

// calendar: 일 시 | 행사명 | 장 소 | 담당부서 | 비 고.
func (b *builder) calendar(cal *model.Calendar, c ctx) {
	b.tableCaption(cal.Caption, c.x)
	if cal.Caption == "" {
		b.Space(6)
	}
	hasNote := false
	for _, e := range cal.Events {
		if e.Note != "" {
			hasNote = true
		}
	}
	head := []typeset.Cell{{Text: "일 시"}, {Text: "행사명"}, {Text: "장 소"}, {Text: "담당부서"}}
	if hasNote {
		head = append(head, typeset.Cell{Text: "비 고"})
	}
	var body [][]typeset.Cell
	for _, e := range cal.Events {
		row := []typeset.Cell{{Text: e.When.Text}, {Text: e.Name}, {Text: dash(e.Venue)}, {Text: dash(e.Department)}}
		if hasNote {
			row = append(row, typeset.Cell{Text: e.Note})
		}
		body = append(body, row)
	}
	b.Table(typeset.Table{X: c.x, Head: [][]typeset.Cell{head}, Body: body})
}

// box sets a boxed note: the title on the top rule (< 제목 >), ▶ lines
// with their ※ notes, the tally and notes as ※ lines. It stays whole
// when it fits on a page.
func (b *builder) box(bx *model.Box, c ctx) {
	pad := 14.0
	x := c.x
	w := b.Page.CW - x
	inner := w - 2*pad
	st := typeset.Style{Size: 12.5, Color: typeset.Ink}
	var rows []*layout.Row
	for _, l := range bx.Lines {
		head := "▶ "
		if l.Label != "" {
			head += l.Label + ": "
		}
		spans := []typeset.Span{{Text: head, Style: st}, {Text: l.Text, Style: st}}
		if l.Note != "" {
			spans = append(spans, typeset.Span{Text: "  ※ " + l.Note, Style: noteStyle})
		}
		rs := b.TextRows(spans, typeset.Para{X: x + pad, W: inner, Hang: b.TextWidth("▶ ", st), Align: typeset.Justify})
		if len(rows) > 0 && len(rs) > 0 {
			rs[0].H += 3
			typeset.ShiftRow(rs[0], 3)
		}
		rows = append(rows, rs...)
	}
	var notes []string
	if bx.Tally != nil {
		notes = append(notes, tallyLine(bx.Tally))
	}
	notes = append(notes, bx.Notes...)
	for _, n := range notes {
		if !strings.HasPrefix(n, "※") {
			n = "※ " + n
		}
		rs := b.TextRows(typeset.Plain(n, noteStyle), typeset.Para{X: x + pad, W: inner, Hang: b.TextWidth("※ ", noteStyle), Align: typeset.Justify})
		if len(rows) > 0 && len(rs) > 0 {
			rs[0].H += 4
			typeset.ShiftRow(rs[0], 4)
		}
		rows = append(rows, rs...)
	}
	if len(rows) == 0 && bx.Title == "" {
		return
	}
	titleSt := typeset.Style{Bold: true, Size: 12.5, Color: typeset.Navy}
	title := ""
	if bx.Title != "" {
		title = "< " + bx.Title + " >"
	}
	var titleLine []typeset.Line
	if title != "" {
		titleLine = b.SetLines(typeset.Plain(title, titleSt), w-40, 0, typeset.Left)
	}
	padTop := 12.0
	if len(titleLine) > 1 {
		padTop += float64(len(titleLine)-1) * typeset.LineHeight(titleSt.Size)
	}
	g := &layout.Group{Rows: rows, PadTop: padTop, PadBottom: 10, KeepTogether: true, Before: 20,
		Frame: typeset.FrameFunc(func(h float64, first, last bool) []typeset.Prim {
			ps := []typeset.Prim{&typeset.RectPrim{X: x, Y: 0, W: w, H: h, Stroke: &typeset.RuleInk, LW: 0.8, Dash: !first || !last, Radius: 3}}
			if first && len(titleLine) > 0 {
				for i, l := range titleLine {
					tw := l.Width
					lx := x + (w-tw)/2
					lh := typeset.LineHeight(titleSt.Size)
					ty := -lh/2 + float64(i)*lh
					if i == 0 {
						ps = append(ps, &typeset.RectPrim{X: lx - 6, Y: -lh / 2, W: tw + 12, H: lh * float64(len(titleLine)), Fill: &typeset.White})
					}
					ps = append(ps, b.Baseline(l.Text, lx, lh, titleSt.Size).Shift(0, ty))
				}
			}
			return ps
		})}
	b.Add(g)
	b.Space(6)
}

// tallyLine writes a tally as its ※ line: 위촉완료 98명: 1차 위촉
// 32명('22.10.26.), 2차 위촉 46명('22.12.28.), 3차 위촉 20명('23.11.22.).
func tallyLine(t *model.Tally) string {
	var parts []string
	for _, p := range t.Parts {
		s := p.Label + " " + numfmt.Int(int64(p.Count)) + t.Unit
		if p.When != nil {
			s += "(" + p.When.Text + ")"
		}
		parts = append(parts, s)
	}
	s := "※ " + t.Label + " " + numfmt.Int(int64(t.Total)) + t.Unit
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s
}

// tallyBlock sets a tally standing on its own: an ㅇ line with the total
// and parts, and the cap.
func (b *builder) tallyBlock(t *model.Tally, c ctx) {
	var parts []string
	for _, p := range t.Parts {
		s := p.Label + " " + numfmt.Int(int64(p.Count)) + t.Unit
		if p.When != nil {
			s += "(" + p.When.Text + ")"
		}
		parts = append(parts, s)
	}
	s := t.Label + ": 총 " + numfmt.Int(int64(t.Total)) + t.Unit
	if len(parts) > 0 {
		s += "(" + strings.Join(parts, ", ") + ")"
	}
	b.mark(c.level, typeset.Plain(s, bodyStyle), t.Cap > 0)
	if t.Cap > 0 {
		b.note(b.textX(c.level), numfmt.Int(int64(t.Cap))+t.Unit+" 이내")
	}
}

// pledgeTable: 합계 and the strategic tasks across, their counts below,
// with (단위: 사업 수) above and the chart beside.
func (b *builder) pledgeTable(p *model.PledgeTable, c ctx, key string) {
	b.tableCaption(p.Caption, c.x)
	unit := p.Unit
	if unit == "" {
		unit = "개"
	}
	b.unitCaption(unit, c.x)
	head := []typeset.Cell{{Text: "합 계"}}
	row := []typeset.Cell{{Text: numfmt.Int(int64(p.Total)), Numeric: true, Bold: true}}
	for _, t := range p.Tasks {
		head = append(head, typeset.Cell{Text: t.Name})
		row = append(row, typeset.Cell{Text: numfmt.Int(int64(t.Count)), Numeric: true})
	}
	fixed := make([]float64, len(head))
	for i := range fixed {
		fixed[i] = 1 / float64(len(head))
	}
	if len(head) > 2 {
		// 합계 narrower than the tasks, whose names wrap onto two lines.
		fixed[0] = 0.6 / float64(len(head))
		for i := 1; i < len(fixed); i++ {
			fixed[i] = (1 - fixed[0]) / float64(len(head)-1)
		}
	}
	b.Table(typeset.Table{X: c.x, Head: [][]typeset.Cell{head}, Body: [][]typeset.Cell{row}, Fixed: fixed})
	if len(p.Tasks) >= 2 {
		b.ChartRow(chart.Pledges("pdf", p), c.x)
	}
}

// unitCaption adds "(단위: 백만원)" right-aligned above a table.
func (b *builder) unitCaption(unit string, x float64) {
	if unit == "" {
		return
	}
	b.Text(typeset.Plain("(단위: "+unit+")", captionStyle), typeset.Para{X: x, Align: typeset.Right, Keep: true, Before: 4, Lead: 16})
}

// tableCaption adds a table's title, centred: < 성과지표 >.
func (b *builder) tableCaption(caption string, x float64) {
	if caption == "" {
		return
	}
	st := typeset.Style{Bold: true, Size: 12, Color: typeset.Ink}
	b.Text(typeset.Plain("< "+caption+" >", st), typeset.Para{X: x, Align: typeset.Center, Keep: true, Before: 8})
}
