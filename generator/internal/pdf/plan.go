package pdf

import (
	"workplan/generator/internal/document"
	"workplan/generator/internal/typeset"
	"workplan/generator/internal/typeset/layout"
)

// Anchors of the front matter's parts, for page labels. Content anchors
// are made of letters, digits and hyphens only, so these cannot clash.
const (
	coverAnchor    = "front:cover"
	contentsAnchor = "front:contents"
)

// build lays out the whole plan: cover and 순서 unnumbered, then the
// chapters, numbered from the first.
func (b *builder) build() {
	b.FrontPart("표지", coverAnchor)
	b.FrontPart("순서", contentsAnchor)
	b.cover()
	b.NewPage()
	b.contentsTitle()
	b.contents(b.doc.Contents, 0)
	b.body(nil, false)
}

// body lays out the chapters, numbered from the first (from 1 again with
// restart), their bookmarks under parent. A council book lays several
// plans' bodies on one Doc, each builder with its own anchor prefix.
func (b *builder) body(parent *typeset.Bookmark, restart bool) {
	for i, c := range b.doc.Chapters {
		if i == 0 {
			b.NumberedPart(b.anchor(c.ID), restart)
		}
		b.chapter(c, parent)
	}
}

// anchor is a node's link target: its id, after the builder's prefix
// (ids are unique within one plan only).
func (b *builder) anchor(id string) string { return b.prefix + id }

// cover is the title page: title between rules, the occasion, the date and
// the department, as on the printed report.
func (b *builder) cover() { b.coverPage(b.doc.Cover, "") }

// coverPage draws a cover; above is a line over the title's rules (a
// council book's "행정건설위원회 소관"), none when empty.
func (b *builder) coverPage(c document.Cover, above string) {
	cw, ch := b.Page.CW, b.Page.CH
	var ps []typeset.Prim
	centre := func(text string, st typeset.Style, y float64) {
		for i, l := range b.SetLines(typeset.Plain(text, st), cw-40, 0, typeset.Center) {
			ps = append(ps, l.Text.Shift(20, y+float64(i)*typeset.LineHeight(st.Size)))
		}
	}
	titleSt := typeset.Style{Bold: true, Size: 30, Color: typeset.Ink}
	lines := b.SetLines(typeset.Plain(c.Title, titleSt), cw-60, 0, typeset.Center)
	lh := titleSt.Size * 1.35
	top := ch * 0.24
	boxH := float64(len(lines))*lh + 36
	ps = append(ps,
		&typeset.RectPrim{X: 0, Y: top, W: cw, H: 3.2, Fill: &typeset.Navy},
		&typeset.RectPrim{X: 0, Y: top + 5, W: cw, H: 0.8, Fill: &typeset.Navy},
		&typeset.RectPrim{X: 0, Y: top + boxH - 5.8, W: cw, H: 0.8, Fill: &typeset.Navy},
		&typeset.RectPrim{X: 0, Y: top + boxH - 3.2, W: cw, H: 3.2, Fill: &typeset.Navy},
	)
	asc := b.Fonts.Face(0).Ascender()
	for i, l := range lines {
		ps = append(ps, l.Text.Shift(30, top+18+float64(i)*lh+titleSt.Size*asc))
	}
	if above != "" {
		centre(above, typeset.Style{Bold: true, Size: 20, Color: typeset.Navy}, top-34)
	}
	if c.Occasion != "" {
		centre(c.Occasion, typeset.Style{Size: 17, Color: typeset.Subtle}, top+boxH+44)
	}
	if c.Date != "" {
		centre(c.Date, typeset.Style{Size: 18, Color: typeset.Ink}, ch*0.68)
	}
	if c.Department != "" {
		centre(c.Department, typeset.Style{Bold: true, Size: 22, Color: typeset.Ink}, ch*0.80)
	}
	b.RowOf(ch, 0, false, ps).Anchor = coverAnchor
}

// contentsTitle is the 순서 page's title.
func (b *builder) contentsTitle() {
	title := typeset.Style{Bold: true, Size: 22, Color: typeset.Ink}
	for i, r := range b.TextRows(typeset.Plain("순   서", title), typeset.Para{Align: typeset.Center, Lead: 40, Keep: true}) {
		if i == 0 {
			r.Anchor = contentsAnchor
		}
		b.Add(r)
	}
	b.Space(26)
}

