package hwpx

import (
	"fmt"
	"strings"
)

// Cell padding and the space below a table, as 한글's defaults.
var (
	cellPadX, cellPadY = Length(510), Length(141)
	tableGapBelow      = Pt(6)
)

// placed is a cell at its grid address.
type placed struct {
	Cell
	row, col, rowSpan, colSpan int
}

// layoutTable assigns each cell its grid address, skipping the slots that
// cells from rows above span into, and checks that the cells tile the grid.
func layoutTable(t *Table) (cells [][]placed, cols int, err error) {
	if len(t.Rows) == 0 {
		return nil, 0, fmt.Errorf("table has no rows")
	}
	if t.HeaderRows < 0 || t.HeaderRows > len(t.Rows) {
		return nil, 0, fmt.Errorf("table has %d header rows but %d rows", t.HeaderRows, len(t.Rows))
	}
	cols = len(t.Columns)
	if cols == 0 {
		for _, c := range t.Rows[0] {
			cols += max(c.ColSpan, 1)
		}
	}
	if cols == 0 {
		return nil, 0, fmt.Errorf("table's first row has no cells")
	}
	taken := make([][]bool, len(t.Rows))
	for i := range taken {
		taken[i] = make([]bool, cols)
	}
	cells = make([][]placed, len(t.Rows))
	for r, row := range t.Rows {
		c := 0
		for i, cell := range row {
			for c < cols && taken[r][c] {
				c++
			}
			rs, cs := max(cell.RowSpan, 1), max(cell.ColSpan, 1)
			if c+cs > cols {
				return nil, 0, fmt.Errorf("row %d, cell %d: spans columns %d–%d of a %d-column table", r+1, i+1, c+1, c+cs, cols)
			}
			if r+rs > len(t.Rows) {
				return nil, 0, fmt.Errorf("row %d, cell %d: spans rows %d–%d of a %d-row table", r+1, i+1, r+1, r+rs, len(t.Rows))
			}
			if r < t.HeaderRows && r+rs > t.HeaderRows {
				return nil, 0, fmt.Errorf("row %d, cell %d: a header cell spans into the body rows", r+1, i+1)
			}
			for y := r; y < r+rs; y++ {
				for x := c; x < c+cs; x++ {
					if taken[y][x] {
						return nil, 0, fmt.Errorf("row %d, cell %d: overlaps a cell spanning from above", r+1, i+1)
					}
					taken[y][x] = true
				}
			}
			if err := checkColor("cell fill", cell.Fill); err != nil {
				return nil, 0, fmt.Errorf("row %d, cell %d: %w", r+1, i+1, err)
			}
			for _, l := range []Line{cell.Borders.Left, cell.Borders.Right, cell.Borders.Top, cell.Borders.Bottom} {
				if err := checkColor("border", l.Color); err != nil {
					return nil, 0, fmt.Errorf("row %d, cell %d: %w", r+1, i+1, err)
				}
			}
			for _, p := range cell.Paragraphs {
				if err := checkParagraph(p); err != nil {
					return nil, 0, fmt.Errorf("row %d, cell %d: %w", r+1, i+1, err)
				}
			}
			cells[r] = append(cells[r], placed{Cell: cell, row: r, col: c, rowSpan: rs, colSpan: cs})
			c += cs
		}
	}
	for r := range taken {
		for c, ok := range taken[r] {
			if !ok {
				return nil, 0, fmt.Errorf("row %d has no cell in column %d (rows list only the cells that start in them)", r+1, c+1)
			}
		}
	}
	return cells, cols, nil
}

// columnWidths scales the relative widths to fill width exactly.
func columnWidths(rel []Length, cols int, width Length) ([]Length, error) {
	if len(rel) == 0 {
		rel = make([]Length, cols)
		for i := range rel {
			rel[i] = 1
		}
	}
	var sum int64
	for i, w := range rel {
		if w <= 0 {
			return nil, fmt.Errorf("column %d width %d; want a positive width", i+1, w)
		}
		sum += int64(w)
	}
	out := make([]Length, len(rel))
	var used Length
	for i, w := range rel {
		out[i] = Length(int64(w) * int64(width) / sum)
		used += out[i]
	}
	out[len(out)-1] += width - used
	return out, nil
}

