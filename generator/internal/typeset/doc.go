// Package typeset is the PDF typesetting engine that documents (a plan, a
// 신구대조표, later a council book) are laid out with. It knows nothing of
// plans: it sets styled text in Pretendard GOV with font fallback, breaks
// lines the Korean way (linebreak), builds tables and draws charts from the
// shared chart descriptions, and paginates in the manner of maroto: a
// document adds measured rows and groups to a Doc, layout paginates them,
// and only then is anything drawn with gopdf, so page numbers are known
// before the first page is drawn. Finish completes the file with its
// outline, page labels and document information (pdfmeta).
//
// A document is a list of parts (front matter labelled by name, numbered
// pages) whose pages a 순서 (ContentsLine) can cite exactly; a council book
// is several plans' parts in one Doc.
package typeset

import (
	"workplan/generator/internal/diag"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/typeset/layout"
)

// Geometry is a page's size and the content area inside its margins, in
// points. Plans are set on portrait A4 with 20 mm side margins and the
// footer in the bottom margin, as council reports are printed; the
// 신구대조표 on landscape A4, for its side-by-side columns.
type Geometry struct {
	W, H      float64 // page size
	Left, Top float64 // margins
	CW, CH    float64 // content area
	Footer    float64 // baseline of "- n -"
}

func a4(w, h float64) Geometry {
	const side, top, bottom = 56.7, 56.7, 62.0
	return Geometry{W: w, H: h, Left: side, Top: top, CW: w - 2*side, CH: h - top - bottom, Footer: h - 30}
}

// Portrait and Landscape are A4 pages with the margins council reports
// are printed with.
var (
	Portrait  = a4(595.28, 841.89)
	Landscape = a4(841.89, 595.28)
)

// Doc is a document being typeset: the measured rows and groups of its
// pages in reading order, its parts (how pages are numbered and labelled),
// its bookmarks and the warnings met while shaping text. Documents (a plan,
// a 신구대조표, a council book) add content; Finish paginates, draws and
// completes the PDF. Doc knows nothing of what the content means.
type Doc struct {
	Fonts *fonts.Set
	Page  Geometry

	nodes   []layout.Node
	before  float64 // space owed before the next node
	outline []*Bookmark
	parts   []part

	// source names the content file being set, in warnings.
	source string
	seen   map[string]bool
	// Warnings name characters no font has, once per file and character.
	Warnings []diag.Finding
	// usesFallback records that some glyph comes from the fallback face,
	// which is then embedded.
	usesFallback bool
	usesSymbols  bool // likewise the symbols face
}

// KeepTail keeps what add adds (a table's notes) on the page of the
// table just added before it: the table's last row moves on with them
// rather than leave them alone at the top of a page. Notes taller than a
// third of a page may still part from it.
func (d *Doc) KeepTail(add func()) {
	n := len(d.nodes)
	add()
	if n == 0 {
		return
	}
	g, ok := d.nodes[n-1].(*layout.Group)
	if !ok {
		return
	}
	tail := 0.0
	for _, nd := range d.nodes[n:] {
		r, ok := nd.(*layout.Row)
		if !ok {
			return
		}
		tail += r.Before + r.H
	}
	if tail <= d.Page.CH/3 {
		g.Tail = tail
	}
}

// NewDoc starts a document on pages of geometry g.
func NewDoc(f *fonts.Set, g Geometry) *Doc {
	return &Doc{Fonts: f, Page: g, seen: map[string]bool{}}
}

// SetSource names the content file the text added next comes from, for
// warnings about characters no font has.
func (d *Doc) SetSource(file string) { d.source = file }

// Add appends a node, giving it the space owed.
func (d *Doc) Add(n layout.Node) {
	switch n := n.(type) {
	case *layout.Row:
		n.Before = max(n.Before, d.before)
		d.before = 0
	case *layout.Group:
		n.Before = max(n.Before, d.before)
		d.before = 0
	case *layout.Break:
		d.before = 0
	}
	d.nodes = append(d.nodes, n)
}

// Space owes at least h points before the next node.
func (d *Doc) Space(h float64) { d.before = max(d.before, h) }

// NewPage starts a new page unless the current one is still empty.
func (d *Doc) NewPage() { d.Add(&layout.Break{}) }

// StartBlock starts what follows on a new page unless it fits in what is
// left of the current one (an item, a strategy); call end once the block
// is added. A block taller than a page always starts a new page.
func (d *Doc) StartBlock() (end func()) {
	brk := &layout.Break{}
	d.Add(brk)
	start := len(d.nodes)
	return func() {
		if brk.Need = nodesHeight(d.nodes[start:]); brk.Need > d.Page.CH {
			brk.Need = 0
		}
	}
}

// KeepLast makes the last node added keep with the next.
func (d *Doc) KeepLast() {
	if n := len(d.nodes); n > 0 {
		if r, ok := d.nodes[n-1].(*layout.Row); ok {
			r.KeepWithNext = true
		}
	}
}

