// Package layout paginates measured boxes before anything is drawn, in the
// manner of maroto: the renderer turns a plan into a flat list of rows (a
// line of text, a table row, a chart) and groups (a table, a box), each
// already measured; Paginate assigns every one a page and a position, with
// tables that split across pages repeating their header rows, boxes kept
// whole when they fit on one page, and headings kept with what follows.
//
// Payloads are opaque here: the renderer draws them once pages are known,
// so page totals and the table of contents' numbers are exact.
package layout

// Node is one thing the paginator places: a *Row, a *Group or a *Break.
type Node interface{ node() }

// Row is an unbreakable strip of the page.
type Row struct {
	H            float64 // height
	Before       float64 // space above it; dropped at the top of a page
	KeepWithNext bool    // must share a page with the start of the next node
	Anchor       string  // when set, its position is reported in Result.Anchors
	Payload      any
}

// Group is a run of rows drawn inside one frame: a table or a box.
type Group struct {
	Before            float64
	Head              []*Row // drawn first, and again at the top of every later fragment
	Rows              []*Row
	PadTop, PadBottom float64 // inside the frame, on every fragment
	KeepTogether      bool    // keep the whole group on one page when it fits on one
	KeepWithNext      bool
	// Tail is the height of what must follow the last row on its page (a
	// table's ※ notes): the last row moves on to the next page with them
	// rather than leave them alone there.
	Tail  float64
	Frame any // drawn behind the rows, once per fragment
}

// Break starts a new page unless the current one is empty or holds only
// rows that keep with what follows (headings waiting for their content).
// With Need set, it breaks only when less than Need is left on the page:
// what follows (Need tall) then starts on a page of its own instead of
// being split, yet shares a page when there is room.
type Break struct{ Need float64 }

func (*Row) node()   {}
func (*Group) node() {}
func (*Break) node() {}

// Placed is a row or a group's frame fragment placed on a page; Y is from
// the top of the page's content area.
type Placed struct {
	Y, H  float64
	Row   *Row // nil for a frame
	Frame any
	// For frames: whether the fragment holds the group's first and last rows.
	First, Last bool
}

// Page is the placed content of one page, in drawing order (frames before
// their rows).
type Page struct {
	Items []Placed
	Used  float64 // height used
}

// Position is where an anchored row landed: page index (0-based) and Y.
type Position struct {
	Page int
	Y    float64
}

// Result is a paginated document.
type Result struct {
	Pages   []Page
	Anchors map[string]Position
}

// Paginate places nodes on pages whose content area is height tall.
func Paginate(nodes []Node, height float64) Result {
	p := &paginator{h: height, res: Result{Anchors: map[string]Position{}}}
	p.res.Pages = append(p.res.Pages, Page{})
	p.headsOnly = true
	for i, n := range nodes {
		switch n := n.(type) {
		case *Break:
			if !p.headsOnly && (n.Need <= 0 || p.y+n.Need > p.h+1e-6) {
				p.newPage()
			}
		case *Row:
			p.row(n, p.need(nodes, i))
		case *Group:
			p.group(n, p.need(nodes, i))
		}
	}
	p.page().Used = p.y
	if last := len(p.res.Pages) - 1; last > 0 && len(p.res.Pages[last].Items) == 0 {
		p.res.Pages = p.res.Pages[:last]
	}
	return p.res
}

type paginator struct {
	h         float64
	y         float64
	res       Result
	headsOnly bool // the page holds nothing, or only keep-with-next rows
}

func (p *paginator) page() *Page { return &p.res.Pages[len(p.res.Pages)-1] }

func (p *paginator) newPage() {
	p.page().Used = p.y
	p.res.Pages = append(p.res.Pages, Page{})
	p.y = 0
	p.headsOnly = true
}

func (p *paginator) empty() bool { return len(p.page().Items) == 0 }

// first is the least of node n that must start on the page it begins on:
// a row, a kept-together group that fits a page, or a group's frame with its
// header and first body row.
func (p *paginator) first(n Node) float64 {
	switch n := n.(type) {
	case *Row:
		return n.H
	case *Group:
		total := n.PadTop + n.PadBottom + sum(n.Head) + sum(n.Rows)
		if n.KeepTogether && total+n.Tail <= p.h {
			return total + n.Tail
		}
		if n.KeepTogether && total <= p.h {
			return total
		}
		h := n.PadTop + n.PadBottom + sum(n.Head)
		if len(n.Rows) > 0 {
			h += n.Rows[0].H
			if n.Rows[0].KeepWithNext && len(n.Rows) > 1 {
				h += n.Rows[1].H
			}
		}
		return h
	}
	return 0
}

