package typeset

import (
	"math"
	"strconv"
	"strings"

	"github.com/signintech/gopdf"

	"workplan/generator/internal/chart"
)

// Chart colours: series and slices, distinguishable in greyscale print.
var (
	seriesColors = []RGB{{0x9c, 0xb9, 0xe6}, Navy, blue, {0x5c, 0x6b, 0x7a}, {0xe0, 0xa1, 0x00}}
	sliceColors  = []RGB{Navy, blue, {0x7f, 0xb1, 0xf5}, {0xc3, 0xd7, 0xf7}, {0x5c, 0x6b, 0x7a}, {0xe0, 0xa1, 0x00}, {0x0b, 0x8a, 0x8a}}
	looseFill    = RGB{0xc9, 0xdb, 0xf8}
	chartText    = Style{Size: 9, Color: Subtle}
	chartValue   = Style{Size: 8.5, Color: Ink}
	chartTitle   = Style{Bold: true, Size: 11, Color: Ink}
)

// Chart is a chart to draw, with the words the document gives it.
type Chart struct {
	*chart.Chart
	// Legend names the styles a schedule's bars are drawn in, by key:
	// "exact" (solid) and "loose" (hatched). A key without words is not
	// explained.
	Legend map[string]string
	// Roles are the duties an organisation's units show under their names.
	Roles map[string]string
}

// ChartRow adds a chart as one unbreakable row, indented by x, and
// reports whether it could be drawn. A chart too tall for a page is split
// into several by its rows or categories.
func (d *Doc) ChartRow(c Chart, x float64) bool {
	ps, h := d.chartPrims(c, d.Page.CW-x)
	if h == 0 {
		return false
	}
	if h > d.Page.CH*0.8 {
		if first, second, ok := splitChart(c); ok {
			return d.ChartRow(first, x) && d.ChartRow(second, x)
		}
	}
	d.RowOf(h, 8, false, shiftAll(ps, x, 0))
	d.Space(6)
	return true
}

// splitChart halves a Gantt chart's rows or a bar chart's categories.
func splitChart(ch Chart) (Chart, Chart, bool) {
	c := ch.Chart
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
		return ch, ch, false
	}
	z.Title += " (계속)"
	first, second := ch, ch
	first.Chart, second.Chart = &a, &z
	return first, second, true
}

// ChartPair adds charts side by side in one row (one alone takes the
// whole width).
func (d *Doc) ChartPair(cs ...Chart) {
	var ok []Chart
	for _, c := range cs {
		if c.Chart != nil && c.Validate() == nil {
			ok = append(ok, c)
		}
	}
	switch len(ok) {
	case 0:
		return
	case 1:
		d.ChartRow(ok[0], 0)
		return
	}
	const gap = 24.0
	w := (d.Page.CW - gap) / 2
	ps1, h1 := d.chartPrims(ok[0], w)
	ps2, h2 := d.chartPrims(ok[1], w)
	ps := append(ps1, shiftAll(ps2, w+gap, 0)...)
	d.RowOf(max(h1, h2), 14, false, ps)
	d.Space(8)
	d.ChartPair(ok[2:]...)
}

// chartPrims draws a chart w wide; its height comes back with it.
func (d *Doc) chartPrims(ch Chart, w float64) ([]Prim, float64) {
	c := ch.Chart
	if c == nil || c.Validate() != nil {
		return nil, 0
	}
	switch c.Kind {
	case chart.Bar, chart.GroupedBar:
		if d.wideLabels(c, w) {
			return d.hbarChart(c, w)
		}
		return d.barChart(c, w)
	case chart.Pie:
		return d.pieChart(c, w)
	case chart.Gantt:
		return d.ganttChart(c, ch.Legend, w)
	case chart.Tree:
		return d.treeChart(c, ch.Roles, w)
	}
	return nil, 0
}

// textAt is one line of text: x is its left edge, centre or right edge
// by al, y its baseline.
func (d *Doc) textAt(text string, st Style, x, y float64, al Align) Prim {
	ls := d.SetLines(Plain(text, st), 1e6, 0, Left)
	if len(ls) == 0 {
		return &TextPrim{}
	}
	w := ls[0].Width
	switch al {
	case Center:
		x -= w / 2
	case Right:
		x -= w
	}
	return ls[0].Text.Shift(x, y)
}

// wrapped sets text in at most n lines of width w, ending in "…" when cut.
func (d *Doc) wrapped(text string, st Style, w float64, n int) []Line {
	ls := d.setBalanced(Plain(text, st), w, Left)
	if len(ls) <= n {
		return ls
	}
	rs := []rune(text)
	// Find how much fits in n lines, then shorten until "…" fits too.
	cut := len(rs)
	for cut > 0 {
		cut--
		t := strings.TrimSpace(string(rs[:cut])) + "…"
		if l := d.SetLines(Plain(t, st), w, 0, Left); len(l) <= n {
			return l
		}
	}
	return ls[:n]
}

