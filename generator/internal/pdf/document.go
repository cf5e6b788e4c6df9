package pdf

import (
	"workplan/generator/internal/model"
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
	b.frontPart("표지", coverAnchor)
	b.frontPart("순서", contentsAnchor)
	b.cover()
	b.newPage()
	b.contents()
	for i, c := range b.plan.Chapters {
		if i == 0 {
			b.numberedPart(c.Anchor, false)
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

// tocLine adds a 순서 entry: chapters bold, their groups and items
// indented below.
func (b *builder) tocLine(level int, label, anchor string) {
	st := style{bold: true, size: 15, color: ink}
	x, before := 0.0, 16.0
	if level > 0 {
		st = style{size: 12.5, color: ink}
		x, before = 22, 5
	}
	b.contentsLine(plain(label, st), st, x, b.textWidth("0. ", st), before, anchor)
}

// chapter starts a new page with the chapter heading (Ⅰ. 일반현황).
func (b *builder) chapter(c *model.Chapter) {
	b.setSource(b.planFile)
	b.newPage()
	label := c.Numeral + ". " + c.Title
	st := style{bold: true, size: 21, color: navy}
	rows := b.textRows(plain(label, st), textOpts{keep: true, lead: 34})
	anchorRow(rows[0], c.Anchor)
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
	node := b.bookmark(nil, label, c.Anchor)

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
func (b *builder) group(g *model.Group, parent *bookmark) {
	// Like an item, a group starts a new page unless it fits in what is
	// left of this one.
	if b.itemBreak {
		defer b.startBlock()()
	}
	label := g.Title
	if g.ID != "" {
		label = g.ID + ". " + g.Title
	}
	st := style{bold: true, size: 18, color: navy}
	rows := b.textRows(plain(label, st), textOpts{keep: true, before: 6, x: 0, hang: b.textWidth(g.ID+". ", st)})
	anchorRow(rows[0], g.Anchor)
	last := rows[len(rows)-1]
	last.H += 6
	last.Payload = append(last.Payload.([]prim), &linePrim{x1: 0, y1: last.H - 1, x2: b.pg.cw, y2: last.H - 1, color: navy, lw: 1})
	for _, r := range rows {
		b.add(r)
	}
	node := b.bookmark(parent, label, g.Anchor)
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
