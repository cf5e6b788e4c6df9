package raster

import (
	"math"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/typeset"
)

// The PDF's chart palette and type (typeset/charts.go): series and slices
// distinguishable in greyscale print.
var (
	blue         = typeset.RGB{R: 0x25, G: 0x6e, B: 0xf4}
	seriesColors = []typeset.RGB{{R: 0x9c, G: 0xb9, B: 0xe6}, typeset.Navy, blue, {R: 0x5c, G: 0x6b, B: 0x7a}, {R: 0xe0, G: 0xa1, B: 0x00}}
	sliceColors  = []typeset.RGB{typeset.Navy, blue, {R: 0x7f, G: 0xb1, B: 0xf5}, {R: 0xc3, G: 0xd7, B: 0xf7}, {R: 0x5c, G: 0x6b, B: 0x7a}, {R: 0xe0, G: 0xa1, B: 0x00}, {R: 0x0b, G: 0x8a, B: 0x8a}}
	looseFill    = typeset.RGB{R: 0xc9, G: 0xdb, B: 0xf8}
	chartText    = style{Size: 9, Color: typeset.Subtle}
	chartValue   = style{Size: 8.5, Color: typeset.Ink}
	chartTitle   = style{Bold: true, Size: 11, Color: typeset.Ink}
)

// chartHeader draws the title centred and the unit at the right.
func (d *drawing) chartHeader(c *chart.Chart, w float64) {
	if !d.noTitle {
		d.textAt("< "+c.Title+" >", chartTitle, w/2, 11, center)
	}
	if c.Unit != "" && c.Kind != chart.Pie {
		d.textAt("(단위: "+c.Unit+")", chartText, w, 11, right)
	}
}