// header draws the chart's title centred and its unit at the right.
func (d *Doc) chartHeader(c *chart.Chart, w float64) []Prim {
	ps := []Prim{d.textAt("< "+c.Title+" >", chartTitle, w/2, 11, Center)}
	if c.Unit != "" && c.Kind != chart.Pie {
		ps = append(ps, d.textAt("(단위: "+c.Unit+")", chartText, w, 11, Right))
	}
	return ps
}

// legend draws coloured keys centred at y.
func (d *Doc) legend(names []string, colors []RGB, w, y float64) []Prim {
	total := 0.0
	for _, n := range names {
		total += 12 + d.TextWidth(n, chartText) + 14
	}
	x := (w - total) / 2
	var ps []Prim
	for i, n := range names {
		c := colors[i%len(colors)]
		ps = append(ps, &RectPrim{X: x, Y: y - 7, W: 8, H: 8, Fill: &c})
		ps = append(ps, d.textAt(n, chartText, x+12, y, Left))
		x += 12 + d.TextWidth(n, chartText) + 14
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

// fmtValue writes a chart value as the chart's data table does
// (chart.Number), or "-" for none.
func fmtValue(v float64) string {
	if v == 0 {
		return "-"
	}
	return chart.Number(v)
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
func (d *Doc) wideLabels(c *chart.Chart, w float64) bool {
	if len(c.Categories) == 0 {
		return false
	}
	slot := (w - 40) / float64(len(c.Categories))
	for _, cat := range c.Categories {
		if d.TextWidth(cat, chartText) > slot*1.9 {
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

func colorsFor(c *chart.Chart) []RGB {
	if len(c.Series) == 1 {
		return []RGB{Navy}
	}
	return seriesColors
}

// barChart draws vertical bars, grouped by category, with a value axis,
// gridlines, value labels and category labels.
func (d *Doc) barChart(c *chart.Chart, w float64) ([]Prim, float64) {
	ps := d.chartHeader(c, w)
	colors := colorsFor(c)
	plotTop := 26.0
	if len(c.Series) > 1 {
		ps = append(ps, d.legend(seriesNames(c), colors, w, 30)...)
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
		col := Hairline
		lw := 0.4
		if v == 0 {
			col, lw = RuleInk, 0.8
		}
		ps = append(ps, &LinePrim{X1: x0, Y1: y, X2: x1, Y2: y, Color: col, LW: lw})
		ps = append(ps, d.textAt(axisValue(v), chartText, x0-5, y+3, Right))
	}
	if top == 0 {
		ps = append(ps, d.textAt("0", chartText, x0-5, bottom+3, Right))
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
				if lw := d.TextWidth(fmtValue(v), chartValue); lw > barW+1 {
					vs.Size = min(vs.Size, max(6.5, chartValue.Size*(barW+1)/lw))
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
				ps = append(ps, &RectPrim{X: x + 0.6, Y: y, W: barW - 1.2, H: bottom - y, Fill: &col})
			}
			ps = append(ps, d.textAt(fmtValue(v), vs, x+barW/2, yOf(v)-3, Center))
		}
		ls := d.wrapped(cat, chartText, slot-4, 2)
		for k, l := range ls {
			ps = append(ps, l.Text.Shift(cx-l.Width/2, bottom+13+float64(k)*11))
		}
		labelH = max(labelH, float64(len(ls))*11)
	}
	return ps, bottom + 6 + labelH + 4
}

// hbarChart draws horizontal bars with the categories' (long) labels at
// the left and the values at the bars' ends.
func (d *Doc) hbarChart(c *chart.Chart, w float64) ([]Prim, float64) {
	ps := d.chartHeader(c, w)
	colors := colorsFor(c)
	y := 26.0
	if len(c.Series) > 1 {
		ps = append(ps, d.legend(seriesNames(c), colors, w, 30)...)
		y = 40
	}
	labelW := w * 0.42
	bx0 := labelW + 8
	valW := d.TextWidth(fmtValue(c.Max())+"0", chartValue)
	plotW := w - bx0 - valW - 4
	top := c.Max() * 1.02
	if top <= 0 {
		top = 1
	}
	ns := len(c.Series)
	start := y
	for i, cat := range c.Categories {
		ls := d.wrapped(cat, chartText, labelW, 2)
		rowH := max(float64(len(ls))*11+8, 10*float64(ns)+10)
		for k, l := range ls {
			ps = append(ps, l.Text.Shift(labelW-l.Width, y+(rowH-float64(len(ls))*11)/2+9+float64(k)*11))
		}
		barH := min(12.0, (rowH-8)/float64(ns))
		by := y + (rowH-barH*float64(ns))/2
		for k, s := range c.Series {
			v := s.Values[i]
			col := colors[k%len(colors)]
			bw := v / top * plotW
			if bw > 0 {
				ps = append(ps, &RectPrim{X: bx0, Y: by, W: bw, H: barH - 1, Fill: &col})
			}
			ps = append(ps, d.textAt(fmtValue(v), chartValue, bx0+bw+4, by+barH/2+3, Left))
			by += barH
		}
		y += rowH
	}
	ps = append(ps, &LinePrim{X1: bx0, Y1: start - 2, X2: bx0, Y2: y + 2, Color: RuleInk, LW: 0.8})
	return ps, y + 6
}

// pieChart draws a donut of the shares with the total in its centre and a
// legend of names, counts and percentages.
func (d *Doc) pieChart(c *chart.Chart, w float64) ([]Prim, float64) {
	ps := d.chartHeader(c, w)
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
		ps = append(ps, &LinePrim{X1: cx + r0*math.Cos(a), Y1: cy + r0*math.Sin(a), X2: cx + r*math.Cos(a), Y2: cy + r*math.Sin(a), Color: White, LW: 1.2})
		a += v / total * 2 * math.Pi
	}
	ps = append(ps, d.textAt(fmtValue(total), Style{Bold: true, Size: 16, Color: Ink}, cx, cy+3, Center))
	if c.Unit != "" {
		ps = append(ps, d.textAt(c.Unit, chartText, cx, cy+15, Center))
	}
	// Legend.
	lx := w * 0.52
	lh := 17.0
	ly := cy - float64(len(vals))*lh/2 + 11
	for i, cat := range c.Categories {
		col := sliceColors[i%len(sliceColors)]
		y := ly + float64(i)*lh
		ps = append(ps, &RectPrim{X: lx, Y: y - 8, W: 9, H: 9, Fill: &col})
		ps = append(ps, d.textAt(cat, Style{Size: 10, Color: Ink}, lx+15, y, Left))
		val := fmtValue(vals[i]) + " (" + chart.Share(vals[i], total) + ")"
		ps = append(ps, d.textAt(val, Style{Size: 10, Color: Ink}, w-10, y, Right))
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
func (d *Doc) ganttChart(c *chart.Chart, legend map[string]string, w float64) ([]Prim, float64) {
	head := []Prim{d.textAt("< "+c.Title+" >", chartTitle, w/2, 11, Center)}
	var back, grid, front []Prim
	labelW := w * 0.38
	mw := (w - labelW) / 12
	y := 19.0
	const headH = 15.0
	back = append(back, &RectPrim{X: 0, Y: y, W: w, H: headH, Fill: &HeadFill})
	for m := 1; m <= 12; m++ {
		front = append(front, d.textAt(strconv.Itoa(m)+"월", chartText, labelW+mw*(float64(m)-0.5), y+10.8, Center))
	}
	front = append(front, d.textAt("추진사항", chartText, labelW/2, y+10.8, Center))
	top := y
	y += headH
	grid = append(grid, &LinePrim{X1: 0, Y1: y, X2: w, Y2: y, Color: RuleInk, LW: 0.6})
	const lh = 10.5
	for i, r := range c.Rows {
		ls := d.wrapped(r.Label, chartText, labelW-10, 2)
		rowH := max(14.5, float64(len(ls))*lh+4)
		if i%2 == 1 {
			back = append(back, &RectPrim{X: 0, Y: y, W: w, H: rowH, Fill: &Tint})
		}
		for k, l := range ls {
			front = append(front, l.Text.Shift(5, y+(rowH-float64(len(ls))*lh)/2+8+float64(k)*lh))
		}
		x0 := labelW + mw*float64(r.From-1) + 1.5
		x1 := labelW + mw*float64(r.To) - 1.5
		const bh = 8.0
		by := y + (rowH-bh)/2
		front = append(front, ganttBar(r.Loose, x0, by, x1-x0, bh)...)
		y += rowH
		if i < len(c.Rows)-1 {
			grid = append(grid, &LinePrim{X1: 0, Y1: y, X2: w, Y2: y, Color: Hairline, LW: 0.4})
		}
	}
	for m := 0; m < 12; m++ {
		x := labelW + mw*float64(m)
		grid = append(grid, &LinePrim{X1: x, Y1: top, X2: x, Y2: y, Color: Hairline, LW: 0.4})
	}
	grid = append(grid,
		&LinePrim{X1: 0, Y1: top, X2: w, Y2: top, Color: Ink, LW: 1.1},
		&LinePrim{X1: 0, Y1: y, X2: w, Y2: y, Color: Ink, LW: 1.1})
	// The legend, right-aligned: a key drawn as the bars are, and its words.
	var keys []Prim
	type key struct {
		loose bool
		words string
	}
	var ks []key
	total := 0.0
	for _, k := range []string{"exact", "loose"} {
		if words := legend[k]; words != "" {
			ks = append(ks, key{k == "loose", words})
			total += 20 + d.TextWidth(words, chartText) + 14
		}
	}
	x := w - total + 14
	for _, k := range ks {
		keys = append(keys, ganttBar(k.loose, x, y+5, 16, 7)...)
		keys = append(keys, d.textAt(k.words, chartText, x+20, y+12, Left))
		x += 20 + d.TextWidth(k.words, chartText) + 14
	}
	if len(keys) > 0 {
		y += 12
		front = append(front, keys...)
	}
	ps := append(append(append(head, back...), grid...), front...)
	return ps, y + 6
}

// ganttBar is a schedule bar: solid for exact dates, hatched with a
// dashed edge for approximate or recurring ones.
func ganttBar(loose bool, x, y, w, h float64) []Prim {
	if !loose {
		return []Prim{&RectPrim{X: x, Y: y, W: w, H: h, Fill: &Navy}}
	}
	ps := []Prim{&RectPrim{X: x, Y: y, W: w, H: h, Fill: &looseFill}}
	// Diagonal hatching, clipped to the bar.
	const step = 3.0
	for t := x - h; t < x+w; t += step {
		x0, y0 := t, y+h // lower left end
		x1, y1 := t+h, y // upper right end
		if x0 < x {
			y0 -= x - x0
			x0 = x
		}
		if x1 > x+w {
			y1 += x1 - (x + w)
			x1 = x + w
		}
		if x1 > x0 {
			ps = append(ps, &LinePrim{X1: x0, Y1: y0, X2: x1, Y2: y1, Color: Navy, LW: 0.4})
		}
	}
	return append(ps, &RectPrim{X: x, Y: y, W: w, H: h, Stroke: &Navy, LW: 0.6, Dash: true})
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
func (d *Doc) treeChart(c *chart.Chart, roles map[string]string, w float64) ([]Prim, float64) {
	for _, scale := range []float64{1, 0.85, 0.7} {
		if ps, h := d.treeChartAt(c, roles, w, scale); h > 0 {
			return ps, h
		}
	}
	return nil, 0 // too wide even small: the caller lists the units instead
}

// treeChartAt draws the tree with type and boxes scaled; h is 0 when it
// does not fit in w.
func (d *Doc) treeChartAt(c *chart.Chart, roles map[string]string, w, scale float64) ([]Prim, float64) {
	nameSt := Style{Bold: true, Size: 10.5 * scale, Color: Ink}
	roleSt := Style{Size: 8.5 * scale, Color: Subtle}
	minW, gap := 84*scale, 14*scale
	var build func(n *chart.Node) *treeNode
	build = func(n *chart.Node) *treeNode {
		t := &treeNode{name: n.Name, role: roles[n.Name]}
		t.w = max(minW, d.TextWidth(t.name, nameSt)+20*scale)
		t.h = 24 * scale
		if t.role != "" {
			t.w = max(t.w, min(d.TextWidth(t.role, roleSt)+14*scale, 150*scale))
			t.h = (24 + 11*float64(len(d.wrapped(t.role, roleSt, t.w-10*scale, 2)))) * scale
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
	var ps []Prim
	gapY := 24.0 * scale
	var place func(t *treeNode, x, y float64, depth int) float64
	place = func(t *treeNode, x, y float64, depth int) float64 {
		cx := x + t.span/2
		bottom := y
		if t.w > 0 {
			fill, txt := &White, nameSt
			if depth == 0 {
				fill, txt = &Navy, Style{Bold: true, Size: 11 * scale, Color: White}
			}
			ps = append(ps, &RectPrim{X: cx - t.w/2, Y: y, W: t.w, H: t.h, Fill: fill, Stroke: &Navy, LW: 0.8, Radius: 3})
			ps = append(ps, d.textAt(t.name, txt, cx, y+16*scale, Center))
			if t.role != "" {
				for k, l := range d.wrapped(t.role, roleSt, t.w-10*scale, 2) {
					ps = append(ps, l.Text.Shift(cx-l.Width/2, y+(30+float64(k)*11)*scale))
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
			ps = append(ps, &LinePrim{X1: cx, Y1: bottom, X2: cx, Y2: mid, Color: Navy, LW: 0.8})
			if len(centres) > 1 {
				ps = append(ps, &LinePrim{X1: centres[0], Y1: mid, X2: centres[len(centres)-1], Y2: mid, Color: Navy, LW: 0.8})
			}
			for _, kc := range centres {
				ps = append(ps, &LinePrim{X1: kc, Y1: mid, X2: kc, Y2: ky, Color: Navy, LW: 0.8})
			}
		}
		return deepest
	}
	x := (w - root.span) / 2
	bottom := place(root, max(x, 0), 8, 0)
	return ps, bottom + 8
}
