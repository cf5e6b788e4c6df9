package pdf

import (
	"workplan/generator/internal/diag"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/typeset/layout"
)

// geometry is a page's size and the content area inside its margins, in
// points. Plans are set on portrait A4 with 20 mm side margins and the
// footer in the bottom margin, as council reports are printed; the
// 신구대조표 on landscape A4, for its side-by-side columns.
type geometry struct {
	w, h      float64 // page size
	left, top float64 // margins
	cw, ch    float64 // content area
	footer    float64 // baseline of "- n -"
}

func a4(w, h float64) geometry {
	const side, top, bottom = 56.7, 56.7, 62.0
	return geometry{w: w, h: h, left: side, top: top, cw: w - 2*side, ch: h - top - bottom, footer: h - 30}
}

var (
	portrait  = a4(595.28, 841.89)
	landscape = a4(841.89, 595.28)
)

// Doc is a document being typeset: the measured rows and groups of its
// pages in reading order, its parts (how pages are numbered and labelled),
// its bookmarks and the warnings met while shaping text. Documents (a plan,
// a 신구대조표, a council book) add content; Finish paginates, draws and
// completes the PDF. Doc knows nothing of what the content means.
type Doc struct {
	fonts *fonts.Set
	pg    geometry

	nodes   []layout.Node
	before  float64 // space owed before the next node
	outline []*bookmark
	parts   []part

	// source names the content file being set, in warnings.
	source   string
	seen     map[string]bool
	warnings []diag.Finding
	// usesFallback records that some glyph comes from the fallback face,
	// which is then embedded.
	usesFallback bool
	// roles are the duties an organisation chart being drawn shows.
	roles map[string]string
}

// newDoc starts a document on pages of geometry g.
func newDoc(f *fonts.Set, g geometry) *Doc {
	return &Doc{fonts: f, pg: g, seen: map[string]bool{}}
}

// setSource names the content file the text added next comes from, for
// warnings about characters no font has.
func (b *Doc) setSource(file string) { b.source = file }

// add appends a node, giving it the space owed.
func (b *Doc) add(n layout.Node) {
	switch n := n.(type) {
	case *layout.Row:
		n.Before = max(n.Before, b.before)
		b.before = 0
	case *layout.Group:
		n.Before = max(n.Before, b.before)
		b.before = 0
	case *layout.Break:
		b.before = 0
	}
	b.nodes = append(b.nodes, n)
}

// space owes at least h points before the next node.
func (b *Doc) space(h float64) { b.before = max(b.before, h) }

// newPage starts a new page unless the current one is still empty.
func (b *Doc) newPage() { b.add(&layout.Break{}) }

// startBlock starts what follows on a new page unless it fits in what is
// left of the current one (an item, a strategy); call end once the block
// is added. A block taller than a page always starts a new page.
func (b *Doc) startBlock() (end func()) {
	brk := &layout.Break{}
	b.add(brk)
	start := len(b.nodes)
	return func() {
		if brk.Need = nodesHeight(b.nodes[start:]); brk.Need > b.pg.ch {
			brk.Need = 0
		}
	}
}

// keepLast makes the last node added keep with the next.
func (b *Doc) keepLast() {
	if n := len(b.nodes); n > 0 {
		if r, ok := b.nodes[n-1].(*layout.Row); ok {
			r.KeepWithNext = true
		}
	}
}

// nodesHeight is the height nodes take laid end to end.
func nodesHeight(ns []layout.Node) float64 {
	h := 0.0
	for i, n := range ns {
		switch n := n.(type) {
		case *layout.Row:
			h += n.H
			if i > 0 {
				h += n.Before
			}
		case *layout.Group:
			h += n.PadTop + n.PadBottom
			if i > 0 {
				h += n.Before
			}
			for _, r := range append(append([]*layout.Row{}, n.Head...), n.Rows...) {
				h += r.H
			}
		}
	}
	return h
}

// textOpts places a paragraph.
type textOpts struct {
	x      float64 // left edge, from the content area's
	w      float64 // width; 0: to the right edge
	hang   float64 // indent of lines after the first
	align  align
	before float64
	keep   bool    // keep with the next node (headings)
	lead   float64 // line height; 0: from the size
}