// legend draws coloured keys centred at y.
func (d *drawing) legend(names []string, colors []typeset.RGB, w, y float64) {
	total := 0.0
	for _, n := range names {
		total += 12 + d.tx.width(n, chartText) + 14
	}
	x := (w - total) / 2
	for i, n := range names {
		c := colors[i%len(colors)]
		d.add(&rectOp{X: x, Y: y - 7, W: 8, H: 8, Fill: &c})
		d.textAt(n, chartText, x+12, y, left)
		x += 12 + d.tx.width(n, chartText) + 14
	}
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

// fmtValue writes a value as the chart's data table does, "-" for none.
func fmtValue(v float64) string {
	if v == 0 {
		return "-"
	}
	return chart.Number(v)
}

func axisValue(v float64) string {
	if v == 0 {
		return "0"
	}
	return fmtValue(v)
}

// wideLabels reports whether category labels are too long for columns,
// so the bars are better laid horizontally.
func (d *drawing) wideLabels(c *chart.Chart, w float64) bool {
	slot := (w - 40) / float64(len(c.Categories))
	for _, cat := range c.Categories {
		if d.tx.width(cat, chartText) > slot*1.9 {
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

func colorsFor(c *chart.Chart) []typeset.RGB {
	if len(c.Series) == 1 {
		return []typeset.RGB{typeset.Navy}
	}
	return seriesColors
}

// barChart draws vertical bars grouped by category, with a value axis,
// gridlines, value labels and category labels; it returns the height.
func (d *drawing) barChart(c *chart.Chart, w float64) float64 {
	d.chartHeader(c, w)
	colors := colorsFor(c)
	plotTop := 26.0
	if len(c.Series) > 1 {
		d.legend(seriesNames(c), colors, w, 30)
		plotTop = 42
	}
	const plotH = 100.0
	x0, x1 := 34.0, w-6
	bottom := plotTop + plotH
	top, step := niceScale(c.Max())
	yOf := func(v float64) float64 { return bottom - v/top*plotH }
	for v := 0.0; v <= top+step/2; v += step {
		y := yOf(v)
		col, lw := typeset.Hairline, 0.4
		if v == 0 {
			col, lw = typeset.RuleInk, 0.8
		}
		d.add(&lineOp{X1: x0, Y1: y, X2: x1, Y2: y, Color: col, LW: lw})
		d.textAt(axisValue(v), chartText, x0-5, y+3, right)
	}
	n := len(c.Categories)
	slot := (x1 - x0) / float64(n)
	ns := max(len(c.Series), 1)
	groupW := min(slot*0.72, 26*float64(ns))
	barW := groupW / float64(ns)
	// Side-by-side bars share one label size small enough for every value.
	vs := chartValue
	if ns > 1 {
		for _, s := range c.Series {
			for _, v := range s.Values {
				if lw := d.tx.width(fmtValue(v), chartValue); lw > barW+1 {
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
				d.add(&rectOp{X: x + 0.6, Y: y, W: barW - 1.2, H: bottom - y, Fill: &col})
			}
			d.textAt(fmtValue(v), vs, x+barW/2, yOf(v)-3, center)
		}
		ls := d.tx.balanced(cat, chartText, slot-4, 2)
		for k, l := range ls {
			d.textAt(l, chartText, cx, bottom+13+float64(k)*11, center)
		}
		labelH = max(labelH, float64(len(ls))*11)
	}
	return bottom + 6 + labelH + 4
}

// hbarChart draws horizontal bars with the categories' (long) labels at
// the left and the values at the bars' ends.
func (d *drawing) hbarChart(c *chart.Chart, w float64) float64 {
	d.chartHeader(c, w)
	colors := colorsFor(c)
	y := 26.0
	if len(c.Series) > 1 {
		d.legend(seriesNames(c), colors, w, 30)
		y = 40
	}
	labelW := w * 0.42
	bx0 := labelW + 8
	valW := d.tx.width(fmtValue(c.Max())+"0", chartValue)
	plotW := w - bx0 - valW - 4
	top := c.Max() * 1.02
	if top <= 0 {
		top = 1
	}
	ns := max(len(c.Series), 1)
	start := y
	for i, cat := range c.Categories {
		ls := d.tx.balanced(cat, chartText, labelW, 2)
		rowH := max(float64(len(ls))*11+8, 10*float64(ns)+10)
		for k, l := range ls {
			d.textAt(l, chartText, labelW, y+(rowH-float64(len(ls))*11)/2+9+float64(k)*11, right)
		}
		barH := min(12.0, (rowH-8)/float64(ns))
		by := y + (rowH-barH*float64(ns))/2
		for k, s := range c.Series {
			v := s.Values[i]
			col := colors[k%len(colors)]
			bw := v / top * plotW
			if bw > 0 {
				d.add(&rectOp{X: bx0, Y: by, W: bw, H: barH - 1, Fill: &col})
			}
			d.textAt(fmtValue(v), chartValue, bx0+max(bw, 0)+4, by+barH/2+3, left)
			by += barH
		}
		y += rowH
	}
	d.add(&lineOp{X1: bx0, Y1: start - 2, X2: bx0, Y2: y + 2, Color: typeset.RuleInk, LW: 0.8})
	return y + 6
}

// pieChart draws a donut of the shares with the total in its centre and a
// legend of names, counts and percentages; 0 when there is no share.
func (d *drawing) pieChart(c *chart.Chart, w float64) float64 {
	if len(c.Series) == 0 {
		return 0
	}
	vals := c.Series[0].Values
	total := 0.0
	for _, v := range vals {
		total += math.Max(v, 0)
	}
	if total <= 0 {
		return 0
	}
	d.chartHeader(c, w)
	const r, r0 = 58.0, 32.0
	cx, cy := w*0.27, 26+r+4
	a := -math.Pi / 2
	for i, v := range vals {
		if v <= 0 {
			continue
		}
		da := v / total * 2 * math.Pi
		d.add(&polyOp{Pts: ring(cx, cy, r, r0, a, a+da), Fill: sliceColors[i%len(sliceColors)]})
		a += da
	}
	// White rules between slices.
	a = -math.Pi / 2
	for _, v := range vals {
		if v <= 0 {
			continue
		}
		d.add(&lineOp{X1: cx + r0*math.Cos(a), Y1: cy + r0*math.Sin(a), X2: cx + r*math.Cos(a), Y2: cy + r*math.Sin(a), Color: typeset.White, LW: 1.2})
		a += v / total * 2 * math.Pi
	}
	d.textAt(fmtValue(total), style{Bold: true, Size: 16, Color: typeset.Ink}, cx, cy+3, center)
	if c.Unit != "" {
		d.textAt(c.Unit, chartText, cx, cy+15, center)
	}
	lx, lh := w*0.52, 17.0
	ly := cy - float64(len(vals))*lh/2 + 11
	item := style{Size: 10, Color: typeset.Ink}
	for i, cat := range c.Categories {
		col := sliceColors[i%len(sliceColors)]
		y := ly + float64(i)*lh
		d.add(&rectOp{X: lx, Y: y - 8, W: 9, H: 9, Fill: &col})
		d.textAt(cat, item, lx+15, y, left)
		d.textAt(fmtValue(vals[i])+" ("+chart.Share(vals[i], total)+")", item, w-10, y, right)
	}
	return max(cy+r+8, ly+float64(len(vals)-1)*lh+8)
}

// ring is the outline of a donut slice from angle a0 to a1.
func ring(cx, cy, r, r0, a0, a1 float64) [][2]float64 {
	n := max(2, int(math.Ceil((a1-a0)/(math.Pi/60))))
	var pts [][2]float64
	for i := 0; i <= n; i++ {
		a := a0 + (a1-a0)*float64(i)/float64(n)
		pts = append(pts, [2]float64{cx + r*math.Cos(a), cy + r*math.Sin(a)})
	}
	for i := n; i >= 0; i-- {
		a := a0 + (a1-a0)*float64(i)/float64(n)
		pts = append(pts, [2]float64{cx + r0*math.Cos(a), cy + r0*math.Sin(a)})
	}
	return pts
}
