package pdf

import (
	"strconv"

	"workplan/generator/internal/model"
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
	b.front = []frontPart{{"표지", coverAnchor}, {"순서", contentsAnchor}}
	b.cover()
	b.add(&layout.Break{})
	b.contents()
	for i, c := range b.plan.Chapters {
		if i == 0 {
			b.bodyAnchor = c.Anchor
		}
		b.chapter(c)
	}
}

// cover is the title page: title between rules, the occasion, the date and
// the department, as on the printed report.
func (b *builder) cover() {
	p := b.plan
	var ps []prim
	centre := func(text string, st style, y float64) {
		for i, l := range b.setLines(plain(text, st), b.pg.cw-40, 0, center) {
			ps = append(ps, l.prim.shift(20, y+float64(i)*lineHeight(st.size)))
		}
	}
	titleSt := style{bold: true, size: 30, color: ink}
	lines := b.setLines(plain(p.Title, titleSt), b.pg.cw-60, 0, center)
	lh := titleSt.size * 1.35
	top := b.pg.ch * 0.24
	boxH := float64(len(lines))*lh + 36
	ps = append(ps,
		&rectPrim{x: 0, y: top, w: b.pg.cw, h: 3.2, fill: &navy},
		&rectPrim{x: 0, y: top + 5, w: b.pg.cw, h: 0.8, fill: &navy},
		&rectPrim{x: 0, y: top + boxH - 5.8, w: b.pg.cw, h: 0.8, fill: &navy},
		&rectPrim{x: 0, y: top + boxH - 3.2, w: b.pg.cw, h: 3.2, fill: &navy},
	)
	asc := b.fonts.Face(0).Ascender()
	for i, l := range lines {
		ps = append(ps, l.prim.shift(30, top+18+float64(i)*lh+titleSt.size*asc))
	}
	if p.Occasion != "" {
		centre(p.Occasion, style{size: 17, color: subtle}, top+boxH+44)
	}
	if p.Date.Year != 0 {
		centre(p.Date.String(), style{size: 18, color: ink}, b.pg.ch*0.68)
	}
	dept := p.Department.Name
	if dept == "" {
		dept = b.site.District
	}
	if dept != "" {
		centre(dept, style{bold: true, size: 22, color: ink}, b.pg.ch*0.80)
	}
	b.rowOf(b.pg.ch, 0, false, ps).Anchor = coverAnchor
}

// contents is 순서: chapters, and under them the groups and items, each
// with dot leaders and the page number its heading lands on, linked to it.
// It may run over several pages.
func (b *builder) contents() {
	title := style{bold: true, size: 22, color: ink}
	for i, r := range b.textRows(plain("순   서", title), textOpts{align: center, lead: 40, keep: true}) {
		if i == 0 {
			r.Anchor = contentsAnchor
		}
		b.add(r)
	}
	b.space(26)
	for _, c := range b.plan.Chapters {
		b.tocLine(0, c.Numeral+". "+c.Title, c.Anchor)
		for _, blk := range c.Blocks {
			switch blk := blk.(type) {
			case *model.Group:
				b.tocLine(1, blk.ID+". "+blk.Title, blk.Anchor)
			case *model.Item:
				b.tocLine(1, itemLabel(blk), blk.Anchor)
			}
		}
	}
}

func itemLabel(it *model.Item) string {
	if it.ID == "" {
		return it.Title
	}
	return it.ID + ". " + it.Title
}

// tocRow is a 순서 line whose page number is filled in after pagination.
type tocRow struct {
	lines  []line
	st     style
	x, lh  float64
	anchor string
}

func (b *builder) tocLine(level int, label, anchor string) {
	st := style{bold: true, size: 15, color: ink}
	x, before := 0.0, 16.0
	if level > 0 {
		st = style{size: 12.5, color: ink}
		x, before = 22, 5
	}
	numW := b.textWidth("000", st)
	lines := b.setLines(plain(label, st), b.pg.cw-x-numW-30, b.textWidth("0. ", st), left)
	lh := lineHeight(st.size)
	r := &layout.Row{H: lh * float64(len(lines)), Before: before, Payload: &tocRow{lines: lines, st: st, x: x, lh: lh, anchor: anchor}}
	b.add(r)
}

