package hwpx

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"workplan/generator/internal/document"
)

// table renders a document table as the PDF sets it: its caption
// ("< 제목 >", left out when it repeats the chart title just printed,
// skip), the unit line at the right, the table with its header rows
// marked to repeat on each page, then its notes.
func (r *planRenderer) table(t *document.Table, skip string) {
	if t.Caption != "" && t.Caption != skip {
		r.add(Text(Caption, "< "+t.Caption+" >"))
	}
	if t.Unit != "" {
		r.add(Text(UnitLine, t.Unit))
	}
	if tbl := planTable(t); tbl != nil {
		r.add(tbl)
	}
	for _, n := range t.Notes {
		r.add(note(n))
	}
}

// planTable converts the cells: header rows filled and bold, row labels
// and totals tinted, each cell aligned as the document says (figures
// right). Rows shorter than the grid are padded with empty cells, and
// spans are cut where the table ends, so any table the document holds
// makes a valid grid. Nil for a table without cells.
func planTable(t *document.Table) *Table {
	rows := make([][]document.Cell, 0, len(t.Head)+len(t.Body))
	rows = append(rows, t.Head...)
	rows = append(rows, t.Body...)
	if len(rows) == 0 {
		return nil
	}
	out := &Table{HeaderRows: len(t.Head)}
	for r, row := range rows {
		var cells []Cell
		for _, c := range row {
			cells = append(cells, planCell(c, r < len(t.Head)))
		}
		out.Rows = append(out.Rows, cells)
	}
	cols, starts := tile(out)
	if cols == 0 {
		return nil
	}
	out.Columns = columnWeights(out, cols, starts)
	switch t.Role {
	case "headcount", "accounts", "years":
		// Tables of figures share the width evenly, as in the PDF.
		for i := range out.Columns {
			out.Columns[i] = 1
		}
	case "pledges":
		// 합계 narrower than the tasks, whose names wrap onto two lines.
		if cols > 2 {
			for i := range out.Columns {
				out.Columns[i] = 10
			}
			out.Columns[0] = 6
		}
	}
	return out
}

func planCell(c document.Cell, head bool) Cell {
	p := &Paragraph{Style: TableText, Align: cellAlign(c.Align)}
	for _, run := range runs(c.Text) {
		run.Bold = run.Bold || head || c.Total
		p.Runs = append(p.Runs, run)
	}
	cell := Cell{Paragraphs: []*Paragraph{p}, RowSpan: c.RowSpan, ColSpan: c.ColSpan}
	switch {
	case head:
		cell.Fill = headFill
	case c.Header || c.Total:
		cell.Fill = tint
	}
	return cell
}

func cellAlign(a document.Align) Align {
	switch a {
	case document.Center:
		return AlignCenter
	case document.Right:
		return AlignRight
	}
	return AlignLeft
}

// tile makes the rows cover a grid exactly: the grid is as wide as the
// widest row, row spans stop at the last row (and header spans at the
// last header row), column spans at the widest row's end, and short rows
// get empty cells. It returns the number of columns and the column each
// cell starts in.
func tile(t *Table) (cols int, starts [][]int) {
	n := len(t.Rows)
	// A first pass finds the width: the furthest column any row reaches.
	{
		taken := map[[2]int]bool{}
		for r, row := range t.Rows {
			c := 0
			for _, cell := range row {
				for taken[[2]int{r, c}] {
					c++
				}
				cs, rs := max(cell.ColSpan, 1), max(cell.RowSpan, 1)
				for y := r; y < r+rs; y++ {
					for x := c; x < c+cs; x++ {
						taken[[2]int{y, x}] = true
					}
				}
				c += cs
			}
			for taken[[2]int{r, c}] {
				c++
			}
			cols = max(cols, c)
		}
	}
	taken := make([][]bool, n)
	for i := range taken {
		taken[i] = make([]bool, cols)
	}
	starts = make([][]int, n)
	for r := range t.Rows {
		c := 0
		limit := n
		if r < t.HeaderRows {
			limit = t.HeaderRows
		}
		row := t.Rows[r]
		for i := range row {
			for c < cols && taken[r][c] {
				c++
			}
			cell := &row[i]
			cs := min(max(cell.ColSpan, 1), cols-c)
			rs := min(max(cell.RowSpan, 1), limit-r)
			// A span may not run into a place a cell above already covers.
			for x := c; x < c+cs; x++ {
				for y := r + 1; y < r+rs; y++ {
					if taken[y][x] {
						rs = y - r
					}
				}
			}
			for x := c + 1; x < c+cs; x++ {
				if taken[r][x] {
					cs = x - c
				}
			}
			cell.ColSpan, cell.RowSpan = cs, rs
			starts[r] = append(starts[r], c)
			for y := r; y < r+rs; y++ {
				for x := c; x < c+cs; x++ {
					taken[y][x] = true
				}
			}
			c += cs
		}
		for x := range cols {
			if !taken[r][x] {
				row = append(row, Cell{})
				starts[r] = append(starts[r], x)
				taken[r][x] = true
			}
		}
		t.Rows[r] = row
	}
	return cols, starts
}

// columnWeights estimates relative column widths from the cells that
// stand in one column, counting a Hangul or other wide character as two:
// a body cell wants its longest line, a header cell half its text (it
// may wrap onto two lines) but at least its longest word up to four
// Hangul characters. Bounded so that
// no column is starved or swallows the page. 한글 does not fit columns to
// their text by itself.
func columnWeights(t *Table, cols int, starts [][]int) []Length {
	w := make([]int, cols)
	for r, row := range t.Rows {
		for i, cell := range row {
			if c := starts[r][i]; cell.ColSpan <= 1 {
				w[c] = max(w[c], cellWidth(cell, r < t.HeaderRows))
			}
		}
	}
	out := make([]Length, cols)
	for i, x := range w {
		out[i] = Length(min(max(x, 6), 40))
	}
	return out
}

// cellWidth is the display width a cell asks for.
func cellWidth(c Cell, head bool) int {
	best := 0
	for _, p := range c.Paragraphs {
		var b strings.Builder
		for _, r := range p.Runs {
			b.WriteString(r.Text)
		}
		for _, line := range strings.Split(b.String(), "\n") {
			n := textWidth(line)
			if head {
				n = (n + 1) / 2
				for _, word := range strings.Fields(line) {
					// A long word breaks too: 한글 breaks a word wider
					// than its cell between characters.
					n = max(n, min(textWidth(word), 8))
				}
			}
			best = max(best, n)
		}
	}
	return best
}

func textWidth(s string) int {
	n := 0
	for _, ch := range s {
		n += charWidth(ch)
	}
	return n
}

func charWidth(ch rune) int {
	if ch < utf8.RuneSelf || unicode.Is(unicode.Latin, ch) {
		return 1
	}
	return 2
}
