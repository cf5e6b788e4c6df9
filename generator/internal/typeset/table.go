package typeset

import (
	"regexp"
	"strings"

	"workplan/generator/internal/typeset/layout"
)

// Cell is one table cell. What it says, how it is aligned and whether it
// is set apart are the document's to decide; the engine sets it.
type Cell struct {
	Text  string
	Spans []Span // overrides Text when set
	Align Align  // Left, Center or Right
	Bold  bool
	Fill  *RGB // background; head cells are always tinted
	// RowSpan and ColSpan (0 or 1: one) make the cell cover the places
	// below and to its right, which the following cells skip, as in HTML.
	RowSpan, ColSpan int
	NoWrap           bool // never broken across lines (a date)
	// Across makes the cell its row's only one, spanning every column: a
	// section heading inside the table, tinted, bold, kept with the row
	// below it.
	Across bool
}

// isSection reports whether a row is a section heading (one cell across).
func isSection(r []Cell) bool { return len(r) == 1 && r[0].Across }

// Table is a table to set: header rows (repeated on every page the table
// spans) and body rows. Rows that a cell spans stay on one page.
type Table struct {
	X, W  float64 // left edge and width; W 0: to the right edge
	Head  [][]Cell
	Body  [][]Cell
	Style Style     // body text; zero: TableStyle
	Even  bool      // share spare width evenly (figure tables)
	Fixed []float64 // column widths as fractions of the table, when given
	Top   bool      // text starts at the top of cells instead of being centred: texts read side by side
	// padX is the cells' side padding; 0 is cellPadX. A table whose text
	// shrinks to fit narrows it in proportion.
	padX float64
}

func (t Table) pad() float64 {
	if t.padX > 0 {
		return t.padX
	}
	return cellPadX
}

// TableStyle is table text unless a table says otherwise.
var TableStyle = Style{Size: 11, Color: Ink}

// ruleInset is how far a tinted cell's fill starts below the row's top
// edge: past the half of a hairline rule that lies inside the row.
const ruleInset = 0.4

const (
	cellPadX = 5.0
	cellPadY = 3.5
)

func (c Cell) content(st Style, head bool) []Span {
	if c.Spans != nil {
		return c.Spans
	}
	s := st
	s.Bold = c.Bold || head
	return Plain(c.Text, s)
}

func (c Cell) rows() int { return max(1, c.RowSpan) }
func (c Cell) cols() int { return max(1, c.ColSpan) }

// placed is a cell at its grid position.
type placed struct {
	Cell
	row, col int
}

// grid places rows' cells on the grid, skipping the places that cells
// above or to the left span, and returns them row by row with the number
// of columns.
func grid(rows [][]Cell) ([][]placed, int) {
	out := make([][]placed, len(rows))
	taken := map[[2]int]bool{}
	ncol := 0
	for r, row := range rows {
		c := 0
		for _, cell := range row {
			for taken[[2]int{r, c}] {
				c++
			}
			if cell.Across {
				cell.RowSpan, cell.ColSpan = 1, 0
			}
			out[r] = append(out[r], placed{cell, r, c})
			for dr := range cell.rows() {
				for dc := range cell.cols() {
					taken[[2]int{r + dr, c + dc}] = true
				}
			}
			c += cell.cols()
			if !cell.Across {
				ncol = max(ncol, c)
			}
		}
	}
	return out, ncol
}

// Table adds a table as one group: the header is repeated when it splits,
// and small tables stay whole. A table too wide for the page even with its
// text shrunk is set as several, each with the first (key) column.
func (d *Doc) Table(t Table) {
	for _, part := range d.splitColumns(t) {
		if g := d.tableGroup(part); g != nil {
			d.Add(g)
			d.Space(4)
		}
	}
}

