package typeset

import (
	"math"

	"github.com/signintech/gopdf"

	"workplan/generator/internal/fonts"
)

// A prim is one drawing instruction of the display list that measured rows
// carry until pages are known. Coordinates are points from the top left of
// the row (x from the left edge of the content area).
type Prim interface{ Shift(dx, dy float64) Prim }

// TextPrim is a line of text; y is the baseline.
type TextPrim struct {
	X, Y float64
	Runs []Run
}

// Run is text in one face and style; x is relative to the prim.
type Run struct {
	X     float64
	W     float64
	Face  *fonts.Face // nil: no face has these characters; drawn as boxes
	Style Style
	Text  string
}

// RectPrim is a rectangle, filled and/or stroked, with rounded corners
// when Radius is set.
type RectPrim struct {
	X, Y, W, H float64
	Fill       *RGB
	Stroke     *RGB
	LW         float64
	Radius     float64
	Dash       bool
}

// LinePrim is a straight line.
type LinePrim struct {
	X1, Y1, X2, Y2 float64
	Color          RGB
	LW             float64
	dash           bool
}

type polyPrim struct {
	pts  []gopdf.Point
	fill RGB
}

// linkPrim makes a rectangle a link to an anchor.
type linkPrim struct {
	x, y, w, h float64
	anchor     string
}

// AnchorPrim sets a link target at y.
type AnchorPrim struct {
	y    float64
	Name string
}

// Shift moves a prim; every prim does so by returning a moved copy.
func (p *TextPrim) Shift(dx, dy float64) Prim {
	c := *p
	c.X += dx
	c.Y += dy
	return &c
}

func (p *RectPrim) Shift(dx, dy float64) Prim {
	c := *p
	c.X += dx
	c.Y += dy
	return &c
}

func (p *LinePrim) Shift(dx, dy float64) Prim {
	c := *p
	c.X1 += dx
	c.X2 += dx
	c.Y1 += dy
	c.Y2 += dy
	return &c
}

func (p *polyPrim) Shift(dx, dy float64) Prim {
	c := &polyPrim{fill: p.fill, pts: make([]gopdf.Point, len(p.pts))}
	for i, pt := range p.pts {
		c.pts[i] = gopdf.Point{X: pt.X + dx, Y: pt.Y + dy}
	}
	return c
}

func (p *linkPrim) Shift(dx, dy float64) Prim {
	c := *p
	c.x += dx
	c.y += dy
	return &c
}

func (p *AnchorPrim) Shift(_, dy float64) Prim {
	c := *p
	c.y += dy
	return &c
}

// shiftAll moves prims by (dx, dy).
func shiftAll(ps []Prim, dx, dy float64) []Prim {
	out := make([]Prim, len(ps))
	for i, p := range ps {
		out[i] = p.Shift(dx, dy)
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
	text   *RGB
	stroke *RGB
	fill   *RGB
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

func (d *drawer) setText(c RGB) {
	if d.text != nil && *d.text == c {
		return
	}
	d.pdf.SetTextColor(c.R, c.G, c.B)
	d.text = &c
}

func (d *drawer) setStroke(c RGB, lw float64, dash bool) {
	if d.stroke == nil || *d.stroke != c {
		d.pdf.SetStrokeColor(c.R, c.G, c.B)
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

func (d *drawer) setFill(c RGB) {
	if d.fill != nil && *d.fill == c {
		return
	}
	d.pdf.SetFillColor(c.R, c.G, c.B)
	d.fill = &c
}

// newPage forgets the graphics state: each page's content stream starts
// afresh.
func (d *drawer) newPage() {
	d.face, d.size, d.text, d.stroke, d.fill, d.lw, d.dashed = nil, 0, nil, nil, nil, 0, nil
}

// draw draws prims offset by (ox, oy) on the current page.
func (d *drawer) draw(ps []Prim, ox, oy float64) {
	for _, p := range ps {
		switch p := p.(type) {
		case *TextPrim:
			for _, r := range p.Runs {
				x, y := ox+p.X+r.X, oy+p.Y
				d.decorate(r, x, y)
				if r.Face == nil {
					// An empty box per missing character.
					n := len([]rune(r.Text))
					cw := r.W / float64(max(n, 1))
					d.setStroke(r.Style.Color, 0.5, false)
					for i := range n {
						d.pdf.RectFromUpperLeftWithStyle(x+float64(i)*cw+cw*0.15, y-r.Style.Size*0.7, cw*0.7, r.Style.Size*0.75, "D")
					}
					continue
				}
				d.setFace(r.Face, r.Style.Size)
				d.setText(r.Style.Color)
				d.pdf.SetXY(x, y)
				if err := d.pdf.Text(r.Text); err != nil && d.err == nil {
					d.err = err
				}
				// Text colour is PDF's non-stroking colour: gopdf sets it
				// with every text, so the fill colour is no longer known.
				d.fill = nil
			}
		case *RectPrim:
			style := ""
			if p.Fill != nil {
				d.setFill(*p.Fill)
				style += "F"
			}
			if p.Stroke != nil {
				d.setStroke(*p.Stroke, p.LW, p.Dash)
				style += "D"
			}
			if style == "" || p.W <= 0 || p.H <= 0 {
				continue
			}
			if p.Radius > 0 {
				if err := d.pdf.Rectangle(ox+p.X, oy+p.Y, ox+p.X+p.W, oy+p.Y+p.H, style, p.Radius, 6); err != nil && d.err == nil {
					d.err = err
				}
				continue
			}
			d.pdf.RectFromUpperLeftWithStyle(ox+p.X, oy+p.Y, p.W, p.H, style)
		case *LinePrim:
			d.setStroke(p.Color, p.LW, p.dash)
			d.pdf.Line(ox+p.X1, oy+p.Y1, ox+p.X2, oy+p.Y2)
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
		case *AnchorPrim:
			d.pdf.SetXY(0, oy+p.y)
			d.pdf.SetAnchor(p.Name)
		}
	}
}

// decorate draws a run's strike-through or underline, in its colour: the
// strike through the middle of Hangul (about 0.33 em above the baseline),
// the underline clear of descenders.
func (d *drawer) decorate(r Run, x, y float64) {
	var dy float64
	switch r.Style.Deco {
	case Strike:
		dy = -0.33 * r.Style.Size
	case Underline:
		dy = 0.16 * r.Style.Size
	default:
		return
	}
	if r.W <= 0 {
		return
	}
	d.setStroke(r.Style.Color, max(0.06*r.Style.Size, 0.5), false)
	d.pdf.Line(x, y+dy, x+r.W, y+dy)
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }
