package document_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"workplan/generator/internal/document"
	"workplan/generator/internal/golden"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
)

// repoRoot is the module's root folder.
func repoRoot(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot find the test's folder")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", "..", ".."))
}

func loadTree(t testing.TB, rel string) *model.Site {
	t.Helper()
	s, l := load.Load(os.DirFS(filepath.Join(repoRoot(t), rel)), rel)
	if l != nil && l.HasErrors() {
		t.Fatalf("loading %s: %v", rel, l)
	}
	return s
}

// outline writes a document as indented text: one node a line, with its
// id, for review in golden files.
func outline(d *document.Plan) string {
	var b strings.Builder
	fmt.Fprintf(&b, "plan %s: %s %s\n", d.ID, d.Department, d.Title)
	for _, f := range d.Cover.Facts {
		fmt.Fprintf(&b, "  cover %s: %s\n", f.Label, f.Value)
	}
	var entries func(es []*document.Entry, indent string)
	entries = func(es []*document.Entry, indent string) {
		for _, e := range es {
			fmt.Fprintf(&b, "%s순서 %s → #%s\n", indent, e.Label, e.ID)
			entries(e.Sub, indent+"  ")
		}
	}
	entries(d.Contents, "  ")
	for _, f := range d.Facts {
		fmt.Fprintf(&b, "  fact %s: %s%s derived=%v\n", f.Label, f.Value, f.Unit, f.Derived)
	}
	depth := map[document.Node]int{}
	document.Walk(d, func(n document.Node) bool {
		ind := strings.Repeat("  ", depth[n]+1)
		mark := func(children ...document.Node) {
			for _, c := range children {
				depth[c] = depth[n] + 1
			}
		}
		switch n := n.(type) {
		case *document.Chapter:
			fmt.Fprintf(&b, "%s[%s] chapter %q\n", ind, n.ID, n.Label)
			for _, c := range n.Blocks {
				mark(c)
			}
		case *document.Group:
			fmt.Fprintf(&b, "%s[%s] group %q depth=%d\n", ind, n.ID, n.Label, n.Depth)
			for _, c := range n.Intro {
				mark(c)
			}
			for _, c := range n.Items {
				mark(c)
			}
		case *document.Item:
			fmt.Fprintf(&b, "%s[%s] item %q depth=%d tags=%v", ind, n.ID, n.Label, n.Depth, n.Tags)
			if n.Contact != nil {
				fmt.Fprintf(&b, " %s: %s", n.Contact.Label, n.Contact.Value)
			}
			b.WriteString("\n")
			for _, c := range n.Purpose {
				mark(c)
			}
			for _, c := range n.Blocks {
				mark(c)
			}
		case *document.Section:
			fmt.Fprintf(&b, "%s[%s] section %s %q value=%q depth=%d\n", ind, n.ID, n.Marker, n.Label, n.Value, n.Depth)
			for _, c := range n.Blocks {
				mark(c)
			}
		case *document.List:
			fmt.Fprintf(&b, "%s[%s] list ordered=%v\n", ind, n.ID, n.Ordered)
			for _, c := range n.Lines {
				mark(c)
			}
		case *document.Line:
			fmt.Fprintf(&b, "%s[%s] %s", ind, n.ID, n.Marker)
			if n.Label != "" {
				fmt.Fprintf(&b, " <%s>", n.Label)
			}
			fmt.Fprintf(&b, " %s", runs(n.Text))
			if n.Derived {
				b.WriteString(" (derived)")
			}
			b.WriteString("\n")
			for _, c := range n.Blocks {
				mark(c)
			}
		case *document.Note:
			fmt.Fprintf(&b, "%s[%s] note %s %s\n", ind, n.ID, n.Marker, runs(n.Text))
		case *document.Paragraph:
			fmt.Fprintf(&b, "%s[%s] paragraph %s\n", ind, n.ID, runs(n.Text))
		case *document.Heading:
			fmt.Fprintf(&b, "%s[%s] heading depth=%d %s\n", ind, n.ID, n.Depth, runs(n.Text))
		case *document.Table:
			fmt.Fprintf(&b, "%s[%s] table %s caption=%q name=%q unit=%q\n", ind, n.ID, n.Role, n.Caption, n.Name, n.Unit)
			rows := func(kind string, rs [][]document.Cell) {
				for _, r := range rs {
					var cs []string
					for _, c := range r {
						cs = append(cs, cell(c))
					}
					fmt.Fprintf(&b, "%s  %s | %s\n", ind, kind, strings.Join(cs, " | "))
				}
			}
			rows("head", n.Head)
			rows("body", n.Body)
			for _, c := range n.Notes {
				mark(c)
			}
		case *document.Figure:
			fmt.Fprintf(&b, "%s[%s] figure %s %s %q: %s\n", ind, n.ID, n.Chart.Kind, n.Chart.ID, n.Title, n.Summary)
			for _, k := range n.Legend {
				fmt.Fprintf(&b, "%s  legend %s: %s\n", ind, k.Key, k.Label)
			}
			if n.Data != nil {
				mark(n.Data)
			}
			for _, c := range n.Alt {
				mark(c)
			}
		case *document.Box:
			fmt.Fprintf(&b, "%s[%s] box %q\n", ind, n.ID, n.Title)
			for _, c := range n.Blocks {
				mark(c)
			}
		case *document.Quote:
			fmt.Fprintf(&b, "%s[%s] quote\n", ind, n.ID)
			for _, c := range n.Blocks {
				mark(c)
			}
		case *document.Code:
			fmt.Fprintf(&b, "%s[%s] code %q\n", ind, n.ID, n.Text)
		case *document.Rule:
			fmt.Fprintf(&b, "%s[%s] rule\n", ind, n.ID)
		case *document.RawHTML:
			fmt.Fprintf(&b, "%s[%s] html %q\n", ind, n.ID, n.HTML)
		default:
			fmt.Fprintf(&b, "%s%T\n", ind, n)
		}
		return true
	})
	return b.String()
}

