package hwpx

import (
	"strconv"
	"strings"
	"testing"
)

func atoi(t *testing.T, s string) int {
	t.Helper()
	v, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestTablesTileTheirGrid reads every table back from section0.xml and
// checks, from cellAddr and cellSpan alone, that the cells cover the
// rowCnt × colCnt grid exactly once, that widths add up, and that header
// rows are marked to repeat.
func TestTablesTileTheirGrid(t *testing.T) {
	entries := writeSample(t)
	section, err := parseXML(partData(t, entries, "Contents/section0.xml"))
	if err != nil {
		t.Fatal(err)
	}
	tables := section.all("tbl")
	if len(tables) != 2 {
		t.Fatalf("%d tables, want 2", len(tables))
	}
	wantHeaders := []int{2, 1}
	for ti, tbl := range tables {
		rows, cols := atoi(t, tbl.must("rowCnt")), atoi(t, tbl.must("colCnt"))
		trs := tbl.all("tr")
		if len(trs) != rows {
			t.Errorf("table %d: rowCnt %d but %d rows", ti, rows, len(trs))
		}
		if tbl.must("repeatHeader") != "1" || tbl.must("pageBreak") != "CELL" {
			t.Errorf("table %d: repeatHeader %s pageBreak %s; want a header that repeats and rows that split across pages",
				ti, tbl.must("repeatHeader"), tbl.must("pageBreak"))
		}
		covered := make([][]int, rows)
		for i := range covered {
			covered[i] = make([]int, cols)
		}
		colWidth := make([]int, cols)
		for r, tr := range trs {
			for _, tc := range tr.children {
				addr, span, sz := tc.child("cellAddr"), tc.child("cellSpan"), tc.child("cellSz")
				row, col := atoi(t, addr.must("rowAddr")), atoi(t, addr.must("colAddr"))
				rs, cs := atoi(t, span.must("rowSpan")), atoi(t, span.must("colSpan"))
				if row != r {
					t.Errorf("table %d: a cell of row %d says row %d", ti, r, row)
				}
				if (tc.must("header") == "1") != (r < wantHeaders[ti]) {
					t.Errorf("table %d row %d: header=%s", ti, r, tc.must("header"))
				}
				for y := row; y < row+rs; y++ {
					for x := col; x < col+cs; x++ {
						covered[y][x]++
					}
				}
				if cs == 1 {
					colWidth[col] = atoi(t, sz.must("width"))
				}
			}
		}
		for y := range covered {
			for x, n := range covered[y] {
				if n != 1 {
					t.Errorf("table %d: grid slot (%d,%d) covered %d times", ti, y, x, n)
				}
			}
		}
		total := 0
		for _, w := range colWidth {
			total += w
		}
		if got := atoi(t, tbl.child("sz").must("width")); got != total {
			t.Errorf("table %d: width %d, columns add up to %d", ti, got, total)
		}
		if text := int(sampleDocument(t).Page.TextWidth()); total != text {
			t.Errorf("table %d: %d wide, text width %d", ti, total, text)
		}
	}
	// The sample's first table: 30:50:45:45 mm scaled to the text width.
	first := tables[0].all("tc")
	if w := first[0].child("cellSz").must("width"); w != "8504" {
		t.Errorf("first column %s wide, want 8504 (30 mm of 170)", w)
	}
}

// TestComparisonMarksChanges: in the 신구대조표, deleted text is struck
// through, added text underlined, unchanged text neither, as character
// shapes 한글 shows and keeps when the text is copied.
func TestComparisonMarksChanges(t *testing.T) {
	b, err := Write(Document{Page: A4(15, 15, 20, 20), Blocks: []Block{sampleComparison()}})
	if err != nil {
		t.Fatal(err)
	}
	entries := unzip(t, b)
	header, err := parseXML(partData(t, entries, "Contents/header.xml"))
	if err != nil {
		t.Fatal(err)
	}
	section, err := parseXML(partData(t, entries, "Contents/section0.xml"))
	if err != nil {
		t.Fatal(err)
	}
	charPr := map[string]*node{}
	for _, c := range header.all("charPr") {
		charPr[c.must("id")] = c
	}
	shape := func(run *node) (strike, underline bool) {
		c := charPr[run.must("charPrIDRef")]
		return c.child("strikeout").must("shape") != "NONE", c.child("underline").must("type") != "NONE"
	}
	want := map[string][2]bool{ // text → strike, underline
		"300개": {true, false}, "350개": {false, true}, "□ 청년 일자리 ": {false, false}, " 창출": {false, false},
		"※ 예산: 16,366천원 (단위: 천원)": {false, true}, "<신 설>": {false, false},
	}
	seen := 0
	for _, run := range section.all("run") {
		t0 := run.child("t")
		if t0 == nil {
			continue
		}
		w, ok := want[t0.text]
		if !ok {
			continue
		}
		seen++
		if s, u := shape(run); s != w[0] || u != w[1] {
			t.Errorf("%q: strike %v underline %v, want %v %v", t0.text, s, u, w[0], w[1])
		}
	}
	if seen < len(want) {
		t.Errorf("found %d of the %d marked runs", seen, len(want))
	}
	tbl := section.all("tbl")[0]
	if tbl.must("colCnt") != "2" || tbl.all("tr")[0].children[0].must("header") != "1" {
		t.Error("not a two-column table with a header row")
	}
}

func TestBadInputIsAnError(t *testing.T) {
	png := samplePNG(t)
	cell := TextCell("x")
	for _, c := range []struct {
		name string
		doc  Document
		want string
	}{
		{"no page", Document{}, "page size"},
		{"margins eat the page", Document{Page: A4(10, 10, 120, 100)}, "no text width"},
		{"short row", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Table{Rows: [][]Cell{{cell, cell}, {cell}}}}},
			"row 2 has no cell in column 2"},
		{"span past the edge", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Table{Rows: [][]Cell{{cell, cell}, {{ColSpan: 3}}}}}},
			"spans columns 1–3 of a 2-column table"},
		{"span past the end", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Table{Rows: [][]Cell{{{RowSpan: 2}, cell}}}}},
			"spans rows 1–2 of a 1-row table"},
		{"header spans into body", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Table{HeaderRows: 1, Rows: [][]Cell{{{RowSpan: 2}, cell}, {cell}}}}},
			"header cell spans into the body"},
		{"too many header rows", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Table{HeaderRows: 2, Rows: [][]Cell{{cell}}}}},
			"2 header rows but 1 rows"},
		{"bad fill", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Table{Rows: [][]Cell{{{Fill: "blue"}}}}}},
			`cell fill colour "blue"`},
		{"bad width", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Table{Columns: []Length{10, 0}, Rows: [][]Cell{{cell, cell}}}}},
			"column 2 width 0"},
		{"bad style", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Paragraph{Style: 99}}}, "paragraph style 99"},
		{"bad run colour", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Paragraph{Runs: []Run{{Text: "x", Color: "red"}}}}},
			`run colour "red"`},
		{"not a PNG", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Picture{PNG: []byte("GIF89a"), Alt: "차트"}}},
			`picture "차트": not a PNG image`},
		{"nil block", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{Text(Body, "a"), nil}}, "block 2: nil block"},
		{"style without size", Document{Page: A4(15, 15, 20, 20), Styles: func() *StyleSet {
			s := DefaultStyles()
			s[Note].Size = 0
			return s
		}()}, `style "주석" size 0`},
		{"negative picture size", Document{Page: A4(15, 15, 20, 20), Blocks: []Block{&Picture{PNG: png, Width: -1}}}, "want positive or 0"},
	} {
		_, err := Write(c.doc)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to mention %q", c.name, err, c.want)
		}
	}
}

