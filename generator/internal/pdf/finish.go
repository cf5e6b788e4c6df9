package pdf

import (
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

// frontPart starts front matter at the row anchored anchor.
func (b *Doc) frontPart(label, anchor string) {
	b.parts = append(b.parts, part{anchor: anchor, label: label})
}

// numberedPart starts numbered pages at the row anchored anchor ("" for
// the first page).
func (b *Doc) numberedPart(anchor string, restart bool) {
	b.parts = append(b.parts, part{anchor: anchor, numbered: true, restart: restart})
}

// laid is a paginated document: where every row landed, the printed
// number of every page (0: none) and the parts' first pages.
type laid struct {
	res     layout.Result
	numbers []int
	starts  []partStart
}

type partStart struct {
	part
	page int
}

// layout paginates the document and numbers its pages.
func (b *Doc) layout() *laid {
	l := &laid{res: layout.Paginate(b.nodes, b.pg.ch)}
	for _, p := range b.parts {
		page := 0
		if p.anchor != "" {
			pos, ok := l.res.Anchors[p.anchor]
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
	l.numbers = make([]int, len(l.res.Pages))
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
func (l *laid) end(i int) int {
	if i+1 < len(l.starts) {
		return l.starts[i+1].page
	}
	return len(l.res.Pages)
}

// pageLabels labels front matter by name and numbered pages by their
// printed numbers. A document without front matter needs none.
func (l *laid) pageLabels() []pdfmeta.PageLabel {
	front := false
	for _, s := range l.starts {
		front = front || !s.numbered
	}
	if !front {
		return nil
	}
	var out []pdfmeta.PageLabel
	for i, s := range l.starts {
		if s.page >= len(l.res.Pages) {
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
func (b *Doc) outlines(ns []*bookmark, anchors map[string]layout.Position) []*pdfmeta.Outline {
	var out []*pdfmeta.Outline
	for _, n := range ns {
		pos, ok := anchors[n.anchor]
		if !ok {
			continue
		}
		out = append(out, &pdfmeta.Outline{Title: n.title, Page: pos.Page, Top: b.pg.top + pos.Y - 6, Children: b.outlines(n.children, anchors)})
	}
	return out
}

// footerStyle is the page number's: "- n -" centred in the bottom margin.
var footerStyle = style{size: 10.5, color: subtle}

// eachPage calls draw with what page i shows, in drawing order: frames
// behind their rows, rows (a 순서 line with its page number now known),
// rules over the rows, and the footer. Offsets are from the page's top
// left.
func (b *Doc) eachPage(l *laid, i int, draw func(ps []prim, ox, oy float64)) {
	g := b.pg
	var over []layout.Placed // rules drawn over the rows
	for _, it := range l.res.Pages[i].Items {
		switch {
		case it.Row != nil:
			switch pl := it.Row.Payload.(type) {
			case []prim:
				draw(pl, g.left, g.top+it.Y)
			case *tocRow:
				draw(pl.prims(b, l), g.left, g.top+it.Y)
			}
		case it.Frame != nil:
			switch fr := it.Frame.(type) {
			case frameFunc:
				draw(fr(it.H, it.First, it.Last), g.left, g.top+it.Y)
			case ruleFunc:
				over = append(over, it)
			}
		}
	}
	for _, it := range over {
		draw(it.Frame.(ruleFunc)(it.H, it.First, it.Last), g.left, g.top+it.Y)
	}
	if n := l.numbers[i]; n > 0 {
		draw([]prim{b.textAt("- "+strconv.Itoa(n)+" -", footerStyle, 0, 0, center)}, g.w/2, g.footer)
	}
}

// finish paginates and draws the document and completes the file: its
// outline, page labels and document information.
func (b *Doc) finish(info pdfmeta.Info) ([]byte, error) {
	l := b.layout()
	g := b.pg
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: gopdf.Rect{W: g.w, H: g.h}})
	roles := []fonts.Role{fonts.Regular, fonts.Bold}
	if b.usesFallback {
		roles = append(roles, fonts.Fallback)
	}
	if err := b.fonts.AddTo(pdf, roles...); err != nil {
		return nil, err
	}
	d := &drawer{pdf: pdf}
	for i := range l.res.Pages {
		pdf.AddPage()
		d.newPage()
		b.eachPage(l, i, d.draw)
	}
	if d.err != nil {
		return nil, fmt.Errorf("pdf: %w", d.err)
	}
	raw, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return pdfmeta.Apply(raw, pdfmeta.Options{
		Lang:       "ko-KR",
		Outlines:   b.outlines(b.outline, l.res.Anchors),
		PageLabels: l.pageLabels(),
		Info:       info,
		PageHeight: g.h,
	})
}

// tocRow is a 순서 line whose page number is filled in after pagination:
// the entry, dot leaders and the printed number of the page its anchor
// lands on, linked to it.
type tocRow struct {
	lines  []line
	st     style
	x, lh  float64
	anchor string
}

// contentsLine adds a 순서 entry at x, its text in st, broken before the
// page number's column; lines after the first hang by hang.
func (b *Doc) contentsLine(spans []span, st style, x, hang, before float64, anchor string) {
	numW := b.textWidth("000", st)
	lines := b.setLines(spans, b.pg.cw-x-numW-30, hang, left)
	lh := lineHeight(st.size)
	b.add(&layout.Row{H: lh * float64(len(lines)), Before: before, Payload: &tocRow{lines: lines, st: st, x: x, lh: lh, anchor: anchor}})
}

// prims draws the line once pages are known.
func (t *tocRow) prims(b *Doc, l *laid) []prim {
	var ps []prim
	for i, ln := range t.lines {
		ps = append(ps, b.baseline(ln.prim, t.x, t.lh, t.st.size).shift(0, float64(i)*t.lh))
	}
	pos, ok := l.res.Anchors[t.anchor]
	if !ok || len(t.lines) == 0 || l.numbers[pos.Page] == 0 {
		return ps
	}
	page := strconv.Itoa(l.numbers[pos.Page])
	numW := b.textWidth(page, t.st)
	last := t.lines[len(t.lines)-1]
	y := float64(len(t.lines)-1) * t.lh
	numLine := b.setLines(plain(page, t.st), numW+1, 0, left)[0]
	ps = append(ps, b.baseline(numLine.prim, b.pg.cw-numW, t.lh, t.st.size).shift(0, y))
	// Dot leaders between the title and the number.
	dotSt := style{size: t.st.size, color: subtle}
	from := t.x + lastLineX(t.lines) + last.width + 8
	to := b.pg.cw - numW - 6
	dotW := b.textWidth(".", dotSt) * 2.2
	if n := int((to - from) / dotW); n > 0 {
		lead := &textPrim{}
		f := b.shape(plain(".", dotSt)).face[0]
		for k := 0; k < n; k++ {
			lead.runs = append(lead.runs, textRun{x: to - float64(n-k)*dotW, face: f, st: dotSt, text: "."})
		}
		ps = append(ps, b.baseline(lead, 0, t.lh, t.st.size).shift(0, y))
	}
	ps = append(ps, &linkPrim{x: t.x, y: 0, w: b.pg.cw - t.x, h: t.lh * float64(len(t.lines)), anchor: t.anchor})
	return ps
}

// lastLineX is the x of the last line's first run (its hanging indent).
func lastLineX(ls []line) float64 {
	l := ls[len(ls)-1]
	if len(l.prim.runs) == 0 {
		return 0
	}
	return l.prim.runs[0].x
}
