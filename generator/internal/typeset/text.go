package typeset

import (
	"fmt"
	"strings"
	"unicode"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/typeset/linebreak"
)

// rgb is a colour.
type RGB struct{ R, G, B uint8 }

// The palette: KRDS text and secondary colours, greys for rules and fills.
var (
	Ink      = RGB{0x1e, 0x21, 0x24} // body text
	Subtle   = RGB{0x46, 0x4c, 0x53} // notes, captions, footers
	Navy     = RGB{0x06, 0x3a, 0x74} // headings, accents
	blue     = RGB{0x25, 0x6e, 0xf4}
	RuleInk  = RGB{0x58, 0x5f, 0x66} // table rules
	Hairline = RGB{0xb1, 0xb8, 0xbe}
	HeadFill = RGB{0xe9, 0xee, 0xf5} // table headers, banners
	Tint     = RGB{0xf4, 0xf6, 0xfa}
	White    = RGB{0xff, 0xff, 0xff}
)

// Style is how a run of text looks.
type Style struct {
	Bold  bool
	Size  float64
	Color RGB
	Deco  Deco
}

// Deco is a line drawn with text: through it (deleted in a 신구대조표) or
// under it (added). The drawer draws it across the run, spaces included.
type Deco uint8

const (
	noDeco Deco = iota
	Strike
	Underline
)

// Span is styled text.
type Span struct {
	Text  string
	Style Style
}

// Plain is text in one style.
func Plain(text string, st Style) []Span { return []Span{{text, st}} }

// Restyle gives spans the size and colour of st, keeping their boldness
// when st is not bold itself.
func Restyle(spans []Span, st Style) []Span {
	out := make([]Span, len(spans))
	for i, s := range spans {
		ns := st
		ns.Bold = st.Bold || s.Style.Bold
		out[i] = Span{s.Text, ns}
	}
	return out
}

// shaped is text with every rune's face and width decided: Pretendard GOV
// where it has the glyph, the fallback where only that has it, and nil
// (drawn as an empty box, and reported) where no face has it.
type shaped struct {
	runes []rune
	adv   []float64
	face  []*fonts.Face
	st    []Style
}

// missingAdvance is the width, in ems, of the box drawn for a missing glyph.
const missingAdvance = 0.6

// shape decides faces and widths for spans.
func (d *Doc) shape(spans []Span) *shaped {
	sh := &shaped{}
	for _, sp := range spans {
		primary := d.Fonts.Face(fonts.Regular)
		if sp.Style.Bold {
			primary = d.Fonts.Face(fonts.Bold)
		}
		fallback := d.Fonts.Face(fonts.Fallback)
		symbols := d.Fonts.Face(fonts.Symbols)
		for _, r := range normalize(sp.Text) {
			var f *fonts.Face
			switch {
			case r == '\n':
				f = primary
			case primary.Has(r):
				f = primary
			case fallback.Has(r):
				f = fallback
				d.usesFallback = true
			case symbols.Has(r):
				f = symbols
				d.usesSymbols = true
			default:
				d.missing(r, sp.Text)
			}
			adv := missingAdvance * sp.Style.Size
			if f != nil {
				adv = float64(f.Advance(r)) * sp.Style.Size / 1000
			}
			if r == '\n' {
				adv = 0
			}
			sh.runes = append(sh.runes, r)
			sh.adv = append(sh.adv, adv)
			sh.face = append(sh.face, f)
			sh.st = append(sh.st, sp.Style)
		}
	}
	return sh
}

