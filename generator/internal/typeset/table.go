package typeset

import (
	"regexp"
	"strings"

	"workplan/generator/internal/typeset/layout"
)

// cellSpec is one table cell.
type Cell struct {
	Text    string
	Spans   []Span // overrides text when set
	Numeric bool   // a figure: right-aligned
	Bold    bool
	// across makes the cell its row's only one, spanning every column: a
	// section heading inside the table, tinted, bold, kept with the row
	// below it.
	Across bool
}

// isSection reports whether a row is a section heading (one cell across).
func isSection(r []Cell) bool { return len(r) == 1 && r[0].Across }

// tableSpec is a table to set: header rows (repeated on every page the
// table spans) and body rows.
type Table struct {
	X, w   float64 // left edge and width; w 0: to the right edge
	Head   [][]Cell
	Body   [][]Cell
	Style  Style     // body text; zero: tableStyle
	Even   bool      // share spare width evenly (figure tables)
	Fixed  []float64 // column widths as fractions of the table, when given
	Labels bool      // the first column labels the rows: centred and tinted
	// dropEmpty leaves out columns whose body cells are all empty (an
	// optional 비고 nobody filled in).
	DropEmpty bool
	Aligns    []Align // per column, overriding the automatic choice
	Top       bool    // text starts at the top of cells instead of being centred: texts read side by side
}

func dropEmptyColumns(t Table) Table {
	keep := func(col int) bool {
		for _, r := range t.Body {
			if isSection(r) {
				continue
			}
			if col < len(r) && strings.TrimSpace(r[col].Text+SpansText(r[col].Spans)) != "" {
				return true
			}
		}
		return len(t.Body) == 0
	}
	filter := func(rows [][]Cell) [][]Cell {
		var out [][]Cell
		for _, r := range rows {
			if isSection(r) {
				out = append(out, r)
				continue
			}
			var nr []Cell
			for i, c := range r {
				if keep(i) {
					nr = append(nr, c)
				}
			}
			out = append(out, nr)
		}
		return out
	}
	t.Head, t.Body = filter(t.Head), filter(t.Body)
	return t
}

// TableStyle is table text unless a table says otherwise.
var TableStyle = Style{Size: 11, Color: Ink}

const (
	cellPadX = 5.0
	cellPadY = 3.5
)

var figureRe = regexp.MustCompile(`^(?:[△▲+\-]?[0-9][0-9,]*(?:\.[0-9]+)?(?:%|명|개|건|회)?|-|–|—)$`)

// IsFigure reports whether a cell holds a number (or "-" for none).
func IsFigure(s string) bool { return figureRe.MatchString(strings.TrimSpace(s)) }

func (c Cell) content(st Style, head bool) []Span {
	if c.Spans != nil {
		return c.Spans
	}
	s := st
	s.Bold = c.Bold || head
	return Plain(c.Text, s)
}

// Table adds a table as one group: the header is repeated when it splits,
// and small tables stay whole.
func (d *Doc) Table(t Table) {
	g := d.tableGroup(t)
	if g != nil {
		d.Add(g)
		d.Space(4)
	}
}

func (d *Doc) tableGroup(t Table) *layout.Group {
	st := t.Style
	if st.Size == 0 {
		st = TableStyle
	}
	w := t.w
	if w == 0 {
		w = d.Page.CW - t.X
	}
	if t.DropEmpty {
		t = dropEmptyColumns(t)
	}
	ncol := 0
	for _, r := range append(append([][]Cell{}, t.Head...), t.Body...) {
		if !isSection(r) {
			ncol = max(ncol, len(r))
		}
	}
	if ncol == 0 {
		return nil
	}
	widths := d.columnWidths(t, ncol, w, st)
	aligns := d.columnAligns(t, ncol, widths, st)
	if len(t.Aligns) == ncol {
		aligns = t.Aligns
	}

	var head, body []*layout.Row
	for i, r := range t.Head {
		head = append(head, d.tableRow(r, widths, aligns, st, true, i == len(t.Head)-1, false, t, 0)...)
	}
	// A body row never runs past the bottom of a page: what the header
	// leaves of a page is the most one row may take.
	room := d.Page.CH
	for _, r := range head {
		room -= r.H
	}
	for _, r := range t.Body {
		body = append(body, d.tableRow(r, widths, aligns, st, false, false, t.Labels, t, room)...)
	}
	x := t.X
	g := &layout.Group{Head: head, Rows: body, KeepTogether: len(body) <= 8,
		Frame: ruleFunc(func(h float64, first, last bool) []Prim {
			return []Prim{
				&LinePrim{X1: x, Y1: 0, X2: x + w, Y2: 0, Color: Ink, LW: 1.3},
				&LinePrim{X1: x, Y1: h, X2: x + w, Y2: h, Color: Ink, LW: 1.3},
			}
		})}
	return g
}

