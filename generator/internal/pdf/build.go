package pdf

import (
	"strings"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/model"
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

// Type sizes.
var (
	bodyStyle    = style{size: 13, color: ink}
	noteStyle    = style{size: 11.5, color: subtle}
	tableStyle   = style{size: 11, color: ink}
	captionStyle = style{size: 10.5, color: subtle}
)

// builder turns a plan into measured layout nodes.
type builder struct {
	plan  *model.Plan
	site  *model.Site
	fonts *fonts.Set
	pg    geometry

	file     string // the content file being set, for warnings
	planFile string
	seen     map[string]bool
	warnings []diag.Finding

	nodes   []layout.Node
	before  float64 // space owed before the next node
	outline []*outlineNode
	// usesFallback records that some glyph comes from the fallback face,
	// which is then embedded.
	usesFallback bool
	itemBreak    bool                // the next item starts a new page
	org          *model.Organisation // the unit tree being drawn, for duties

	// front lists the unnumbered parts before the body, each labelled by
	// name in viewers; bodyAnchor is where page "- 1 -" starts.
	front      []frontPart
	bodyAnchor string
}

// frontPart is a part of the front matter (표지, 순서) and the anchor of
// its first row.
type frontPart struct{ label, anchor string }

// outlineNode is one bookmark.
type outlineNode struct {
	title    string
	anchor   string
	children []*outlineNode
}

func newBuilder(p *model.Plan, s *model.Site, f *fonts.Set) *builder {
	b := &builder{plan: p, site: s, fonts: f, pg: portrait, seen: map[string]bool{}}
	b.planFile = planFile(p)
	b.file = b.planFile
	return b
}

// planFile names the plan's plan.yaml the way the loader names files in
// messages, using an item's file (which carries the content root) when
// there is one.
func planFile(p *model.Plan) string {
	for _, it := range p.Items {
		if it.File == "" {
			continue
		}
		if i := strings.Index(it.File, p.Dir+"/"); i >= 0 && p.Dir != "" {
			return it.File[:i] + p.Dir + "/plan.yaml"
		}
	}
	if p.Dir == "" {
		return "plan.yaml"
	}
	return p.Dir + "/plan.yaml"
}

// add appends a node, giving it the space owed.
func (b *builder) add(n layout.Node) {
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
func (b *builder) space(h float64) { b.before = max(b.before, h) }

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
func (b *builder) textRows(spans []span, o textOpts) []*layout.Row {
	w := o.w
	if w == 0 {
		w = b.pg.cw - o.x
	}
	lines := b.setLines(spans, w, o.hang, o.align)
	var rows []*layout.Row
	for i, l := range lines {
		size := l.size
		if size == 0 {
			size = bodyStyle.size
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
func (b *builder) baseline(p *textPrim, x, lh, size float64) prim {
	f := b.fonts.Face(fonts.Regular)
	asc, desc := f.Ascender(), f.Descender()
	y := (lh-size*(asc-desc))/2 + size*asc
	return p.shift(x, y)
}

// text adds a paragraph.
func (b *builder) text(spans []span, o textOpts) []*layout.Row {
	rows := b.textRows(spans, o)
	for _, r := range rows {
		b.add(r)
	}
	return rows
}

// The ladder of item markers: □ → ㅇ → - → ·, each level's marker
// standing about two characters right of its parent's.
type rung struct {
	marker string
	x      float64
	st     style
	before float64
}

var ladder = []rung{
	{"□", 0, style{bold: true, size: 15, color: ink}, 11},
	{"ㅇ", 15, style{size: 13, color: ink}, 3},
	{"-", 30, style{size: 12.5, color: ink}, 1},
	{"·", 43, style{size: 12, color: ink}, 1},
}

func rungAt(level int) rung {
	if level < 0 {
		level = 0
	}
	if level < len(ladder) {
		return ladder[level]
	}
	r := ladder[len(ladder)-1]
	r.x += float64(level-len(ladder)+1) * 12
	return r
}

// textX is where the text after a level's marker starts.
func (b *builder) textX(level int) float64 {
	r := rungAt(level)
	return r.x + b.textWidth(r.marker+" ", r.st)
}

// mark adds a ladder line: the marker, one space, the text hanging after
// the marker. Bold spans stay bold; plain ones take the rung's style.
func (b *builder) mark(level int, spans []span, keep bool) []*layout.Row {
	r := rungAt(level)
	all := append([]span{{r.marker + " ", r.st}}, restyle(spans, r.st)...)
	hang := b.textWidth(r.marker+" ", r.st)
	return b.text(all, textOpts{x: r.x, hang: hang, before: r.before, keep: keep, align: justify})
}

// restyle gives spans the size and colour of st, keeping their boldness
// when st is not bold itself.
func restyle(spans []span, st style) []span {
	out := make([]span, len(spans))
	for i, s := range spans {
		ns := st
		ns.bold = st.bold || s.st.bold
		out[i] = span{s.text, ns}
	}
	return out
}

// note adds a ※ line at x.
func (b *builder) note(x float64, text string) {
	if !strings.HasPrefix(text, "※") {
		text = "※ " + text
	}
	hang := b.textWidth("※ ", noteStyle)
	b.text(plain(text, noteStyle), textOpts{x: x, hang: hang, before: 3, align: justify})
}

// heading adds a heading line that keeps with what follows; with an anchor
// it is a link target.
func (b *builder) heading(spans []span, o textOpts, anchor string) {
	o.keep = true
	rows := b.textRows(spans, o)
	if len(rows) == 0 {
		return
	}
	if anchor != "" {
		rows[0].Anchor = anchor
		rows[0].Payload = append(rows[0].Payload.([]prim), &anchorPrim{y: 0, name: anchor})
	}
	for _, r := range rows {
		b.add(r)
	}
}

// rowOf adds a row of fixed height drawn by prims.
func (b *builder) rowOf(h, before float64, keep bool, ps []prim) *layout.Row {
	r := &layout.Row{H: h, Before: before, KeepWithNext: keep, Payload: ps}
	b.add(r)
	return r
}
