package site

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"workplan/generator/internal/document"
)

// TestAgreement walks the document of every plan of the example and the
// rich fixture and checks that the page shows each node as the document
// states it, found by its data-node id: chapter, group and item headings,
// section headings (label and value), every line (marker, label, text),
// note, paragraph, figure (title, summary, chart id) and every table cell
// (text, header or data, alignment, spans). The PDF and the diff walk the
// same nodes, so what they print comes from the same place.
func TestAgreement(t *testing.T) {
	for name, rel := range map[string]string{"example": "content", "rich": "testdata/rich"} {
		s := loadSite(t, rel)
		out := writeSite(t, rel, Options{Assets: fakeAssets()})
		for _, p := range s.Plans {
			d, err := document.Build(s, p)
			if err != nil {
				t.Fatal(err)
			}
			page := parsePage(t, out, p.Path+"index.html")
			nodes := map[string]*html.Node{}
			walk(page, func(n *html.Node) {
				if id, ok := attr(n, "data-node"); ok {
					if nodes[id] != nil {
						t.Errorf("%s %s: data-node %q twice", name, p.Slug, id)
					}
					nodes[id] = n
				}
			})
			checked := 0
			document.Walk(d, func(n document.Node) bool {
				el := nodes[n.NodeID()]
				if el == nil {
					switch n.(type) {
					case *document.List:
						// A list is its lines.
					default:
						t.Errorf("%s %s: node %s (%T) is not on the page", name, p.Slug, n.NodeID(), n)
					}
					return true
				}
				checked++
				where := name + " " + p.Slug + " " + n.NodeID()
				switch n := n.(type) {
				case *document.Chapter:
					same(t, where, text(child(el, "h2")), n.Label)
				case *document.Group:
					same(t, where, text(heading(el)), n.Label)
				case *document.Item:
					same(t, where, text(heading(el)), n.Label)
					if n.Contact != nil {
						same(t, where+" contact", text(find(el, "contact")), n.Contact.Label+" "+n.Contact.Value)
					}
				case *document.Section:
					same(t, where, text(heading(el)), n.Plain())
				case *document.Line:
					same(t, where, text(child(el, "p")), flat(n.Plain()))
				case *document.Note:
					same(t, where, text(el), flat(n.Plain()))
				case *document.Paragraph:
					same(t, where, text(el), flat(n.Text.String()))
				case *document.Figure:
					same(t, where+" title", text(find(el, "chart-title")), n.Title)
					div := find(el, "chart")
					id, _ := attr(div, "id")
					label, _ := attr(div, "aria-label")
					same(t, where+" chart id", id, n.Chart.ID)
					same(t, where+" summary", label, n.Summary)
				case *document.Table:
					checkTable(t, where, el, n)
				}
				return true
			})
			if checked == 0 {
				t.Errorf("%s %s: no node checked", name, p.Slug)
			}
		}
	}
}

// checkTable compares a table's caption, unit line and every cell.
func checkTable(t *testing.T, where string, el *html.Node, tb *document.Table) {
	t.Helper()
	capEl := child(child(el, "div"), "table")
	capEl = child(capEl, "caption")
	want := tb.Caption
	if want == "" {
		want = tb.Name
	}
	if tb.Unit != "" {
		want += " " + tb.Unit
	}
	same(t, where+" caption", text(capEl), want)
	var rows []*html.Node
	walk(el, func(n *html.Node) {
		if n.Data == "tr" {
			rows = append(rows, n)
		}
	})
	all := append(append([][]document.Cell{}, tb.Head...), tb.Body...)
	if len(rows) != len(all) {
		t.Errorf("%s: %d rows on the page, %d in the document", where, len(rows), len(all))
		return
	}
	for r, tr := range rows {
		var cells []*html.Node
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				cells = append(cells, c)
			}
		}
		if len(cells) != len(all[r]) {
			t.Errorf("%s row %d: %d cells on the page, %d in the document", where, r, len(cells), len(all[r]))
			continue
		}
		head := r < len(tb.Head)
		for c, cell := range all[r] {
			got := cells[c]
			at := where + " cell " + strconv.Itoa(r) + "," + strconv.Itoa(c)
			same(t, at, text(got), flat(cell.Text.String()))
			if (got.Data == "th") != cell.Header {
				t.Errorf("%s: <%s> for a cell with Header %v", at, got.Data, cell.Header)
			}
			if head {
				continue
			}
			if hasClass(got, "num") != (cell.Align == document.Right) || hasClass(got, "center") != (cell.Align == document.Center) {
				cls, _ := attr(got, "class")
				t.Errorf("%s: class %q for alignment %s", at, cls, cell.Align)
			}
			if span, _ := attr(got, "rowspan"); (span != "") != (cell.RowSpan > 1) {
				t.Errorf("%s: rowspan %q, document %d", at, span, cell.RowSpan)
			}
			if span, _ := attr(got, "colspan"); (span != "") != (cell.ColSpan > 1) {
				t.Errorf("%s: colspan %q, document %d", at, span, cell.ColSpan)
			}
		}
	}
}

func same(t *testing.T, where, got, want string) {
	t.Helper()
	if got != strings.Join(strings.Fields(want), " ") {
		t.Errorf("%s:\n page %q\n document %q", where, got, want)
	}
}

// flat is text as a page shows it without line breaks.
func flat(s string) string { return strings.ReplaceAll(s, "\n", "") }

// child is n's first child element named tag, or an empty node.
func child(n *html.Node, tag string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag {
			return c
		}
	}
	return &html.Node{}
}

// heading is the first heading element under n.
func heading(n *html.Node) *html.Node {
	var h *html.Node
	walk(n, func(e *html.Node) {
		if h == nil && len(e.Data) == 2 && e.Data[0] == 'h' && e.Data[1] >= '1' && e.Data[1] <= '6' {
			h = e
		}
	})
	if h == nil {
		return &html.Node{}
	}
	return h
}

// find is the first element under n with class, or an empty node.
func find(n *html.Node, class string) *html.Node {
	var f *html.Node
	walk(n, func(e *html.Node) {
		if f == nil && hasClass(e, class) {
			f = e
		}
	})
	if f == nil {
		return &html.Node{}
	}
	return f
}
