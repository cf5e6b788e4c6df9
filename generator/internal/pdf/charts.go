package pdf

import (
	"math"
	"strconv"
	"strings"

	"github.com/signintech/gopdf"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/numfmt"
)

// Chart colours: series and slices, distinguishable in greyscale print.
var (
	seriesColors = []rgb{{0x9c, 0xb9, 0xe6}, navy, blue, {0x5c, 0x6b, 0x7a}, {0xe0, 0xa1, 0x00}}
	sliceColors  = []rgb{navy, blue, {0x7f, 0xb1, 0xf5}, {0xc3, 0xd7, 0xf7}, {0x5c, 0x6b, 0x7a}, {0xe0, 0xa1, 0x00}, {0x0b, 0x8a, 0x8a}}
	looseFill    = rgb{0xc9, 0xdb, 0xf8}
	chartText    = style{size: 9, color: subtle}
	chartValue   = style{size: 8.5, color: ink}
	chartTitle   = style{bold: true, size: 11, color: ink}
)

// orgChartRow adds an organisation chart (a tree) like chartRow, each
// unit's box showing its duties from roles, keyed by the unit's name.
func (b *Doc) orgChartRow(c *chart.Chart, x float64, roles map[string]string) bool {
	b.roles = roles
	defer func() { b.roles = nil }()
	return b.chartRow(c, x)
}

// chartRow adds a chart as one unbreakable row, indented by x, and
// reports whether it could be drawn. A chart too tall for a page is split
// into several by its rows or categories.
func (b *Doc) chartRow(c *chart.Chart, x float64) bool {
	ps, h := b.chartPrims(c, b.pg.cw-x)
	if h == 0 {
		return false
	}
	if h > b.pg.ch*0.8 {
		if first, second, ok := splitChart(c); ok {
			return b.chartRow(first, x) && b.chartRow(second, x)
		}
	}
	b.rowOf(h, 8, false, shiftAll(ps, x, 0))
	b.space(6)
	return true
}

// splitChart halves a Gantt chart's rows or a bar chart's categories.
func splitChart(c *chart.Chart) (*chart.Chart, *chart.Chart, bool) {
	a, z := *c, *c
	switch {
	case c.Kind == chart.Gantt && len(c.Rows) > 1:
		n := len(c.Rows) / 2
		a.Rows, z.Rows = c.Rows[:n], c.Rows[n:]
	case (c.Kind == chart.Bar || c.Kind == chart.GroupedBar) && len(c.Categories) > 1:
		n := len(c.Categories) / 2
		a.Categories, z.Categories = c.Categories[:n], c.Categories[n:]
		a.Series, z.Series = nil, nil
		for _, s := range c.Series {
			a.Series = append(a.Series, chart.Series{Name: s.Name, Values: s.Values[:n]})
			z.Series = append(z.Series, chart.Series{Name: s.Name, Values: s.Values[n:]})
		}
	default:
		return nil, nil, false
	}
	z.Title += " (계속)"
	return &a, &z, true
}

// chartPair adds charts side by side in one row (one alone takes the
// whole width).
func (b *Doc) chartPair(cs ...*chart.Chart) {
	var ok []*chart.Chart
	for _, c := range cs {
		if c != nil && c.Validate() == nil {
			ok = append(ok, c)
		}
	}
	switch len(ok) {
	case 0:
		return
	case 1:
		b.chartRow(ok[0], 0)
		return
	}
	const gap = 24.0
	w := (b.pg.cw - gap) / 2
	ps1, h1 := b.chartPrims(ok[0], w)
	ps2, h2 := b.chartPrims(ok[1], w)
	ps := append(ps1, shiftAll(ps2, w+gap, 0)...)
	b.rowOf(max(h1, h2), 14, false, ps)
	b.space(8)
	b.chartPair(ok[2:]...)
}

