package hwpx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"workplan/generator/internal/document"
	"workplan/generator/internal/load"
)

// busanCase is the real plan transcribed as a content tree, rendered when
// it is present.
const busanCase = "testdata/cases/busan-culture-sports-2025"

// loadPlans loads the content tree at rel (from the repository root) and
// builds each plan's document.
func loadPlans(t testing.TB, rel string) []*document.Plan {
	t.Helper()
	s, l := load.Load(os.DirFS(filepath.Join(repoRoot(t), rel)), rel)
	if s == nil || (l != nil && l.HasErrors()) {
		t.Fatalf("loading %s: %v", rel, l)
	}
	var out []*document.Plan
	for _, p := range s.Plans {
		d, err := document.Build(s, p)
		if err != nil {
			t.Fatalf("%s: %v", p.Slug, err)
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		t.Fatalf("%s holds no plan", rel)
	}
	return out
}

// trees are the content trees every plan test renders.
func trees(t *testing.T) []string {
	out := []string{"content", "testdata/rich"}
	if _, err := os.Stat(filepath.Join(repoRoot(t), busanCase, "site.yaml")); err == nil {
		out = append(out, busanCase)
	} else {
		t.Logf("%s not present: %v", busanCase, err)
	}
	return out
}

func renderPlan(t *testing.T, d *document.Plan) []byte {
	t.Helper()
	b, err := Plan(d, PlanOptions{Charts: testCharts(t)})
	if err != nil {
		t.Fatalf("%s: %v", d.ID, err)
	}
	return b
}

// TestPlanPackages renders every plan of the example, the rich fixture
// and the busan case: a well-formed package whose references resolve,
// the same bytes twice, and every text of the document tree in the body
// in order.
func TestPlanPackages(t *testing.T) {
	for _, rel := range trees(t) {
		for _, d := range loadPlans(t, rel) {
			t.Run(d.ID, func(t *testing.T) {
				b := renderPlan(t, d)
				if again := renderPlan(t, d); !bytes.Equal(b, again) {
					t.Error("two renderings of the plan differ")
				}
				entries := unzip(t, b)
				checkWellFormed(t, entries)
				checkReachable(t, entries)
				section := body(t, entries)
				kinds := []string{"charPr", "paraPr", "style", "borderFill"}
				if len(section.all("pic")) > 0 {
					kinds = append(kinds, "binaryItem")
				}
				checkReferences(t, entries, kinds...)
				checkTextInOrder(t, treeTexts(d), bodyText(section), 20)
				for _, tbl := range section.all("tbl") {
					checkGrid(t, tbl, PlanPage().TextWidth())
				}
			})
		}
	}
}

// treeTexts lists what the document tree says, in reading order: the
// cover, the 순서 lines, then every chapter's headings, lines, notes,
// captions, unit lines and table cells (head rows, then body rows, each
// left to right).
func treeTexts(d *document.Plan) []string {
	out := []string{d.Cover.Title, d.Cover.Occasion, d.Cover.Date, d.Cover.Department}
	var entries func(es []*document.Entry)
	entries = func(es []*document.Entry) {
		for _, e := range es {
			out = append(out, e.Label)
			entries(e.Sub)
		}
	}
	entries(d.Contents)
	for _, c := range d.Chapters {
		out = append(out, c.Label)
		document.WalkBlocks(c.Blocks, func(n document.Node) bool {
			switch n := n.(type) {
			case *document.Group:
				out = append(out, n.Label)
			case *document.Item:
				out = append(out, n.Label)
				out = append(out, n.Tags...)
				// The contact follows the item's blocks: Walk visits it
				// after them, so it is checked by count below instead.
			case *document.Section:
				out = append(out, n.Label, n.Value)
			case *document.Line:
				out = append(out, n.Label, n.Text.String())
			case *document.Note:
				out = append(out, n.Text.String())
			case *document.Paragraph:
				out = append(out, n.Text.String())
			case *document.Heading:
				out = append(out, n.Text.String())
			case *document.Code:
				out = append(out, n.Text)
			case *document.Box:
				out = append(out, n.Title)
			case *document.Figure:
				out = append(out, n.Title)
			case *document.Table:
				out = append(out, n.Caption, n.Unit)
				for _, rows := range [][][]document.Cell{n.Head, n.Body} {
					for _, row := range rows {
						for _, c := range row {
							out = append(out, c.Text.String())
						}
					}
				}
			}
			return true
		})
	}
	return out
}

// bodyText is the text of the body's hp:t elements in document order.
func bodyText(section *node) string {
	var b strings.Builder
	section.walk(func(n *node) {
		if n.name.Local == "t" && n.name.Space == nsParagraph {
			b.WriteString(n.text)
		}
	})
	return b.String()
}

// checkTextInOrder finds each text in body after the previous one,
// ignoring whitespace (line breaks are elements, not text, in the body).
func checkTextInOrder(t *testing.T, texts []string, body string, least int) {
	t.Helper()
	body = noSpace(body)
	at, found := 0, 0
	for _, s := range texts {
		s = noSpace(s)
		if s == "" {
			continue
		}
		i := strings.Index(body[at:], s)
		if i < 0 {
			context := body[at:]
			if len(context) > 200 {
				context = context[:200]
			}
			t.Fatalf("%q (text %d) not found in the body after position %d; the body goes on: %q", s, found+1, at, context)
		}
		at += i + len(s)
		found++
	}
	if found < least {
		t.Errorf("only %d texts checked; the walk of the tree finds too little", found)
	}
}

func TestCoverDate(t *testing.T) {
	for _, c := range []struct {
		s    string
		year int
		want time.Time
	}{
		{"2024. 2.", 2024, time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)},
		{"2025. 1. 23.", 2025, time.Date(2025, 1, 23, 0, 0, 0, 0, time.UTC)},
		{"", 2025, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"2024. 13.", 2024, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"", 0, time.Time{}},
	} {
		if got := coverDate(c.s, c.year); !got.Equal(c.want) {
			t.Errorf("coverDate(%q, %d) = %v, want %v", c.s, c.year, got, c.want)
		}
	}
}