// splitColumns divides a table whose tokens cannot fit the width even at
// minScale into tables of the key column and as many following columns as
// fit, in order. Tables with merged cells or section rows stay whole.
func (d *Doc) splitColumns(t Table) []Table {
	w := t.W
	if w == 0 {
		w = d.Page.CW - t.X
	}
	st := t.Style
	if st.Size == 0 {
		st = TableStyle
	}
	if len(t.Fixed) > 0 {
		return []Table{t}
	}
	for _, r := range append(append([][]Cell{}, t.Head...), t.Body...) {
		for _, c := range r {
			if c.Across || c.rows() > 1 || c.cols() > 1 {
				return []Table{t}
			}
		}
	}
	small := t.scaled(minScale)
	st.Size *= minScale
	head, nh := grid(small.Head)
	body, nb := grid(small.Body)
	ncol := max(nh, nb)
	if ncol < 3 {
		return []Table{t}
	}
	_, hard := d.columnWidths(small, append(append([][]placed{}, head...), body...), len(head), ncol, w, st)
	if sumOf(hard) <= w {
		return []Table{t}
	}
	var parts []Table
	for first := 1; first < ncol; {
		cols := []int{0}
		used := hard[0]
		for c := first; c < ncol && (len(cols) == 1 || used+hard[c] <= w); c++ {
			cols = append(cols, c)
			used += hard[c]
		}
		first = cols[len(cols)-1] + 1
		p := t
		p.Head, p.Body = pick(t.Head, cols), pick(t.Body, cols)
		parts = append(parts, p)
	}
	return parts
}

// pick is rows with only the cells of the given columns.
func pick(rows [][]Cell, cols []int) [][]Cell {
	out := make([][]Cell, len(rows))
	for i, r := range rows {
		for _, c := range cols {
			if c < len(r) {
				out[i] = append(out[i], r[c])
			} else {
				out[i] = append(out[i], Cell{})
			}
		}
	}
	return out
}

func (d *Doc) tableGroup(t Table) *layout.Group {
	st := t.Style
	if st.Size == 0 {
		st = TableStyle
	}
	w := t.W
	if w == 0 {
		w = d.Page.CW - t.X
	}
	head, nh := grid(t.Head)
	body, nb := grid(t.Body)
	ncol := max(nh, nb)
	if ncol == 0 {
		return nil
	}
	widths, hard := d.columnWidths(t, append(append([][]placed{}, head...), body...), len(head), ncol, w, st)
	if need := sumOf(hard); need > w {
		// A number or token would have to break: the table's text
		// shrinks first (to minScale at most), and the columns are sized
		// again at the smaller size.
		f := max(minScale, w/need*0.99)
		t = t.scaled(f)
		st.Size *= f
		head, _ = grid(t.Head)
		body, _ = grid(t.Body)
		widths, _ = d.columnWidths(t, append(append([][]placed{}, head...), body...), len(head), ncol, w, st)
	}
	s := &tableSetter{d: d, t: t, st: st, lh: LineHeight(st.Size) * 0.92}
	s.widths = widths
	s.xs = make([]float64, ncol+1)
	s.xs[0] = t.X
	for i, cw := range s.widths {
		s.xs[i+1] = s.xs[i] + cw
	}
	var headRows, bodyRows []*layout.Row
	for _, bd := range bands(head) {
		headRows = append(headRows, s.band(bd, true, bd.last == len(head)-1, 0)...)
	}
	// A body row never runs past the bottom of a page: what the header
	// leaves of a page is the most one row may take. A header taller than
	// half a page is not repeated but set once, like body rows.
	room := d.Page.CH - sumRows(headRows)
	if room < d.Page.CH/2 {
		headRows, room = nil, d.Page.CH
		for _, bd := range bands(head) {
			bodyRows = append(bodyRows, s.band(bd, true, bd.last == len(head)-1, room)...)
		}
	}
	for _, bd := range bands(body) {
		bodyRows = append(bodyRows, s.band(bd, false, false, room)...)
	}
	x := t.X
	return &layout.Group{Head: headRows, Rows: bodyRows, KeepTogether: len(bodyRows) <= 8,
		Frame: ruleFunc(func(h float64, first, last bool) []Prim {
			return []Prim{
				&LinePrim{X1: x, Y1: 0, X2: x + w, Y2: 0, Color: Ink, LW: 1.3},
				&LinePrim{X1: x, Y1: h, X2: x + w, Y2: h, Color: Ink, LW: 1.3},
			}
		})}
}

// band is rows [first, last] of a table, which cells span.
type band struct {
	first, last int
	rows        [][]placed
}

// bands groups rows that cells span into runs drawn as one unbreakable
// row; a row no cell spans is a band of its own.
func bands(rows [][]placed) []band {
	var out []band
	end := -1
	for r, row := range rows {
		if r > end {
			out = append(out, band{first: r})
		}
		b := &out[len(out)-1]
		b.rows = append(b.rows, row)
		b.last = r
		for _, c := range row {
			end = max(end, c.row+c.rows()-1)
		}
		end = max(end, r)
	}
	return out
}