// chartPrims draws a chart w wide; its height comes back with it.
func (b *Doc) chartPrims(c *chart.Chart, w float64) ([]prim, float64) {
	if c == nil || c.Validate() != nil {
		return nil, 0
	}
	switch c.Kind {
	case chart.Bar, chart.GroupedBar:
		if b.wideLabels(c, w) {
			return b.hbarChart(c, w)
		}
		return b.barChart(c, w)
	case chart.Pie:
		return b.pieChart(c, w)
	case chart.Gantt:
		return b.ganttChart(c, w)
	case chart.Tree:
		return b.treeChart(c, w)
	}
	return nil, 0
}

// textAt is one line of text: x is its left edge, centre or right edge
// by al, y its baseline.
func (b *Doc) textAt(text string, st style, x, y float64, al align) prim {
	ls := b.setLines(plain(text, st), 1e6, 0, left)
	if len(ls) == 0 {
		return &textPrim{}
	}
	w := ls[0].width
	switch al {
	case center:
		x -= w / 2
	case right:
		x -= w
	}
	return ls[0].prim.shift(x, y)
}

// wrapped sets text in at most n lines of width w, ending in "…" when cut.
func (b *Doc) wrapped(text string, st style, w float64, n int) []line {
	ls := b.setBalanced(plain(text, st), w, left)
	if len(ls) <= n {
		return ls
	}
	rs := []rune(text)
	// Find how much fits in n lines, then shorten until "…" fits too.
	cut := len(rs)
	for cut > 0 {
		cut--
		t := strings.TrimSpace(string(rs[:cut])) + "…"
		if l := b.setLines(plain(t, st), w, 0, left); len(l) <= n {
			return l
		}
	}
	return ls[:n]
}

// header draws the chart's title centred and its unit at the right.
func (b *Doc) chartHeader(c *chart.Chart, w float64) []prim {
	ps := []prim{b.textAt("< "+c.Title+" >", chartTitle, w/2, 11, center)}
	if c.Unit != "" && c.Kind != chart.Pie {
		ps = append(ps, b.textAt("(단위: "+c.Unit+")", chartText, w, 11, right))
	}
	return ps
}

// legend draws coloured keys centred at y.
func (b *Doc) legend(names []string, colors []rgb, w, y float64) []prim {
	total := 0.0
	for _, n := range names {
		total += 12 + b.textWidth(n, chartText) + 14
	}
	x := (w - total) / 2
	var ps []prim
	for i, n := range names {
		c := colors[i%len(colors)]
		ps = append(ps, &rectPrim{x: x, y: y - 7, w: 8, h: 8, fill: &c})
		ps = append(ps, b.textAt(n, chartText, x+12, y, left))
		x += 12 + b.textWidth(n, chartText) + 14
	}
	return ps
}

// niceScale picks an axis top and tick step (1, 2 or 5 × 10ⁿ) for values
// up to m, with room above the tallest bar for its label.
func niceScale(m float64) (top, step float64) {
	if m <= 0 {
		return 1, 1
	}
	raw := m * 1.05 / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step = mag * 10
	for _, f := range []float64{1, 2, 2.5, 5, 10} {
		if f == 2.5 && mag < 10 {
			continue // counts tick in whole numbers
		}
		if f*mag >= raw {
			step = f * mag
			break
		}
	}
	if step < 1 && m >= 1 {
		step = 1
	}
	top = math.Ceil(m*1.05/step) * step
	return top, step
}

// fmtValue writes a chart value: 16,366, 1.5, or "-" for none.
func fmtValue(v float64) string {
	if v == 0 {
		return "-"
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return numfmt.Int(int64(v))
	}
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if i := strings.IndexByte(s, '.'); i >= 0 {
		if n, err := strconv.ParseInt(s[:i], 10, 64); err == nil {
			return numfmt.Int(n) + s[i:]
		}
	}
	return s
}

// axisValue writes an axis tick: 0 stays 0.
func axisValue(v float64) string {
	if v == 0 {
		return "0"
	}
	return fmtValue(v)
}