func (s *sectionWriter) table(t *Table) error {
	cells, cols, err := layoutTable(t)
	if err != nil {
		return err
	}
	widths, err := columnWidths(t.Columns, cols, s.doc.Page.TextWidth())
	if err != nil {
		return err
	}
	heights := make([]Length, len(t.Rows))
	for r, row := range cells {
		heights[r] = Pt(12) + 2*cellPadY
		for _, c := range row {
			if c.rowSpan == 1 {
				heights[r] = max(heights[r], s.cellHeight(c.Cell))
			}
		}
	}
	var total, tall Length
	for _, w := range widths {
		total += w
	}
	for _, h := range heights {
		tall += h
	}

	s.openP(Normal, s.refs.stylePara[Normal], true)
	w := s.w
	w.start("hp:run", "charPrIDRef", itoa(s.refs.styleChar[Normal]))
	w.start("hp:tbl", "id", itoa(s.objID), "zOrder", "0", "numberingType", "TABLE", "textWrap", "TOP_AND_BOTTOM",
		"textFlow", "BOTH_SIDES", "lock", "0", "dropcapstyle", "None", "pageBreak", "CELL",
		"repeatHeader", bit(t.HeaderRows > 0), "rowCnt", itoa(len(t.Rows)), "colCnt", itoa(cols),
		"cellSpacing", "0", "borderFillIDRef", itoa(fillNone), "noAdjust", "0")
	s.objID++
	w.empty("hp:sz", "width", itoa(total), "widthRelTo", "ABSOLUTE", "height", itoa(tall), "heightRelTo", "ABSOLUTE", "protect", "0")
	w.empty("hp:pos", "treatAsChar", "0", "affectLSpacing", "0", "flowWithText", "1", "allowOverlap", "0",
		"holdAnchorAndSO", "0", "vertRelTo", "PARA", "horzRelTo", "COLUMN", "vertAlign", "TOP", "horzAlign", "LEFT",
		"vertOffset", "0", "horzOffset", "0")
	w.empty("hp:outMargin", "left", "0", "right", "0", "top", itoa(max(t.Above, 0)), "bottom", itoa(tableGapBelow))
	w.empty("hp:inMargin", "left", itoa(cellPadX), "right", itoa(cellPadX), "top", itoa(cellPadY), "bottom", itoa(cellPadY))
	for r, row := range cells {
		w.start("hp:tr")
		var texts []string
		for _, c := range row {
			var cw, ch Length
			for x := c.col; x < c.col+c.colSpan; x++ {
				cw += widths[x]
			}
			for y := c.row; y < c.row+c.rowSpan; y++ {
				ch += heights[y]
			}
			w.start("hp:tc", "name", "", "header", bit(r < t.HeaderRows), "hasMargin", "0", "protect", "0",
				"editable", "0", "dirty", "0", "borderFillIDRef", itoa(s.refs.fill(c.Cell)))
			w.start("hp:subList", "id", "", "textDirection", "HORIZONTAL", "lineWrap", "BREAK", "vertAlign", c.VAlign.attr(),
				"linkListIDRef", "0", "linkListNextIDRef", "0", "textWidth", "0", "textHeight", "0", "hasTextRef", "0", "hasNumRef", "0")
			texts = append(texts, s.cellParagraphs(c.Cell))
			w.end("hp:subList")
			w.empty("hp:cellAddr", "colAddr", itoa(c.col), "rowAddr", itoa(c.row))
			w.empty("hp:cellSpan", "colSpan", itoa(c.colSpan), "rowSpan", itoa(c.rowSpan))
			w.empty("hp:cellSz", "width", itoa(cw), "height", itoa(ch))
			w.empty("hp:cellMargin", "left", itoa(cellPadX), "right", itoa(cellPadX), "top", itoa(cellPadY), "bottom", itoa(cellPadY))
			w.end("hp:tc")
		}
		w.end("hp:tr")
		s.preview.WriteString(strings.Join(texts, "\t"))
		s.preview.WriteByte('\n')
	}
	w.end("hp:tbl")
	w.end("hp:run")
	w.end("hp:p")
	return nil
}

// cellParagraphs writes a cell's paragraphs and returns their text for the
// preview, on one line.
func (s *sectionWriter) cellParagraphs(c Cell) string {
	paras := c.Paragraphs
	if len(paras) == 0 {
		paras = []*Paragraph{{Style: TableText}}
	}
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = strings.ReplaceAll(s.paragraph(p, false), "\n", " ")
	}
	return strings.Join(texts, " ")
}

// cellHeight estimates a cell's height from its paragraphs' line heights;
// 한글 grows the row if the text wraps to more lines.
func (s *sectionWriter) cellHeight(c Cell) Length {
	h := 2 * cellPadY
	if len(c.Paragraphs) == 0 {
		d := s.refs.styles[TableText]
		return h + d.Size*Length(d.LineSpacing)/100
	}
	for _, p := range c.Paragraphs {
		d := s.refs.styles[p.Style]
		size := d.Size
		for _, r := range p.Runs {
			size = max(size, r.Size)
		}
		lines := Length(1)
		for _, r := range p.Runs {
			lines += Length(strings.Count(r.Text, "\n"))
		}
		h += lines*size*Length(d.LineSpacing)/100 + d.Before + d.After
	}
	return h
}