// columnWidths sizes columns from their content, like HTML's automatic
// table layout: every column gets its longest word; spare width goes to the
// columns with the most text (or evenly, for figure tables).
func (d *Doc) columnWidths(t Table, ncol int, w float64, st Style) []float64 {
	widths := make([]float64, ncol)
	if len(t.Fixed) == ncol {
		for i, f := range t.Fixed {
			widths[i] = f * w
		}
		return widths
	}
	minW := make([]float64, ncol)
	maxW := make([]float64, ncol)
	measure := func(rows [][]Cell, head bool) {
		for _, r := range rows {
			if isSection(r) {
				continue
			}
			for i, c := range r {
				spans := c.content(st, head)
				for _, para := range strings.Split(SpansText(spans), "\n") {
					full := d.width(restyleText(spans, para))
					maxW[i] = max(maxW[i], full+2*cellPadX)
					for _, word := range strings.Fields(para) {
						minW[i] = max(minW[i], d.width(restyleText(spans, word))+2*cellPadX)
					}
				}
			}
		}
	}
	measure(t.Head, true)
	measure(t.Body, false)
	// A word longer than a fair share is broken rather than widening its
	// column past it.
	for i := range minW {
		minW[i] = min(minW[i], w/float64(ncol)*1.6)
		maxW[i] = max(maxW[i], minW[i])
	}
	sumMin, sumMax := sumOf(minW), sumOf(maxW)
	switch {
	case sumMax <= w:
		extra := w - sumMax
		if t.Even {
			// Level the columns as far as the spare width allows.
			level := levelUp(maxW, w)
			copy(widths, level)
			return widths
		}
		for i := range widths {
			widths[i] = maxW[i] + extra*maxW[i]/sumMax
		}
	case sumMin <= w:
		extra := w - sumMin
		span := sumMax - sumMin
		for i := range widths {
			widths[i] = minW[i] + extra*(maxW[i]-minW[i])/span
		}
	default:
		for i := range widths {
			widths[i] = minW[i] * w / sumMin
		}
	}
	return widths
}

// levelUp raises the narrowest columns to a common width until the total
// is w, so figure tables get even columns where their content allows.
func levelUp(ws []float64, w float64) []float64 {
	out := append([]float64(nil), ws...)
	for range 64 {
		total := sumOf(out)
		if total >= w-1e-6 {
			break
		}
		// Raise every column below the level to the level, where the level
		// spreads what is left over the columns at or below it.
		lo := out[0]
		for _, v := range out {
			lo = min(lo, v)
		}
		next := w // the next width up
		n := 0
		for _, v := range out {
			if v <= lo+1e-9 {
				n++
			} else {
				next = min(next, v)
			}
		}
		step := min(next-lo, (w-total)/float64(n))
		for i, v := range out {
			if v <= lo+1e-9 {
				out[i] = v + step
			}
		}
	}
	return out
}

func sumOf(fs []float64) float64 {
	s := 0.0
	for _, f := range fs {
		s += f
	}
	return s
}

func SpansText(spans []Span) string {
	var sb strings.Builder
	for _, s := range spans {
		sb.WriteString(s.Text)
	}
	return sb.String()
}

// restyleText is text in the style of the first span (for measuring).
func restyleText(spans []Span, text string) []Span {
	st := TableStyle
	if len(spans) > 0 {
		st = spans[0].Style
	}
	return Plain(text, st)
}

// columnAligns: figures right, short text centred, long text left.
func (d *Doc) columnAligns(t Table, ncol int, widths []float64, st Style) []Align {
	out := make([]Align, ncol)
	for i := range out {
		numeric, filled, oneLine := true, false, true
		for _, r := range t.Body {
			if i >= len(r) || isSection(r) {
				continue
			}
			c := r[i]
			txt := c.Text
			if c.Spans != nil {
				txt = SpansText(c.Spans)
			}
			if strings.TrimSpace(txt) == "" {
				continue
			}
			filled = true
			if !c.Numeric && !IsFigure(txt) {
				numeric = false
			}
			if strings.Contains(txt, "\n") || d.width(c.content(st, false)) > widths[i]-2*cellPadX {
				oneLine = false
			}
		}
		switch {
		case filled && numeric && !(t.Labels && i == 0):
			out[i] = Right
		case oneLine:
			out[i] = Center
		default:
			out[i] = Left
		}
	}
	return out
}

