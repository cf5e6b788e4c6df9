package hwpx

import (
	"errors"
	"fmt"

	"workplan/generator/internal/document"
	"workplan/generator/internal/raster"
)

// blocks renders a sequence of document blocks in order.
func (r *planRenderer) blocks(bs []document.Block) {
	for _, b := range bs {
		r.block(b)
	}
}

// block renders one document block. Raw HTML and thematic breaks have no
// counterpart in a 한글 document and are left out, as the PDF leaves them.
func (r *planRenderer) block(b document.Block) {
	switch b := b.(type) {
	case *document.Group:
		r.add(Text(Heading2, b.Label))
		r.blocks(b.Intro)
		for _, it := range b.Items {
			r.item(it)
		}
	case *document.Item:
		r.item(b)
	case *document.Section:
		r.section(b)
	case *document.List:
		for _, l := range b.Lines {
			r.line(l)
		}
	case *document.Line:
		r.line(b)
	case *document.Note:
		r.add(note(b))
	case *document.Paragraph:
		r.add(&Paragraph{Style: Body, Runs: runs(b.Text)})
	case *document.Heading:
		r.add(&Paragraph{Style: Heading3, SpaceBefore: Pt(12), Runs: runs(b.Text)})
	case *document.Table:
		r.table(b, "")
	case *document.Figure:
		r.figure(b)
	case *document.Box:
		r.box(b)
	case *document.Quote:
		r.blocks(b.Blocks)
	case *document.Code:
		r.add(Text(Body, b.Text))
	}
}

// item is a work item: its banner, the purpose in a box, its sections,
// and who to contact, at the right.
func (r *planRenderer) item(it *document.Item) {
	r.add(banner(it))
	if len(it.Purpose) > 0 {
		r.boxed("", it.Purpose)
	}
	r.blocks(it.Blocks)
	if c := it.Contact; c != nil {
		r.add(&Paragraph{Style: Body, Align: AlignRight, SpaceBefore: Pt(10),
			Runs: []Run{{Text: c.Label + ": " + c.Value + c.Unit, Size: Pt(10.5), Color: subtle}}})
	}
}

// banner is the item's title bar as the PDF draws it: the number and title
// (소제목) on a tinted band with a navy edge at the left, its tags after
// the title, small, navy and framed. It is a one-cell table, as 한글 users make a
// 제목줄.
func banner(it *document.Item) *Table {
	h := Text(Heading3, it.Label)
	for _, t := range it.Tags {
		h.Runs = append(h.Runs, Run{Text: "  "}, Run{Text: " " + t + " ", Size: Pt(10), Bold: true, Color: navy, Frame: navy})
	}
	none := Line{Style: LineNone}
	return &Table{Above: Pt(16), Rows: [][]Cell{{{
		Paragraphs: []*Paragraph{h},
		Fill:       headFill,
		Borders:    Borders{Left: Line{Width: 1.5, Color: navy}, Right: none, Top: none, Bottom: none},
	}}}}
}

// section is a headed part: "□ 소요예산: 16,366천원(구비)" at 개요 1, then
// what it holds.
func (r *planRenderer) section(s *document.Section) {
	text := s.Label
	if s.Marker != "" {
		text = s.Marker + " " + text
	}
	if s.Value != "" {
		text += ": " + s.Value
	}
	r.add(Text(Outline1, text))
	r.blocks(s.Blocks)
}

// outlineStyles are the ladder's rungs: □ ㅇ - ·, deeper rungs keep ·.
var outlineStyles = [...]Style{Outline1, Outline2, Outline3, Outline4}

func outlineStyle(level int) Style {
	return outlineStyles[min(max(level, 0), len(outlineStyles)-1)]
}

// line is a numbered line at its rung's 개요 style, "ㅇ 추진근거: 「…」",
// then the blocks under it.
func (r *planRenderer) line(l *document.Line) {
	r.add(lineParagraph(l))
	r.blocks(l.Blocks)
}

func lineParagraph(l *document.Line) *Paragraph {
	p := &Paragraph{Style: outlineStyle(l.Level)}
	head := l.Marker + " "
	if l.Label != "" {
		head += l.Label
		if !l.Text.IsEmpty() {
			head += ": "
		}
	}
	p.Runs = append([]Run{{Text: head}}, runs(l.Text)...)
	return p
}

