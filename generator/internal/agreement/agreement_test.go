package agreement

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"workplan/generator/internal/assets/assetstest"
	"workplan/generator/internal/document"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/pdf"
	"workplan/generator/internal/pdftools"
	"workplan/generator/internal/site"
)

// TestAgreement walks the document of every plan of the example and of
// testdata/rich. For every chapter, group and item label, section label,
// line (tally lines included), note, paragraph, table cell and chart it
// checks that
//
//   - the page holds the node's wording under its data-node id, and each
//     body cell's alignment as the document sets it;
//   - the PDF's text holds the node's wording, in the document's order
//     (charts: their titles, which the PDF draws above them), and each
//     table column's cells stand as the document aligns them;
//   - the diff, given a copy of the document in which only that node is
//     changed, names the node with the document's label and prints the
//     node's wording as the old value.
//
// What the diff leaves out on purpose is skipped there: figures computed
// for display (Derived lines and cells) and a chart's data table, whose
// figures the diff reports where the plan states them.
func TestAgreement(t *testing.T) {
	f, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tree := range []string{"content", "testdata/rich"} {
		s := loadSite(t, tree)
		r, err := site.New(s, site.Options{Assets: assetstest.FS(site.EChartsVersion)})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range s.Plans {
			t.Run(tree+"/"+p.Slug, func(t *testing.T) {
				doc := build(t, s, p)
				files, err := r.DocumentFiles(p, doc, nil)
				if err != nil {
					t.Fatal(err)
				}
				data, _, err := pdf.Render(p, s, f, pdf.Options{Document: doc})
				if err != nil {
					t.Fatal(err)
				}
				// Raw order is drawing order: a wrapped cell's lines stay together.
				words := parseWords(pdftools.Run(t, "pdftotext", "-raw", "-bbox", "-enc", "UTF-8", pdftools.WriteTemp(t, p.Slug+".pdf", data), "-"))
				checkPage(t, doc, page(t, files, p.Path+"index.html"))
				checkPDF(t, doc, words.text)
				checkAlignment(t, doc, words)
				checkDiff(t, doc, build(t, s, p))
			})
		}
	}
}

func loadSite(t *testing.T, rel string) *model.Site {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", rel)
	s, l := load.Load(os.DirFS(dir), rel)
	if s == nil || l != nil && l.HasErrors() {
		t.Fatalf("loading %s: %v", rel, l)
	}
	return s
}