// tableRow sets one row: cells' text wrapped to their columns and centred
// vertically (or from the top, with t.top), rules between cells and under
// the row. A row taller than maxH (when maxH > 0) could not fit any page:
// it is cut into its lines, set from the top, which then run over pages
// like a paragraph, never leaving one line alone at a page's end or start.
func (d *Doc) tableRow(cells []Cell, widths []float64, aligns []Align, st Style, head, lastHead, labels bool, t Table, maxH float64) []*layout.Row {
	lh := LineHeight(st.Size) * 0.92
	if isSection(cells) {
		return d.sectionRows(cells[0], sumOf(widths), st, lh, t, maxH)
	}
	cls := make([][]Line, len(widths))
	n := 1 // lines in the tallest cell
	for i := range widths {
		if i >= len(cells) {
			continue
		}
		al := aligns[i]
		if head || (labels && i == 0) {
			al = Center
		}
		if cells[i].Numeric && !head {
			al = Right
		}
		if al == Center {
			cls[i] = d.setBalanced(cells[i].content(st, head), widths[i]-2*cellPadX, al)
		} else {
			cls[i] = d.SetLines(cells[i].content(st, head), widths[i]-2*cellPadX, 0, al)
		}
		n = max(n, len(cls[i]))
	}
	if maxH <= 0 || float64(n)*lh+2*cellPadY <= maxH {
		return []*layout.Row{d.cellRow(cls, widths, st, lh, head, lastHead, labels, t, t.Top, cellPadY, cellPadY)}
	}
	rows := make([]*layout.Row, n)
	for k := range n {
		piece := make([][]Line, len(cls))
		for i, ls := range cls {
			piece[i] = ls[min(k, len(ls)):min(k+1, len(ls))]
		}
		padTop, padBottom := 0.0, 0.0
		if k == 0 {
			padTop = cellPadY
		}
		if k == n-1 {
			padBottom = cellPadY
		}
		rows[k] = d.cellRow(piece, widths, st, lh, head, lastHead, labels, t, true, padTop, padBottom)
		rows[k].KeepWithNext = k == 0 || k == n-2
	}
	return rows
}

// cellRow draws one row of set cells with padding above and below; a row
// without bottom padding is a line of a row cut over pages, and no rule
// closes it.
func (d *Doc) cellRow(cls [][]Line, widths []float64, st Style, lh float64, head, lastHead, labels bool, t Table, top bool, padTop, padBottom float64) *layout.Row {
	n := 1
	for _, ls := range cls {
		n = max(n, len(ls))
	}
	h := float64(n)*lh + padTop + padBottom
	var ps []Prim
	x := t.X
	for i, cw := range widths {
		switch {
		case head:
			ps = append(ps, &RectPrim{X: x, Y: 0, W: cw, H: h, Fill: &HeadFill})
		case labels && i == 0:
			ps = append(ps, &RectPrim{X: x, Y: 0, W: cw, H: h, Fill: &Tint})
		}
		ls := cls[i]
		y := (h - float64(len(ls))*lh) / 2
		if top {
			y = padTop
		}
		for k, l := range ls {
			ps = append(ps, d.Baseline(l.Text, x+cellPadX, lh, st.Size).Shift(0, y+float64(k)*lh))
		}
		if i > 0 {
			ps = append(ps, &LinePrim{X1: x, Y1: 0, X2: x, Y2: h, Color: Hairline, LW: 0.5})
		}
		x += cw
	}
	if padBottom > 0 {
		bottom := &LinePrim{X1: t.X, Y1: h, X2: x, Y2: h, Color: Hairline, LW: 0.5}
		if lastHead {
			bottom.Color, bottom.LW = RuleInk, 0.8
		}
		ps = append(ps, bottom)
	}
	return &layout.Row{H: h, Payload: ps}
}

// sectionRows sets a section heading across the table, tinted, kept with
// the row below it.
func (d *Doc) sectionRows(c Cell, w float64, st Style, lh float64, t Table, maxH float64) []*layout.Row {
	ls := d.SetLines(c.content(st, true), w-2*cellPadX, 0, Left)
	h := float64(max(len(ls), 1))*lh + 2*cellPadY
	if maxH > 0 && h > maxH/2 {
		// A heading over half a page is text, not a heading: set it as a
		// plain row that may be cut.
		return d.tableRow([]Cell{{Text: c.Text, Spans: c.Spans, Bold: true}}, []float64{w}, []Align{Left}, st, false, false, false, t, maxH)
	}
	ps := []Prim{&RectPrim{X: t.X, Y: 0, W: w, H: h, Fill: &Tint}}
	for k, l := range ls {
		ps = append(ps, d.Baseline(l.Text, t.X+cellPadX, lh, st.Size).Shift(0, cellPadY+float64(k)*lh))
	}
	ps = append(ps, &LinePrim{X1: t.X, Y1: h, X2: t.X + w, Y2: h, Color: Hairline, LW: 0.5})
	return []*layout.Row{{H: h, KeepWithNext: true, Payload: ps}}
}