// wideLabels reports whether category labels are too long for columns,
// so the bars are better laid horizontally.
func (b *Doc) wideLabels(c *chart.Chart, w float64) bool {
	if len(c.Categories) == 0 {
		return false
	}
	slot := (w - 40) / float64(len(c.Categories))
	for _, cat := range c.Categories {
		if b.textWidth(cat, chartText) > slot*1.9 {
			return true
		}
	}
	return false
}

func seriesNames(c *chart.Chart) []string {
	var out []string
	for _, s := range c.Series {
		out = append(out, s.Name)
	}
	return out
}

func colorsFor(c *chart.Chart) []rgb {
	if len(c.Series) == 1 {
		return []rgb{navy}
	}
	return seriesColors
}

// barChart draws vertical bars, grouped by category, with a value axis,
// gridlines, value labels and category labels.
func (b *Doc) barChart(c *chart.Chart, w float64) ([]prim, float64) {
	ps := b.chartHeader(c, w)
	colors := colorsFor(c)
	plotTop := 26.0
	if len(c.Series) > 1 {
		ps = append(ps, b.legend(seriesNames(c), colors, w, 30)...)
		plotTop = 42
	}
	const plotH = 100.0
	axisW := 34.0
	x0, x1 := axisW, w-6
	bottom := plotTop + plotH
	top, step := niceScale(c.Max())
	yOf := func(v float64) float64 { return bottom - v/top*plotH }
	for v := 0.0; v <= top+step/2; v += step {
		y := yOf(v)
		col := hairline
		lw := 0.4
		if v == 0 {
			col, lw = rule, 0.8
		}
		ps = append(ps, &linePrim{x1: x0, y1: y, x2: x1, y2: y, color: col, lw: lw})
		ps = append(ps, b.textAt(axisValue(v), chartText, x0-5, y+3, right))
	}
	if top == 0 {
		ps = append(ps, b.textAt("0", chartText, x0-5, bottom+3, right))
	}
	n := len(c.Categories)
	slot := (x1 - x0) / float64(n)
	ns := len(c.Series)
	groupW := min(slot*0.72, 26*float64(ns))
	barW := groupW / float64(ns)
	// Side-by-side bars share one label size small enough for every value.
	vs := chartValue
	if ns > 1 {
		for _, s := range c.Series {
			for _, v := range s.Values {
				if lw := b.textWidth(fmtValue(v), chartValue); lw > barW+1 {
					vs.size = min(vs.size, max(6.5, chartValue.size*(barW+1)/lw))
				}
			}
		}
	}
	labelH := 0.0
	for i, cat := range c.Categories {
		cx := x0 + slot*(float64(i)+0.5)
		for k, s := range c.Series {
			v := s.Values[i]
			x := cx - groupW/2 + float64(k)*barW
			col := colors[k%len(colors)]
			if v > 0 {
				y := yOf(v)
				ps = append(ps, &rectPrim{x: x + 0.6, y: y, w: barW - 1.2, h: bottom - y, fill: &col})
			}
			ps = append(ps, b.textAt(fmtValue(v), vs, x+barW/2, yOf(v)-3, center))
		}
		ls := b.wrapped(cat, chartText, slot-4, 2)
		for k, l := range ls {
			ps = append(ps, l.prim.shift(cx-l.width/2, bottom+13+float64(k)*11))
		}
		labelH = max(labelH, float64(len(ls))*11)
	}
	return ps, bottom + 6 + labelH + 4
}