// textRows sets a paragraph as rows, one per line, with widow and orphan
// control: a paragraph never leaves its first or last line alone.
func (b *Doc) textRows(spans []span, o textOpts) []*layout.Row {
	w := o.w
	if w == 0 {
		w = b.pg.cw - o.x
	}
	lines := b.setLines(spans, w, o.hang, o.align)
	var rows []*layout.Row
	for i, l := range lines {
		size := l.size
		if size == 0 && len(spans) > 0 {
			size = spans[0].st.size
		}
		lh := o.lead
		if lh == 0 {
			lh = lineHeight(size)
		}
		r := &layout.Row{H: lh, Payload: []prim{b.baseline(l.prim, o.x, lh, size)}}
		if i == 0 {
			r.Before = o.before
		}
		rows = append(rows, r)
	}
	n := len(rows)
	if n >= 2 {
		rows[0].KeepWithNext = true
		rows[n-2].KeepWithNext = true
	}
	if o.keep && n > 0 {
		rows[n-1].KeepWithNext = true
	}
	return rows
}

// baseline places a line prim in a row of height lh: the text's ascent and
// descent centred in the row.
func (b *Doc) baseline(p *textPrim, x, lh, size float64) prim {
	f := b.fonts.Face(fonts.Regular)
	asc, desc := f.Ascender(), f.Descender()
	y := (lh-size*(asc-desc))/2 + size*asc
	return p.shift(x, y)
}

// text adds a paragraph.
func (b *Doc) text(spans []span, o textOpts) []*layout.Row {
	rows := b.textRows(spans, o)
	for _, r := range rows {
		b.add(r)
	}
	return rows
}

// heading adds a heading that keeps with what follows; with an anchor it
// is a link target, and its first row reports where it landed.
func (b *Doc) heading(spans []span, o textOpts, anchor string) []*layout.Row {
	o.keep = true
	rows := b.textRows(spans, o)
	if len(rows) == 0 {
		return nil
	}
	if anchor != "" {
		anchorRow(rows[0], anchor)
	}
	for _, r := range rows {
		b.add(r)
	}
	return rows
}

// anchorRow makes a row a link target named anchor.
func anchorRow(r *layout.Row, anchor string) {
	r.Anchor = anchor
	r.Payload = append(r.Payload.([]prim), &anchorPrim{name: anchor})
}

// rowOf adds a row of fixed height drawn by prims.
func (b *Doc) rowOf(h, before float64, keep bool, ps []prim) *layout.Row {
	r := &layout.Row{H: h, Before: before, KeepWithNext: keep, Payload: ps}
	b.add(r)
	return r
}

// group adds rows drawn inside one frame; keep keeps them on one page when
// they fit on one.
func (b *Doc) group(rows []*layout.Row, padTop, padBottom, before float64, keep bool, frame frameFunc) {
	b.add(&layout.Group{Rows: rows, PadTop: padTop, PadBottom: padBottom, Before: before, KeepTogether: keep, Frame: frame})
}

// frameFunc draws a group's frame for a fragment of height h.
type frameFunc func(h float64, first, last bool) []prim

// ruleFunc is a frame drawn over its rows rather than behind them: a
// table's closing rules, which the rows' hairlines must not cross.
type ruleFunc func(h float64, first, last bool) []prim

// shiftRow moves a row's drawing down by dy (after growing its height).
func shiftRow(r *layout.Row, dy float64) {
	if ps, ok := r.Payload.([]prim); ok {
		r.Payload = shiftAll(ps, 0, dy)
	}
}

// bookmark is one entry of the PDF outline, placed where its anchor lands.
type bookmark struct {
	title    string
	anchor   string
	children []*bookmark
}

// bookmark adds an outline entry under parent (nil: at the top).
func (b *Doc) bookmark(parent *bookmark, title, anchor string) *bookmark {
	n := &bookmark{title: title, anchor: anchor}
	if parent != nil {
		parent.children = append(parent.children, n)
	} else {
		b.outline = append(b.outline, n)
	}
	return n
}
