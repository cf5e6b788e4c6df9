package pdf

import (
	"strconv"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
	"workplan/generator/internal/typeset"
	"workplan/generator/internal/typeset/layout"
)

// item sets one work item: banner, purpose box, □ sections with their
// ㅇ lines, the item's own blocks after their sections, charts.
func (b *builder) item(it *model.Item, parent *typeset.Bookmark) {
	// An item starts a new page unless it fits in what is left of this one.
	if b.itemBreak {
		defer b.StartBlock()()
	}
	b.itemBreak = true
	if it.File != "" {
		b.SetSource(it.File)
	}
	defer b.SetSource(b.planFile)

	label := itemLabel(it)
	b.banner(it, label)
	b.Bookmark(parent, label, it.Anchor)
	if it.Purpose != nil {
		b.purpose(it.Purpose)
	}
	in := ctx{level: 1, x: b.textX(0)}
	after := func(s model.Section) {
		for _, blk := range it.BlocksAfter(s) {
			b.block(blk, in)
		}
	}

	o := it.Overview
	if len(o.Basis) > 0 || o.Period != nil || o.Target != "" || len(o.Contents) > 0 || len(o.Extra) > 0 {
		b.section("사업개요")
		if len(o.Basis) > 0 {
			b.labeled("추진근거", o.Basis)
		}
		after(model.AfterBasis)
		if o.Period != nil {
			b.labeled("사업기간", []string{o.Period.Text})
		}
		after(model.AfterPeriod)
		if o.Target != "" {
			b.labeled("사업대상", []string{o.Target})
		}
		after(model.AfterTarget)
		switch len(o.Contents) {
		case 0:
		case 1:
			b.labeled("사업내용", o.Contents)
		default:
			b.mark(1, typeset.Plain("사업내용", bodyStyle), true)
			for i, c := range o.Contents {
				b.mark(2, typeset.Plain(c, bodyStyle), keepList(i, len(o.Contents)))
			}
		}
		after(model.AfterContents)
		for _, e := range o.Extra {
			b.labeled(e.Label, []string{e.Text})
		}
	} else {
		after(model.AfterBasis)
		after(model.AfterPeriod)
		after(model.AfterTarget)
		after(model.AfterContents)
	}
	after(model.AfterOverview)

	if len(it.Schedule) > 0 {
		b.section("세부추진계획")
		b.schedule(it.Schedule, 1)
		if c := chart.Schedule(it, b.plan.Year); c != nil {
			b.ChartRow(c, in.x)
		}
	}
	after(model.AfterSchedule)

	if it.Budget != nil {
		b.budget(it.Budget, in)
	}
	after(model.AfterBudget)

	if len(it.Effects) > 0 {
		b.section("기대효과")
		for _, e := range it.Effects {
			b.mark(1, typeset.Plain(e, bodyStyle), false)
		}
	}
	after(model.AfterEffects)

	if it.Contact != "" {
		st := typeset.Style{Size: 10.5, Color: typeset.Subtle}
		b.Text(typeset.Plain("담당: "+it.Contact, st), typeset.Para{Align: typeset.Right, Before: 14})
	}
}

// banner is the item's title bar: number and title on a tinted band with
// a navy edge, and its tags as small labels.
func (b *builder) banner(it *model.Item, label string) {
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
	if it.ID != "" {
		hang = b.TextWidth(it.ID+". ", st)
	}
	lines := b.SetLines(typeset.Plain(label, st), b.Page.CW-2*padX-tagsW-4, hang, typeset.Left)
	lh := typeset.LineHeight(st.Size) * 0.95
	h := float64(len(lines))*lh + 2*padY
	ps := []typeset.Prim{
		&typeset.RectPrim{X: 0, Y: 0, W: b.Page.CW, H: h, Fill: &typeset.HeadFill},
		&typeset.RectPrim{X: 0, Y: 0, W: 4.5, H: h, Fill: &typeset.Navy},
		&typeset.AnchorPrim{Name: it.Anchor},
	}
	for i, l := range lines {
		ps = append(ps, b.Baseline(l.Text, padX, lh, st.Size).Shift(0, padY+float64(i)*lh))
	}
	x := b.Page.CW - padX - tagsW + 4
	for i, t := range it.Tags {
		th := tagSt.Size + 7
		y := padY + (lh-th)/2
		ps = append(ps, &typeset.RectPrim{X: x, Y: y, W: tagWs[i], H: th, Fill: &typeset.White, Stroke: &typeset.Navy, LW: 0.7, Radius: 3})
		tl := b.SetLines(typeset.Plain(t, tagSt), tagWs[i], 0, typeset.Center)[0]
		ps = append(ps, b.Baseline(tl.Text, x, th, tagSt.Size).Shift(0, y))
		x += tagWs[i] + 4
	}
	r := b.RowOf(h, 22, true, ps)
	r.Anchor = it.Anchor
	b.Space(8)
}

