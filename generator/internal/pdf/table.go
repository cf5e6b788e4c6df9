package pdf

import (
	"regexp"
	"strings"

	"workplan/generator/internal/typeset/layout"
)

// cellSpec is one table cell.
type cellSpec struct {
	text    string
	spans   []span // overrides text when set
	numeric bool   // a figure: right-aligned
	bold    bool
	// across makes the cell its row's only one, spanning every column: a
	// section heading inside the table, tinted, bold, kept with the row
	// below it.
	across bool
}

// isSection reports whether a row is a section heading (one cell across).
func isSection(r []cellSpec) bool { return len(r) == 1 && r[0].across }

// tableSpec is a table to set: header rows (repeated on every page the
// table spans) and body rows.
type tableSpec struct {
	x, w   float64 // left edge and width; w 0: to the right edge
	head   [][]cellSpec
	body   [][]cellSpec
	st     style     // body text; zero: tableStyle
	even   bool      // share spare width evenly (figure tables)
	fixed  []float64 // column widths as fractions of the table, when given
	labels bool      // the first column labels the rows: centred and tinted
	// dropEmpty leaves out columns whose body cells are all empty (an
	// optional 비고 nobody filled in).
	dropEmpty bool
	aligns    []align // per column, overriding the automatic choice
	top       bool    // text starts at the top of cells instead of being centred: texts read side by side
}

func dropEmptyColumns(t tableSpec) tableSpec {
	keep := func(col int) bool {
		for _, r := range t.body {
			if isSection(r) {
				continue
			}
			if col < len(r) && strings.TrimSpace(r[col].text+spansText(r[col].spans)) != "" {
				return true
			}
		}
		return len(t.body) == 0
	}
	filter := func(rows [][]cellSpec) [][]cellSpec {
		var out [][]cellSpec
		for _, r := range rows {
			if isSection(r) {
				out = append(out, r)
				continue
			}
			var nr []cellSpec
			for i, c := range r {
				if keep(i) {
					nr = append(nr, c)
				}
			}
			out = append(out, nr)
		}
		return out
	}
	t.head, t.body = filter(t.head), filter(t.body)
	return t
}

// tableStyle is table text unless a table says otherwise.
var tableStyle = style{size: 11, color: ink}

const (
	cellPadX = 5.0
	cellPadY = 3.5
)

var figureRe = regexp.MustCompile(`^(?:[△▲+\-]?[0-9][0-9,]*(?:\.[0-9]+)?(?:%|명|개|건|회)?|-|–|—)$`)

// isFigure reports whether a cell holds a number (or "-" for none).
func isFigure(s string) bool { return figureRe.MatchString(strings.TrimSpace(s)) }

func (c cellSpec) content(st style, head bool) []span {
	if c.spans != nil {
		return c.spans
	}
	s := st
	s.bold = c.bold || head
	return plain(c.text, s)
}

// table adds a table as one group: the header is repeated when it splits,
// and small tables stay whole.
func (b *Doc) table(t tableSpec) {
	g := b.tableGroup(t)
	if g != nil {
		b.add(g)
		b.space(4)
	}
}

func (b *Doc) tableGroup(t tableSpec) *layout.Group {
	st := t.st
	if st.size == 0 {
		st = tableStyle
	}
	w := t.w
	if w == 0 {
		w = b.pg.cw - t.x
	}
	if t.dropEmpty {
		t = dropEmptyColumns(t)
	}
	ncol := 0
	for _, r := range append(append([][]cellSpec{}, t.head...), t.body...) {
		if !isSection(r) {
			ncol = max(ncol, len(r))
		}
	}
	if ncol == 0 {
		return nil
	}
	widths := b.columnWidths(t, ncol, w, st)
	aligns := b.columnAligns(t, ncol, widths, st)
	if len(t.aligns) == ncol {
		aligns = t.aligns
	}

	var head, body []*layout.Row
	for i, r := range t.head {
		head = append(head, b.tableRow(r, widths, aligns, st, true, i == len(t.head)-1, false, t, 0)...)
	}
	// A body row never runs past the bottom of a page: what the header
	// leaves of a page is the most one row may take.
	room := b.pg.ch
	for _, r := range head {
		room -= r.H
	}
	for _, r := range t.body {
		body = append(body, b.tableRow(r, widths, aligns, st, false, false, t.labels, t, room)...)
	}
	x := t.x
	g := &layout.Group{Head: head, Rows: body, KeepTogether: len(body) <= 8,
		Frame: ruleFunc(func(h float64, first, last bool) []prim {
			return []prim{
				&linePrim{x1: x, y1: 0, x2: x + w, y2: 0, color: ink, lw: 1.3},
				&linePrim{x1: x, y1: h, x2: x + w, y2: h, color: ink, lw: 1.3},
			}
		})}
	return g
}

