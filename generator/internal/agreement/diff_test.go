package agreement

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"workplan/generator/internal/diff"
	"workplan/generator/internal/document"
)

// edit is what the diff is given in place of a node's text.
const edit = " 바뀜"

// checkDiff changes one node at a time in mut, a second build of doc,
// and checks that the diff of doc and mut names that node with the
// document's label and prints the node's wording as the old value.
func checkDiff(t *testing.T, doc, mut *document.Plan) {
	t.Helper()
	if ch := diff.Plans(doc, mut); len(ch) > 0 {
		t.Fatalf("diff: two builds of one plan differ: %+v", ch)
	}
	orig, muts := nodes(doc), nodes(mut)
	if len(orig) != len(muts) {
		t.Fatalf("two builds have %d and %d nodes", len(orig), len(muts))
	}
	checked := 0
	// expect changes m's text with set, diffs, restores it, and checks
	// that a change satisfies ok.
	expect := func(id, what string, set func() (undo func()), ok func(diff.Change) bool) {
		t.Helper()
		undo := set()
		changes := diff.Plans(doc, mut)
		undo()
		checked++
		for _, c := range changes {
			if ok(c) {
				return
			}
		}
		var got []string
		for _, c := range changes {
			got = append(got, c.Label()+": "+c.Old+" → "+c.New)
		}
		t.Errorf("diff: %s (%s) changed; the diff says\n\t%s", id, what, strings.Join(got, "\n\t"))
	}
	text := func(p *document.Text) func() func() {
		return func() func() {
			old := *p
			*p = document.Plain(old.String() + edit)
			return func() { *p = old }
		}
	}
	str := func(p *string) func() func() {
		return func() func() {
			old := *p
			*p = old + edit
			return func() { *p = old }
		}
	}
	last := func(c diff.Change) string {
		if len(c.Where) == 0 {
			return ""
		}
		return c.Where[len(c.Where)-1]
	}
	names := func(c diff.Change, label string) bool {
		return slices.ContainsFunc(c.Where, func(w string) bool { return strings.Contains(w, label) })
	}
	for i, x := range orig {
		if x.data {
			continue // a chart's data: the diff reports it where the plan states it
		}
		id := x.n.NodeID()
		if muts[i].n.NodeID() != id {
			t.Fatalf("two builds differ at node %d: %s, %s", i, id, muts[i].n.NodeID())
		}
		switch n := x.n.(type) {
		case *document.Chapter:
			m := muts[i].n.(*document.Chapter)
			expect(id, "label", str(&m.Label), func(c diff.Change) bool { return c.Old == n.Label })
		case *document.Group:
			m := muts[i].n.(*document.Group)
			expect(id, "label", str(&m.Label), func(c diff.Change) bool { return c.Old == n.Label })
		case *document.Item:
			m := muts[i].n.(*document.Item)
			expect(id, "title", func() func() {
				t, l := m.Title, m.Label
				m.Title, m.Label = t+edit, l+edit
				return func() { m.Title, m.Label = t, l }
			}, func(c diff.Change) bool { return c.Old == n.Title && c.Where[0] == n.Label+edit })
			if n.Contact != nil {
				expect(id, "contact", str(&m.Contact.Value), func(c diff.Change) bool {
					return last(c) == n.Contact.Label && c.Old == n.Contact.Value
				})
			}
		case *document.Section:
			m := muts[i].n.(*document.Section)
			expect(id, "label", str(&m.Label), func(c diff.Change) bool {
				return c.Old == n.Label || c.Kind == diff.Removed && names(c, n.Label)
			})
			if n.Value != "" {
				expect(id, "value", str(&m.Value), func(c diff.Change) bool { return last(c) == n.Label && c.Old == n.Value })
			}
		case *document.Line:
			m := muts[i].n.(*document.Line)
			switch {
			case n.Derived:
				// Computed for display: the diff reports the figures it is computed from.
			case n.Label != "" && !n.Text.IsEmpty():
				expect(id, "text", text(&m.Text), func(c diff.Change) bool { return last(c) == n.Label && c.Old == n.Text.String() })
			case n.Label != "":
				expect(id, "label", str(&m.Label), func(c diff.Change) bool { return c.Kind == diff.Removed && names(c, n.Label) })
			default:
				expect(id, "line", text(&m.Text), func(c diff.Change) bool { return c.Old == n.Plain() })
			}
		case *document.Note:
			m := muts[i].n.(*document.Note)
			expect(id, "note", text(&m.Text), func(c diff.Change) bool { return c.Old == n.Plain() })
		case *document.Paragraph:
			m := muts[i].n.(*document.Paragraph)
			lines := strings.Split(n.Text.String(), "\n")
			expect(id, "paragraph", text(&m.Text), func(c diff.Change) bool { return slices.Contains(lines, c.Old) })
		case *document.Heading:
			m := muts[i].n.(*document.Heading)
			expect(id, "heading", text(&m.Text), func(c diff.Change) bool { return c.Old == n.Text.String() })
		case *document.Figure:
			m := muts[i].n.(*document.Figure)
			expect(id, "chart title", str(&m.Title), func(c diff.Change) bool { return c.Kind == diff.Removed && last(c) == n.Title })
		case *document.Box:
			m := muts[i].n.(*document.Box)
			expect(id, "title", str(&m.Title), func(c diff.Change) bool { return names(c, n.Title) })
		case *document.Table:
			m := muts[i].n.(*document.Table)
			if n.Caption != "" {
				expect(id, "caption", str(&m.Caption), func(c diff.Change) bool { return names(c, n.Caption) })
			}
			for r, row := range n.Body {
				var label string
				for _, cell := range row {
					if cell.Header && label == "" {
						label = flat(cell.Text.String())
					}
				}
				for k, cell := range row {
					s := flat(cell.Text.String())
					cellID := id + " cell " + itoa(r) + "," + itoa(k)
					switch {
					case cell.Derived:
					case cell.Header && s != "":
						expect(cellID, "row label", text(&m.Body[r][k].Text), func(c diff.Change) bool {
							return c.Kind == diff.Removed && names(c, s)
						})
					case !cell.Header:
						expect(cellID, "cell", text(&m.Body[r][k].Text), func(c diff.Change) bool {
							if s == "" {
								return c.Kind == diff.Added && c.New == edit && (label == "" || names(c, label))
							}
							return c.Old == s && (label == "" || names(c, label))
						})
					}
				}
			}
		}
	}
	if checked < 5 {
		t.Errorf("diff: only %d changes checked", checked)
	}
	t.Logf("diff: %d changes", checked)
}

func itoa(n int) string { return strconv.Itoa(n) }