// checkGrid reads a table back from cellAddr and cellSpan alone: the cells
// cover the rowCnt × colCnt grid exactly once, the columns add up to the
// text width, and the header cells are the leading rows, marked to repeat.
func checkGrid(t *testing.T, tbl *node, textWidth Length) (ok bool) {
	t.Helper()
	defer func() { ok = !t.Failed() }()
	rows, cols := atoi(t, tbl.must("rowCnt")), atoi(t, tbl.must("colCnt"))
	trs := tbl.all("tr")
	if len(trs) != rows {
		t.Errorf("table %s: rowCnt %d but %d rows", tbl.must("id"), rows, len(trs))
		return
	}
	covered := make([][]int, rows)
	for i := range covered {
		covered[i] = make([]int, cols)
	}
	type edge struct{ from, to, width int }
	var edges []edge
	headerRows, bodySeen := 0, false
	for r, tr := range trs {
		head := false
		for _, tc := range tr.children {
			addr, span := tc.child("cellAddr"), tc.child("cellSpan")
			row, col := atoi(t, addr.must("rowAddr")), atoi(t, addr.must("colAddr"))
			rs, cs := atoi(t, span.must("rowSpan")), atoi(t, span.must("colSpan"))
			if row != r || row+rs > rows || col+cs > cols {
				t.Errorf("table %s: cell at (%d,%d) span %d×%d in row %d of a %d×%d grid", tbl.must("id"), row, col, rs, cs, r, rows, cols)
				return
			}
			head = head || tc.must("header") == "1"
			for y := row; y < row+rs; y++ {
				for x := col; x < col+cs; x++ {
					covered[y][x]++
				}
			}
			edges = append(edges, edge{col, col + cs, atoi(t, tc.child("cellSz").must("width"))})
		}
		switch {
		case head && bodySeen:
			t.Errorf("table %s: header row %d after a body row", tbl.must("id"), r)
		case head:
			headerRows++
		default:
			bodySeen = true
		}
	}
	for y := range covered {
		for x, n := range covered[y] {
			if n != 1 {
				t.Errorf("table %s: grid place (%d,%d) covered %d times", tbl.must("id"), y, x, n)
			}
		}
	}
	// Column boundaries from the cells' widths: a cell from column a to b
	// says x[b] - x[a] = width. They must agree, and the last boundary is
	// the text width.
	x := map[int]int{0: 0}
	for changed := true; changed; {
		changed = false
		for _, e := range edges {
			a, aok := x[e.from]
			b, bok := x[e.to]
			switch {
			case aok && bok && b-a != e.width:
				t.Errorf("table %s: a cell over columns %d–%d is %d wide, the columns %d", tbl.must("id"), e.from, e.to-1, e.width, b-a)
				return
			case aok && !bok:
				x[e.to], changed = a+e.width, true
			case bok && !aok:
				x[e.from], changed = b-e.width, true
			}
		}
	}
	if x[cols] != int(textWidth) {
		t.Errorf("table %s: columns add up to %d, text width %d", tbl.must("id"), x[cols], textWidth)
	}
	if (headerRows > 0) != (tbl.must("repeatHeader") == "1") {
		t.Errorf("table %s: %d header rows, repeatHeader=%s", tbl.must("id"), headerRows, tbl.must("repeatHeader"))
	}
	return
}

