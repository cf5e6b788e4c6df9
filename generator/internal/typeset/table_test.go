package typeset

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"workplan/generator/internal/typeset/layout"
)

// TestTablesOfAnyShape sets tables of random shapes: spans past the last
// row or column, empty rows, section rows, long words, cells taller than
// a page. Every one must set without panicking, fill its width and draw
// no row taller than a page.
func TestTablesOfAnyShape(t *testing.T) {
	d := testDoc(t)
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"", "-", "1,234", "구민", "소통 활성화", "가나다라마바사아자차카타파하" + strings.Repeat("가", 40), "2024. 1. ~ 12.", strings.Repeat("긴 내용 ", 120)}
	rows := func(n int) [][]Cell {
		var out [][]Cell
		for range n {
			var r []Cell
			if rng.IntN(8) == 0 {
				out = append(out, []Cell{{Text: words[rng.IntN(len(words))], Across: true}})
				continue
			}
			for range rng.IntN(6) {
				r = append(r, Cell{
					Text:    words[rng.IntN(len(words))],
					Align:   Align(rng.IntN(3)),
					RowSpan: rng.IntN(4), ColSpan: rng.IntN(4),
					NoWrap: rng.IntN(5) == 0,
				})
			}
			out = append(out, r)
		}
		return out
	}
	for i := range 150 {
		tb := Table{Head: rows(rng.IntN(3)), Body: rows(rng.IntN(12)), Even: rng.IntN(2) == 0, Top: rng.IntN(2) == 0}
		g := d.tableGroup(tb)
		if g == nil {
			continue
		}
		for _, r := range append(append([]*layout.Row{}, g.Head...), g.Rows...) {
			if r.H <= 0 || math.IsNaN(r.H) {
				t.Fatalf("table %d: a row %.1f tall", i, r.H)
			}
		}
		if h := sumRows(g.Head); h > d.Page.CH/2 {
			t.Errorf("table %d: a header %.1f tall is repeated on every page", i, h)
		}
		for _, r := range g.Rows {
			if r.H > d.Page.CH+0.01 {
				t.Errorf("table %d: a body row %.1f tall, taller than a page", i, r.H)
			}
		}
	}
}