// dateLike is a cell line that is one date written with spaces ('73. 2.,
// 2025. 2. 10.): a token, not words to wrap.
var dateLike = regexp.MustCompile(`^\s*['’‘]?\d{2,4}\.(\s?\d{1,2}\.){0,2}\s*$`)

// minScale is the smallest a table's text shrinks to so that no number or
// token breaks inside a cell.
const minScale = 0.72

// columnWidths sizes columns from their content, like HTML's automatic
// table layout: every column gets its longest word; spare width goes to the
// columns with the most text (or evenly, for figure tables). Cells that
// span columns do not size them. A column is never narrower than its
// widest token (a number, a date, 278.8km: see hardWidth) while the
// tokens fit: words wrap and Hangul breaks between syllables first. need
// is the width the tokens take together; above w they would break.
func (d *Doc) columnWidths(t Table, rows [][]placed, nhead, ncol int, w float64, st Style) (widths, hard []float64) {
	widths = make([]float64, ncol)
	hard = make([]float64, ncol)
	if len(t.Fixed) == ncol {
		for i, f := range t.Fixed {
			widths[i] = f * w
		}
		return widths, hard
	}
	minW := make([]float64, ncol)
	maxW := make([]float64, ncol)
	cellPadX := t.pad()
	for r, row := range rows {
		for _, c := range row {
			if c.Across || c.cols() > 1 {
				continue
			}
			spans := c.content(st, r < nhead)
			for _, para := range strings.Split(SpansText(spans), "\n") {
				full := d.width(restyleText(spans, para))
				maxW[c.col] = max(maxW[c.col], full+2*cellPadX)
				if c.NoWrap || dateLike.MatchString(para) {
					minW[c.col] = max(minW[c.col], full+2*cellPadX)
					hard[c.col] = max(hard[c.col], full+2*cellPadX)
					continue
				}
				for _, word := range strings.Fields(para) {
					minW[c.col] = max(minW[c.col], d.width(restyleText(spans, word))+2*cellPadX)
					for _, tok := range tokens(word) {
						hard[c.col] = max(hard[c.col], d.width(restyleText(spans, tok))+2*cellPadX)
					}
				}
			}
		}
	}
	// A word longer than a fair share is broken rather than widening its
	// column past it.
	for i := range minW {
		// A token wider than a long line's share (a web address) breaks
		// rather than starve every other column.
		hard[i] = min(hard[i], w*0.45)
		minW[i] = max(min(minW[i], w/float64(ncol)*1.6), hard[i])
		maxW[i] = max(maxW[i], minW[i])
	}
	sumMin, sumMax, sumHard := sumOf(minW), sumOf(maxW), sumOf(hard)
	switch {
	case sumMax <= w:
		extra := w - sumMax
		if t.Even {
			// Level the columns as far as the spare width allows.
			copy(widths, levelUp(maxW, w))
			return widths, hard
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
	case sumHard <= w:
		// Words wrap (Hangul between syllables) before a token breaks.
		extra := w - sumHard
		span := sumMin - sumHard
		for i := range widths {
			widths[i] = hard[i] + extra*(minW[i]-hard[i])/span
		}
	default:
		for i := range widths {
			widths[i] = hard[i] * w / sumHard
		}
	}
	return widths, hard
}

// tokens are the parts of a word a line may not break inside: runs of
// figures, Latin letters and signs (152,588 · 278.8km · '25.1.) with the
// unit of up to two syllables that follows a figure (2024년, 58개소,
// 270억원), and pairs of other Hangul syllables, so a narrow header wraps
// 체육/시설 but never 2/0/2/4년.
func tokens(word string) []string {
	var out []string
	var cur []rune
	hangul := 0
	figure := false // cur is a run holding a digit: a unit may follow
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
		}
		cur, hangul, figure = cur[:0:0], 0, false
	}
	for _, r := range word {
		isH := r >= 0xAC00 && r <= 0xD7A3
		switch {
		case isH && hangul == 2:
			flush()
		case isH && hangul == 0 && len(cur) > 0 && !figure:
			flush()
		case !isH && hangul > 0:
			flush()
		}
		cur = append(cur, r)
		if isH {
			hangul++
		} else if r >= '0' && r <= '9' {
			figure = true
		}
	}
	flush()
	return out
}

