package hwpx

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"workplan/generator/internal/document"
	"workplan/generator/internal/raster"
)

// PlanOptions are what rendering a plan needs beyond its document.
type PlanOptions struct {
	// Date is written as the file's created and modified date. Zero takes
	// the plan's own date from its cover ("2024. 2." → 1 February 2024),
	// or 1 January of the plan's year; never the clock.
	Date time.Time
	// Fonts names the faces; zero means DefaultFonts (Pretendard GOV, as
	// the PDF, with 함초롬돋움 in its place where it is not installed).
	Fonts Fonts
	// Charts are the faces the charts' pictures are lettered in (the
	// PDF's, raster.NewFaces); nil draws no pictures, and each chart is
	// its title, data table and lines alone.
	Charts *raster.Faces
	// DPI is the pictures' resolution; 0 is raster.DPI.
	DPI float64
}

// Colours the plan shares with the PDF (typeset: Navy, HeadFill, Tint).
const (
	navy     = "#063A74"
	headFill = "#E9EEF5"
	tint     = "#F4F6FA"
	subtle   = "#464C53"
)

// Plan renders a plan's document as a .hwpx file: the cover and 순서 in a
// first section without page numbers, then each chapter on a new page in
// a second section, numbered from 1 as the PDF is. It walks the document
// tree and only styles it: every word, figure and table shape comes from
// the tree.
func Plan(d *document.Plan, opt PlanOptions) ([]byte, error) {
	doc, err := PlanDocument(d, opt)
	if err != nil {
		return nil, err
	}
	return Write(doc)
}

// PlanDocument is the Document Plan writes, for callers that add to it
// (a council book) and for tests.
func PlanDocument(d *document.Plan, opt PlanOptions) (Document, error) {
	if d == nil {
		return Document{}, errors.New("hwpx: no plan")
	}
	date := opt.Date
	if date.IsZero() {
		date = coverDate(d.Cover.Date, d.Year)
	}
	subject := d.Cover.Occasion
	if subject == "" {
		subject = strings.TrimSpace(d.Department + " " + d.Title)
	}
	r := &planRenderer{charts: opt.Charts, dpi: opt.DPI}
	r.cover(d)
	r.contents(d.Contents)
	for i, c := range d.Chapters {
		r.chapter(c, i == 0)
	}
	if r.err != nil {
		return Document{}, fmt.Errorf("hwpx: %s: %w", d.ID, r.err)
	}
	return Document{
		// The cover and 순서 form a section without page numbers; the
		// chapters a second one, with them (chapter).
		PageNumbers: false,
		Props: Properties{
			Title:      d.Title,
			Subject:    subject,
			Author:     d.Department,
			Department: d.Cover.Department,
			Date:       date,
		},
		Page:   PlanPage(),
		Fonts:  opt.Fonts,
		Styles: PlanStyles(),
		Blocks: r.out,
	}, nil
}

// PlanPage is portrait A4 with the PDF's margins (typeset.Portrait): the
// body starts 20 mm from the top and ends 62 pt (21.9 mm) from the
// bottom, 20 mm from each side. 한글 measures the header and footer areas
// inside those distances (위쪽 10 + 머리말 10; 꼬리말 10 + 아래쪽 11.9), and
// the page number stands in the footer area, where the PDF prints it.
func PlanPage() Page {
	return Page{
		Width: 59528, Height: 84188,
		Left: MM(20), Right: MM(20),
		Top: MM(10), Header: MM(10),
		Footer: MM(10), Bottom: MM(62*25.4/72 - 10),
	}
}

// PlanStyles are the default styles with the PDF's sizes and indents: the
// ladder □ ㅇ - · at 15, 13, 12.5 and 12 pt, indented 0, 15, 30 and 43 pt
// with hanging indents past the marker; body 13 pt, notes 11.5 pt, tables
// 11 pt, captions 12 pt bold and centred, unit lines 10.5 pt grey at the
// right; chapter and group headings in the PDF's navy with a navy rule
// under them.
func PlanStyles() *StyleSet {
	s := DefaultStyles()
	s[Body].Size, s[Body].Left = Pt(13), 0
	s[Outline1].Size, s[Outline1].Left, s[Outline1].Indent = Pt(15), 0, -Pt(17)
	s[Outline2].Size, s[Outline2].Left, s[Outline2].Indent = Pt(13), Pt(15), -Pt(15)
	s[Outline3].Size, s[Outline3].Left, s[Outline3].Indent = Pt(12.5), Pt(30), -Pt(10)
	s[Outline4].Size, s[Outline4].Left, s[Outline4].Indent = Pt(12), Pt(43), -Pt(8)
	s[Note].Size, s[Note].Left, s[Note].Indent = Pt(11.5), Pt(15), -Pt(14)
	s[TableText].Size = Pt(11)
	s[Caption].Size, s[Caption].Before = Pt(12), Pt(8)
	s[UnitLine].Size, s[UnitLine].Color = Pt(10.5), subtle
	s[Title].Size = Pt(30)
	s[Heading1].Size, s[Heading1].Color = Pt(21), navy
	s[Heading1].RuleBelow = &Line{Width: 0.7, Color: navy}
	s[Heading2].Size, s[Heading2].Color = Pt(18), navy
	s[Heading2].RuleBelow = &Line{Width: 0.4, Color: navy}
	// 소제목 stands in the item's band, whose cell pads it.
	s[Heading3].Size, s[Heading3].Before, s[Heading3].After = Pt(16), Pt(3), Pt(3)
	return s
}

