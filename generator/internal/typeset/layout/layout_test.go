package layout

import (
	"fmt"
	"strings"
	"testing"
)

func row(name string, h float64) *Row { return &Row{H: h, Payload: name} }

func heading(name string, h float64) *Row {
	return &Row{H: h, KeepWithNext: true, Payload: name, Anchor: name}
}

func rows(prefix string, n int, h float64) []*Row {
	var out []*Row
	for i := 1; i <= n; i++ {
		out = append(out, row(fmt.Sprintf("%s%d", prefix, i), h))
	}
	return out
}

// dump writes pages as "name@y" items, frames as [name y+h first/last].
func dump(res Result) string {
	var pages []string
	for _, pg := range res.Pages {
		var items []string
		for _, it := range pg.Items {
			if it.Row != nil {
				items = append(items, fmt.Sprintf("%s@%g", it.Row.Payload, it.Y))
				continue
			}
			flags := ""
			if it.First {
				flags += "F"
			}
			if it.Last {
				flags += "L"
			}
			items = append(items, fmt.Sprintf("[%s %g+%g %s]", it.Frame, it.Y, it.H, flags))
		}
		pages = append(pages, strings.Join(items, " "))
	}
	return strings.Join(pages, "\n")
}

func check(t *testing.T, nodes []Node, h float64, want string) Result {
	t.Helper()
	res := Paginate(nodes, h)
	if got := dump(res); got != strings.TrimSpace(want) {
		t.Errorf("got\n%s\nwant\n%s", got, strings.TrimSpace(want))
	}
	return res
}

func TestTableSplitRepeatsHeader(t *testing.T) {
	table := &Group{Head: []*Row{row("head", 10)}, Rows: rows("r", 10, 10), Frame: "T"}
	check(t, []Node{row("p", 10), table, row("after", 10)}, 100, `
p@0 [T 10+90 F] head@10 r1@20 r2@30 r3@40 r4@50 r5@60 r6@70 r7@80 r8@90
[T 0+30 L] head@0 r9@10 r10@20 after@30`)
}

func TestTableNeverLeavesHeaderAlone(t *testing.T) {
	// 15 left on the page: the header (10) fits, the header with its first
	// row (20) does not, so the whole table moves.
	table := &Group{Head: []*Row{row("head", 10)}, Rows: rows("r", 2, 10), Frame: "T"}
	check(t, []Node{row("p", 85), table}, 100, `
p@0
[T 0+30 FL] head@0 r1@10 r2@20`)
}

func TestBoxKeptTogether(t *testing.T) {
	box := &Group{Rows: rows("b", 4, 10), PadTop: 5, PadBottom: 5, KeepTogether: true, Frame: "Box"}
	check(t, []Node{row("p", 70), box, row("q", 10)}, 100, `
p@0
[Box 0+50 FL] b1@5 b2@15 b3@25 b4@35 q@50`)
}

func TestBoxTallerThanPageSplits(t *testing.T) {
	box := &Group{Rows: rows("b", 12, 10), PadTop: 5, PadBottom: 5, KeepTogether: true, Frame: "Box"}
	check(t, []Node{row("p", 30), box}, 100, `
p@0 [Box 30+70 F] b1@35 b2@45 b3@55 b4@65 b5@75 b6@85
[Box 0+70 L] b7@5 b8@15 b9@25 b10@35 b11@45 b12@55`)
}

func TestNoLoneHeading(t *testing.T) {
	// The heading would fit at 85..95, but its paragraph would not.
	check(t, []Node{row("p", 85), heading("H", 10), row("para", 10)}, 100, `
p@0
H@0 para@10`)
	// A chain of headings moves together.
	check(t, []Node{row("p", 75), heading("H1", 10), heading("H2", 10), row("para", 10)}, 100, `
p@0
H1@0 H2@10 para@20`)
	// A heading before a kept-together box needs the whole box.
	box := &Group{Rows: rows("b", 3, 10), KeepTogether: true, Frame: "Box"}
	check(t, []Node{row("p", 65), heading("H", 10), box}, 100, `
p@0
H@0 [Box 10+30 FL] b1@10 b2@20 b3@30`)
	// A heading before a table needs the header and first row.
	table := &Group{Head: []*Row{row("head", 10)}, Rows: rows("r", 5, 10), Frame: "T"}
	check(t, []Node{row("p", 75), heading("H", 10), table}, 100, `
p@0
H@0 [T 10+60 FL] head@10 r1@20 r2@30 r3@40 r4@50 r5@60`)
}

func TestWidowLinesInsideGroups(t *testing.T) {
	r := rows("l", 4, 10)
	r[2].KeepWithNext = true // the last line never alone on a new page
	box := &Group{Rows: r, Frame: "Box"}
	check(t, []Node{row("p", 70), box}, 100, `
p@0 [Box 70+20 F] l1@70 l2@80
[Box 0+20 L] l3@0 l4@10`)
}

func TestBeforeDroppedAtPageTop(t *testing.T) {
	a := row("a", 90)
	b := &Row{H: 10, Before: 5, Payload: "b"}
	c := &Row{H: 10, Before: 5, Payload: "c"}
	check(t, []Node{a, b, c}, 100, `
a@0
b@0 c@15`)
}

func TestBreaks(t *testing.T) {
	res := check(t, []Node{row("cover", 50), &Break{}, heading("Ⅰ", 10), &Break{}, row("x", 10), &Break{}, &Break{}, row("y", 10), &Break{}}, 100, `
cover@0
Ⅰ@0 x@10
y@0`)
	if pos := res.Anchors["Ⅰ"]; pos.Page != 1 || pos.Y != 0 {
		t.Errorf("anchor at %+v", pos)
	}
}

func TestOverTallRowStillPlaced(t *testing.T) {
	check(t, []Node{row("a", 10), row("huge", 150), row("b", 10)}, 100, `
a@0
huge@0
b@0`)
}