// scaled is the table with its text at f times its size.
func (t Table) scaled(f float64) Table {
	if t.Style.Size != 0 {
		t.Style.Size *= f
	}
	scale := func(rows [][]Cell) [][]Cell {
		out := make([][]Cell, len(rows))
		for i, r := range rows {
			out[i] = make([]Cell, len(r))
			for k, c := range r {
				if c.Spans != nil {
					sp := make([]Span, len(c.Spans))
					for j, x := range c.Spans {
						x.Style.Size *= f
						sp[j] = x
					}
					c.Spans = sp
				}
				out[i][k] = c
			}
		}
		return out
	}
	t.Head, t.Body = scale(t.Head), scale(t.Body)
	t.padX = t.pad() * f
	return t
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

func sumRows(rs []*layout.Row) float64 {
	h := 0.0
	for _, r := range rs {
		h += r.H
	}
	return h
}

func sumOf(fs []float64) float64 {
	s := 0.0
	for _, f := range fs {
		s += f
	}
	return s
}

// SpansText is the text of spans.
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

// tableSetter sets one table's rows once its columns are known.
type tableSetter struct {
	d      *Doc
	t      Table
	st     Style
	lh     float64
	widths []float64
	xs     []float64 // column edges
}

// setCell is a cell with its lines set.
type setCell struct {
	placed
	lines []Line
}

// band sets rows that cells span as one row; lastHead marks the band that
// ends the header. A single row taller than maxH (when maxH > 0) could not
// fit any page: it is cut into its lines, set from the top, which then run
// over pages like a paragraph, never leaving one line alone at a page's
// end or start.
func (s *tableSetter) band(bd band, head, lastHead bool, maxH float64) []*layout.Row {
	if len(bd.rows) == 1 && len(bd.rows[0]) == 1 && bd.rows[0][0].Across {
		return s.sectionRows(bd.rows[0][0].Cell, maxH)
	}
	first := bd.first
	n := len(bd.rows)
	// Lines per cell, and each row's height from the cells within it.
	var cells []setCell
	lines := make([]int, n) // lines of the row's tallest one-row cell
	ncol := len(s.widths)
	for _, row := range bd.rows {
		for _, c := range row {
			if c.col >= ncol {
				continue // pushed past the last column by cells spanning from above
			}
			c.ColSpan = min(c.cols(), ncol-c.col)
			w := s.xs[c.col+c.cols()] - s.xs[c.col] - 2*s.t.pad()
			spans := c.content(s.st, head)
			var ls []Line
			if c.Align == Center {
				ls = s.d.setBalanced(spans, w, Center)
			} else {
				ls = s.d.SetLines(spans, w, 0, c.Align)
			}
			cells = append(cells, setCell{c, ls})
			if c.rows() == 1 {
				lines[c.row-first] = max(lines[c.row-first], len(ls))
			}
		}
	}
	heights := make([]float64, n)
	for i := range heights {
		heights[i] = float64(max(lines[i], 1))*s.lh + 2*cellPadY
	}
	// A spanning cell taller than its rows makes its last row taller.
	for _, c := range cells {
		if c.rows() == 1 {
			continue
		}
		end := min(c.row-first+c.rows(), n)
		have := sumOf(heights[c.row-first : end])
		if need := float64(len(c.lines))*s.lh + 2*cellPadY; need > have {
			heights[end-1] += need - have
		}
	}
	total := sumOf(heights)
	if maxH > 0 && total > maxH {
		if n == 1 {
			return s.cut(cells, first, head, lastHead)
		}
		// Rows too tall together to share a page: each is set on its own,
		// a spanning cell in its first row.
		var out []*layout.Row
		for i, row := range bd.rows {
			one := make([]placed, len(row))
			for k, c := range row {
				c.RowSpan = 1
				one[k] = c
			}
			out = append(out, s.band(band{first: first + i, last: first + i, rows: [][]placed{one}}, head, lastHead && i == n-1, maxH)...)
		}
		return out
	}
	return []*layout.Row{s.draw(cells, heights, first, head, lastHead, s.t.Top, cellPadY, cellPadY)}
}

// draw draws set cells in rows of the given heights: fills, text, rules
// between cells and under them. Without bottom padding the row is a line
// of a row cut over pages, and no rule closes it.
func (s *tableSetter) draw(cells []setCell, heights []float64, first int, head, lastHead, top bool, padTop, padBottom float64) *layout.Row {
	ys := make([]float64, len(heights)+1)
	for i, h := range heights {
		ys[i+1] = ys[i] + h
	}
	total := ys[len(heights)]
	var back, front []Prim
	for _, c := range cells {
		r0 := c.row - first
		r1 := min(r0+c.rows(), len(heights))
		x, y := s.xs[c.col], ys[r0]
		w, h := s.xs[c.col+c.cols()]-x, ys[r1]-y
		switch {
		case head:
			back = append(back, &RectPrim{X: x, Y: y, W: w, H: h, Fill: &HeadFill})
		case c.Fill != nil:
			// Inset from the top, so the fill never covers the rule the
			// row above drew along its bottom: row rules show in a tinted
			// column too.
			back = append(back, &RectPrim{X: x, Y: y + ruleInset, W: w, H: h - ruleInset, Fill: c.Fill})
		}
		ty := y + (h-float64(len(c.lines))*s.lh)/2
		if top {
			ty = y + padTop
		}
		for k, l := range c.lines {
			front = append(front, s.d.Baseline(l.Text, x+s.t.pad(), s.lh, s.st.Size).Shift(0, ty+float64(k)*s.lh))
		}
		if c.col > 0 {
			front = append(front, &LinePrim{X1: x, Y1: y, X2: x, Y2: y + h, Color: Hairline, LW: 0.5})
		}
		if padBottom > 0 && r1 < len(heights) {
			front = append(front, &LinePrim{X1: x, Y1: y + h, X2: x + w, Y2: y + h, Color: Hairline, LW: 0.5})
		}
	}
	if padBottom > 0 {
		bottom := &LinePrim{X1: s.xs[0], Y1: total, X2: s.xs[len(s.xs)-1], Y2: total, Color: Hairline, LW: 0.5}
		if lastHead {
			bottom.Color, bottom.LW = RuleInk, 0.8
		}
		front = append(front, bottom)
	}
	return &layout.Row{H: total, Payload: append(back, front...)}
}

// cut sets a row too tall for a page as one row per line.
func (s *tableSetter) cut(cells []setCell, first int, head, lastHead bool) []*layout.Row {
	n := 1
	for _, c := range cells {
		n = max(n, len(c.lines))
	}
	rows := make([]*layout.Row, n)
	for k := range n {
		piece := make([]setCell, len(cells))
		for i, c := range cells {
			piece[i] = setCell{c.placed, c.lines[min(k, len(c.lines)):min(k+1, len(c.lines))]}
		}
		padTop, padBottom := 0.0, 0.0
		if k == 0 {
			padTop = cellPadY
		}
		if k == n-1 {
			padBottom = cellPadY
		}
		rows[k] = s.draw(piece, []float64{s.lh + padTop + padBottom}, first, head, lastHead, true, padTop, padBottom)
		rows[k].KeepWithNext = k == 0 || k == n-2
	}
	return rows
}

// sectionRows sets a section heading across the table, tinted, kept with
// the row below it.
func (s *tableSetter) sectionRows(c Cell, maxH float64) []*layout.Row {
	x, w := s.xs[0], s.xs[len(s.xs)-1]-s.xs[0]
	ls := s.d.SetLines(c.content(s.st, true), w-2*s.t.pad(), 0, Left)
	h := float64(max(len(ls), 1))*s.lh + 2*cellPadY
	if maxH > 0 && h > maxH/2 {
		// A heading over half a page is text, not a heading: set it as a
		// plain row that may be cut.
		plain := placed{Cell: Cell{Text: c.Text, Spans: c.Spans, Bold: true, ColSpan: len(s.widths)}}
		return s.band(band{rows: [][]placed{{plain}}}, false, false, maxH)
	}
	ps := []Prim{&RectPrim{X: x, Y: 0, W: w, H: h, Fill: &Tint}}
	for k, l := range ls {
		ps = append(ps, s.d.Baseline(l.Text, x+s.t.pad(), s.lh, s.st.Size).Shift(0, cellPadY+float64(k)*s.lh))
	}
	ps = append(ps, &LinePrim{X1: x, Y1: h, X2: x + w, Y2: h, Color: Hairline, LW: 0.5})
	return []*layout.Row{{H: h, KeepWithNext: true, Payload: ps}}
}