// TestPlanGolden keeps an unzipped snapshot of the example plan's file.
func TestPlanGolden(t *testing.T) {
	for _, d := range loadPlans(t, "content") {
		checkGolden(t, filepath.Join("testdata", "golden", "plan-"+d.ID), unzip(t, renderPlan(t, d)))
	}
}

// TestPlanReadBack reads the example plan and the busan case back with the
// npm reader: every paragraph and every table cell, in order.
func TestPlanReadBack(t *testing.T) {
	node, modules := readerModules(t)
	for _, rel := range trees(t) {
		if rel == "testdata/rich" {
			continue
		}
		for _, d := range loadPlans(t, rel) {
			t.Run(d.ID, func(t *testing.T) {
				doc, err := PlanDocument(d, PlanOptions{Charts: testCharts(t)})
				if err != nil {
					t.Fatal(err)
				}
				got := readBack(t, node, modules, doc)
				pics := 0
				for _, b := range doc.Blocks {
					if _, ok := b.(*Picture); ok {
						pics++
					}
				}
				if len(got.Images) != pics {
					t.Errorf("images %v; the plan draws %d charts", got.Images, pics)
				}
			})
		}
	}
}

// TestPlanStructure checks what the plan's file says beyond its text, per
// plan of the example and the rich fixture: every document table with
// header rows is an hp:tbl that repeats them; merged cells keep their
// spans; right-aligned (figure) cells are right-aligned paragraphs; each
// ladder line stands in its rung's 개요 style and each note in 주석; the
// cover and 순서 are a section without page numbers, the chapters a
// section numbered from 1.
func TestPlanStructure(t *testing.T) {
	for _, rel := range []string{"content", "testdata/rich"} {
		for _, d := range loadPlans(t, rel) {
			t.Run(d.ID, func(t *testing.T) { checkPlanStructure(t, d) })
		}
	}
}