// dateRE reads a plan's date as printed: "2024. 2." or "2024. 2. 15.".
var dateRE = regexp.MustCompile(`^(\d{4})\.\s*(\d{1,2})\.(?:\s*(\d{1,2})\.)?$`)

// coverDate is the cover's date as a time (midnight UTC, as written to
// content.hpf), or 1 January of year when the cover states none; zero
// without either.
func coverDate(s string, year int) time.Time {
	if m := dateRE.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		day := 1
		if m[3] != "" {
			day, _ = strconv.Atoi(m[3])
		}
		if mo >= 1 && mo <= 12 && day >= 1 && day <= 31 {
			return time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC)
		}
	}
	if year > 0 {
		return time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// planRenderer collects the body's blocks.
type planRenderer struct {
	out    []Block
	charts *raster.Faces // nil: no chart pictures
	dpi    float64
	err    error // the first chart that could not be drawn
}

func (r *planRenderer) add(bs ...Block) { r.out = append(r.out, bs...) }

// cover is the title page as the PDF prints it: the title between double
// rules about a quarter down the page, the occasion under it, the date
// and the department lower down.
func (r *planRenderer) cover(d *document.Plan) { r.coverPage(d.Cover, "") }

// coverPage is a cover; above is a line over the title's rules (a council
// book's "행정건설위원회 소관"), none when empty.
func (r *planRenderer) coverPage(c document.Cover, above string) {
	if above != "" {
		r.add(&Paragraph{Style: Body, Align: AlignCenter, SpaceBefore: MM(40), Runs: []Run{{Text: above, Size: Pt(20), Bold: true, Color: navy}}})
	}
	// Spaces estimated from line heights put the lines about where the
	// PDF has them: the title at a quarter of the body, the date at 68 %,
	// the department at 80 %.
	if above == "" {
		r.add(&Paragraph{Style: Normal, SpaceBefore: MM(52)})
	}
	rule := Line{Style: LineDouble, Width: 1.0, Color: navy}
	r.add(&Table{Rows: [][]Cell{{{
		Paragraphs: []*Paragraph{Text(Title, c.Title)},
		Borders:    Borders{Top: rule, Bottom: rule, Left: Line{Style: LineNone}, Right: Line{Style: LineNone}},
	}}}})
	centred := func(text string, before Length, run Run) {
		if text == "" {
			return
		}
		run.Text = text
		r.add(&Paragraph{Style: Body, Align: AlignCenter, SpaceBefore: before, Runs: []Run{run}})
	}
	centred(c.Occasion, Pt(30), Run{Size: Pt(17), Color: subtle})
	centred(c.Date, MM(62), Run{Size: Pt(18)})
	centred(c.Department, MM(22), Run{Size: Pt(22), Bold: true})
}

// contents is 순서 on a page of its own: chapters, their groups and items,
// and the items of each group, indented by depth. It carries no page
// numbers: only 한글's layout knows them (docs/hwpx.md).
func (r *planRenderer) contents(es []*document.Entry) {
	if len(es) == 0 {
		return
	}
	r.add(PageBreak{}, Text(ContentsTitle, "순   서"))
	var walk func(es []*document.Entry)
	walk = func(es []*document.Entry) {
		for _, e := range es {
			style := Contents3
			switch e.Depth {
			case 1:
				style = Contents1
			case 2:
				style = Contents2
			}
			r.add(Text(style, e.Label))
			walk(e.Sub)
		}
	}
	walk(es)
}

// chapter starts a new page with its heading. The first chapter starts
// the section of numbered pages (구역 나누기), numbered from 1 as the PDF
// is: the cover and 순서 before it carry no number.
func (r *planRenderer) chapter(c *document.Chapter, first bool) {
	h := Text(Heading1, c.Label)
	if first {
		h.PageNumberFrom = 1
		r.add(SectionBreak{PageNumbers: true}, h)
	} else {
		r.add(PageBreak{}, h)
	}
	r.blocks(c.Blocks)
}
