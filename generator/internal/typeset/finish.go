package typeset

import (
	"compress/zlib"
	"fmt"
	"strconv"

	"github.com/signintech/gopdf"

	"workplan/generator/internal/fonts"
	"workplan/generator/internal/typeset/layout"
	"workplan/generator/internal/typeset/pdfmeta"
)

// part is a run of pages from the page its anchor lands on to the next
// part's: front matter, labelled by name in viewers (표지, 순서; 순서 1,
// 순서 2 when it runs over several pages) and carrying no page number, or
// numbered pages with a footer "- n -", counting on from the last numbered
// part or, with restart, from 1.
type part struct {
	anchor   string
	label    string // front matter's page label
	numbered bool
	restart  bool
}

// FrontPart starts front matter at the row anchored anchor.
func (d *Doc) FrontPart(label, anchor string) {
	d.parts = append(d.parts, part{anchor: anchor, label: label})
}

// NumberedPart starts numbered pages at the row anchored anchor ("" for
// the first page).
func (d *Doc) NumberedPart(anchor string, restart bool) {
	d.parts = append(d.parts, part{anchor: anchor, numbered: true, restart: restart})
}

// Layout is a paginated document: where every row landed, the printed
// number of every page (0: none) and the parts' first pages.
type Layout struct {
	Result  layout.Result
	numbers []int
	starts  []partStart
}

type partStart struct {
	part
	page int
}

// Layout paginates the document and numbers its pages.
func (d *Doc) Layout() *Layout {
	l := &Layout{Result: layout.Paginate(d.nodes, d.Page.CH)}
	for _, p := range d.parts {
		page := 0
		if p.anchor != "" {
			pos, ok := l.Result.Anchors[p.anchor]
			if !ok {
				continue
			}
			page = pos.Page
		}
		if n := len(l.starts); n > 0 && page <= l.starts[n-1].page {
			continue
		}
		l.starts = append(l.starts, partStart{p, page})
	}
	if len(l.starts) > 0 {
		// Pages before the first part count as its own.
		l.starts[0].page = 0
	}
	l.numbers = make([]int, len(l.Result.Pages))
	n := 0
	for i, s := range l.starts {
		if !s.numbered {
			continue
		}
		if s.restart {
			n = 0
		}
		for p := s.page; p < l.end(i); p++ {
			n++
			l.numbers[p] = n
		}
	}
	return l
}

// end is the page after part i.
func (l *Layout) end(i int) int {
	if i+1 < len(l.starts) {
		return l.starts[i+1].page
	}
	return len(l.Result.Pages)
}

// pageLabels labels front matter by name and numbered pages by their
// printed numbers. A document without front matter needs none.
func (l *Layout) pageLabels() []pdfmeta.PageLabel {
	front := false
	for _, s := range l.starts {
		front = front || !s.numbered
	}
	if !front {
		return nil
	}
	var out []pdfmeta.PageLabel
	for i, s := range l.starts {
		if s.page >= len(l.Result.Pages) {
			break
		}
		lb := pdfmeta.PageLabel{Page: s.page}
		switch {
		case s.numbered:
			lb.Style = pdfmeta.Decimal
			if n := l.numbers[s.page]; n != 1 {
				lb.Start = n
			}
		case l.end(i)-s.page > 1:
			lb.Prefix, lb.Style = s.label+" ", pdfmeta.Decimal
		default:
			lb.Prefix = s.label
		}
		out = append(out, lb)
	}
	return out
}

// outlines turns the bookmark tree into pdfmeta's, at the positions their
// headings landed.
func (d *Doc) outlines(ns []*Bookmark, anchors map[string]layout.Position) []*pdfmeta.Outline {
	var out []*pdfmeta.Outline
	for _, n := range ns {
		pos, ok := anchors[n.anchor]
		if !ok {
			continue
		}
		out = append(out, &pdfmeta.Outline{Title: n.title, Page: pos.Page, Top: d.Page.Top + pos.Y - 6, Children: d.outlines(n.children, anchors)})
	}
	return out
}

// footerStyle is the page number's: "- n -" centred in the bottom margin.
var footerStyle = Style{Size: 10.5, Color: Subtle}

// eachPage calls draw with what page i shows, in drawing order: frames
// behind their rows, rows (a 순서 line with its page number now known),
// rules over the rows, and the footer. Offsets are from the page's top
// left.
func (d *Doc) eachPage(l *Layout, i int, draw func(ps []Prim, ox, oy float64)) {
	g := d.Page
	var over []layout.Placed // rules drawn over the rows
	for _, it := range l.Result.Pages[i].Items {
		switch {
		case it.Row != nil:
			switch pl := it.Row.Payload.(type) {
			case []Prim:
				draw(pl, g.Left, g.Top+it.Y)
			case *tocRow:
				draw(pl.prims(d, l), g.Left, g.Top+it.Y)
			}
		case it.Frame != nil:
			switch fr := it.Frame.(type) {
			case FrameFunc:
				draw(fr(it.H, it.First, it.Last), g.Left, g.Top+it.Y)
			case ruleFunc:
				over = append(over, it)
			}
		}
	}
	for _, it := range over {
		draw(it.Frame.(ruleFunc)(it.H, it.First, it.Last), g.Left, g.Top+it.Y)
	}
	if n := l.numbers[i]; n > 0 {
		draw([]Prim{d.textAt("- "+strconv.Itoa(n)+" -", footerStyle, 0, 0, Center)}, g.W/2, g.Footer)
	}
}

