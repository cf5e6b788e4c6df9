package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"workplan/generator/internal/typeset"
)

// op is one drawing operation in points, recorded while a chart is laid
// out and replayed once its height is known.
type op interface {
	draw(c *canvas)
}

// canvas draws ops onto an opaque white image, s pixels per point.
type canvas struct {
	img *image.RGBA
	s   float64
	z   vector.Rasterizer
	tx  *textSet
}

func rgba(c typeset.RGB) color.RGBA { return color.RGBA{c.R, c.G, c.B, 0xff} }

// fill fills the polygon pts (in points) with col, antialiased.
func (c *canvas) fill(pts [][2]float64, col typeset.RGB) {
	if len(pts) < 3 {
		return
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		x, y := p[0]*c.s, p[1]*c.s
		minX, minY, maxX, maxY = math.Min(minX, x), math.Min(minY, y), math.Max(maxX, x), math.Max(maxY, y)
	}
	b := c.img.Bounds()
	r := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX)), int(math.Ceil(maxY))).Intersect(b)
	if r.Empty() {
		return
	}
	// The rasteriser covers only the polygon's box, so a small shape costs
	// little whatever the image's size.
	c.z.Reset(r.Dx(), r.Dy())
	ox, oy := float64(r.Min.X), float64(r.Min.Y)
	for i, p := range pts {
		x, y := float32(p[0]*c.s-ox), float32(p[1]*c.s-oy)
		if i == 0 {
			c.z.MoveTo(x, y)
		} else {
			c.z.LineTo(x, y)
		}
	}
	c.z.ClosePath()
	c.z.DrawOp = draw.Over
	c.z.Draw(c.img, r, image.NewUniform(rgba(col)), image.Point{})
}

// rectOp is a filled and/or stroked rectangle, with rounded corners when
// Radius > 0 and a dashed edge when Dash.
type rectOp struct {
	X, Y, W, H float64
	Fill       *typeset.RGB
	Stroke     *typeset.RGB
	LW, Radius float64
	Dash       bool
}

func (o *rectOp) draw(c *canvas) {
	outline := roundRect(o.X, o.Y, o.W, o.H, o.Radius)
	if o.Fill != nil {
		c.fill(outline, *o.Fill)
	}
	if o.Stroke == nil {
		return
	}
	if o.Dash {
		// Dashes of 2 pt with gaps of 1.5 pt along each edge.
		corners := [][2]float64{{o.X, o.Y}, {o.X + o.W, o.Y}, {o.X + o.W, o.Y + o.H}, {o.X, o.Y + o.H}, {o.X, o.Y}}
		for i := 0; i < 4; i++ {
			dashed(c, corners[i], corners[i+1], o.LW, *o.Stroke)
		}
		return
	}
	outline = append(outline, outline[0])
	for i := 0; i+1 < len(outline); i++ {
		(&lineOp{outline[i][0], outline[i][1], outline[i+1][0], outline[i+1][1], *o.Stroke, o.LW}).draw(c)
	}
}

func dashed(c *canvas, a, b [2]float64, lw float64, col typeset.RGB) {
	const on, off = 2.0, 1.5
	dx, dy := b[0]-a[0], b[1]-a[1]
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	for t := 0.0; t < n; t += on + off {
		e := math.Min(t+on, n)
		(&lineOp{a[0] + dx*t/n, a[1] + dy*t/n, a[0] + dx*e/n, a[1] + dy*e/n, col, lw}).draw(c)
	}
}

// roundRect is a rectangle's outline, its corners rounded by r.
func roundRect(x, y, w, h, r float64) [][2]float64 {
	if r <= 0 {
		return [][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}
	}
	r = math.Min(r, math.Min(w, h)/2)
	var pts [][2]float64
	corner := func(cx, cy, a0 float64) {
		for i := 0; i <= 6; i++ {
			a := a0 + float64(i)*math.Pi/12
			pts = append(pts, [2]float64{cx + r*math.Cos(a), cy + r*math.Sin(a)})
		}
	}
	corner(x+w-r, y+r, -math.Pi/2)
	corner(x+w-r, y+h-r, 0)
	corner(x+r, y+h-r, math.Pi/2)
	corner(x+r, y+r, math.Pi)
	return pts
}

// lineOp is a straight line LW points wide, butt-ended.
type lineOp struct {
	X1, Y1, X2, Y2 float64
	Color          typeset.RGB
	LW             float64
}

func (o *lineOp) draw(c *canvas) {
	dx, dy := o.X2-o.X1, o.Y2-o.Y1
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	// At least one pixel wide, so hairlines show at any resolution.
	hw := math.Max(o.LW, 1/c.s) / 2
	nx, ny := -dy/n*hw, dx/n*hw
	c.fill([][2]float64{{o.X1 + nx, o.Y1 + ny}, {o.X2 + nx, o.Y2 + ny}, {o.X2 - nx, o.Y2 - ny}, {o.X1 - nx, o.Y1 - ny}}, o.Color)
}

// polyOp is a filled polygon.
type polyOp struct {
	Pts  [][2]float64
	Fill typeset.RGB
}

func (o *polyOp) draw(c *canvas) { c.fill(o.Pts, o.Fill) }

// textOp is one line of text; X is its left edge, Y its baseline.
type textOp struct {
	Text string
	St   style
	X, Y float64
}

func (o *textOp) draw(c *canvas) {
	d := font.Drawer{Dst: c.img, Src: image.NewUniform(rgba(o.St.Color))}
	d.Dot = fixed.Point26_6{X: fixed.Int26_6(math.Round(o.X * c.s * 64)), Y: fixed.Int26_6(math.Round(o.Y * c.s * 64))}
	for _, r := range o.Text {
		d.Face = c.tx.face(o.St, r)
		d.DrawString(string(r))
	}
}