// KeepEnd keeps the last three rows added together (fewer when a table or
// box comes before them), so the end of an item or chapter never leaves a
// page holding only its last line, or a heading and one line.
func (d *Doc) KeepEnd() {
	n := len(d.nodes)
	if n == 0 {
		return
	}
	if _, ok := d.nodes[n-1].(*layout.Row); !ok {
		return
	}
	for i := n - 2; i >= 0 && i >= n-3; i-- {
		r, ok := d.nodes[i].(*layout.Row)
		if !ok {
			return
		}
		r.KeepWithNext = true
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
type Para struct {
	X      float64 // left edge, from the content area's
	W      float64 // width; 0: to the right edge
	Hang   float64 // indent of lines after the first
	Align  Align
	Before float64
	Keep   bool    // keep with the next node (headings)
	Lead   float64 // line height; 0: from the size
}

// TextRows sets a paragraph as rows, one per line, with widow and orphan
// control: a paragraph never leaves its first or last line alone.
func (d *Doc) TextRows(spans []Span, o Para) []*layout.Row {
	w := o.W
	if w == 0 {
		w = d.Page.CW - o.X
	}
	lines := d.SetLines(spans, w, o.Hang, o.Align)
	var rows []*layout.Row
	for i, l := range lines {
		size := l.size
		if size == 0 && len(spans) > 0 {
			size = spans[0].Style.Size
		}
		lh := o.Lead
		if lh == 0 {
			lh = LineHeight(size)
		}
		r := &layout.Row{H: lh, Payload: []Prim{d.Baseline(l.Text, o.X, lh, size)}}
		if i == 0 {
			r.Before = o.Before
		}
		rows = append(rows, r)
	}
	n := len(rows)
	if n >= 2 {
		rows[0].KeepWithNext = true
		rows[n-2].KeepWithNext = true
	}
	if o.Keep && n > 0 {
		rows[n-1].KeepWithNext = true
	}
	return rows
}

// Baseline places a line prim in a row of height lh: the text's ascent and
// descent centred in the row.
func (d *Doc) Baseline(p *TextPrim, x, lh, size float64) Prim {
	f := d.Fonts.Face(fonts.Regular)
	asc, desc := f.Ascender(), f.Descender()
	y := (lh-size*(asc-desc))/2 + size*asc
	return p.Shift(x, y)
}

// Text adds a paragraph.
func (d *Doc) Text(spans []Span, o Para) []*layout.Row {
	rows := d.TextRows(spans, o)
	for _, r := range rows {
		d.Add(r)
	}
	return rows
}

// Heading adds a heading that keeps with what follows; with an anchor it
// is a link target, and its first row reports where it landed.
func (d *Doc) Heading(spans []Span, o Para, anchor string) []*layout.Row {
	o.Keep = true
	rows := d.TextRows(spans, o)
	if len(rows) == 0 {
		return nil
	}
	if anchor != "" {
		AnchorRow(rows[0], anchor)
	}
	for _, r := range rows {
		d.Add(r)
	}
	return rows
}

// AnchorRow makes a row a link target named anchor.
func AnchorRow(r *layout.Row, anchor string) {
	r.Anchor = anchor
	r.Payload = append(r.Payload.([]Prim), &AnchorPrim{Name: anchor})
}

// RowOf adds a row of fixed height drawn by prims.
func (d *Doc) RowOf(h, before float64, keep bool, ps []Prim) *layout.Row {
	r := &layout.Row{H: h, Before: before, KeepWithNext: keep, Payload: ps}
	d.Add(r)
	return r
}

// group adds rows drawn inside one frame; keep keeps them on one page when
// they fit on one.
func (d *Doc) group(rows []*layout.Row, padTop, padBottom, before float64, keep bool, frame FrameFunc) {
	d.Add(&layout.Group{Rows: rows, PadTop: padTop, PadBottom: padBottom, Before: before, KeepTogether: keep, Frame: frame})
}

// FrameFunc draws a group's frame for a fragment of height h.
type FrameFunc func(h float64, first, last bool) []Prim

// ruleFunc is a frame drawn over its rows rather than behind them: a
// table's closing rules, which the rows' hairlines must not cross.
type ruleFunc func(h float64, first, last bool) []Prim

// ShiftRow moves a row's drawing down by dy (after growing its height).
func ShiftRow(r *layout.Row, dy float64) {
	if ps, ok := r.Payload.([]Prim); ok {
		r.Payload = shiftAll(ps, 0, dy)
	}
}

// Bookmark is one entry of the PDF outline, placed where its anchor lands.
type Bookmark struct {
	title    string
	anchor   string
	children []*Bookmark
}

// Bookmark adds an outline entry under parent (nil: at the top).
func (d *Doc) Bookmark(parent *Bookmark, title, anchor string) *Bookmark {
	n := &Bookmark{title: title, anchor: anchor}
	if parent != nil {
		parent.children = append(parent.children, n)
	} else {
		d.outline = append(d.outline, n)
	}
	return n
}
