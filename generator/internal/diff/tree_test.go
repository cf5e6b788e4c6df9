package diff

import (
	"strings"
	"testing"

	"workplan/generator/internal/document"
)

// plan is a one-chapter document holding bs.
func plan(bs ...document.Block) *document.Plan {
	return &document.Plan{ID: "p", Chapters: []*document.Chapter{{ID: "chapter-1", Label: "Ⅰ. 현황", Blocks: bs}}}
}

func show(cs []Change) string {
	var out []string
	for _, c := range cs {
		s := c.Label() + ": " + string(c.Kind) + " " + c.Old + " → " + c.New
		if c.Delta != "" {
			s += " (" + c.Delta + ")"
		}
		out = append(out, s)
	}
	return strings.Join(out, "\n")
}

func same(t *testing.T, got []Change, want ...string) {
	t.Helper()
	if g, w := show(got), strings.Join(want, "\n"); g != w {
		t.Errorf("got\n%s\nwant\n%s", g, w)
	}
}

func TestFigureChange(t *testing.T) {
	for _, c := range []struct{ old, new, want string }{
		{"16,366천원(구비)", "17,000천원(구비)", "16,366천원 → 17,000천원 (+634천원, +3.9%)"},
		{"8", "9", "8 → 9 (+1, +12.5%)"},
		{"1,000명", "900명", "1,000명 → 900명 (-100명, -10.0%)"},
		{"0건", "3건", "0건 → 3건 (+3건)"},
		{"△320", "△350", "△320 → △350 (-30)"},
		{"3.9%", "4.1%", ""},           // fractions: a text change
		{"2024. 7.", "2024. 8.", ""},   // a date
		{"5개(가, 나)", "4개(가)", ""},      // other words changed too
		{"12명", "12개", ""},             // another unit
		{"1차 위촉 32명", "1차 위촉 33명", ""}, // not leading
	} {
		f, ok := figureChange(c.old, c.new)
		got := ""
		if ok {
			got = f.old + " → " + f.new + " (" + f.delta + ")"
		}
		if got != c.want {
			t.Errorf("figureChange(%q, %q) = %q, want %q", c.old, c.new, got, c.want)
		}
	}
}

// TestParagraphBreaks: each line of each paragraph is compared as a line,
// so a change in the second paragraph shows that paragraph only.
func TestParagraphBreaks(t *testing.T) {
	para := func(id, s string) *document.Paragraph {
		return &document.Paragraph{ID: id, Text: document.Plain(s)}
	}
	old := plan(para("a", "첫째 문단은 그대로다."), para("b", "둘째 문단의 첫 줄\n둘째 문단의 둘째 줄"))
	new := plan(para("a", "첫째 문단은 그대로다."), para("b", "둘째 문단의 첫 줄\n둘째 문단의 고친 줄"))
	same(t, Plans(old, new), "Ⅰ. 현황: changed 둘째 문단의 둘째 줄 → 둘째 문단의 고친 줄")
}

// TestLabelsFromTheTree: places are named by the document's labels, a
// renamed section by its new label, and a section kind the diff has never
// heard of is compared like any other.
func TestLabelsFromTheTree(t *testing.T) {
	section := func(label, value string, lines ...*document.Line) *document.Section {
		return &document.Section{ID: "item-1.progress", Key: "progress", Marker: "□", Label: label, Value: value,
			Blocks: []document.Block{&document.List{ID: "l", Lines: lines}}}
	}
	line := func(label, text string) *document.Line {
		return &document.Line{Marker: "ㅇ", Label: label, Text: document.Plain(text)}
	}
	item := func(s *document.Section) *document.Item {
		return &document.Item{ID: "item-1", Number: "1.", Title: "사업", Label: "1. 사업", Blocks: []document.Block{s}}
	}
	old := plan(item(section("추진상황", "", line("", "1차 완료"), line("예산", "100천원(구비)"))))
	new := plan(item(section("추진 현황", "", line("", "1차 완료"), line("", "2차 착수"), line("예산", "120천원(구비)"))))
	same(t, Plans(old, new),
		"1. 사업 › 추진 현황: changed 추진상황 → 추진 현황",
		"1. 사업 › 추진 현황: added  → ㅇ 2차 착수",
		"1. 사업 › 추진 현황 › 예산: changed 100천원 → 120천원 (+20천원, +20.0%)")
}

// TestTableCells: cells are matched by their row's label and their
// column's headings (outer › inner); a row added is one change.
func TestTableCells(t *testing.T) {
	head := func(s string, span int) document.Cell {
		return document.Cell{Text: document.Plain(s), Header: true, Align: document.Center, ColSpan: span}
	}
	num := func(s string) document.Cell {
		return document.Cell{Text: document.Plain(s), Type: document.NumberCell, Align: document.Right}
	}
	label := func(s string) document.Cell { return document.Cell{Text: document.Plain(s), Header: true} }
	table := func(rows ...[]document.Cell) *document.Table {
		return &document.Table{ID: "t", Role: "accounts", Unit: "(단위: 백만원)",
			Head: [][]document.Cell{
				{{Text: document.Plain("구 분"), Header: true, RowSpan: 2}, head("특별회계", 2)},
				{head("가", 0), head("나", 0)},
			},
			Body: rows}
	}
	sec := func(t *document.Table) *document.Section {
		return &document.Section{ID: "status-budget", Key: "budget", Label: "[예산현황]", Blocks: []document.Block{t}}
	}
	old := plan(sec(table([]document.Cell{label("2024년"), num("10"), num("-")})))
	new := plan(sec(table([]document.Cell{label("2024년"), num("12"), num("-")}, []document.Cell{label("2023년"), num("9"), num("1")})))
	same(t, Plans(old, new),
		"Ⅰ. 현황 › [예산현황] › 2024년 › 특별회계 › 가: changed 10 → 12 (+2, +20.0%)",
		"Ⅰ. 현황 › [예산현황] › 2023년: added  → 9 | 1")
}
