package diag

import "testing"

func TestLines(t *testing.T) {
	p := func(l int) Pos { return Pos{File: "f", Line: l, Col: 1} }
	for _, c := range []struct {
		a, b Pos
		want string
	}{{p(24), p(28), "(lines 24–28)"}, {p(21), p(21), "(line 21)"}, {p(0), p(5), "(line 5)"}, {p(0), p(0), ""}, {p(9), p(3), "(lines 3–9)"}} {
		if got := Lines(c.a, c.b); got != c.want {
			t.Errorf("Lines(%d, %d) = %q, want %q", c.a.Line, c.b.Line, got, c.want)
		}
	}
}

// TestExcerpt: the caret stands under the column, counting Hangul as two
// terminal columns and keeping tabs.
func TestExcerpt(t *testing.T) {
	f := Finding{Pos: Pos{File: "a.yaml", Line: 7, Col: 12}, Source: "\t- { 가나: x, b: 1 }"}
	want := "    7 | \t- { 가나: x, b: 1 }\n      | \t            ^\n"
	if got := f.Excerpt(); got != want {
		t.Errorf("Excerpt =\n%q\nwant\n%q", got, want)
	}
	if got := (Finding{Pos: Pos{File: "a", Line: 3}}).Excerpt(); got != "" {
		t.Errorf("no source: %q", got)
	}
}

// TestSortedDedup: identical findings, related positions included, are
// reported once; findings differing only in related positions are kept.
func TestSortedDedup(t *testing.T) {
	var l List
	f := Finding{Pos: Pos{File: "a", Line: 1, Col: 1}, Message: "m", Related: []Pos{{File: "a", Line: 2}}}
	l.Add(f)
	l.Add(f)
	g := f
	g.Related = []Pos{{File: "a", Line: 3}}
	l.Add(g)
	if n := len(l.Sorted()); n != 2 {
		t.Errorf("Sorted kept %d findings, want 2", n)
	}
}