// columnWidths sizes columns from their content, like HTML's automatic
// table layout: every column gets its longest word; spare width goes to the
// columns with the most text (or evenly, for figure tables).
func (b *Doc) columnWidths(t tableSpec, ncol int, w float64, st style) []float64 {
	widths := make([]float64, ncol)
	if len(t.fixed) == ncol {
		for i, f := range t.fixed {
			widths[i] = f * w
		}
		return widths
	}
	minW := make([]float64, ncol)
	maxW := make([]float64, ncol)
	measure := func(rows [][]cellSpec, head bool) {
		for _, r := range rows {
			if isSection(r) {
				continue
			}
			for i, c := range r {
				spans := c.content(st, head)
				for _, para := range strings.Split(spansText(spans), "\n") {
					full := b.width(restyleText(spans, para))
					maxW[i] = max(maxW[i], full+2*cellPadX)
					for _, word := range strings.Fields(para) {
						minW[i] = max(minW[i], b.width(restyleText(spans, word))+2*cellPadX)
					}
				}
			}
		}
	}
	measure(t.head, true)
	measure(t.body, false)
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
		if t.even {
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

func spansText(spans []span) string {
	var sb strings.Builder
	for _, s := range spans {
		sb.WriteString(s.text)
	}
	return sb.String()
}

// restyleText is text in the style of the first span (for measuring).
func restyleText(spans []span, text string) []span {
	st := tableStyle
	if len(spans) > 0 {
		st = spans[0].st
	}
	return plain(text, st)
}

// columnAligns: figures right, short text centred, long text left.
func (b *Doc) columnAligns(t tableSpec, ncol int, widths []float64, st style) []align {
	out := make([]align, ncol)
	for i := range out {
		numeric, filled, oneLine := true, false, true
		for _, r := range t.body {
			if i >= len(r) || isSection(r) {
				continue
			}
			c := r[i]
			txt := c.text
			if c.spans != nil {
				txt = spansText(c.spans)
			}
			if strings.TrimSpace(txt) == "" {
				continue
			}
			filled = true
			if !c.numeric && !isFigure(txt) {
				numeric = false
			}
			if strings.Contains(txt, "\n") || b.width(c.content(st, false)) > widths[i]-2*cellPadX {
				oneLine = false
			}
		}
		switch {
		case filled && numeric && !(t.labels && i == 0):
			out[i] = right
		case oneLine:
			out[i] = center
		default:
			out[i] = left
		}
	}
	return out
}

// tableRow sets one row: cells' text wrapped to their columns and centred
// vertically (or from the top, with t.top), rules between cells and under
// the row. A row taller than maxH (when maxH > 0) could not fit any page:
// it is cut into its lines, set from the top, which then run over pages
// like a paragraph, never leaving one line alone at a page's end or start.
func (b *Doc) tableRow(cells []cellSpec, widths []float64, aligns []align, st style, head, lastHead, labels bool, t tableSpec, maxH float64) []*layout.Row {
	lh := lineHeight(st.size) * 0.92
	if isSection(cells) {
		return b.sectionRows(cells[0], sumOf(widths), st, lh, t, maxH)
	}
	cls := make([][]line, len(widths))
	n := 1 // lines in the tallest cell
	for i := range widths {
		if i >= len(cells) {
			continue
		}
		al := aligns[i]
		if head || (labels && i == 0) {
			al = center
		}
		if cells[i].numeric && !head {
			al = right
		}
		if al == center {
			cls[i] = b.setBalanced(cells[i].content(st, head), widths[i]-2*cellPadX, al)
		} else {
			cls[i] = b.setLines(cells[i].content(st, head), widths[i]-2*cellPadX, 0, al)
		}
		n = max(n, len(cls[i]))
	}
	if maxH <= 0 || float64(n)*lh+2*cellPadY <= maxH {
		return []*layout.Row{b.cellRow(cls, widths, st, lh, head, lastHead, labels, t, t.top, cellPadY, cellPadY)}
	}
	rows := make([]*layout.Row, n)
	for k := range n {
		piece := make([][]line, len(cls))
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
		rows[k] = b.cellRow(piece, widths, st, lh, head, lastHead, labels, t, true, padTop, padBottom)
		rows[k].KeepWithNext = k == 0 || k == n-2
	}
	return rows
}

// cellRow draws one row of set cells with padding above and below; a row
// without bottom padding is a line of a row cut over pages, and no rule
// closes it.
func (b *Doc) cellRow(cls [][]line, widths []float64, st style, lh float64, head, lastHead, labels bool, t tableSpec, top bool, padTop, padBottom float64) *layout.Row {
	n := 1
	for _, ls := range cls {
		n = max(n, len(ls))
	}
	h := float64(n)*lh + padTop + padBottom
	var ps []prim
	x := t.x
	for i, cw := range widths {
		switch {
		case head:
			ps = append(ps, &rectPrim{x: x, y: 0, w: cw, h: h, fill: &headFill})
		case labels && i == 0:
			ps = append(ps, &rectPrim{x: x, y: 0, w: cw, h: h, fill: &tint})
		}
		ls := cls[i]
		y := (h - float64(len(ls))*lh) / 2
		if top {
			y = padTop
		}
		for k, l := range ls {
			ps = append(ps, b.baseline(l.prim, x+cellPadX, lh, st.size).shift(0, y+float64(k)*lh))
		}
		if i > 0 {
			ps = append(ps, &linePrim{x1: x, y1: 0, x2: x, y2: h, color: hairline, lw: 0.5})
		}
		x += cw
	}
	if padBottom > 0 {
		bottom := &linePrim{x1: t.x, y1: h, x2: x, y2: h, color: hairline, lw: 0.5}
		if lastHead {
			bottom.color, bottom.lw = rule, 0.8
		}
		ps = append(ps, bottom)
	}
	return &layout.Row{H: h, Payload: ps}
}

// sectionRows sets a section heading across the table, tinted, kept with
// the row below it.
func (b *Doc) sectionRows(c cellSpec, w float64, st style, lh float64, t tableSpec, maxH float64) []*layout.Row {
	ls := b.setLines(c.content(st, true), w-2*cellPadX, 0, left)
	h := float64(max(len(ls), 1))*lh + 2*cellPadY
	if maxH > 0 && h > maxH/2 {
		// A heading over half a page is text, not a heading: set it as a
		// plain row that may be cut.
		return b.tableRow([]cellSpec{{text: c.text, spans: c.spans, bold: true}}, []float64{w}, []align{left}, st, false, false, false, t, maxH)
	}
	ps := []prim{&rectPrim{x: t.x, y: 0, w: w, h: h, fill: &tint}}
	for k, l := range ls {
		ps = append(ps, b.baseline(l.prim, t.x+cellPadX, lh, st.size).shift(0, cellPadY+float64(k)*lh))
	}
	ps = append(ps, &linePrim{x1: t.x, y1: h, x2: t.x + w, y2: h, color: hairline, lw: 0.5})
	return []*layout.Row{{H: h, KeepWithNext: true, Payload: ps}}
}
