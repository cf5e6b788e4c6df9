package raster

import (
	"workplan/generator/internal/chart"
	"workplan/generator/internal/typeset"
)

// treeNode is a laid-out organisation unit.
type treeNode struct {
	name, role string
	w, h       float64 // box
	span       float64 // width of the subtree
	kids       []*treeNode
}

// treeChart draws the organisation: the head unit above, its units below,
// joined by connectors; 0 when it is too wide even in small type.
func (d *drawing) treeChart(c *chart.Chart, roles map[string]string, w float64) float64 {
	for _, scale := range []float64{1, 0.85, 0.7} {
		t := &drawing{tx: d.tx}
		if h := t.treeChartAt(c, roles, w, scale); h > 0 {
			d.add(t.ops...)
			return h
		}
	}
	return 0
}

func (d *drawing) treeChartAt(c *chart.Chart, roles map[string]string, w, scale float64) float64 {
	nameSt := style{Bold: true, Size: 10.5 * scale, Color: typeset.Ink}
	roleSt := style{Size: 8.5 * scale, Color: typeset.Subtle}
	minW, gap := 84*scale, 14*scale
	var build func(n *chart.Node) *treeNode
	build = func(n *chart.Node) *treeNode {
		t := &treeNode{name: n.Name, role: roles[n.Name]}
		t.w = max(minW, d.tx.width(t.name, nameSt)+20*scale)
		t.h = 24 * scale
		if t.role != "" {
			t.w = max(t.w, min(d.tx.width(t.role, roleSt)+14*scale, 150*scale))
			t.h = (24 + 11*float64(len(d.tx.balanced(t.role, roleSt, t.w-10*scale, 2)))) * scale
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
		return 0
	}
	if root.name == "" && len(root.kids) > 0 {
		// Several top units: lay them side by side under no box.
		root.w, root.h = 0, 0
	}
	gapY := 24.0 * scale
	var place func(t *treeNode, x, y float64, depth int) float64
	place = func(t *treeNode, x, y float64, depth int) float64 {
		cx := x + t.span/2
		bottom := y
		if t.w > 0 {
			fill, txt := &typeset.White, nameSt
			if depth == 0 {
				fill, txt = &typeset.Navy, style{Bold: true, Size: 11 * scale, Color: typeset.White}
			}
			d.add(&rectOp{X: cx - t.w/2, Y: y, W: t.w, H: t.h, Fill: fill, Stroke: &typeset.Navy, LW: 0.8, Radius: 3})
			d.textAt(t.name, txt, cx, y+16*scale, center)
			if t.role != "" {
				for k, l := range d.tx.balanced(t.role, roleSt, t.w-10*scale, 2) {
					d.textAt(l, roleSt, cx, y+(30+float64(k)*11)*scale, center)
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
			centres = append(centres, kx+k.span/2)
			deepest = max(deepest, place(k, kx, ky, depth+1))
			kx += k.span + gap
		}
		if t.w > 0 {
			navy := typeset.Navy
			d.add(&lineOp{X1: cx, Y1: bottom, X2: cx, Y2: mid, Color: navy, LW: 0.8})
			if len(centres) > 1 {
				d.add(&lineOp{X1: centres[0], Y1: mid, X2: centres[len(centres)-1], Y2: mid, Color: navy, LW: 0.8})
			}
			for _, kc := range centres {
				d.add(&lineOp{X1: kc, Y1: mid, X2: kc, Y2: ky, Color: navy, LW: 0.8})
			}
		}
		return deepest
	}
	return place(root, max((w-root.span)/2, 0), 8, 0) + 8
}