// runs writes text with its markup visible: **strong**, _emphasis_,
// `code`, [text](href), {html}.
func runs(t document.Text) string {
	var b strings.Builder
	for _, r := range t {
		s := strings.ReplaceAll(r.Text, "\n", "⏎")
		switch {
		case r.HTML:
			s = "{" + s + "}"
		case r.Code:
			s = "`" + s + "`"
		}
		if r.Emphasis {
			s = "_" + s + "_"
		}
		if r.Strong {
			s = "**" + s + "**"
		}
		if r.Href != "" {
			s = "[" + s + "](" + r.Href + ")"
		}
		b.WriteString(s)
	}
	return b.String()
}

// cell writes a cell as text with its type and alignment: "16,366 #>" for
// a right-aligned number, "th" for headers, spans as ↓2 →3.
func cell(c document.Cell) string {
	s := runs(c.Text)
	var tags []string
	if c.Header {
		tags = append(tags, "th")
	}
	switch c.Type {
	case document.NumberCell:
		tags = append(tags, "#")
	case document.EmptyCell:
		tags = append(tags, "∅")
	}
	switch c.Align {
	case document.Center:
		tags = append(tags, "^")
	case document.Right:
		tags = append(tags, ">")
	}
	if c.RowSpan > 1 {
		tags = append(tags, fmt.Sprintf("↓%d", c.RowSpan))
	}
	if c.ColSpan > 1 {
		tags = append(tags, fmt.Sprintf("→%d", c.ColSpan))
	}
	if c.Total {
		tags = append(tags, "total")
	}
	if c.Derived {
		tags = append(tags, "derived")
	}
	if c.NoWrap {
		tags = append(tags, "nowrap")
	}
	if len(tags) > 0 {
		s += " {" + strings.Join(tags, " ") + "}"
	}
	return s
}

// TestOutlines builds every plan of the example and the rich fixture and
// compares each document, as text, with its golden file, so a change of
// what the plan says shows as a reviewable diff.
func TestOutlines(t *testing.T) {
	for name, rel := range map[string]string{"example": "content", "rich": "testdata/rich"} {
		s := loadTree(t, rel)
		for _, p := range s.Plans {
			d, err := document.Build(s, p)
			if err != nil {
				t.Fatalf("%s: %v", p.Slug, err)
			}
			golden.Check(t, filepath.Join("testdata", "golden", name, p.Slug+".txt"), []byte(outline(d)))
		}
	}
}

// TestIDsUnique checks that every node id of a plan is unique.
func TestIDsUnique(t *testing.T) {
	for _, rel := range []string{"content", "testdata/rich"} {
		s := loadTree(t, rel)
		for _, p := range s.Plans {
			d, err := document.Build(s, p)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			document.Walk(d, func(n document.Node) bool {
				id := n.NodeID()
				if id == "" {
					t.Errorf("%s: %T without an id", p.Slug, n)
				}
				if seen[id] {
					t.Errorf("%s: id %q used twice", p.Slug, id)
				}
				seen[id] = true
				return true
			})
		}
	}
}
