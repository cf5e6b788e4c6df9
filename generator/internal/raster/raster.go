// Package raster draws the charts of the shared chart model (package
// chart) as PNG images, for outputs that take pictures rather than
// vectors: the HWPX. It is pure Go (golang.org/x/image's vector rasteriser
// and OpenType faces, no cgo) and follows the PDF's drawing of the same
// charts (typeset/charts.go): the same layout in points, colours and type
// sizes, so a chart looks alike in both.
//
// The bytes depend only on the chart, the faces and the resolution: no
// clock, no map order, unhinted glyphs and a fixed PNG encoder.
package raster

import (
	"errors"
	"image"
	"image/draw"
	"math"

	"workplan/generator/internal/chart"
)

// DPI is the default resolution: fine enough for A4 print, small enough
// to keep a chart's file around 50-100 KB.
const DPI = 150

// Chart is a chart to draw, with the words the document gives it (as
// typeset.Chart has them for the PDF).
type Chart struct {
	*chart.Chart
	// Legend names the styles a schedule's bars are drawn in, by key:
	// "exact" (solid) and "loose" (hatched).
	Legend map[string]string
	// Roles are the duties an organisation's units show under their names.
	Roles map[string]string
	// NoTitle leaves the "< 제목 >" line out (the unit stays), for an
	// output that sets the title as text above the picture; the picture
	// then starts just above its first mark.
	NoTitle bool
}

// Image is a rendered chart.
type Image struct {
	PNG []byte
	// Width and Height are the size it is drawn for, in points; the
	// pixels are that at the resolution asked for.
	Width, Height float64
	Pixels        image.Point
}

// ErrTooWide is returned for an organisation whose units do not fit side
// by side in the width even in small type; the PDF lists them instead.
var ErrTooWide = errors.New("raster: the organisation is too wide to draw")

// Render draws c w points wide at dpi dots per inch (0: DPI).
func Render(c Chart, f *Faces, w, dpi float64) (*Image, error) {
	if c.Chart == nil {
		return nil, errors.New("raster: no chart")
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if f == nil {
		return nil, errors.New("raster: no faces")
	}
	if dpi <= 0 {
		dpi = DPI
	}
	if w <= 0 || w > 2000 || dpi > 1200 {
		return nil, errors.New("raster: width or resolution out of range")
	}
	tx := newTextSet(f, dpi)
	d, h, err := layout(c, tx, w)
	if err != nil {
		return nil, err
	}
	// Text that would stand left of the image (a long axis figure, as the
	// PDF lets it into the margin) makes the chart narrower by as much,
	// drawn that far to the right.
	if over := -d.minX(); over > 0.5 {
		if d, h, err = layout(c, tx, w-over); err != nil {
			return nil, err
		}
		d.shift(over, 0)
	}
	if c.NoTitle {
		if dy := d.minY() - 8; dy > 0 {
			d.shift(0, -dy)
			h -= dy
		}
	}
	s := dpi / 72
	px := image.Pt(int(math.Ceil(w*s)), int(math.Ceil(h*s)))
	cv := &canvas{img: image.NewRGBA(image.Rectangle{Max: px}), s: s, tx: tx}
	draw.Draw(cv.img, cv.img.Bounds(), image.White, image.Point{}, draw.Src)
	for _, o := range d.ops {
		o.draw(cv)
	}
	return &Image{PNG: encodePNG(cv.img), Width: w, Height: h, Pixels: px}, nil
}

// layout lays c out w points wide: its ops and height.
func layout(c Chart, tx *textSet, w float64) (*drawing, float64, error) {
	d := &drawing{tx: tx, noTitle: c.NoTitle}
	var h float64
	switch c.Kind {
	case chart.Bar, chart.GroupedBar:
		if len(c.Categories) == 0 {
			return nil, 0, errors.New("raster: a bar chart without categories")
		}
		if d.wideLabels(c.Chart, w) {
			h = d.hbarChart(c.Chart, w)
		} else {
			h = d.barChart(c.Chart, w)
		}
	case chart.Pie:
		h = d.pieChart(c.Chart, w)
	case chart.Gantt:
		h = d.ganttChart(c.Chart, c.Legend, w)
	case chart.Tree:
		if c.Root == nil {
			return nil, 0, errors.New("raster: an organisation without units")
		}
		h = d.treeChart(c.Chart, c.Roles, w)
		if h == 0 {
			return nil, 0, ErrTooWide
		}
	default:
		return nil, 0, errors.New("raster: unknown chart kind")
	}
	if h <= 0 {
		return nil, 0, errors.New("raster: nothing to draw")
	}
	return d, h, nil
}

// drawing collects a chart's ops while it is laid out.
type drawing struct {
	tx      *textSet
	ops     []op
	noTitle bool
}

func (d *drawing) add(os ...op) { d.ops = append(d.ops, os...) }

// Align places text at x by its left edge, centre or right edge.
type align int

const (
	left align = iota
	center
	right
)

// textAt adds one line of text with its baseline at y.
func (d *drawing) textAt(text string, st style, x, y float64, al align) {
	w := d.tx.width(text, st)
	switch al {
	case center:
		x -= w / 2
	case right:
		x -= w
	}
	d.add(&textOp{Text: text, St: st, X: x, Y: y})
}

// minX is the left edge of the leftmost text.
func (d *drawing) minX() float64 {
	m := 0.0
	for _, o := range d.ops {
		if t, ok := o.(*textOp); ok {
			m = math.Min(m, t.X)
		}
	}
	return m
}

// minY is the top of the highest mark (a text's top taken as its
// baseline less its size).
func (d *drawing) minY() float64 {
	m := math.Inf(1)
	for _, o := range d.ops {
		switch o := o.(type) {
		case *textOp:
			m = math.Min(m, o.Y-o.St.Size)
		case *rectOp:
			m = math.Min(m, o.Y)
		case *lineOp:
			m = math.Min(m, math.Min(o.Y1, o.Y2))
		case *polyOp:
			for _, p := range o.Pts {
				m = math.Min(m, p[1])
			}
		}
	}
	return m
}

// shift moves every op by dx, dy.
func (d *drawing) shift(dx, dy float64) {
	for _, o := range d.ops {
		switch o := o.(type) {
		case *textOp:
			o.X += dx
			o.Y += dy
		case *rectOp:
			o.X += dx
			o.Y += dy
		case *lineOp:
			o.X1 += dx
			o.X2 += dx
			o.Y1 += dy
			o.Y2 += dy
		case *polyOp:
			for i := range o.Pts {
				o.Pts[i][0] += dx
				o.Pts[i][1] += dy
			}
		}
	}
}
