package raster

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"

	"workplan/generator/internal/typeset"
)

// Faces are the parsed TrueType faces charts are lettered in: the PDF's
// regular and bold faces and the fallback for glyphs they lack. They are
// parsed once and may be shared by any number of renderings at once.
type Faces struct {
	regular, bold, fallback *sfnt.Font
}

// NewFaces parses the faces' TrueType files (as fonts.Set holds them).
// fallback may be nil.
func NewFaces(regular, bold, fallback []byte) (*Faces, error) {
	if regular == nil || bold == nil {
		return nil, errors.New("raster: the regular and bold faces are needed")
	}
	var f Faces
	for _, p := range []struct {
		dst  **sfnt.Font
		data []byte
		name string
	}{{&f.regular, regular, "regular"}, {&f.bold, bold, "bold"}, {&f.fallback, fallback, "fallback"}} {
		if p.data == nil {
			continue
		}
		ft, err := opentype.Parse(p.data)
		if err != nil {
			return nil, fmt.Errorf("raster: %s face: %w", p.name, err)
		}
		*p.dst = ft
	}
	return &f, nil
}

// style is how a piece of text is set.
type style struct {
	Size  float64 // points
	Bold  bool
	Color typeset.RGB
}

// textSet measures and draws text at one resolution. Its faces are not
// safe for concurrent use: each rendering has its own.
type textSet struct {
	f     *Faces
	dpi   float64
	faces map[faceKey]font.Face
	buf   sfnt.Buffer
}

type faceKey struct {
	size     float64
	bold     bool
	fallback bool
}

func newTextSet(f *Faces, dpi float64) *textSet {
	return &textSet{f: f, dpi: dpi, faces: map[faceKey]font.Face{}}
}

// face is the face that draws r in st: the regular or bold face, or the
// fallback when that lacks the glyph.
func (t *textSet) face(st style, r rune) font.Face {
	k := faceKey{size: st.Size, bold: st.Bold}
	ft := t.f.regular
	if st.Bold {
		ft = t.f.bold
	}
	if t.f.fallback != nil {
		if g, err := ft.GlyphIndex(&t.buf, r); err == nil && g == 0 {
			if g, err := t.f.fallback.GlyphIndex(&t.buf, r); err == nil && g != 0 {
				k, ft = faceKey{size: st.Size, fallback: true}, t.f.fallback
			}
		}
	}
	if fc, ok := t.faces[k]; ok {
		return fc
	}
	// Unhinted outlines: the same shapes at every size and platform.
	fc, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: st.Size, DPI: t.dpi, Hinting: font.HintingNone})
	if err != nil {
		panic(err) // only for a size or DPI out of range, which the callers never give
	}
	t.faces[k] = fc
	return fc
}

// width is the advance of text in st, in points.
func (t *textSet) width(text string, st style) float64 {
	w := 0
	for _, r := range text {
		a, _ := t.face(st, r).GlyphAdvance(r)
		w += int(a)
	}
	return float64(w) / 64 * 72 / t.dpi
}

// lines breaks text into lines no wider than w, at spaces, and within a
// word only when the word alone is wider; at most n lines, the last ending
// in "…" when the text is cut.
func (t *textSet) lines(text string, st style, w float64, n int) []string {
	var out []string
	cur := ""
	for _, word := range strings.Fields(text) {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if t.width(try, st) <= w || cur == "" && t.width(word, st) <= w {
			cur = try
			continue
		}
		if cur != "" {
			out = append(out, cur)
		}
		cur = ""
		for _, r := range word {
			if cur != "" && t.width(cur+string(r), st) > w {
				out = append(out, cur)
				cur = ""
			}
			cur += string(r)
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	if len(out) <= n {
		return out
	}
	out = out[:n]
	last := []rune(out[n-1])
	for len(last) > 0 && t.width(strings.TrimSpace(string(last))+"…", st) > w {
		last = last[:len(last)-1]
	}
	out[n-1] = strings.TrimSpace(string(last)) + "…"
	return out
}

// balanced breaks text like lines, but into lines of even length: the
// narrowest width that needs no more lines (시민과 함께 / 누리는 문화
// rather than 시민과 함께 누리는 / 문화), as the PDF sets chart labels.
func (t *textSet) balanced(text string, st style, w float64, n int) []string {
	ls := t.lines(text, st, w, n)
	if len(ls) < 2 || strings.HasSuffix(ls[len(ls)-1], "…") {
		return ls
	}
	lo, hi := w/float64(len(ls))*0.8, w
	for range 12 {
		mid := (lo + hi) / 2
		if m := t.lines(text, st, mid, n+1); len(m) <= len(ls) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return t.lines(text, st, hi, n)
}