// contents sets 순서 entries, each with dot leaders and the printed
// number of the page its heading lands on, linked to it; entries under it
// indented. shift moves every entry that many levels in (a book lists a
// plan's entries under its department). It may run over several pages.
func (b *builder) contents(es []*document.Entry, shift int) {
	for _, e := range es {
		depth := e.Depth + shift
		st := typeset.Style{Bold: true, Size: 15, Color: typeset.Ink}
		x, before := 0.0, 16.0
		if depth > 1 {
			st = typeset.Style{Size: 12.5, Color: typeset.Ink}
			x, before = 22*float64(depth-1), 5
		}
		b.ContentsLine(typeset.Plain(e.Label, st), st, x, b.TextWidth("0. ", st), before, b.anchor(e.ID))
		b.contents(e.Sub, shift)
	}
}

// chapter starts a new page with the chapter heading (Ⅰ. 일반현황) and
// sets its blocks.
func (b *builder) chapter(c *document.Chapter, parent *typeset.Bookmark) {
	b.SetSource(b.planFile)
	b.NewPage()
	st := typeset.Style{Bold: true, Size: 21, Color: typeset.Navy}
	rows := b.TextRows(typeset.Plain(c.Label, st), typeset.Para{Keep: true, Lead: 34})
	typeset.AnchorRow(rows[0], b.anchor(c.ID))
	last := rows[len(rows)-1]
	last.H += 8
	last.Payload = append(last.Payload.([]typeset.Prim),
		&typeset.RectPrim{X: 0, Y: last.H - 2.4, W: b.Page.CW, H: 2.4, Fill: &typeset.Navy},
	)
	for _, r := range rows {
		b.Add(r)
	}
	b.Space(14)
	b.itemBreak = false
	node := b.Bookmark(parent, c.Label, b.anchor(c.ID))
	b.blocks(c.Blocks, ctx{level: 0}, node)
	b.KeepEnd()
}

// group sets a strategy heading with its intro and items. Like an item,
// it starts a new page unless it fits in what is left of this one.
func (b *builder) group(g *document.Group, parent *typeset.Bookmark) {
	if b.itemBreak {
		defer b.StartBlock()()
	}
	st := typeset.Style{Bold: true, Size: 18, Color: typeset.Navy}
	hang := 0.0
	if g.Number != "" {
		hang = b.TextWidth(g.Number+" ", st)
	}
	rows := b.TextRows(typeset.Plain(g.Label, st), typeset.Para{Keep: true, Before: 18, Hang: hang})
	typeset.AnchorRow(rows[0], b.anchor(g.ID))
	last := rows[len(rows)-1]
	last.H += 6
	last.Payload = append(last.Payload.([]typeset.Prim), &typeset.LinePrim{X1: 0, Y1: last.H - 1, X2: b.Page.CW, Y2: last.H - 1, Color: typeset.Navy, LW: 1})
	for _, r := range rows {
		b.Add(r)
	}
	node := b.Bookmark(parent, g.Label, b.anchor(g.ID))
	if len(g.Intro) > 0 {
		b.Space(6)
		b.blocks(g.Intro, ctx{level: 1}, node)
	}
	b.Space(12)
	b.itemBreak = false
	for _, it := range g.Items {
		b.item(it, node)
	}
}

// item sets one work item: banner, purpose box, its sections and the
// contact line.
func (b *builder) item(it *document.Item, parent *typeset.Bookmark) {
	// An item starts a new page unless it fits in what is left of this one.
	if b.itemBreak {
		defer b.StartBlock()()
	}
	b.itemBreak = true
	if it.File != "" {
		b.SetSource(it.File)
	}
	defer b.SetSource(b.planFile)

	b.banner(it)
	node := b.Bookmark(parent, it.Label, b.anchor(it.ID))
	if len(it.Purpose) > 0 {
		b.purpose(it.Purpose)
	}
	b.blocks(it.Blocks, ctx{level: 1, x: b.textX(0)}, node)
	b.KeepEnd() // the item's last lines never stand alone on a page
	if c := it.Contact; c != nil {
		b.KeepLast() // the contact line never stands alone on a page
		st := typeset.Style{Size: 10.5, Color: typeset.Subtle}
		b.Text(typeset.Plain(c.Label+": "+c.Value+c.Unit, st), typeset.Para{Align: typeset.Right, Before: 14})
	}
}

