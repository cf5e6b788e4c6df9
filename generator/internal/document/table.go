package document

import "strings"

// Table is a table of typed cells. Rows hold only the cells that start
// there: a cell spanning rows or columns covers the places to its right
// and below, which the following cells skip, as in HTML.
type Table struct {
	ID      string
	Role    string // what it holds, for styling: table, kpi, calendar, accounts, headcount, committees, pledges, years, chart-data, markdown
	Caption string // printed above the table; "" when the plan gives none
	// Name is the table's accessible name: the caption, or words naming
	// it when the caption is empty ("구분·목표·실적 표").
	Name  string
	Unit  string // the unit line as printed: "(단위: 천원)"; may be empty
	Head  [][]Cell
	Body  [][]Cell
	Notes []*Note
}

// Cell is one table cell. It is kept small: a Markdown table may hold
// millions.
type Cell struct {
	Text    Text
	RowSpan int // 0 or 1: one row
	ColSpan int // 0 or 1: one column
	Type    CellType
	Align   Align
	Header  bool // a header cell: every cell of Head, and row labels in Body
	Total   bool // a 합계/계 cell, set apart
	Derived bool // computed for display, not stated by the plan
	NoWrap  bool // a date or period that should not break
}

// CellType says what a cell holds.
type CellType uint8

const (
	TextCell   CellType = iota
	NumberCell          // a figure, with or without its unit: 16,366 · △3.9% · 12명 · 61,743건
	EmptyCell           // no figure: "" or "-"
)

// Align is a cell's horizontal alignment.
type Align uint8

const (
	Left Align = iota
	Center
	Right
)

func (a Align) String() string { return [...]string{"left", "center", "right"}[a] }

// Cols is the number of columns the table has, counted on its first row.
func (t *Table) Cols() int {
	rows := t.Head
	if len(rows) == 0 {
		rows = t.Body
	}
	if len(rows) == 0 {
		return 0
	}
	n := 0
	for _, c := range rows[0] {
		n += max(1, c.ColSpan)
	}
	return n
}

// figureUnits are the units a figure may carry in a table cell: counts
// and money.
var figureUnits = map[string]bool{
	"%": true, "%p": true, "명": true, "개": true, "개소": true, "개월": true, "건": true, "회": true,
	"원": true, "천원": true, "만원": true, "백만원": true, "억원": true, "조원": true,
	"대": true, "곳": true, "권": true, "점": true, "편": true, "가구": true, "세대": true, "호": true,
	"종": true, "위": true, "배": true, "시간": true, "km": true, "㎞": true, "m": true, "㎡": true,
	"ha": true, "톤": true, "t": true, "kg": true, "쪽": true, "팀": true, "그루": true,
}

// IsFigure reports whether a cell's text is a figure as plans write it: a
// number with thousands commas and decimals, an optional sign (△ ▲ ▽ for
// changes), and an optional unit of counts or money (61,743건, 12명,
// △3.9%). Such a cell is a NumberCell and, in a column of figures,
// right-aligned. This is the one rule for every table of every output.
func IsFigure(s string) bool {
	s = strings.TrimSpace(s)
	for _, sign := range []string{"△", "▲", "▽", "+", "-", "−"} {
		if strings.HasPrefix(s, sign) {
			s = strings.TrimPrefix(strings.TrimPrefix(s, sign), " ")
			break
		}
	}
	i := 0
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return false
	}
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',') {
		i++
	}
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i+1 {
			return false
		}
		i = j
	}
	unit := strings.TrimPrefix(s[i:], " ")
	return unit == "" || figureUnits[unit]
}

// isEmpty reports whether a cell's text states no figure.
func isEmpty(s string) bool {
	switch strings.TrimSpace(s) {
	case "", "-", "–", "—":
		return true
	}
	return false
}

// cellOf types a body cell by its text.
func cellOf(t Text) Cell {
	s := t.String()
	c := Cell{Text: t}
	switch {
	case isEmpty(s):
		c.Type = EmptyCell
	case IsFigure(s):
		c.Type = NumberCell
	}
	return c
}

// alignFigures right-aligns every body column whose cells all hold
// figures or nothing (and at least one figure), and centres the lone
// dashes in it; other columns keep their alignment. Header cells are
// left alone.
func alignFigures(body [][]Cell) {
	type col struct{ figures, others int }
	var cols []col
	grid(body, func(r, c int, cell *Cell) {
		for len(cols) <= c {
			cols = append(cols, col{})
		}
		if cell.Header || cell.ColSpan > 1 {
			cols[c].others++
			return
		}
		switch cell.Type {
		case NumberCell:
			cols[c].figures++
		case TextCell:
			cols[c].others++
		}
	})
	grid(body, func(r, c int, cell *Cell) {
		if cell.Header || cell.ColSpan > 1 {
			return
		}
		if cols[c].figures > 0 && cols[c].others == 0 {
			cell.Align = Right
		}
	})
}

// grid calls fn for every cell of rows with its column, counting the
// places covered by cells spanning from rows above.
func grid(rows [][]Cell, fn func(r, c int, cell *Cell)) {
	if !spans(rows) {
		for r := range rows {
			for c := range rows[r] {
				fn(r, c, &rows[r][c])
			}
		}
		return
	}
	covered := map[[2]int]bool{}
	for r := range rows {
		c := 0
		for i := range rows[r] {
			for covered[[2]int{r, c}] {
				c++
			}
			cell := &rows[r][i]
			fn(r, c, cell)
			for dr := 0; dr < max(1, cell.RowSpan); dr++ {
				for dc := 0; dc < max(1, cell.ColSpan); dc++ {
					if dr > 0 || dc > 0 {
						covered[[2]int{r + dr, c + dc}] = true
					}
				}
			}
			c += max(1, cell.ColSpan)
		}
	}
}

// spans reports whether any cell of rows spans rows or columns.
func spans(rows [][]Cell) bool {
	for _, r := range rows {
		for _, c := range r {
			if c.RowSpan > 1 || c.ColSpan > 1 {
				return true
			}
		}
	}
	return false
}

// headRow is a header row of plain labels.
func headRow(labels ...string) []Cell {
	row := make([]Cell, len(labels))
	for i, l := range labels {
		row[i] = Cell{Text: Plain(l), Header: true, Align: Center}
	}
	return row
}

// unitLine is "(단위: 천원)", or "" without a unit.
func unitLine(u string) string {
	if u == "" {
		return ""
	}
	return "(단위: " + u + ")"
}

// dash is "-" for an empty text.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