// hbarChart draws horizontal bars with the categories' (long) labels at
// the left and the values at the bars' ends.
func (b *Doc) hbarChart(c *chart.Chart, w float64) ([]prim, float64) {
	ps := b.chartHeader(c, w)
	colors := colorsFor(c)
	y := 26.0
	if len(c.Series) > 1 {
		ps = append(ps, b.legend(seriesNames(c), colors, w, 30)...)
		y = 40
	}
	labelW := w * 0.42
	bx0 := labelW + 8
	valW := b.textWidth(fmtValue(c.Max())+"0", chartValue)
	plotW := w - bx0 - valW - 4
	top := c.Max() * 1.02
	if top <= 0 {
		top = 1
	}
	ns := len(c.Series)
	start := y
	for i, cat := range c.Categories {
		ls := b.wrapped(cat, chartText, labelW, 2)
		rowH := max(float64(len(ls))*11+8, 10*float64(ns)+10)
		for k, l := range ls {
			ps = append(ps, l.prim.shift(labelW-l.width, y+(rowH-float64(len(ls))*11)/2+9+float64(k)*11))
		}
		barH := min(12.0, (rowH-8)/float64(ns))
		by := y + (rowH-barH*float64(ns))/2
		for k, s := range c.Series {
			v := s.Values[i]
			col := colors[k%len(colors)]
			bw := v / top * plotW
			if bw > 0 {
				ps = append(ps, &rectPrim{x: bx0, y: by, w: bw, h: barH - 1, fill: &col})
			}
			ps = append(ps, b.textAt(fmtValue(v), chartValue, bx0+bw+4, by+barH/2+3, left))
			by += barH
		}
		y += rowH
	}
	ps = append(ps, &linePrim{x1: bx0, y1: start - 2, x2: bx0, y2: y + 2, color: rule, lw: 0.8})
	return ps, y + 6
}

// pieChart draws a donut of the shares with the total in its centre and a
// legend of names, counts and percentages.
func (b *Doc) pieChart(c *chart.Chart, w float64) ([]prim, float64) {
	ps := b.chartHeader(c, w)
	if len(c.Series) == 0 {
		return nil, 0
	}
	vals := c.Series[0].Values
	total := 0.0
	for _, v := range vals {
		total += math.Max(v, 0)
	}
	if total <= 0 {
		return nil, 0
	}
	const r, r0 = 58.0, 32.0
	cx, cy := w*0.27, 26+r+4
	a := -math.Pi / 2
	for i, v := range vals {
		if v <= 0 {
			continue
		}
		da := v / total * 2 * math.Pi
		col := sliceColors[i%len(sliceColors)]
		ps = append(ps, &polyPrim{pts: ring(cx, cy, r, r0, a, a+da), fill: col})
		a += da
	}
	// White rules between slices.
	a = -math.Pi / 2
	for _, v := range vals {
		if v <= 0 {
			continue
		}
		ps = append(ps, &linePrim{x1: cx + r0*math.Cos(a), y1: cy + r0*math.Sin(a), x2: cx + r*math.Cos(a), y2: cy + r*math.Sin(a), color: white, lw: 1.2})
		a += v / total * 2 * math.Pi
	}
	ps = append(ps, b.textAt(fmtValue(total), style{bold: true, size: 16, color: ink}, cx, cy+3, center))
	if c.Unit != "" {
		ps = append(ps, b.textAt(c.Unit, chartText, cx, cy+15, center))
	}
	// Legend.
	lx := w * 0.52
	lh := 17.0
	ly := cy - float64(len(vals))*lh/2 + 11
	for i, cat := range c.Categories {
		col := sliceColors[i%len(sliceColors)]
		y := ly + float64(i)*lh
		ps = append(ps, &rectPrim{x: lx, y: y - 8, w: 9, h: 9, fill: &col})
		ps = append(ps, b.textAt(cat, style{size: 10, color: ink}, lx+15, y, left))
		pct := vals[i] / total * 100
		val := fmtValue(vals[i]) + " (" + strconv.FormatFloat(pct, 'f', 1, 64) + "%)"
		ps = append(ps, b.textAt(val, style{size: 10, color: ink}, w-10, y, right))
	}
	return ps, cy + r + 8
}

// ring is the outline of a donut slice from angle a0 to a1.
func ring(cx, cy, r, r0, a0, a1 float64) []gopdf.Point {
	n := max(2, int(math.Ceil((a1-a0)/(math.Pi/60))))
	var pts []gopdf.Point
	for i := 0; i <= n; i++ {
		a := a0 + (a1-a0)*float64(i)/float64(n)
		pts = append(pts, gopdf.Point{X: cx + r*math.Cos(a), Y: cy + r*math.Sin(a)})
	}
	for i := n; i >= 0; i-- {
		a := a0 + (a1-a0)*float64(i)/float64(n)
		pts = append(pts, gopdf.Point{X: cx + r0*math.Cos(a), Y: cy + r0*math.Sin(a)})
	}
	return pts
}

