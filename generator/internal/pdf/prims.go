package pdf

import (
	"math"

	"github.com/signintech/gopdf"

	"workplan/generator/internal/fonts"
)

// A prim is one drawing instruction of the display list that measured rows
// carry until pages are known. Coordinates are points from the top left of
// the row (x from the left edge of the content area).
type prim interface{ shift(dx, dy float64) prim }

// textPrim is a line of text; y is the baseline.
type textPrim struct {
	x, y float64
	runs []textRun
}

// textRun is text in one face and style; x is relative to the prim.
type textRun struct {
	x    float64
	w    float64
	face *fonts.Face // nil: no face has these characters; drawn as boxes
	st   style
	text string
}

type rectPrim struct {
	x, y, w, h float64
	fill       *rgb
	stroke     *rgb
	lw         float64
	radius     float64
	dash       bool
}

type linePrim struct {
	x1, y1, x2, y2 float64
	color          rgb
	lw             float64
	dash           bool
}

type polyPrim struct {
	pts  []gopdf.Point
	fill rgb
}

// linkPrim makes a rectangle a link to an anchor.
type linkPrim struct {
	x, y, w, h float64
	anchor     string
}

// anchorPrim sets a link target at y.
type anchorPrim struct {
	y    float64
	name string
}

func (p *textPrim) shift(dx, dy float64) prim {
	c := *p
	c.x += dx
	c.y += dy
	return &c
}

func (p *rectPrim) shift(dx, dy float64) prim {
	c := *p
	c.x += dx
	c.y += dy
	return &c
}

func (p *linePrim) shift(dx, dy float64) prim {
	c := *p
	c.x1 += dx
	c.x2 += dx
	c.y1 += dy
	c.y2 += dy
	return &c
}

func (p *polyPrim) shift(dx, dy float64) prim {
	c := &polyPrim{fill: p.fill, pts: make([]gopdf.Point, len(p.pts))}
	for i, pt := range p.pts {
		c.pts[i] = gopdf.Point{X: pt.X + dx, Y: pt.Y + dy}
	}
	return c
}

func (p *linkPrim) shift(dx, dy float64) prim {
	c := *p
	c.x += dx
	c.y += dy
	return &c
}

func (p *anchorPrim) shift(_, dy float64) prim {
	c := *p
	c.y += dy
	return &c
}

// shiftAll moves prims by (dx, dy).
func shiftAll(ps []prim, dx, dy float64) []prim {
	out := make([]prim, len(ps))
	for i, p := range ps {
		out[i] = p.shift(dx, dy)
	}
	return out
}

// drawer draws prims onto a gopdf document, emitting state changes only when
// the state changes.
type drawer struct {
	pdf *gopdf.GoPdf
	err error

	face   *fonts.Face
	size   float64
	text   *rgb
	stroke *rgb
	fill   *rgb
	lw     float64
	dashed *bool
}

func (d *drawer) setFace(f *fonts.Face, size float64) {
	if d.face == f && d.size == size {
		return
	}
	if err := d.pdf.SetFont(f.Family, "", size); err != nil && d.err == nil {
		d.err = err
	}
	d.face, d.size = f, size
}

func (d *drawer) setText(c rgb) {
	if d.text != nil && *d.text == c {
		return
	}
	d.pdf.SetTextColor(c.r, c.g, c.b)
	d.text = &c
}

func (d *drawer) setStroke(c rgb, lw float64, dash bool) {
	if d.stroke == nil || *d.stroke != c {
		d.pdf.SetStrokeColor(c.r, c.g, c.b)
		d.stroke = &c
	}
	if d.lw != lw {
		d.pdf.SetLineWidth(lw)
		d.lw = lw
	}
	if d.dashed == nil || *d.dashed != dash {
		if dash {
			d.pdf.SetCustomLineType([]float64{2.5, 1.5}, 0)
		} else {
			d.pdf.SetLineType("")
		}
		d.dashed = &dash
	}
}

func (d *drawer) setFill(c rgb) {
	if d.fill != nil && *d.fill == c {
		return
	}
	d.pdf.SetFillColor(c.r, c.g, c.b)
	d.fill = &c
}

// newPage forgets the graphics state: each page's content stream starts
// afresh.
func (d *drawer) newPage() {
	d.face, d.size, d.text, d.stroke, d.fill, d.lw, d.dashed = nil, 0, nil, nil, nil, 0, nil
}

// draw draws prims offset by (ox, oy) on the current page.
func (d *drawer) draw(ps []prim, ox, oy float64) {
	for _, p := range ps {
		switch p := p.(type) {
		case *textPrim:
			for _, r := range p.runs {
				x, y := ox+p.x+r.x, oy+p.y
				d.decorate(r, x, y)
				if r.face == nil {
					// An empty box per missing character.
					n := len([]rune(r.text))
					cw := r.w / float64(max(n, 1))
					d.setStroke(r.st.color, 0.5, false)
					for i := range n {
						d.pdf.RectFromUpperLeftWithStyle(x+float64(i)*cw+cw*0.15, y-r.st.size*0.7, cw*0.7, r.st.size*0.75, "D")
					}
					continue
				}
				d.setFace(r.face, r.st.size)
				d.setText(r.st.color)
				d.pdf.SetXY(x, y)
				if err := d.pdf.Text(r.text); err != nil && d.err == nil {
					d.err = err
				}
				// Text colour is PDF's non-stroking colour: gopdf sets it
				// with every text, so the fill colour is no longer known.
				d.fill = nil
			}
		case *rectPrim:
			style := ""
			if p.fill != nil {
				d.setFill(*p.fill)
				style += "F"
			}
			if p.stroke != nil {
				d.setStroke(*p.stroke, p.lw, p.dash)
				style += "D"
			}
			if style == "" || p.w <= 0 || p.h <= 0 {
				continue
			}
			if p.radius > 0 {
				if err := d.pdf.Rectangle(ox+p.x, oy+p.y, ox+p.x+p.w, oy+p.y+p.h, style, p.radius, 6); err != nil && d.err == nil {
					d.err = err
				}
				continue
			}
			d.pdf.RectFromUpperLeftWithStyle(ox+p.x, oy+p.y, p.w, p.h, style)
		case *linePrim:
			d.setStroke(p.color, p.lw, p.dash)
			d.pdf.Line(ox+p.x1, oy+p.y1, ox+p.x2, oy+p.y2)
		case *polyPrim:
			if len(p.pts) < 3 {
				continue
			}
			d.setFill(p.fill)
			pts := make([]gopdf.Point, len(p.pts))
			for i, pt := range p.pts {
				pts[i] = gopdf.Point{X: round2(ox + pt.X), Y: round2(oy + pt.Y)}
			}
			d.pdf.Polygon(pts, "F")
		case *linkPrim:
			d.pdf.AddInternalLink(p.anchor, ox+p.x, oy+p.y, p.w, p.h)
		case *anchorPrim:
			d.pdf.SetXY(0, oy+p.y)
			d.pdf.SetAnchor(p.name)
		}
	}
}

// decorate draws a run's strike-through or underline, in its colour: the
// strike through the middle of Hangul (about 0.33 em above the baseline),
// the underline clear of descenders.
func (d *drawer) decorate(r textRun, x, y float64) {
	var dy float64
	switch r.st.deco {
	case strike:
		dy = -0.33 * r.st.size
	case underline:
		dy = 0.16 * r.st.size
	default:
		return
	}
	if r.w <= 0 {
		return
	}
	d.setStroke(r.st.color, max(0.06*r.st.size, 0.5), false)
	d.pdf.Line(x, y+dy, x+r.w, y+dy)
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }
