package pdf

import (
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/document"
	"workplan/generator/internal/typeset"
	"workplan/generator/internal/typeset/layout"
)

// ctx says where blocks stand: the ladder rung their prose starts at and
// the indent of their tables, boxes, notes and charts.
type ctx struct {
	level int
	x     float64
}

// blocks sets a sequence of blocks. Two sections that each end in a chart
// (the headcount and the budget) show their charts side by side after the
// second.
func (b *builder) blocks(bs []document.Block, c ctx, node *typeset.Bookmark) {
	// A heading's cap on line sizes lasts to the end of its sequence.
	defer func(size float64) { b.capSize = size }(b.capSize)
	for i := 0; i < len(bs); i++ {
		if s, ok := bs[i].(*document.Section); ok && i+1 < len(bs) {
			if next, ok := bs[i+1].(*document.Section); ok {
				if f1, f2 := pairable(s), pairable(next); f1 != nil && f2 != nil {
					b.section(s, c, true)
					b.section(next, c, true)
					b.ChartPair(figureChart(f1), figureChart(f2))
					i++
					continue
				}
			}
		}
		// A chart right after a line stands under the line's text.
		if l, ok := bs[max(i-1, 0)].(*document.List); ok && i > 0 && len(l.Lines) > 0 {
			if f, ok := bs[i].(*document.Figure); ok {
				b.figure(f, ctx{level: c.level, x: max(c.x, b.textX(max(l.Lines[len(l.Lines)-1].Level-1, 0)))})
				continue
			}
		}
		b.block(bs[i], c, node)
	}
}

// pairable is the chart a section ends in, when it may stand beside
// another: a bar or pie chart that does not need the whole width.
func pairable(s *document.Section) *document.Figure {
	if len(s.Blocks) == 0 {
		return nil
	}
	f, ok := s.Blocks[len(s.Blocks)-1].(*document.Figure)
	if !ok || f.Wide || f.Chart == nil || (f.Chart.Kind != chart.Bar && f.Chart.Kind != chart.GroupedBar && f.Chart.Kind != chart.Pie) {
		return nil
	}
	return f
}

// block sets one block.
func (b *builder) block(blk document.Block, c ctx, node *typeset.Bookmark) {
	switch n := blk.(type) {
	case *document.Group:
		b.group(n, node)
	case *document.Item:
		b.item(n, node)
	case *document.Section:
		b.section(n, c, false)
	case *document.List:
		b.list(n, c)
	case *document.Line:
		b.line(n, false)
	case *document.Note:
		b.note(c.x, n)
	case *document.Paragraph:
		if allStrong(n.Text) {
			// A bold line written as a heading ("**□ 추진상황**"): it keeps
			// with what follows, and lists under it are no larger.
			b.Text(spans(n.Text, bodyStyle), typeset.Para{X: rungAt(c.level).x, Before: 6, Keep: true})
			b.capSize = bodyStyle.Size
			break
		}
		b.Text(spans(n.Text, bodyStyle), typeset.Para{X: rungAt(c.level).x, Before: 6, Align: typeset.Justify})
	case *document.Heading:
		size := map[int]float64{2: 15, 3: 14, 4: 13.5}[n.Depth]
		if size == 0 {
			size = 13
		}
		st := typeset.Style{Bold: true, Size: size, Color: typeset.Ink}
		b.Heading(spans(n.Text, st), typeset.Para{X: rungAt(c.level).x, Before: 12}, "")
		b.capSize = size
	case *document.Table:
		b.table(n, c)
	case *document.Figure:
		b.figure(n, c)
	case *document.Box:
		b.box(n, c)
	case *document.Quote:
		b.blocks(n.Blocks, ctx{level: c.level + 1, x: c.x}, node)
	case *document.Code:
		b.Text(typeset.Plain(n.Text, typeset.Style{Size: 11, Color: typeset.Ink}), typeset.Para{X: rungAt(c.level).x + 10, Before: 6})
	case *document.Rule:
		x := rungAt(c.level).x
		b.RowOf(12, 4, false, []typeset.Prim{&typeset.LinePrim{X1: x, Y1: 6, X2: b.Page.CW, Y2: 6, Color: typeset.Hairline, LW: 0.6}})
	case *document.RawHTML:
		// HTML a PDF cannot show.
	}
}

// section sets a headed part: "□ 소요예산: 16,366천원(구비)" on the ladder,
// or a heading such as [인력현황] in 일반현황; without its closing chart
// when that stands beside another (paired).
func (b *builder) section(s *document.Section, c ctx, paired bool) {
	head := s.Label
	if s.Value != "" {
		head += ": " + s.Value
	}
	if s.Marker != "" {
		b.mark(0, s.Marker, typeset.Plain(head, ladder[0].st), len(s.Blocks) > 0)
	} else {
		st := typeset.Style{Bold: true, Size: 14.5, Color: typeset.Ink}
		b.Heading(typeset.Plain(head, st), typeset.Para{Before: 14}, "")
		b.Space(4)
	}
	bs := s.Blocks
	if paired {
		bs = bs[:len(bs)-1]
	}
	b.blocks(bs, c, nil)
}

// list sets consecutive lines. A short run of lines below the first rung
// is never split across pages.
func (b *builder) list(l *document.List, c ctx) {
	for i, line := range l.Lines {
		b.line(line, line.Level > 1 && len(l.Lines) <= 6 && i < len(l.Lines)-1)
	}
}

// line sets a numbered line at its rung, then what stands under it: ※
// notes under its text, sub-lines, tables and boxes indented with it.
func (b *builder) line(l *document.Line, keep bool) {
	text := lineSpans(l.Label, l.Text, b.rung(l.Level).st)
	if l.Marker == "※" || l.Marker == "*" {
		b.note(rungAt(l.Level).x, &document.Note{Marker: l.Marker, Text: document.Plain(typeset.SpansText(text))})
	} else {
		b.mark(l.Level, l.Marker, text, keep || len(l.Blocks) > 0)
	}
	under := ctx{level: l.Level + 1, x: b.textX(max(l.Level-1, 0))}
	for i, blk := range l.Blocks {
		if n, ok := blk.(*document.Note); ok {
			b.note(b.textX(l.Level), n)
			if i < len(l.Blocks)-1 || keep {
				b.KeepLast()
			}
			continue
		}
		b.block(blk, under, nil)
	}
}

// table sets a table with its caption, unit line and notes. Figure tables
// (headcount, accounts, years) share their width evenly; the pledge table
// gives 합계 less room than the tasks.
func (b *builder) table(t *document.Table, c ctx) {
	if t.Caption != "" {
		st := typeset.Style{Bold: true, Size: 12, Color: typeset.Ink}
		b.Text(typeset.Plain("< "+t.Caption+" >", st), typeset.Para{X: c.x, Align: typeset.Center, Keep: true, Before: 8})
	}
	if t.Unit != "" {
		b.Text(typeset.Plain(t.Unit, captionStyle), typeset.Para{X: c.x, Align: typeset.Right, Keep: true, Before: 4, Lead: 16})
	}
	if t.Caption == "" && t.Unit == "" {
		b.Space(6)
	}
	spec := typeset.Table{X: c.x, Head: cells(t.Head, true), Body: cells(t.Body, false)}
	switch t.Role {
	case "headcount", "accounts", "years":
		spec.Even = true
	case "pledges":
		if n := t.Cols(); n > 2 {
			// 합계 narrower than the tasks, whose names wrap onto two lines.
			spec.Fixed = make([]float64, n)
			spec.Fixed[0] = 0.6 / float64(n)
			for i := 1; i < n; i++ {
				spec.Fixed[i] = (1 - spec.Fixed[0]) / float64(n-1)
			}
		}
	}
	b.Table(spec)
	// ※ notes stay on the page of the table's last row.
	b.KeepTail(func() {
		for _, n := range t.Notes {
			b.note(c.x, n)
		}
	})
}

// cells styles table cells: totals bold, row labels tinted.
func cells(rows [][]document.Cell, head bool) [][]typeset.Cell {
	out := make([][]typeset.Cell, len(rows))
	for i, r := range rows {
		for _, c := range r {
			tc := typeset.Cell{
				Spans:   spans(c.Text, typeset.TableStyle),
				Align:   [...]typeset.Align{typeset.Left, typeset.Center, typeset.Right}[c.Align],
				RowSpan: c.RowSpan, ColSpan: c.ColSpan,
				NoWrap: c.NoWrap,
			}
			if c.Total || head {
				for k := range tc.Spans {
					tc.Spans[k].Style.Bold = true
				}
			}
			if c.Header && !head {
				tc.Fill = &typeset.Tint
			}
			if tc.Spans == nil {
				tc.Spans = []typeset.Span{}
			}
			out[i] = append(out[i], tc)
		}
	}
	return out
}

// figure draws a chart; an organisation too wide to draw is listed
// instead, as the figure's Alt lines say.
func (b *builder) figure(f *document.Figure, c ctx) {
	if f.Chart == nil {
		return
	}
	if !b.ChartRow(figureChart(f), c.x) && len(f.Alt) > 0 {
		b.blocks(f.Alt, ctx{level: 1, x: c.x}, nil)
	}
}