// banner is the item's title bar: number and title on a tinted band with
// a navy edge, and its tags as small labels.
func (b *builder) banner(it *document.Item) {
	cw := b.Page.CW
	st := typeset.Style{Bold: true, Size: 16, Color: typeset.Ink}
	tagSt := typeset.Style{Bold: true, Size: 9.5, Color: typeset.Navy}
	tagsW := 0.0
	var tagWs []float64
	for _, t := range it.Tags {
		w := b.TextWidth(t, tagSt) + 12
		tagWs = append(tagWs, w)
		tagsW += w + 4
	}
	padX, padY := 14.0, 7.5
	hang := 0.0
	if it.Number != "" {
		hang = b.TextWidth(it.Number+" ", st)
	}
	lines := b.SetLines(typeset.Plain(it.Label, st), cw-2*padX-tagsW-4, hang, typeset.Left)
	lh := typeset.LineHeight(st.Size) * 0.95
	h := float64(len(lines))*lh + 2*padY
	ps := []typeset.Prim{
		&typeset.RectPrim{X: 0, Y: 0, W: cw, H: h, Fill: &typeset.HeadFill},
		&typeset.RectPrim{X: 0, Y: 0, W: 4.5, H: h, Fill: &typeset.Navy},
		&typeset.AnchorPrim{Name: b.anchor(it.ID)},
	}
	for i, l := range lines {
		ps = append(ps, b.Baseline(l.Text, padX, lh, st.Size).Shift(0, padY+float64(i)*lh))
	}
	x := cw - padX - tagsW + 4
	for i, t := range it.Tags {
		th := tagSt.Size + 7
		y := padY + (lh-th)/2
		ps = append(ps, &typeset.RectPrim{X: x, Y: y, W: tagWs[i], H: th, Fill: &typeset.White, Stroke: &typeset.Navy, LW: 0.7, Radius: 3})
		tl := b.SetLines(typeset.Plain(t, tagSt), tagWs[i], 0, typeset.Center)[0]
		ps = append(ps, b.Baseline(tl.Text, x, th, tagSt.Size).Shift(0, y))
		x += tagWs[i] + 4
	}
	r := b.RowOf(h, 22, true, ps)
	r.Anchor = b.anchor(it.ID)
	b.Space(8)
}

// purpose is the item's aim, boxed: its paragraphs and lines as running
// text.
func (b *builder) purpose(bs []document.Block) {
	pad := 12.0
	st := typeset.Style{Size: 12.5, Color: typeset.Ink}
	var rows []*layout.Row
	for i, para := range flatten(bs, st) {
		rs := b.TextRows(para, typeset.Para{X: pad, W: b.Page.CW - 2*pad, Align: typeset.Justify})
		if i > 0 && len(rs) > 0 {
			rs[0].Before = 4
			rs[0].H += 4
		}
		rows = append(rows, rs...)
	}
	if len(rows) == 0 {
		return
	}
	cw := b.Page.CW
	b.Add(&layout.Group{Rows: rows, PadTop: 6, PadBottom: 6, KeepTogether: true,
		Frame: typeset.FrameFunc(func(h float64, first, last bool) []typeset.Prim {
			return []typeset.Prim{&typeset.RectPrim{X: 0, Y: 0, W: cw, H: h, Fill: &typeset.Tint, Stroke: &typeset.Navy, LW: 0.8, Radius: 4}}
		})})
	b.Space(4)
}

// flatten is blocks as paragraphs of running text, each line led by its
// marker, for places that hold running text only.
func flatten(bs []document.Block, st typeset.Style) [][]typeset.Span {
	var out [][]typeset.Span
	for _, blk := range bs {
		switch n := blk.(type) {
		case *document.Paragraph:
			out = append(out, spans(n.Text, st))
		case *document.Heading:
			out = append(out, spans(n.Text, st))
		case *document.Note:
			out = append(out, append(typeset.Plain(n.Marker+" ", st), spans(n.Text, st)...))
		case *document.List:
			for _, l := range n.Lines {
				out = append(out, append(typeset.Plain(l.Marker+" ", st), lineSpans(l.Label, l.Text, st)...))
				out = append(out, flatten(l.Blocks, st)...)
			}
		case *document.Quote:
			out = append(out, flatten(n.Blocks, st)...)
		}
	}
	return out
}