func before(n Node) float64 {
	switch n := n.(type) {
	case *Row:
		return n.Before
	case *Group:
		return n.Before
	}
	return 0
}

func keepsWithNext(n Node) bool {
	switch n := n.(type) {
	case *Row:
		return n.KeepWithNext
	case *Group:
		return n.KeepWithNext
	}
	return false
}

// need is the height that must fit below the current position for node i
// to start here: its first part plus, while nodes keep with the next, the
// first parts of those. A chain taller than a page is cut to node i alone.
func (p *paginator) need(nodes []Node, i int) float64 {
	h := p.first(nodes[i])
	for j := i; keepsWithNext(nodes[j]) && j+1 < len(nodes); j++ {
		if _, ok := nodes[j+1].(*Break); ok {
			break
		}
		h += before(nodes[j+1]) + p.first(nodes[j+1])
		if h > p.h {
			return p.first(nodes[i])
		}
	}
	return h
}

// fits reports whether h more fits after a gap of before; at the top of a
// page everything "fits" (it cannot go anywhere better).
func (p *paginator) fits(before, h float64) bool {
	return p.empty() || p.y+before+h <= p.h+1e-6
}

func (p *paginator) gap(before float64) float64 {
	if p.empty() || p.y == 0 {
		return 0
	}
	return before
}

func (p *paginator) row(r *Row, need float64) {
	if !p.fits(p.gap(r.Before), need) {
		p.newPage()
	}
	p.y += p.gap(r.Before)
	p.put(r)
}

func (p *paginator) put(r *Row) {
	pg := p.page()
	pg.Items = append(pg.Items, Placed{Y: p.y, H: r.H, Row: r})
	if r.Anchor != "" {
		if _, dup := p.res.Anchors[r.Anchor]; !dup {
			p.res.Anchors[r.Anchor] = Position{Page: len(p.res.Pages) - 1, Y: p.y}
		}
	}
	if !r.KeepWithNext {
		p.headsOnly = false
	}
	p.y += r.H
}

func (p *paginator) group(g *Group, need float64) {
	if !p.fits(p.gap(g.Before), need) {
		p.newPage()
	}
	p.y += p.gap(g.Before)
	room := p.h - g.PadTop - g.PadBottom - sum(g.Head) // for body rows on a fresh page
	first := true
	for {
		start := p.y
		frameAt := len(p.page().Items)
		p.y += g.PadTop
		for _, r := range g.Head {
			p.put(r)
		}
		placed := 0
		done := true
		for j := 0; j < len(g.Rows); j++ {
			r := g.Rows[j]
			h := r.H
			if r.KeepWithNext && j+1 < len(g.Rows) && r.H+g.Rows[j+1].H <= room {
				h += g.Rows[j+1].H
			}
			if j == len(g.Rows)-1 && r.H+g.Tail <= room {
				h += g.Tail
			}
			if placed > 0 && p.y+h+g.PadBottom > p.h+1e-6 {
				g = &Group{Head: g.Head, Rows: g.Rows[j:], PadTop: g.PadTop, PadBottom: g.PadBottom, Tail: g.Tail, Frame: g.Frame}
				done = false
				break
			}
			p.put(r)
			placed++
		}
		p.y += g.PadBottom
		p.frame(frameAt, start, g, first, done)
		p.headsOnly = false
		if done {
			return
		}
		first = false
		p.newPage()
	}
}

func (p *paginator) frame(at int, start float64, g *Group, first, last bool) {
	if g.Frame == nil {
		return
	}
	pg := p.page()
	f := Placed{Y: start, H: p.y - start, Frame: g.Frame, First: first, Last: last}
	pg.Items = append(pg.Items, Placed{})
	copy(pg.Items[at+1:], pg.Items[at:])
	pg.Items[at] = f
}

func sum(rs []*Row) float64 {
	h := 0.0
	for _, r := range rs {
		h += r.H
	}
	return h
}