// ganttChart draws the schedule over the twelve months of the plan year:
// one row per dated line, bars over its months; approximate or recurring
// periods are drawn lighter with a dashed edge.
func (b *Doc) ganttChart(c *chart.Chart, w float64) ([]prim, float64) {
	head := []prim{b.textAt("< "+strconv.Itoa(c.Year)+"년 추진일정 >", chartTitle, w/2, 11, center)}
	var back, grid, front []prim
	labelW := w * 0.38
	mw := (w - labelW) / 12
	y := 19.0
	const headH = 15.0
	back = append(back, &rectPrim{x: 0, y: y, w: w, h: headH, fill: &headFill})
	for m := 1; m <= 12; m++ {
		front = append(front, b.textAt(strconv.Itoa(m)+"월", chartText, labelW+mw*(float64(m)-0.5), y+10.8, center))
	}
	front = append(front, b.textAt("추진사항", chartText, labelW/2, y+10.8, center))
	top := y
	y += headH
	grid = append(grid, &linePrim{x1: 0, y1: y, x2: w, y2: y, color: rule, lw: 0.6})
	loose := false
	const lh = 10.5
	for i, r := range c.Rows {
		ls := b.wrapped(r.Label, chartText, labelW-10, 2)
		rowH := max(14.5, float64(len(ls))*lh+4)
		if i%2 == 1 {
			back = append(back, &rectPrim{x: 0, y: y, w: w, h: rowH, fill: &tint})
		}
		for k, l := range ls {
			front = append(front, l.prim.shift(5, y+(rowH-float64(len(ls))*lh)/2+8+float64(k)*lh))
		}
		x0 := labelW + mw*float64(r.From-1) + 1.5
		x1 := labelW + mw*float64(r.To) - 1.5
		const bh = 8.0
		by := y + (rowH-bh)/2
		if r.Loose {
			loose = true
			front = append(front, &rectPrim{x: x0, y: by, w: x1 - x0, h: bh, fill: &looseFill, stroke: &navy, lw: 0.6, dash: true})
		} else {
			front = append(front, &rectPrim{x: x0, y: by, w: x1 - x0, h: bh, fill: &navy})
		}
		y += rowH
		if i < len(c.Rows)-1 {
			grid = append(grid, &linePrim{x1: 0, y1: y, x2: w, y2: y, color: hairline, lw: 0.4})
		}
	}
	for m := 0; m < 12; m++ {
		x := labelW + mw*float64(m)
		grid = append(grid, &linePrim{x1: x, y1: top, x2: x, y2: y, color: hairline, lw: 0.4})
	}
	grid = append(grid,
		&linePrim{x1: 0, y1: top, x2: w, y2: top, color: ink, lw: 1.1},
		&linePrim{x1: 0, y1: y, x2: w, y2: y, color: ink, lw: 1.1})
	if loose {
		y += 12
		front = append(front,
			&rectPrim{x: w - 230, y: y - 7, w: 16, h: 7, fill: &navy},
			b.textAt("추진기간", chartText, w-210, y, left),
			&rectPrim{x: w - 150, y: y - 7, w: 16, h: 7, fill: &looseFill, stroke: &navy, lw: 0.6, dash: true},
			b.textAt("수시·반복 등 기간 미확정", chartText, w-130, y, left))
	}
	ps := append(append(append(head, back...), grid...), front...)
	return ps, y + 6
}

// treeNode is a laid-out organisation unit.
type treeNode struct {
	name, role string
	w, h       float64 // box
	span       float64 // width of the subtree
	kids       []*treeNode
}

// treeChart draws the organisation: the head unit above, its units below,
// joined by connectors.
func (b *Doc) treeChart(c *chart.Chart, w float64) ([]prim, float64) {
	for _, scale := range []float64{1, 0.85, 0.7} {
		if ps, h := b.treeChartAt(c, w, scale); h > 0 {
			return ps, h
		}
	}
	return nil, 0 // too wide even small: the caller lists the units instead
}