// figureChart is the figure's chart under the figure's title, with the
// words of its legend and, for an organisation, its units' duties.
func figureChart(f *document.Figure) typeset.Chart {
	c := *f.Chart
	c.Title = f.Title
	legend := map[string]string{}
	for _, k := range f.Legend {
		legend[k.Key] = k.Label
	}
	return typeset.Chart{Chart: &c, Legend: legend, Roles: roles(f.Alt)}
}

// roles are the duties of an organisation's units, from the lines that
// list them ("unit: duties").
func roles(alt []document.Block) map[string]string {
	out := map[string]string{}
	document.WalkBlocks(alt, func(n document.Node) bool {
		if l, ok := n.(*document.Line); ok && l.Label != "" {
			out[l.Label] = l.Text.String()
		}
		return true
	})
	return out
}

// box sets a boxed note: the title on the top rule (< 제목 >), ▶ lines
// with their ※ notes beside them, then ※ notes. It stays whole when it
// fits on a page.
func (b *builder) box(bx *document.Box, c ctx) {
	pad := 14.0
	x := c.x
	w := b.Page.CW - x
	inner := w - 2*pad
	st := typeset.Style{Size: 12.5, Color: typeset.Ink}
	var rows []*layout.Row
	add := func(rs []*layout.Row, gap float64) {
		if len(rows) > 0 && len(rs) > 0 {
			rs[0].H += gap
			typeset.ShiftRow(rs[0], gap)
		}
		rows = append(rows, rs...)
	}
	var walk func(bs []document.Block)
	walk = func(bs []document.Block) {
		for _, blk := range bs {
			switch n := blk.(type) {
			case *document.List:
				for _, l := range n.Lines {
					head := l.Marker + " "
					all := append(typeset.Plain(head, st), lineSpans(l.Label, l.Text, st)...)
					rest := l.Blocks
					// A line's own notes stand beside it, as plans print them.
					for len(rest) > 0 {
						nt, ok := rest[0].(*document.Note)
						if !ok {
							break
						}
						all = append(all, typeset.Span{Text: "  " + nt.Marker + " ", Style: noteStyle})
						all = append(all, spans(nt.Text, noteStyle)...)
						rest = rest[1:]
					}
					add(b.TextRows(all, typeset.Para{X: x + pad, W: inner, Hang: b.TextWidth(head, st), Align: typeset.Justify}), 3)
					walk(rest)
				}
			case *document.Note:
				head := n.Marker + " "
				all := append(typeset.Plain(head, noteStyle), spans(n.Text, noteStyle)...)
				add(b.TextRows(all, typeset.Para{X: x + pad, W: inner, Hang: b.TextWidth(head, noteStyle), Align: typeset.Justify}), 4)
			case *document.Paragraph:
				add(b.TextRows(spans(n.Text, st), typeset.Para{X: x + pad, W: inner, Align: typeset.Justify}), 3)
			}
		}
	}
	walk(bx.Blocks)
	if len(rows) == 0 && bx.Title == "" {
		return
	}
	titleSt := typeset.Style{Bold: true, Size: 12.5, Color: typeset.Navy}
	var titleLine []typeset.Line
	if t := strings.TrimSpace(bx.Title); t != "" {
		titleLine = b.SetLines(typeset.Plain("< "+t+" >", titleSt), w-40, 0, typeset.Left)
	}
	padTop := 12.0
	if len(titleLine) > 1 {
		padTop += float64(len(titleLine)-1) * typeset.LineHeight(titleSt.Size)
	}
	b.Add(&layout.Group{Rows: rows, PadTop: padTop, PadBottom: 10, KeepTogether: true, Before: 20,
		Frame: typeset.FrameFunc(func(h float64, first, last bool) []typeset.Prim {
			ps := []typeset.Prim{&typeset.RectPrim{X: x, Y: 0, W: w, H: h, Stroke: &typeset.RuleInk, LW: 0.8, Dash: !first || !last, Radius: 3}}
			if first && len(titleLine) > 0 {
				lh := typeset.LineHeight(titleSt.Size)
				for i, l := range titleLine {
					lx := x + (w-l.Width)/2
					ty := -lh/2 + float64(i)*lh
					if i == 0 {
						ps = append(ps, &typeset.RectPrim{X: lx - 6, Y: -lh / 2, W: l.Width + 12, H: lh * float64(len(titleLine)), Fill: &typeset.White})
					}
					ps = append(ps, b.Baseline(l.Text, lx, lh, titleSt.Size).Shift(0, ty))
				}
			}
			return ps
		})})
	b.Space(6)
}

// allStrong reports whether every printed run of t is bold.
func allStrong(t document.Text) bool {
	n := 0
	for _, r := range t {
		if r.HTML || strings.TrimSpace(r.Text) == "" {
			continue
		}
		if !r.Strong {
			return false
		}
		n++
	}
	return n > 0
}
