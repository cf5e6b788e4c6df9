package pdf

import (
	"strings"
	"testing"

	"workplan/generator/internal/document"
	"workplan/generator/internal/pdftools"
)

// TestAgreesWithDocument checks that the PDF says what the plan's document
// says, in the document's order: every chapter, group and item label,
// section heading (with its value), numbered line (marker, label, text),
// note, paragraph, box title, table caption, unit line and table cell of
// the example and testdata/rich. Charts are drawn, so their data tables
// (for readers of the site who cannot see them) are not printed.
func TestAgreesWithDocument(t *testing.T) {
	for _, tree := range []string{"content", "testdata/rich"} {
		site := loadSite(t, tree)
		for _, p := range site.Plans {
			t.Run(p.Slug, func(t *testing.T) {
				doc, err := document.Build(site, p)
				if err != nil {
					t.Fatal(err)
				}
				data, _ := render(t, site, p)
				// Raw order is drawing order: a wrapped cell's lines stay
				// together.
				text := squeeze(pdftools.Run(t, "pdftotext", "-raw", "-enc", "UTF-8", pdftools.WriteTemp(t, p.Slug+".pdf", data), "-"))
				want := documentText(doc)
				if len(want) < 10 {
					t.Fatalf("only %d texts in the document", len(want))
				}
				at := 0
				for _, w := range want {
					i := strings.Index(text[at:], squeeze(w))
					if i < 0 {
						if strings.Contains(text, squeeze(w)) {
							t.Errorf("%q is out of the document's order", w)
						} else {
							t.Errorf("%q is missing from the PDF", w)
						}
						continue
					}
					at += i + len(squeeze(w))
				}
			})
		}
	}
}

// documentText is what the PDF must print of a plan's document, in order.
func documentText(doc *document.Plan) []string {
	var out []string
	add := func(s string) {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	label := func(l string, t document.Text) string {
		switch {
		case l == "":
			return t.String()
		case t.IsEmpty():
			return l
		}
		return l + ": " + t.String()
	}
	document.Walk(doc, func(n document.Node) bool {
		switch n := n.(type) {
		case *document.Chapter:
			add(n.Label)
		case *document.Group:
			add(n.Label)
		case *document.Item:
			add(n.Label)
		case *document.Section:
			head := n.Label
			if n.Value != "" {
				head += ": " + n.Value
			}
			add(strings.TrimSpace(n.Marker + " " + head))
		case *document.Line:
			add(n.Marker + " " + label(n.Label, n.Text))
		case *document.Note:
			add(n.Marker + " " + n.Text.String())
		case *document.Paragraph:
			add(n.Text.String())
		case *document.Heading:
			add(n.Text.String())
		case *document.Box:
			if n.Title != "" {
				add("< " + n.Title + " >")
			}
		case *document.Table:
			if n.Caption != "" {
				add("< " + n.Caption + " >")
			}
			add(n.Unit)
			for _, rows := range [][][]document.Cell{n.Head, n.Body} {
				for _, r := range rows {
					for _, c := range r {
						add(c.Text.String())
					}
				}
			}
		case *document.Figure:
			return false
		}
		return true
	})
	return out
}