// treeChartAt draws the tree with type and boxes scaled; h is 0 when it
// does not fit in w.
func (b *Doc) treeChartAt(c *chart.Chart, w, scale float64) ([]prim, float64) {
	nameSt := style{bold: true, size: 10.5 * scale, color: ink}
	roleSt := style{size: 8.5 * scale, color: subtle}
	minW, gap := 84*scale, 14*scale
	roles := b.roles
	var build func(n *chart.Node) *treeNode
	build = func(n *chart.Node) *treeNode {
		t := &treeNode{name: n.Name, role: roles[n.Name]}
		t.w = max(minW, b.textWidth(t.name, nameSt)+20*scale)
		t.h = 24 * scale
		if t.role != "" {
			t.w = max(t.w, min(b.textWidth(t.role, roleSt)+14*scale, 150*scale))
			t.h = (24 + 11*float64(len(b.wrapped(t.role, roleSt, t.w-10*scale, 2)))) * scale
		}
		kidsW, kidsH := 0.0, 0.0
		for i, k := range n.Children {
			kt := build(k)
			t.kids = append(t.kids, kt)
			if i > 0 {
				kidsW += gap
			}
			kidsW += kt.span
			kidsH = max(kidsH, kt.h)
		}
		for _, kt := range t.kids {
			kt.h = kidsH // siblings stand equally tall
		}
		t.span = max(t.w, kidsW)
		return t
	}
	root := build(c.Root)
	if root.span > w {
		return nil, 0
	}
	if root.name == "" && len(root.kids) > 0 {
		// Several top units: lay them side by side under no box.
		root.w, root.h = 0, 0
	}
	var ps []prim
	gapY := 24.0 * scale
	var place func(t *treeNode, x, y float64, depth int) float64
	place = func(t *treeNode, x, y float64, depth int) float64 {
		cx := x + t.span/2
		bottom := y
		if t.w > 0 {
			fill, txt := &white, nameSt
			if depth == 0 {
				fill, txt = &navy, style{bold: true, size: 11 * scale, color: white}
			}
			ps = append(ps, &rectPrim{x: cx - t.w/2, y: y, w: t.w, h: t.h, fill: fill, stroke: &navy, lw: 0.8, radius: 3})
			ps = append(ps, b.textAt(t.name, txt, cx, y+16*scale, center))
			if t.role != "" {
				for k, l := range b.wrapped(t.role, roleSt, t.w-10*scale, 2) {
					ps = append(ps, l.prim.shift(cx-l.width/2, y+(30+float64(k)*11)*scale))
				}
			}
			bottom = y + t.h
		}
		if len(t.kids) == 0 {
			return bottom
		}
		kidsW := 0.0
		for i, k := range t.kids {
			if i > 0 {
				kidsW += gap
			}
			kidsW += k.span
		}
		kx := cx - kidsW/2
		ky := bottom + gapY
		if t.w == 0 {
			ky = bottom
		}
		mid := bottom + gapY/2
		var centres []float64
		deepest := bottom
		for _, k := range t.kids {
			kc := kx + k.span/2
			centres = append(centres, kc)
			deepest = max(deepest, place(k, kx, ky, depth+1))
			kx += k.span + gap
		}
		if t.w > 0 {
			ps = append(ps, &linePrim{x1: cx, y1: bottom, x2: cx, y2: mid, color: navy, lw: 0.8})
			if len(centres) > 1 {
				ps = append(ps, &linePrim{x1: centres[0], y1: mid, x2: centres[len(centres)-1], y2: mid, color: navy, lw: 0.8})
			}
			for _, kc := range centres {
				ps = append(ps, &linePrim{x1: kc, y1: mid, x2: kc, y2: ky, color: navy, lw: 0.8})
			}
		}
		return deepest
	}
	x := (w - root.span) / 2
	bottom := place(root, max(x, 0), 8, 0)
	return ps, bottom + 8
}