// purpose is the item's aim, boxed.
func (b *builder) purpose(p *model.Prose) {
	pad := 12.0
	st := typeset.Style{Size: 12.5, Color: typeset.Ink}
	var rows []*layout.Row
	for i, para := range flattenProse(p) {
		rs := b.TextRows(typeset.Restyle(para, st), typeset.Para{X: pad, W: b.Page.CW - 2*pad, Align: typeset.Justify})
		if i > 0 && len(rs) > 0 {
			rs[0].Before = 4
			rs[0].H += 4
		}
		rows = append(rows, rs...)
	}
	if len(rows) == 0 {
		return
	}
	g := &layout.Group{Rows: rows, PadTop: 6, PadBottom: 6, KeepTogether: true,
		Frame: typeset.FrameFunc(func(h float64, first, last bool) []typeset.Prim {
			return []typeset.Prim{&typeset.RectPrim{X: 0, Y: 0, W: b.Page.CW, H: h, Fill: &typeset.Tint, Stroke: &typeset.Navy, LW: 0.8, Radius: 4}}
		})}
	b.Add(g)
	b.Space(4)
}

// schedule sets □ 세부추진계획 lines: ㅇ lines with - and · sub-lines and
// ※ notes under them.
func (b *builder) schedule(es []*model.ScheduleEntry, level int) {
	for i, e := range es {
		sub := level > 1 && keepList(i, len(es))
		b.mark(level, typeset.Plain(e.Line(), bodyStyle), sub || len(e.Sub) > 0 || len(e.Notes) > 0)
		for k, n := range e.Notes {
			b.note(b.textX(level), n)
			if k < len(e.Notes)-1 || len(e.Sub) > 0 || sub {
				b.KeepLast()
			}
		}
		b.schedule(e.Sub, level+1)
	}
}

// keepList says whether item i of a short list of n keeps with the next,
// so that a short list is never split across pages.
func keepList(i, n int) bool { return n <= 6 && i < n-1 }

// budget sets □ 소요예산: the total with its sources, the breakdown, the
// multi-year table and the note.
func (b *builder) budget(bu *model.Budget, in ctx) {
	b.mark(0, typeset.Plain("소요예산: "+bu.Summary(), ladder[0].st), len(bu.Breakdown) > 0 || len(bu.Years) > 0)
	for _, l := range bu.Breakdown {
		t := l.Label + ": " + l.Amount.Format(bu.Unit)
		if l.Detail != "" {
			t += "(" + l.Detail + ")"
		}
		b.mark(2, typeset.Plain(t, bodyStyle), false)
	}
	if len(bu.Years) > 0 {
		b.yearsTable(bu, in)
	}
	if bu.Note != "" {
		b.note(in.x, bu.Note)
	}
}

// yearsTable is the multi-year budget: one column per year, with the
// figure's kind (실적, 계획) under the year, and the sum.
func (b *builder) yearsTable(bu *model.Budget, in ctx) {
	head := []typeset.Cell{{Text: "구 분"}}
	row := []typeset.Cell{{Text: "소요예산"}}
	var sum money.Amount
	for _, y := range bu.Years {
		h := strconv.Itoa(y.Year) + "년"
		if y.Label != "" {
			h += "\n(" + y.Label + ")"
		}
		head = append(head, typeset.Cell{Text: h})
		row = append(row, typeset.Cell{Text: y.Amount.Number(bu.Unit), Numeric: true})
		sum += y.Amount
	}
	head = append(head, typeset.Cell{Text: "합 계"})
	row = append(row, typeset.Cell{Text: sum.Number(bu.Unit), Numeric: true, Bold: true})
	b.unitCaption(bu.Unit.String(), in.x)
	b.Table(typeset.Table{X: in.x, Head: [][]typeset.Cell{head}, Body: [][]typeset.Cell{row}, Even: true})
}

// itemBudgets is the chart comparing the items' budgets, at the head of
// the chapter that holds the items, with their total.
func (b *builder) itemBudgets() {
	p := b.plan
	n := 0
	for _, it := range p.Items {
		if it.Budget != nil {
			n++
		}
	}
	if n < 2 {
		return
	}
	ch := chart.ItemBudgets(p)
	unit, _ := money.ParseUnit(ch.Unit)
	b.mark(1, typeset.Plain("주요사업: 총 "+numfmt.Int(int64(len(p.Items)))+"개 사업, 소요예산 "+p.ItemBudget.Format(unit), bodyStyle), true)
	b.ChartRow(ch, b.textX(0))
	b.Space(8)
	b.itemBreak = false
}