// prims draws the line once pages are known.
func (t *tocRow) prims(b *builder, anchors map[string]layout.Position, num numbering) []prim {
	var ps []prim
	for i, l := range t.lines {
		ps = append(ps, b.baseline(l.prim, t.x, t.lh, t.st.size).shift(0, float64(i)*t.lh))
	}
	pos, ok := anchors[t.anchor]
	if !ok || len(t.lines) == 0 || num.number(pos.Page) == 0 {
		return ps
	}
	page := strconv.Itoa(num.number(pos.Page))
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

// chapter starts a new page with the chapter heading (Ⅰ. 일반현황).
func (b *builder) chapter(c *model.Chapter) {
	b.file = b.planFile
	b.add(&layout.Break{})
	label := c.Numeral + ". " + c.Title
	st := style{bold: true, size: 21, color: navy}
	rows := b.textRows(plain(label, st), textOpts{keep: true, lead: 34})
	rows[0].Anchor = c.Anchor
	rows[0].Payload = append(rows[0].Payload.([]prim), &anchorPrim{name: c.Anchor})
	last := rows[len(rows)-1]
	last.H += 8
	last.Payload = append(last.Payload.([]prim),
		&rectPrim{x: 0, y: last.H - 2.4, w: b.pg.cw, h: 2.4, fill: &navy},
	)
	for _, r := range rows {
		b.add(r)
	}
	b.space(14)
	b.itemBreak = false
	node := &outlineNode{title: label, anchor: c.Anchor}
	b.outline = append(b.outline, node)

	firstItem := true
	for _, blk := range c.Blocks {
		switch blk := blk.(type) {
		case *model.Group:
			if firstItem {
				b.itemBudgets()
				firstItem = false
			}
			b.group(blk, node)
		case *model.Item:
			if firstItem {
				b.itemBudgets()
				firstItem = false
			}
			b.item(blk, node)
		default:
			b.block(blk, ctx{level: 0})
		}
	}
}

// ctx says where a block stands: the ladder level its lists start at and
// the indent of its tables, boxes and charts.
type ctx struct {
	level int
	x     float64
}

// block sets any block.
func (b *builder) block(blk model.Block, c ctx) {
	switch blk := blk.(type) {
	case *model.Prose:
		b.prose(blk, c)
	case *model.Status:
		b.status(blk)
	case *model.Group:
		b.group(blk, nil)
	case *model.Item:
		b.item(blk, nil)
	case *model.Table:
		b.genericTable(blk, c)
	case *model.KPITable:
		b.kpiTable(blk, c)
	case *model.Calendar:
		b.calendar(blk, c)
	case *model.Box:
		b.box(blk, c)
	case *model.PledgeTable:
		b.pledgeTable(blk, c, "")
	case *model.Tally:
		b.tallyBlock(blk, c)
	}
}

// group sets a strategy heading with its intro and items.
func (b *builder) group(g *model.Group, parent *outlineNode) {
	// Like an item, a group starts a new page unless it fits in what is
	// left of this one.
	if b.itemBreak {
		brk := &layout.Break{}
		b.add(brk)
		start := len(b.nodes)
		defer func() {
			if brk.Need = nodesHeight(b.nodes[start:]); brk.Need > b.pg.ch {
				brk.Need = 0
			}
		}()
	}
	label := g.Title
	if g.ID != "" {
		label = g.ID + ". " + g.Title
	}
	st := style{bold: true, size: 18, color: navy}
	rows := b.textRows(plain(label, st), textOpts{keep: true, before: 6, x: 0, hang: b.textWidth(g.ID+". ", st)})
	rows[0].Anchor = g.Anchor
	rows[0].Payload = append(rows[0].Payload.([]prim), &anchorPrim{name: g.Anchor})
	last := rows[len(rows)-1]
	last.H += 6
	last.Payload = append(last.Payload.([]prim), &linePrim{x1: 0, y1: last.H - 1, x2: b.pg.cw, y2: last.H - 1, color: navy, lw: 1})
	for _, r := range rows {
		b.add(r)
	}
	node := &outlineNode{title: label, anchor: g.Anchor}
	if parent != nil {
		parent.children = append(parent.children, node)
	} else {
		b.outline = append(b.outline, node)
	}
	if g.Intro != nil {
		b.space(6)
		b.prose(g.Intro, ctx{level: 1})
	}
	b.space(12)
	b.itemBreak = false
	for _, it := range g.Items {
		b.item(it, node)
	}
}