// TestTextEscaping: markup characters and characters XML cannot hold come
// through as text, never as markup.
func TestTextEscaping(t *testing.T) {
	b, err := Write(Document{
		Props:  Properties{Title: `"제목" & <부제>`},
		Page:   A4(15, 15, 20, 20),
		Blocks: []Block{Text(Body, "a < b & c > d \"e\"\x01")},
	})
	if err != nil {
		t.Fatal(err)
	}
	entries := unzip(t, b)
	section, err := parseXML(partData(t, entries, "Contents/section0.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if got := section.all("t")[0].text; got != "a < b & c > d \"e\"\uFFFD" {
		t.Errorf("text read back as %q", got)
	}
	hpf, err := parseXML(partData(t, entries, "Contents/content.hpf"))
	if err != nil {
		t.Fatal(err)
	}
	if got := hpf.all("title")[0].text; got != `"제목" & <부제>` {
		t.Errorf("title read back as %q", got)
	}
}

func TestEmptyDocumentHasSectionProperties(t *testing.T) {
	b, err := Write(Document{Page: A4(15, 15, 20, 20)})
	if err != nil {
		t.Fatal(err)
	}
	section, err := parseXML(partData(t, unzip(t, b), "Contents/section0.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(section.all("p")) != 1 || len(section.all("secPr")) != 1 || len(section.all("pageNum")) != 0 {
		t.Error("an empty document should be one paragraph holding the section properties and no page number")
	}
}

// TestShapesAreShared: colours differing only in case, and black text
// written as "" or "#000000", share one character shape; a black fill stays
// a fill.
func TestShapesAreShared(t *testing.T) {
	r := newRefs(DefaultStyles())
	a := r.char(Body, Run{Color: "#c00000"})
	if b := r.char(Body, Run{Color: "#C00000"}); a != b {
		t.Errorf("#c00000 and #C00000 got charPr %d and %d", a, b)
	}
	if r.char(Body, Run{Color: "#000000"}) != r.styleChar[Body] {
		t.Error("explicit black text got its own charPr")
	}
	if r.fill(Cell{Fill: "#000000"}) == r.fill(Cell{}) {
		t.Error("a black fill was taken for no fill")
	}
}

// TestPageBreaks: a break before a block starts that block's paragraph on
// a new page; a trailing break adds an empty paragraph that does.
func TestPageBreaks(t *testing.T) {
	b, err := Write(Document{Page: A4(15, 15, 20, 20), Blocks: []Block{
		Text(Body, "a"), PageBreak{}, &Table{Rows: [][]Cell{{TextCell("b")}}}, PageBreak{},
	}})
	if err != nil {
		t.Fatal(err)
	}
	section, err := parseXML(partData(t, unzip(t, b), "Contents/section0.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var breaks []string
	for _, p := range section.children {
		breaks = append(breaks, p.must("pageBreak"))
	}
	if strings.Join(breaks, "") != "011" {
		t.Errorf("top-level paragraphs' pageBreak %v, want 0 1 1", breaks)
	}
}

// TestSectionBreak: a SectionBreak starts Contents/section1.xml, listed in
// the manifest, the spine and container.rdf and counted in header.xml;
// each section's first paragraph carries its own section properties and
// only the section asked for shows page numbers.
func TestSectionBreak(t *testing.T) {
	b, err := Write(Document{Page: A4(15, 15, 20, 20), Blocks: []Block{
		Text(Title, "표지"),
		SectionBreak{PageNumbers: true},
		&Paragraph{Style: Body, PageNumberFrom: 1, Runs: []Run{{Text: "본문"}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	entries := unzip(t, b)
	if got := sectionNames(entries); strings.Join(got, " ") != "Contents/section0.xml Contents/section1.xml" {
		t.Fatalf("sections %v", got)
	}
	checkWellFormed(t, entries)
	checkReachable(t, entries)
	checkReferences(t, entries, "charPr", "paraPr", "style")
	for i, want := range []struct {
		text    string
		pageNum bool
	}{{"표지", false}, {"본문", true}} {
		sec, err := parseXML(partData(t, entries, sectionNames(entries)[i]))
		if err != nil {
			t.Fatal(err)
		}
		first := sec.children[0]
		if len(first.all("secPr")) != 1 || len(sec.all("secPr")) != 1 {
			t.Errorf("section %d: section properties not in its first paragraph alone", i)
		}
		if got := len(sec.all("pageNum")) == 1; got != want.pageNum {
			t.Errorf("section %d: page numbers %v, want %v", i, got, want.pageNum)
		}
		if got := bodyText(sec); got != want.text {
			t.Errorf("section %d holds %q, want %q", i, got, want.text)
		}
	}
	rdf := string(partData(t, entries, "META-INF/container.rdf"))
	if !strings.Contains(rdf, `rdf:about="Contents/section1.xml"`) {
		t.Error("container.rdf does not type section1.xml")
	}
}
