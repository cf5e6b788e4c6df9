package pdf

import (
	"workplan/generator/internal/model"
	"workplan/generator/internal/typeset"
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
	b.contents()
	for i, c := range b.plan.Chapters {
		if i == 0 {
			b.NumberedPart(c.Anchor, false)
		}
		b.chapter(c)
	}
}

// cover is the title page: title between rules, the occasion, the date and
// the department, as on the printed report.
func (b *builder) cover() {
	p := b.plan
	var ps []typeset.Prim
	centre := func(text string, st typeset.Style, y float64) {
		for i, l := range b.SetLines(typeset.Plain(text, st), b.Page.CW-40, 0, typeset.Center) {
			ps = append(ps, l.Text.Shift(20, y+float64(i)*typeset.LineHeight(st.Size)))
		}
	}
	titleSt := typeset.Style{Bold: true, Size: 30, Color: typeset.Ink}
	lines := b.SetLines(typeset.Plain(p.Title, titleSt), b.Page.CW-60, 0, typeset.Center)
	lh := titleSt.Size * 1.35
	top := b.Page.CH * 0.24
	boxH := float64(len(lines))*lh + 36
	ps = append(ps,
		&typeset.RectPrim{X: 0, Y: top, W: b.Page.CW, H: 3.2, Fill: &typeset.Navy},
		&typeset.RectPrim{X: 0, Y: top + 5, W: b.Page.CW, H: 0.8, Fill: &typeset.Navy},
		&typeset.RectPrim{X: 0, Y: top + boxH - 5.8, W: b.Page.CW, H: 0.8, Fill: &typeset.Navy},
		&typeset.RectPrim{X: 0, Y: top + boxH - 3.2, W: b.Page.CW, H: 3.2, Fill: &typeset.Navy},
	)
	asc := b.Fonts.Face(0).Ascender()
	for i, l := range lines {
		ps = append(ps, l.Text.Shift(30, top+18+float64(i)*lh+titleSt.Size*asc))
	}
	if p.Occasion != "" {
		centre(p.Occasion, typeset.Style{Size: 17, Color: typeset.Subtle}, top+boxH+44)
	}
	if p.Date.Year != 0 {
		centre(p.Date.String(), typeset.Style{Size: 18, Color: typeset.Ink}, b.Page.CH*0.68)
	}
	dept := p.Department.Name
	if dept == "" {
		dept = b.site.District
	}
	if dept != "" {
		centre(dept, typeset.Style{Bold: true, Size: 22, Color: typeset.Ink}, b.Page.CH*0.80)
	}
	b.RowOf(b.Page.CH, 0, false, ps).Anchor = coverAnchor
}

// contents is 순서: chapters, and under them the groups and items, each
// with dot leaders and the page number its heading lands on, linked to it.
// It may run over several pages.
func (b *builder) contents() {
	title := typeset.Style{Bold: true, Size: 22, Color: typeset.Ink}
	for i, r := range b.TextRows(typeset.Plain("순   서", title), typeset.Para{Align: typeset.Center, Lead: 40, Keep: true}) {
		if i == 0 {
			r.Anchor = contentsAnchor
		}
		b.Add(r)
	}
	b.Space(26)
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
	st := typeset.Style{Bold: true, Size: 15, Color: typeset.Ink}
	x, before := 0.0, 16.0
	if level > 0 {
		st = typeset.Style{Size: 12.5, Color: typeset.Ink}
		x, before = 22, 5
	}
	b.ContentsLine(typeset.Plain(label, st), st, x, b.TextWidth("0. ", st), before, anchor)
}

// chapter starts a new page with the chapter heading (Ⅰ. 일반현황).
func (b *builder) chapter(c *model.Chapter) {
	b.SetSource(b.planFile)
	b.NewPage()
	label := c.Numeral + ". " + c.Title
	st := typeset.Style{Bold: true, Size: 21, Color: typeset.Navy}
	rows := b.TextRows(typeset.Plain(label, st), typeset.Para{Keep: true, Lead: 34})
	typeset.AnchorRow(rows[0], c.Anchor)
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
	node := b.Bookmark(nil, label, c.Anchor)

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
func (b *builder) group(g *model.Group, parent *typeset.Bookmark) {
	// Like an item, a group starts a new page unless it fits in what is
	// left of this one.
	if b.itemBreak {
		defer b.StartBlock()()
	}
	label := g.Title
	if g.ID != "" {
		label = g.ID + ". " + g.Title
	}
	st := typeset.Style{Bold: true, Size: 18, Color: typeset.Navy}
	rows := b.TextRows(typeset.Plain(label, st), typeset.Para{Keep: true, Before: 6, X: 0, Hang: b.TextWidth(g.ID+". ", st)})
	typeset.AnchorRow(rows[0], g.Anchor)
	last := rows[len(rows)-1]
	last.H += 6
	last.Payload = append(last.Payload.([]typeset.Prim), &typeset.LinePrim{X1: 0, Y1: last.H - 1, X2: b.Page.CW, Y2: last.H - 1, Color: typeset.Navy, LW: 1})
	for _, r := range rows {
		b.Add(r)
	}
	node := b.Bookmark(parent, label, g.Anchor)
	if g.Intro != nil {
		b.Space(6)
		b.prose(g.Intro, ctx{level: 1})
	}
	b.Space(12)
	b.itemBreak = false
	for _, it := range g.Items {
		b.item(it, node)
	}
}
