package diff

import (
	"strconv"
	"strings"

	"workplan/generator/internal/document"
)

// row is a table's body row as the diff matches it: by its label (its
// header cells), each of its cells by its column's heading.
type row struct {
	key   string
	label string   // "정 원", "구민 소통 › 제안 건수"; "" when the row has no header cell
	cols  []string // the column of each cell, in order
	texts []string
}

// table compares two tables cell by cell: rows matched by their labels,
// cells by their columns' headings; rows added or removed whole; the unit
// line and the notes.
func (c *comparer) table(w []string, o, n *document.Table) {
	if o == nil {
		o = &document.Table{}
	}
	if n == nil {
		n = &document.Table{}
	}
	if o.Unit != "" && n.Unit != "" {
		c.value(w, o.Unit, n.Unit)
	}
	orows, nrows := rows(o), rows(n)
	om := map[string]row{}
	for _, r := range orows {
		om[r.key] = r
	}
	seen := map[string]bool{}
	for _, r := range nrows {
		seen[r.key] = true
		old, ok := om[r.key]
		if !ok {
			c.add(at(w, r.label), Added, "", r.text())
			continue
		}
		oc := map[string]string{}
		for i, col := range old.cols {
			oc[col] = old.texts[i]
		}
		cols := map[string]bool{}
		for i, col := range r.cols {
			cols[col] = true
			if ov, ok := oc[col]; ok {
				c.value(at(w, r.label, col), ov, r.texts[i])
			} else {
				c.add(at(w, r.label, col), Added, "", r.texts[i])
			}
		}
		for i, col := range old.cols {
			if !cols[col] {
				c.add(at(w, r.label, col), Removed, old.texts[i], "")
			}
		}
	}
	for _, r := range orows {
		if !seen[r.key] {
			c.add(at(w, r.label), Removed, r.text(), "")
		}
	}
	c.lines(w, notes(o.Notes), notes(n.Notes))
}

// text is a row added or removed whole: its cells that state something,
// joined by " | ".
func (r row) text() string {
	var parts []string
	for _, s := range r.texts {
		if strings.TrimSpace(s) != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " | ")
}

func notes(ns []*document.Note) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Plain())
	}
	return out
}

// flat is a cell's text on one line: the line breaks a header cell may
// hold ("2025년\n(계획)") are left out, as the page shows it.
func flat(t document.Text) string { return strings.ReplaceAll(t.String(), "\n", "") }

// rows lists a table's body rows: each labelled by the header cells that
// stand in it (a cell spanning rows labels each), each cell named by the
// headings above its column, outermost first. Rows whose labels repeat
// add the text of their first cell; rows still alike are told apart by
// their place.
func rows(t *document.Table) []row {
	head := places(t.Head)
	body := places(t.Body)
	colLabel := func(col int) string {
		var parts []string
		var last *document.Cell
		for _, r := range head {
			if col < len(r) && r[col] != nil && r[col] != last {
				last = r[col]
				if s := flat(last.Text); s != "" {
					parts = append(parts, s)
				}
			}
		}
		if len(parts) == 0 {
			return strconv.Itoa(col+1) + "열"
		}
		return strings.Join(parts, " › ")
	}
	var out []row
	for ri, r := range body {
		var labels []string
		var x row
		var last *document.Cell
		for ci, cell := range r {
			if cell == nil || cell == last {
				continue
			}
			last = cell
			if cell.Header {
				labels = append(labels, flat(cell.Text))
				continue
			}
			if !origin(t.Body, ri, cell) || cell.Derived {
				continue
			}
			x.cols = append(x.cols, colLabel(ci))
			x.texts = append(x.texts, flat(cell.Text))
		}
		x.label = strings.Join(labels, " › ")
		out = append(out, x)
	}
	// Keys: the label; repeated labels take their first cell; then place.
	count := map[string]int{}
	for _, r := range out {
		count[r.label]++
	}
	used := map[string]int{}
	for i := range out {
		r := &out[i]
		if count[r.label] > 1 && len(r.texts) > 0 {
			r.label = strings.TrimPrefix(r.label+" › "+r.texts[0], " › ")
		}
		used[r.label]++
		r.key = r.label
		if k := used[r.label]; k > 1 {
			r.key += "#" + strconv.Itoa(k)
		}
	}
	return out
}

// places lays rows out on their grid: each place holds the cell that
// covers it, so a cell spanning rows or columns stands at every place it
// covers.
func places(rows [][]document.Cell) [][]*document.Cell {
	grid := make([][]*document.Cell, len(rows))
	for r := range rows {
		c := 0
		for i := range rows[r] {
			for c < len(grid[r]) && grid[r][c] != nil {
				c++
			}
			cell := &rows[r][i]
			for dr := 0; dr < max(1, cell.RowSpan) && r+dr < len(rows); dr++ {
				for dc := 0; dc < max(1, cell.ColSpan); dc++ {
					for len(grid[r+dr]) <= c+dc {
						grid[r+dr] = append(grid[r+dr], nil)
					}
					grid[r+dr][c+dc] = cell
				}
			}
			c += max(1, cell.ColSpan)
		}
	}
	return grid
}

// origin reports whether cell starts in row r (rather than spanning into
// it from a row above).
func origin(rows [][]document.Cell, r int, cell *document.Cell) bool {
	for i := range rows[r] {
		if &rows[r][i] == cell {
			return true
		}
	}
	return false
}
