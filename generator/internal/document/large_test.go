package document

import (
	"strings"
	"testing"

	"workplan/generator/internal/markdown"
	"workplan/generator/internal/model"
)

// markdownTable is a GFM table of cols × rows cells holding cell.
func markdownTable(cols, rows int, cell string) []byte {
	var b strings.Builder
	b.WriteString("|")
	for c := 0; c < cols; c++ {
		b.WriteString("구분|")
	}
	b.WriteString("\n|")
	for c := 0; c < cols; c++ {
		b.WriteString("-|")
	}
	b.WriteString("\n")
	for r := 0; r < rows; r++ {
		b.WriteString("|")
		for c := 0; c < cols; c++ {
			b.WriteString(cell + "|")
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}

func convertTable(src []byte) []Block {
	p := &model.Prose{Source: src, Doc: markdown.Parse(src)}
	b := &builder{site: &model.Site{}, plan: &model.Plan{}, chartIDs: map[string]bool{}}
	return b.prose(p, place{depth: 2}, counter("t"))
}

// TestLargeTableIsLinear: a Markdown table is converted once, cell by
// cell, with a bounded number of allocations per cell whatever its size
// (issue 12.9: a 1,900 × 1,000 table took 259 s when every cell was
// rendered on its own). Counting allocations, not time, keeps the test
// steady on a busy machine.
func TestLargeTableIsLinear(t *testing.T) {
	perCell := func(cols, rows int) float64 {
		src := markdownTable(cols, rows, "1,234")
		p := &model.Prose{Source: src, Doc: markdown.Parse(src)}
		allocs := testing.AllocsPerRun(3, func() {
			b := &builder{site: &model.Site{}, plan: &model.Plan{}, chartIDs: map[string]bool{}}
			b.prose(p, place{depth: 2}, counter("t"))
		})
		return allocs / float64(cols*(rows+1))
	}
	small, large := perCell(20, 20), perCell(400, 100)
	t.Logf("allocations per cell: %.2f (20×20), %.2f (400×100)", small, large)
	if large > 3 {
		t.Errorf("%.2f allocations per cell of a 400×100 table; want at most 3", large)
	}
	if large > small*1.2 {
		t.Errorf("allocations per cell grow with the table: %.2f (20×20) → %.2f (400×100)", small, large)
	}
	bs := convertTable(markdownTable(3, 2, "1,234"))
	tb, ok := bs[0].(*Table)
	if !ok || len(tb.Body) != 2 || len(tb.Body[1]) != 3 || tb.Body[1][2].Align != Right || tb.Body[1][2].Type != NumberCell {
		t.Fatalf("converted table: %#v", bs)
	}
}

// BenchmarkLargeTable converts a 3.8 MB Markdown table (1,900 × 1,000
// cells) into document nodes.
func BenchmarkLargeTable(b *testing.B) {
	src := markdownTable(1900, 1000, "1")
	p := &model.Prose{Source: src, Doc: markdown.Parse(src)}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bl := &builder{site: &model.Site{}, plan: &model.Plan{}, chartIDs: map[string]bool{}}
		bl.prose(p, place{depth: 2}, counter("t"))
	}
}
