package typeset

import (
	"slices"
	"strings"
	"testing"

	"workplan/generator/internal/typeset/layout"
)

func TestTokens(t *testing.T) {
	for in, want := range map[string][]string{
		"2024년":     {"2024년"},
		"270억원":     {"270억원"},
		"58개소":      {"58개소"},
		"278.8km":   {"278.8km"},
		"152,588":   {"152,588"},
		"체육시설관리사업소": {"체육", "시설", "관리", "사업", "소"},
		"(스크린235)":  {"(", "스크", "린", "235)"},
	} {
		if got := tokens(in); !slices.Equal(got, want) {
			t.Errorf("tokens(%q) = %q, want %q", in, got, want)
		}
	}
}

// cellLines are the texts of the lines a table's rows draw, row by row.
func cellLines(t Table, d *Doc) []string {
	var out []string
	var rows []*layout.Row
	for _, part := range d.splitColumns(t) {
		g := d.tableGroup(part)
		rows = append(append(rows, g.Head...), g.Rows...)
	}
	for _, r := range rows {
		for _, p := range r.Payload.([]Prim) {
			if tp, ok := p.(*TextPrim); ok {
				var sb strings.Builder
				for _, run := range tp.Runs {
					sb.WriteString(run.Text)
				}
				out = append(out, sb.String())
			}
		}
	}
	return out
}

// A 15-column per-unit table (the busan 예산 table): every figure stays on
// one line, the text shrinking rather than a number breaking; the narrow
// headers wrap between syllables.
func TestWideTableKeepsFiguresWhole(t *testing.T) {
	d := testDoc(t)
	head := []Cell{{Text: "구분"}, {Text: "계"}}
	row1 := []Cell{{Text: "세입"}, {Text: "152,588", Align: Right}}
	row2 := []Cell{{Text: "세출"}, {Text: "511,225", Align: Right}}
	for i := range 13 {
		head = append(head, Cell{Text: "체육시설관리사업소"[:3*(3+i%7)]})
		row1 = append(row1, Cell{Text: "68,494", Align: Right})
		row2 = append(row2, Cell{Text: "172,730", Align: Right})
	}
	lines := cellLines(Table{Head: [][]Cell{head}, Body: [][]Cell{row1, row2}}, d)
	for _, want := range []string{"152,588", "511,225", "68,494", "172,730"} {
		if !slices.Contains(lines, want) {
			t.Errorf("%s is broken or missing; lines %q", want, lines)
		}
	}
	for _, l := range lines {
		if strings.ContainsAny(l, "0123456789") && !strings.Contains(l, ",") {
			t.Errorf("a fragment of a figure on a line of its own: %q", l)
		}
	}
	// Too wide even shrunk: split, each part led by the key column.
	if parts := d.splitColumns(Table{Head: [][]Cell{head}, Body: [][]Cell{row1, row2}}); len(parts) < 2 {
		t.Errorf("%d parts, want the table split", len(parts))
	} else {
		for _, p := range parts {
			if p.Body[0][0].Text != "세입" || p.Head[0][0].Text != "구분" {
				t.Errorf("a part without the key column: %v", p.Head[0])
			}
		}
	}
	// The busan 인력/예산 width fits one page once its text shrinks.
	if parts := d.splitColumns(Table{Head: [][]Cell{head[:8]}, Body: [][]Cell{row1[:8], row2[:8]}}); len(parts) != 1 {
		t.Errorf("an 8-column table split into %d", len(parts))
	}
}

// A tinted first column keeps its row rules: no fill covers the rule the
// row above drew along its bottom.
func TestTintedColumnKeepsRowRules(t *testing.T) {
	d := testDoc(t)
	tint := Tint
	body := [][]Cell{{{Text: "가", Fill: &tint}, {Text: "1"}}, {{Text: "〃", Fill: &tint}, {Text: "2"}}}
	g := d.tableGroup(Table{Head: [][]Cell{{{Text: "구분"}, {Text: "값"}}}, Body: body})
	for i, r := range g.Rows {
		for _, p := range r.Payload.([]Prim) {
			if rp, ok := p.(*RectPrim); ok && rp.Fill != nil && rp.Y < ruleInset {
				t.Errorf("row %d: a fill starts at %.2f, over the rule above", i, rp.Y)
			}
		}
	}
}

func TestDateCellsAreTokens(t *testing.T) {
	for _, d := range []string{"'73. 2.", "’62. 11.", "2025. 2. 10.", "2024."} {
		if !dateLike.MatchString(d) {
			t.Errorf("%q not read as one date", d)
		}
	}
	for _, s := range []string{"2025. 2. 10. 개최", "1. 추진", "가. 2."} {
		if dateLike.MatchString(s) {
			t.Errorf("%q read as a date", s)
		}
	}
}