// Finish paginates and draws the document and completes the file: its
// outline, page labels and document information.
func (d *Doc) Finish(info pdfmeta.Info) ([]byte, error) {
	l := d.Layout()
	g := d.Page
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: gopdf.Rect{W: g.W, H: g.H}})
	// Page contents are deflated by pdfmeta, with reused writers.
	pdf.SetNoCompression()
	roles := []fonts.Role{fonts.Regular, fonts.Bold}
	if d.usesFallback {
		roles = append(roles, fonts.Fallback)
	}
	if d.usesSymbols {
		roles = append(roles, fonts.Symbols)
	}
	if err := d.Fonts.AddTo(pdf, roles...); err != nil {
		return nil, err
	}
	dr := &drawer{pdf: pdf}
	for i := range l.Result.Pages {
		pdf.AddPage()
		dr.newPage()
		d.eachPage(l, i, dr.draw)
	}
	if dr.err != nil {
		return nil, fmt.Errorf("pdf: %w", dr.err)
	}
	raw, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return pdfmeta.Apply(raw, pdfmeta.Options{
		Lang:       "ko-KR",
		Outlines:   d.outlines(d.outline, l.Result.Anchors),
		PageLabels: l.pageLabels(),
		Info:       info,
		PageHeight: g.H,
		Compress:   contentLevel,
	})
}

// contentLevel is the zlib level of the pages' content streams.
const contentLevel = zlib.DefaultCompression

// tocRow is a 순서 line whose page number is filled in after pagination:
// the entry, dot leaders and the printed number of the page its anchor
// lands on, linked to it.
type tocRow struct {
	lines  []Line
	st     Style
	x, lh  float64
	anchor string
}

// ContentsLine adds a 순서 entry at x, its text in st, broken before the
// page number's column; lines after the first hang by hang.
func (d *Doc) ContentsLine(spans []Span, st Style, x, hang, before float64, anchor string) {
	numW := d.TextWidth("000", st)
	lines := d.SetLines(spans, d.Page.CW-x-numW-30, hang, Left)
	lh := LineHeight(st.Size)
	d.Add(&layout.Row{H: lh * float64(len(lines)), Before: before, Payload: &tocRow{lines: lines, st: st, x: x, lh: lh, anchor: anchor}})
}

// prims draws the line once pages are known.
func (t *tocRow) prims(d *Doc, l *Layout) []Prim {
	var ps []Prim
	for i, ln := range t.lines {
		ps = append(ps, d.Baseline(ln.Text, t.x, t.lh, t.st.Size).Shift(0, float64(i)*t.lh))
	}
	pos, ok := l.Result.Anchors[t.anchor]
	if !ok || len(t.lines) == 0 || l.numbers[pos.Page] == 0 {
		return ps
	}
	page := strconv.Itoa(l.numbers[pos.Page])
	numW := d.TextWidth(page, t.st)
	last := t.lines[len(t.lines)-1]
	y := float64(len(t.lines)-1) * t.lh
	numLine := d.SetLines(Plain(page, t.st), numW+1, 0, Left)[0]
	ps = append(ps, d.Baseline(numLine.Text, d.Page.CW-numW, t.lh, t.st.Size).Shift(0, y))
	// Dot leaders between the title and the number.
	dotSt := Style{Size: t.st.Size, Color: Subtle}
	from := t.x + lastLineX(t.lines) + last.Width + 8
	to := d.Page.CW - numW - 6
	dotW := d.TextWidth(".", dotSt) * 2.2
	if n := int((to - from) / dotW); n > 0 {
		lead := &TextPrim{}
		f := d.shape(Plain(".", dotSt)).face[0]
		for k := 0; k < n; k++ {
			lead.Runs = append(lead.Runs, Run{X: to - float64(n-k)*dotW, Face: f, Style: dotSt, Text: "."})
		}
		ps = append(ps, d.Baseline(lead, 0, t.lh, t.st.Size).Shift(0, y))
	}
	ps = append(ps, &linkPrim{x: t.x, y: 0, w: d.Page.CW - t.x, h: t.lh * float64(len(t.lines)), anchor: t.anchor})
	return ps
}

// lastLineX is the x of the last line's first run (its hanging indent).
func lastLineX(ls []Line) float64 {
	l := ls[len(ls)-1]
	if len(l.Text.Runs) == 0 {
		return 0
	}
	return l.Text.Runs[0].X
}
