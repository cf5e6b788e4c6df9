package pdf

import (
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/numfmt"
	"workplan/generator/internal/typeset/layout"
)

// genericTable sets a model table with its caption, unit and notes.
func (b *builder) genericTable(t *model.Table, c ctx) {
	b.tableCaption(t.Caption, c.x)
	b.unitCaption(t.Unit, c.x)
	if t.Caption == "" && t.Unit == "" {
		b.space(6)
	}
	head := make([]cellSpec, len(t.Header))
	for i, h := range t.Header {
		head[i] = cellSpec{text: h}
	}
	var body [][]cellSpec
	for _, r := range t.Rows {
		row := make([]cellSpec, len(r))
		for i, v := range r {
			row[i] = cellSpec{text: v, numeric: i < len(t.Numeric) && t.Numeric[i]}
		}
		body = append(body, row)
	}
	b.table(tableSpec{x: c.x, head: [][]cellSpec{head}, body: body, labels: true})
	for _, n := range t.Notes {
		b.note(c.x, n)
	}
}

// kpiTable: 정책과제 | 성과지표 | 단위 | 전년 실적 | 목표 | 비고.
func (b *builder) kpiTable(k *model.KPITable, c ctx) {
	b.tableCaption(k.Caption, c.x)
	if k.Caption == "" {
		b.space(6)
	}
	hasNote := false
	for _, r := range k.Rows {
		if r.Note != "" {
			hasNote = true
		}
	}
	head := []cellSpec{{text: "정책과제"}, {text: "성과지표"}, {text: "단위"}, {text: "전년 실적"}, {text: "목표"}}
	if hasNote {
		head = append(head, cellSpec{text: "비고"})
	}
	var body [][]cellSpec
	for _, r := range k.Rows {
		row := []cellSpec{{text: r.Task}, {text: r.Indicator}, {text: r.Unit}, {text: dash(r.Previous), numeric: isFigure(r.Previous)}, {text: dash(r.Target), numeric: isFigure(r.Target)}}
		if hasNote {
			row = append(row, cellSpec{text: r.Note})
		}
		body = append(body, row)
	}
	b.table(tableSpec{x: c.x, head: [][]cellSpec{head}, body: body})
}

// calendar: 일 시 | 행사명 | 장 소 | 담당부서 | 비 고.
func (b *builder) calendar(cal *model.Calendar, c ctx) {
	b.tableCaption(cal.Caption, c.x)
	if cal.Caption == "" {
		b.space(6)
	}
	hasNote := false
	for _, e := range cal.Events {
		if e.Note != "" {
			hasNote = true
		}
	}
	head := []cellSpec{{text: "일 시"}, {text: "행사명"}, {text: "장 소"}, {text: "담당부서"}}
	if hasNote {
		head = append(head, cellSpec{text: "비 고"})
	}
	var body [][]cellSpec
	for _, e := range cal.Events {
		row := []cellSpec{{text: e.When.Text}, {text: e.Name}, {text: dash(e.Venue)}, {text: dash(e.Department)}}
		if hasNote {
			row = append(row, cellSpec{text: e.Note})
		}
		body = append(body, row)
	}
	b.table(tableSpec{x: c.x, head: [][]cellSpec{head}, body: body})
}

// box sets a boxed note: the title on the top rule (< 제목 >), ▶ lines
// with their ※ notes, the tally and notes as ※ lines. It stays whole
// when it fits on a page.
func (b *builder) box(bx *model.Box, c ctx) {
	pad := 14.0
	x := c.x
	w := b.pg.cw - x
	inner := w - 2*pad
	st := style{size: 12.5, color: ink}
	var rows []*layout.Row
	for _, l := range bx.Lines {
		head := "▶ "
		if l.Label != "" {
			head += l.Label + ": "
		}
		spans := []span{{head, st}, {l.Text, st}}
		if l.Note != "" {
			spans = append(spans, span{"  ※ " + l.Note, style{size: 11.5, color: subtle}})
		}
		rs := b.textRows(spans, textOpts{x: x + pad, w: inner, hang: b.textWidth("▶ ", st), align: justify})
		if len(rows) > 0 && len(rs) > 0 {
			rs[0].H += 3
			shiftRow(rs[0], 3)
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
		rs := b.textRows(plain(n, noteStyle), textOpts{x: x + pad, w: inner, hang: b.textWidth("※ ", noteStyle), align: justify})
		if len(rows) > 0 && len(rs) > 0 {
			rs[0].H += 4
			shiftRow(rs[0], 4)
		}
		rows = append(rows, rs...)
	}
	if len(rows) == 0 && bx.Title == "" {
		return
	}
	titleSt := style{bold: true, size: 12.5, color: navy}
	title := ""
	if bx.Title != "" {
		title = "< " + bx.Title + " >"
	}
	var titleLine []line
	if title != "" {
		titleLine = b.setLines(plain(title, titleSt), w-40, 0, left)
	}
	padTop := 12.0
	if len(titleLine) > 1 {
		padTop += float64(len(titleLine)-1) * lineHeight(titleSt.size)
	}
	g := &layout.Group{Rows: rows, PadTop: padTop, PadBottom: 10, KeepTogether: true, Before: 20,
		Frame: frameFunc(func(h float64, first, last bool) []prim {
			ps := []prim{&rectPrim{x: x, y: 0, w: w, h: h, stroke: &rule, lw: 0.8, dash: !first || !last, radius: 3}}
			if first && len(titleLine) > 0 {
				for i, l := range titleLine {
					tw := l.width
					lx := x + (w-tw)/2
					lh := lineHeight(titleSt.size)
					ty := -lh/2 + float64(i)*lh
					if i == 0 {
						ps = append(ps, &rectPrim{x: lx - 6, y: -lh / 2, w: tw + 12, h: lh * float64(len(titleLine)), fill: &white})
					}
					ps = append(ps, b.baseline(l.prim, lx, lh, titleSt.size).shift(0, ty))
				}
			}
			return ps
		})}
	b.add(g)
	b.space(6)
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
	b.mark(c.level, plain(s, bodyStyle), t.Cap > 0)
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
	head := []cellSpec{{text: "합 계"}}
	row := []cellSpec{{text: numfmt.Int(int64(p.Total)), numeric: true, bold: true}}
	for _, t := range p.Tasks {
		head = append(head, cellSpec{text: t.Name})
		row = append(row, cellSpec{text: numfmt.Int(int64(t.Count)), numeric: true})
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
	b.table(tableSpec{x: c.x, head: [][]cellSpec{head}, body: [][]cellSpec{row}, fixed: fixed})
	if len(p.Tasks) >= 2 {
		b.chartRow(chart.Pledges("pdf", p), c.x)
	}
}

// unitCaption adds "(단위: 백만원)" right-aligned above a table.
func (b *builder) unitCaption(unit string, x float64) {
	if unit == "" {
		return
	}
	b.text(plain("(단위: "+unit+")", captionStyle), textOpts{x: x, align: right, keep: true, before: 4, lead: 16})
}

// tableCaption adds a table's title, centred: < 성과지표 >.
func (b *builder) tableCaption(caption string, x float64) {
	if caption == "" {
		return
	}
	st := style{bold: true, size: 12, color: ink}
	b.text(plain("< "+caption+" >", st), textOpts{x: x, align: center, keep: true, before: 8})
}
