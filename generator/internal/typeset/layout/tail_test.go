package layout

import (
	"strings"
	"testing"
)

// A table's notes (Tail) never stand alone at the top of a page: the last
// row goes on with them, under the repeated header.
func TestTailKeepsNotesWithTheLastRow(t *testing.T) {
	g := &Group{Head: []*Row{row("h", 10)}, Rows: rows("r", 9, 10), Tail: 15, Frame: "t"}
	note := row("note", 15)
	res := Paginate([]Node{g, note}, 100) // h + 9 rows = 100: the note would not fit
	got := dump(res)
	pages := strings.Split(got, "\n")
	if len(res.Pages) != 2 || !strings.Contains(pages[len(pages)-1], "r9@") || !strings.Contains(pages[len(pages)-1], "note@") {
		t.Errorf("the note and the last row should share the second page:\n%s", got)
	}
	// Without the tail the last row stays and the note goes alone.
	g2 := &Group{Head: []*Row{row("h", 10)}, Rows: rows("r", 9, 10), Frame: "t"}
	if got := dump(Paginate([]Node{g2, row("note", 15)}, 100)); strings.Contains(strings.Split(got, "\n")[1], "r9@") {
		t.Errorf("control: r9 moved without a tail:\n%s", got)
	}
}