func build(t *testing.T, s *model.Site, p *model.Plan) *document.Plan {
	t.Helper()
	d, err := document.Build(s, p)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// page parses the plan's page among the files the site renders.
func page(t *testing.T, files []site.File, path string) *html.Node {
	t.Helper()
	for _, f := range files {
		if f.Path == path || strings.HasSuffix(f.Path, "/"+path) {
			n, err := html.Parse(bytes.NewReader(f.Data))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	t.Fatalf("no %s among %v", path, paths)
	return nil
}

// squeeze drops every space: the PDF breaks lines where the page ends.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// node is a node of the document with where it stands.
type node struct {
	n document.Node
	// data: the node belongs to a chart's data table or its Alt lines,
	// which the PDF draws as the chart and the page shows beside it.
	data bool
}

// nodes lists the document's nodes in order.
func nodes(doc *document.Plan) []node {
	var out []node
	var in func(bs []document.Block, data bool)
	visit := func(n document.Node, data bool) bool {
		out = append(out, node{n, data})
		return true
	}
	in = func(bs []document.Block, data bool) {
		for _, b := range bs {
			visit(b, data)
			switch b := b.(type) {
			case *document.Group:
				in(b.Intro, data)
				for _, it := range b.Items {
					in([]document.Block{it}, data)
				}
			case *document.Item:
				in(b.Purpose, data)
				in(b.Blocks, data)
			case *document.Section:
				in(b.Blocks, data)
			case *document.List:
				for _, l := range b.Lines {
					in([]document.Block{l}, data)
				}
			case *document.Line:
				in(b.Blocks, data)
			case *document.Box:
				in(b.Blocks, data)
			case *document.Quote:
				in(b.Blocks, data)
			case *document.Table:
				for _, n := range b.Notes {
					in([]document.Block{n}, data)
				}
			case *document.Figure:
				if b.Data != nil {
					in([]document.Block{b.Data}, true)
				}
				in(b.Alt, true)
			}
		}
	}
	for _, c := range doc.Chapters {
		visit(c, false)
		in(c.Blocks, false)
	}
	return out
}

// checkPage finds every node on the page by its data-node id and checks
// that the element shows the node's wording; table cells one by one, with
// their alignment.
func checkPage(t *testing.T, doc *document.Plan, root *html.Node) {
	t.Helper()
	byID := map[string]*html.Node{}
	walk(root, func(n *html.Node) {
		if id, ok := attr(n, "data-node"); ok {
			byID[id] = n
		}
	})
	checked := 0
	for _, x := range nodes(doc) {
		if _, ok := x.n.(*document.List); ok {
			continue // a list is its lines
		}
		el := byID[x.n.NodeID()]
		if el == nil {
			t.Errorf("page: node %s (%T) is not on the page", x.n.NodeID(), x.n)
			continue
		}
		got := squeeze(text(el))
		for _, w := range wordings(x.n) {
			if !strings.Contains(got, squeeze(w)) {
				t.Errorf("page: node %s shows %q, not %q", x.n.NodeID(), text(el), w)
			}
		}
		if tb, ok := x.n.(*document.Table); ok {
			checkCells(t, tb, el)
		}
		checked++
	}
	if checked < 5 {
		t.Errorf("page: only %d nodes checked", checked)
	}
	t.Logf("page: %d nodes", checked)
}

// wordings are the texts every output prints of a node, styling aside.
func wordings(n document.Node) []string {
	switch n := n.(type) {
	case *document.Chapter:
		return []string{n.Label}
	case *document.Group:
		return []string{n.Label}
	case *document.Item:
		return []string{n.Label}
	case *document.Section:
		return []string{n.Plain()}
	case *document.Line:
		return []string{flat(n.Plain())}
	case *document.Note:
		return []string{flat(n.Plain())}
	case *document.Paragraph:
		return []string{flat(n.Text.String())}
	case *document.Heading:
		return []string{flat(n.Text.String())}
	case *document.Box:
		return []string{n.Title}
	case *document.Figure:
		return []string{n.Title}
	case *document.Table:
		out := []string{n.Caption, n.Unit}
		for _, rows := range [][][]document.Cell{n.Head, n.Body} {
			for _, r := range rows {
				for _, c := range r {
					out = append(out, flat(c.Text.String()))
				}
			}
		}
		return out
	}
	return nil
}

// flat is text as a page shows it without its hard line breaks.
func flat(s string) string { return strings.ReplaceAll(s, "\n", "") }

// checkCells compares every cell of a table on the page: its text and,
// for body cells, its alignment (class num for right, center for centre).
func checkCells(t *testing.T, tb *document.Table, el *html.Node) {
	t.Helper()
	var rows []*html.Node
	walk(el, func(n *html.Node) {
		if n.Data == "tr" {
			rows = append(rows, n)
		}
	})
	all := append(append([][]document.Cell{}, tb.Head...), tb.Body...)
	if len(rows) != len(all) {
		t.Errorf("page: table %s has %d rows, the document %d", tb.ID, len(rows), len(all))
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
			t.Errorf("page: table %s row %d has %d cells, the document %d", tb.ID, r, len(cells), len(all[r]))
			continue
		}
		for c, cell := range all[r] {
			at := tb.ID + " cell " + strconv.Itoa(r) + "," + strconv.Itoa(c)
			if got, want := squeeze(text(cells[c])), squeeze(cell.Text.String()); got != want {
				t.Errorf("page: %s shows %q, the document %q", at, got, want)
			}
			if r < len(tb.Head) {
				continue
			}
			if hasClass(cells[c], "num") != (cell.Align == document.Right) || hasClass(cells[c], "center") != (cell.Align == document.Center) {
				cls, _ := attr(cells[c], "class")
				t.Errorf("page: %s has class %q for alignment %s", at, cls, cell.Align)
			}
		}
	}
}

// checkPDF finds each node's wording in the PDF's text, in the document's
// order; a chart's title anywhere (charts may float beside their text).
func checkPDF(t *testing.T, doc *document.Plan, text string) {
	t.Helper()
	at, checked := 0, 0
	for _, x := range nodes(doc) {
		if x.data {
			continue // drawn as the chart
		}
		if f, ok := x.n.(*document.Figure); ok {
			if !strings.Contains(text, squeeze(f.Title)) {
				t.Errorf("pdf: chart %s's title %q is not in the PDF", f.ID, f.Title)
			}
			continue
		}
		for _, w := range wordings(x.n) {
			w = squeeze(w)
			if w == "" {
				continue
			}
			checked++
			i := strings.Index(text[at:], w)
			if i < 0 {
				if strings.Contains(text, w) {
					t.Errorf("pdf: %s's %q is out of the document's order", x.n.NodeID(), w)
				} else {
					t.Errorf("pdf: %s's %q is not in the PDF", x.n.NodeID(), w)
				}
				continue
			}
			at += i + len(w)
		}
	}
	if checked < 5 {
		t.Errorf("pdf: only %d texts checked", checked)
	}
	t.Logf("pdf: %d texts", checked)
}

func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// text is the text of n with tags removed and runs of space made one.
func text(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	for _, c := range strings.Fields(v) {
		if c == class {
			return true
		}
	}
	return false
}