// note is a ※ line in the 주석 style.
func note(n *document.Note) *Paragraph {
	return &Paragraph{Style: Note, Runs: append([]Run{{Text: n.Marker + " "}}, runs(n.Text)...)}
}

// runs converts inline text: strong is bold, emphasis italic; links keep
// their text (the address is not carried over); raw HTML is left out.
func runs(t document.Text) []Run {
	var out []Run
	for _, x := range t {
		if x.HTML || x.Text == "" {
			continue
		}
		out = append(out, Run{Text: x.Text, Bold: x.Strong, Italic: x.Emphasis})
	}
	return out
}

// figure is a chart: its title as the PDF heads the chart ("< 제목 >"),
// as text, then the chart drawn as a picture (package raster, as the PDF
// draws it, without the title line) when the renderer has faces to letter
// it with, then its data table, which carries the same figures, and the
// lines that say what the chart shows in words (an organisation's units
// and duties), which stay editable text.
func (r *planRenderer) figure(f *document.Figure) {
	if f.Title != "" {
		r.add(Text(Caption, "< "+f.Title+" >"))
	}
	r.chartPicture(f)
	if f.Data != nil {
		r.table(f.Data, f.Title)
	}
	r.blocks(f.Alt)
}

// chartPicture adds the figure's chart as a PNG at the text width; an
// organisation too wide to draw is left to its lines, as in the PDF.
func (r *planRenderer) chartPicture(f *document.Figure) {
	if r.charts == nil || f.Chart == nil || r.err != nil {
		return
	}
	c := *f.Chart
	c.Title = f.Title
	legend := map[string]string{}
	for _, k := range f.Legend {
		legend[k.Key] = k.Label
	}
	w := float64(PlanPage().TextWidth()) / float64(Pt(1))
	img, err := raster.Render(raster.Chart{Chart: &c, Legend: legend, Roles: roles(f.Alt), NoTitle: true}, r.charts, w, r.dpi)
	if errors.Is(err, raster.ErrTooWide) {
		return
	}
	if err != nil {
		r.err = fmt.Errorf("chart %q: %w", f.Title, err)
		return
	}
	alt := f.Summary
	if alt == "" {
		alt = f.Title
	}
	r.add(&Picture{PNG: img.PNG, Width: Pt(img.Width), Height: Pt(img.Height), Alt: alt})
}

// roles are the duties of an organisation's units, from the lines that
// list them ("unit: duties"), as the PDF reads them.
func roles(alt []document.Block) map[string]string {
	out := map[string]string{}
	document.WalkBlocks(alt, func(n document.Node) bool {
		if l, ok := n.(*document.Line); ok && l.Label != "" {
			out[l.Label] = l.Text.String()
		}
		return true
	})
	return out
}

// box is a boxed note: "< 제목 >" and its lines in a one-cell bordered
// table, as the PDF frames it.
func (r *planRenderer) box(b *document.Box) {
	title := ""
	if b.Title != "" {
		title = "< " + b.Title + " >"
	}
	r.boxed(title, b.Blocks)
}

var boxLine = Line{Width: 0.3, Color: "#8A949E"}

// boxed frames title and blocks in a one-cell table. Blocks that are not
// paragraphs (a table, a chart) cannot stand in a cell here; then the
// title and blocks stand unframed, in order.
func (r *planRenderer) boxed(title string, bs []document.Block) {
	inner := &planRenderer{charts: r.charts, dpi: r.dpi}
	inner.blocks(bs)
	if inner.err != nil && r.err == nil {
		r.err = inner.err
	}
	var paras []*Paragraph
	if title != "" {
		paras = append(paras, &Paragraph{Style: Body, Align: AlignCenter, Runs: []Run{{Text: title, Bold: true, Color: navy}}})
	}
	for _, b := range inner.out {
		p, ok := b.(*Paragraph)
		if !ok {
			for _, p := range paras {
				r.add(p)
			}
			r.add(inner.out...)
			return
		}
		paras = append(paras, p)
	}
	if len(paras) == 0 {
		return
	}
	r.add(&Table{Rows: [][]Cell{{{
		Paragraphs: paras,
		Borders:    Borders{Left: boxLine, Right: boxLine, Top: boxLine, Bottom: boxLine},
		VAlign:     VAlignTop,
	}}}})
}