// normalize turns tabs and other spaces into plain spaces and drops
// control characters and zero-width marks, which no face draws.
func normalize(s string) string {
	clean := true
	for _, r := range s {
		if r != ' ' && r != '\n' && (unicode.IsSpace(r) || unicode.IsControl(r) || invisible(r)) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == ' ':
			sb.WriteRune(r)
		case invisible(r):
		case unicode.IsSpace(r):
			sb.WriteRune(' ')
		case unicode.IsControl(r):
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// invisible is a format character no face draws and no reader misses:
// zero-width spaces and joiners, soft hyphens, variation selectors.
func invisible(r rune) bool {
	switch {
	case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff', r == '\u00ad':
		return true
	case r >= '\ufe00' && r <= '\ufe0f':
		return true
	}
	return false
}

// missing records a character no face has, once per file and character.
func (d *Doc) missing(r rune, context string) {
	key := fmt.Sprintf("%s\x00%c", d.source, r)
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	ctx := []rune(strings.TrimSpace(context))
	if len(ctx) > 40 {
		ctx = append(ctx[:39], '…')
	}
	d.Warnings = append(d.Warnings, diag.New(diag.Pos{File: d.source}, diag.Warning, "", i18n.GlyphInPDF,
		r, r, d.Fonts.Face(fonts.Regular).Name, d.Fonts.Face(fonts.Bold).Name, d.Fonts.Face(fonts.Fallback).Name, d.Fonts.Face(fonts.Symbols).Name, string(ctx)).
		WithHint(i18n.GlyphReplacePDF))
}

// width is the natural width of spans on one line.
func (d *Doc) width(spans []Span) float64 {
	w := 0.0
	for _, a := range d.shape(spans).adv {
		w += a
	}
	return w
}

// TextWidth is the natural width of text set in st.
func (d *Doc) TextWidth(text string, st Style) float64 { return d.width(Plain(text, st)) }

// Align is a line's horizontal alignment.
type Align int

const (
	Left Align = iota
	Center
	Right
	Justify
)

// Line is one set line: its text prim with the baseline at 0 and x from
// the left of the paragraph, and its natural width.
type Line struct {
	Text  *TextPrim
	Width float64
	size  float64 // largest font size on the line
}

// SetLines breaks spans into lines of width w; lines after the first start
// hang from the left (a hanging indent after a marker).
func (d *Doc) SetLines(spans []Span, w, hang float64, al Align) []Line {
	sh := d.shape(spans)
	breaks := linebreak.Break(sh.runes, sh.adv, w, max(w-hang, 1))
	var out []Line
	for i, l := range breaks {
		x0, avail := 0.0, w
		if i > 0 {
			x0, avail = hang, w-hang
		}
		size := 0.0
		for k := l.Start; k < l.End; k++ {
			size = max(size, sh.st[k].Size)
		}
		stretch, fixed := 0.0, l.Start
		if i == 0 && hang > 0 {
			// The marker and its space keep their width.
			for x := 0.0; fixed < l.End && x+sh.adv[fixed] <= hang+1e-6; fixed++ {
				x += sh.adv[fixed]
			}
		}
		switch al {
		case Center:
			x0 += (avail - l.Width) / 2
		case Right:
			x0 += avail - l.Width
		case Justify:
			if !l.Last {
				stretch = justification(sh, fixed, l, avail)
			}
		}
		out = append(out, Line{Text: runsOf(sh, l.Start, l.End, fixed, x0, stretch), Width: l.Width, size: size})
	}
	return out
}

// justification is the extra width per space that fills a line, or 0 when
// that would open gaps wider than about an em.
func justification(sh *shaped, from int, l linebreak.Line, avail float64) float64 {
	spaces := 0
	for k := from; k < l.End; k++ {
		if sh.runes[k] == ' ' {
			spaces++
		}
	}
	extra := avail - l.Width
	if spaces == 0 || extra <= 0 {
		return 0
	}
	per := extra / float64(spaces)
	if per > sh.st[l.Start].Size*0.3 {
		return 0
	}
	return per
}

// runsOf turns runes [s, e) into runs of one face and style each. With
// stretch, spaces widen by that much and every word becomes its own run.
func runsOf(sh *shaped, s, e, fixed int, x0, stretch float64) *TextPrim {
	tp := &TextPrim{}
	x := x0
	var cur *Run
	var sb strings.Builder
	flush := func() {
		if cur != nil {
			cur.Text = sb.String()
			tp.Runs = append(tp.Runs, *cur)
			cur = nil
			sb.Reset()
		}
	}
	for k := s; k < e; k++ {
		r, f, st := sh.runes[k], sh.face[k], sh.st[k]
		if r == '\n' {
			continue
		}
		if r == ' ' && stretch > 0 && k >= fixed {
			flush()
			x += sh.adv[k] + stretch
			continue
		}
		if cur == nil || cur.Face != f || cur.Style != st || f == nil {
			flush()
			cur = &Run{X: x, Face: f, Style: st, W: 0}
		}
		sb.WriteRune(r)
		cur.W += sh.adv[k]
		x += sh.adv[k]
	}
	flush()
	return tp
}

// LineHeight is the leading for text of size s.
func LineHeight(s float64) float64 { return s * 1.45 }

// setBalanced breaks like setLines (without a hanging indent) but into
// lines of even length: the narrowest width that needs no more lines
// (시민과 함께 / 누리는 문화 rather than 시민과 함께 누리는 / 문화).
func (d *Doc) setBalanced(spans []Span, w float64, al Align) []Line {
	ls := d.SetLines(spans, w, 0, al)
	if len(ls) < 2 {
		return ls
	}
	lo, hi := w/float64(len(ls))*0.8, w
	for range 12 {
		mid := (lo + hi) / 2
		if len(d.SetLines(spans, mid, 0, Left)) <= len(ls) {
			hi = mid
		} else {
			lo = mid
		}
	}
	out := d.SetLines(spans, hi, 0, al)
	if len(out) != len(ls) {
		return ls
	}
	shift := 0.0
	switch al {
	case Center:
		shift = (w - hi) / 2
	case Right:
		shift = w - hi
	}
	for i := range out {
		out[i].Text = out[i].Text.Shift(shift, 0).(*TextPrim)
	}
	return out
}