func checkPlanStructure(t *testing.T, d *document.Plan) {
	entries := unzip(t, renderPlan(t, d))
	header, err := parseXML(partData(t, entries, "Contents/header.xml"))
	if err != nil {
		t.Fatal(err)
	}
	section := body(t, entries)
	// What the tree holds.
	var headed, spans, right, lines, notes int
	var lineStyles []string
	document.WalkBlocks(chapterBlocks(d), func(n document.Node) bool {
		switch n := n.(type) {
		case *document.Table:
			if len(n.Head) > 0 && len(n.Head)+len(n.Body) > 0 {
				headed++
			}
			for _, rows := range [][][]document.Cell{n.Head, n.Body} {
				for _, row := range rows {
					for _, c := range row {
						if c.RowSpan > 1 || c.ColSpan > 1 {
							spans++
						}
						if c.Align == document.Right {
							right++
						}
					}
				}
			}
		case *document.Line:
			lines++
			lineStyles = append(lineStyles, PlanStyles()[outlineStyle(n.Level)].Name)
		case *document.Note:
			notes++
		}
		return true
	})
	// What the file holds.
	styleName := map[string]string{}
	for _, s := range header.all("style") {
		styleName[s.must("id")] = s.must("name")
	}
	align := map[string]string{}
	for _, p := range header.all("paraPr") {
		align[p.must("id")] = p.child("align").must("horizontal")
	}
	repeat := 0
	for _, tbl := range section.all("tbl") {
		if tbl.must("repeatHeader") == "1" {
			repeat++
		}
	}
	var gotSpans, gotRight int
	for _, tc := range section.all("tc") {
		if sp := tc.child("cellSpan"); sp.must("rowSpan") != "1" || sp.must("colSpan") != "1" {
			gotSpans++
		}
		for _, p := range tc.child("subList").all("p") {
			if align[p.must("paraPrIDRef")] == "RIGHT" {
				gotRight++
			}
		}
	}
	if repeat != headed {
		t.Errorf("%d tables repeat their header rows; the tree has %d tables with header rows", repeat, headed)
	}
	if gotSpans < spans {
		t.Errorf("%d merged cells; the tree has %d", gotSpans, spans)
	}
	if gotRight != right {
		t.Errorf("%d right-aligned cell paragraphs; the tree has %d right-aligned cells", gotRight, right)
	}
	var gotLines []string
	gotNotes := 0
	for _, p := range section.all("p") {
		switch name := styleName[p.must("styleIDRef")]; name {
		case "개요 1", "개요 2", "개요 3", "개요 4":
			gotLines = append(gotLines, name)
		case "주석":
			gotNotes++
		}
	}
	// Section headings (□ 사업개요) stand at 개요 1 too, so the lines are
	// a subsequence of the 개요 paragraphs.
	i := 0
	for _, s := range gotLines {
		if i < len(lineStyles) && s == lineStyles[i] {
			i++
		}
	}
	if i != len(lineStyles) || len(lineStyles) != lines {
		t.Errorf("%d of %d ladder lines found in their 개요 styles, in order", i, len(lineStyles))
	}
	if gotNotes != notes {
		t.Errorf("%d paragraphs in 주석; the tree has %d notes", gotNotes, notes)
	}
	// Chapter and group headings carry a rule below, as in the PDF.
	fills := map[string]*node{}
	for _, f := range header.all("borderFill") {
		fills[f.must("id")] = f
	}
	paraPrs := map[string]*node{}
	for _, p := range header.all("paraPr") {
		paraPrs[p.must("id")] = p
	}
	for _, st := range header.all("style") {
		if name := st.must("name"); name == "대제목" || name == "중제목" {
			fill := fills[paraPrs[st.must("paraPrIDRef")].child("border").must("borderFillIDRef")]
			if fill == nil || fill.child("bottomBorder").must("type") != "SOLID" || fill.child("topBorder").must("type") != "NONE" {
				t.Errorf("%s has no rule below it", name)
			}
		}
	}
	// The cover and 순서 are a section without page numbers; the chapters
	// a second one, with them, numbered from 1 at the first chapter.
	names := sectionNames(entries)
	if len(d.Chapters) > 0 && len(names) != 2 {
		t.Fatalf("sections %v; want the front matter and the chapters", names)
	}
	for i, name := range names {
		sec, err := parseXML(partData(t, entries, name))
		if err != nil {
			t.Fatal(err)
		}
		restart := 0
		for _, n := range sec.all("newNum") {
			if n.must("numType") == "PAGE" && n.must("num") == "1" {
				restart++
			}
		}
		pageNums, hidden := len(sec.all("pageNum")), len(sec.all("pageHiding"))
		if want := i; pageNums != want || restart != want || hidden != 0 {
			t.Errorf("%s: %d page numbers, %d restarts at 1, %d hidings; want %d, %d, 0", name, pageNums, restart, hidden, want, want)
		}
	}
}

// chapterBlocks are the printed plan's blocks: every chapter's, in order
// (the overview charts are the site's).
func chapterBlocks(d *document.Plan) []document.Block {
	var out []document.Block
	for _, c := range d.Chapters {
		out = append(out, c.Blocks...)
	}
	return out
}
