package raster

import (
	"strconv"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/typeset"
)

// ganttChart draws the schedule over the twelve months of the plan year:
// one row per dated line, bars over its months; approximate or recurring
// periods lighter and hatched with a dashed edge. Backgrounds first, then
// the grid, then bars and words, as the PDF layers them.
func (d *drawing) ganttChart(c *chart.Chart, legend map[string]string, w float64) float64 {
	if len(c.Rows) == 0 {
		return 0
	}
	if !d.noTitle {
		d.textAt("< "+c.Title+" >", chartTitle, w/2, 11, center)
	}
	front := &drawing{tx: d.tx}
	var grid []op
	labelW := w * 0.38
	mw := (w - labelW) / 12
	y := 19.0
	const headH = 15.0
	d.add(&rectOp{X: 0, Y: y, W: w, H: headH, Fill: &typeset.HeadFill})
	for m := 1; m <= 12; m++ {
		front.textAt(strconv.Itoa(m)+"월", chartText, labelW+mw*(float64(m)-0.5), y+10.8, center)
	}
	front.textAt("추진사항", chartText, labelW/2, y+10.8, center)
	top := y
	y += headH
	grid = append(grid, &lineOp{X1: 0, Y1: y, X2: w, Y2: y, Color: typeset.RuleInk, LW: 0.6})
	const lh = 10.5
	for i, r := range c.Rows {
		ls := d.tx.balanced(r.Label, chartText, labelW-10, 2)
		rowH := max(14.5, float64(len(ls))*lh+4)
		if i%2 == 1 {
			d.add(&rectOp{X: 0, Y: y, W: w, H: rowH, Fill: &typeset.Tint})
		}
		for k, l := range ls {
			front.textAt(l, chartText, 5, y+(rowH-float64(len(ls))*lh)/2+8+float64(k)*lh, left)
		}
		x0 := labelW + mw*float64(r.From-1) + 1.5
		x1 := labelW + mw*float64(r.To) - 1.5
		const bh = 8.0
		front.add(ganttBar(r.Loose, x0, y+(rowH-bh)/2, x1-x0, bh)...)
		y += rowH
		if i < len(c.Rows)-1 {
			grid = append(grid, &lineOp{X1: 0, Y1: y, X2: w, Y2: y, Color: typeset.Hairline, LW: 0.4})
		}
	}
	for m := 0; m < 12; m++ {
		x := labelW + mw*float64(m)
		grid = append(grid, &lineOp{X1: x, Y1: top, X2: x, Y2: y, Color: typeset.Hairline, LW: 0.4})
	}
	grid = append(grid,
		&lineOp{X1: 0, Y1: top, X2: w, Y2: top, Color: typeset.Ink, LW: 1.1},
		&lineOp{X1: 0, Y1: y, X2: w, Y2: y, Color: typeset.Ink, LW: 1.1})
	// The legend, right-aligned: a key drawn as the bars are, and its words.
	type key struct {
		loose bool
		words string
	}
	var ks []key
	total := 0.0
	for _, k := range []string{"exact", "loose"} {
		if words := legend[k]; words != "" {
			ks = append(ks, key{k == "loose", words})
			total += 20 + d.tx.width(words, chartText) + 14
		}
	}
	x := w - total + 14
	for _, k := range ks {
		front.add(ganttBar(k.loose, x, y+5, 16, 7)...)
		front.textAt(k.words, chartText, x+20, y+12, left)
		x += 20 + d.tx.width(k.words, chartText) + 14
	}
	if len(ks) > 0 {
		y += 12
	}
	d.add(grid...)
	d.add(front.ops...)
	return y + 6
}

// ganttBar is a schedule bar: solid for exact dates, hatched with a
// dashed edge for approximate or recurring ones.
func ganttBar(loose bool, x, y, w, h float64) []op {
	if !loose {
		return []op{&rectOp{X: x, Y: y, W: w, H: h, Fill: &typeset.Navy}}
	}
	ops := []op{&rectOp{X: x, Y: y, W: w, H: h, Fill: &looseFill}}
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
			ops = append(ops, &lineOp{X1: x0, Y1: y0, X2: x1, Y2: y1, Color: typeset.Navy, LW: 0.4})
		}
	}
	return append(ops, &rectOp{X: x, Y: y, W: w, H: h, Stroke: &typeset.Navy, LW: 0.6, Dash: true})
}
