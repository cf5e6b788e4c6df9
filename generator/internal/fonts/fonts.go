// Package fonts holds the faces the PDF renderer typesets with: Pretendard
// GOV Regular and Bold (KRDS's typeface for government services) and
// NanumGothic as the fallback for the symbols Pretendard GOV lacks (∼ ◎ ▣ ☞
// ≒ …). The built-in faces are embedded in the binary; site settings may
// name other TrueType files instead.
//
// A Set is parsed once and shared by any number of documents, concurrently:
// glyph coverage and advance widths are read from immutable tables, and
// each document gets its own copy of the subsetting state from gopdf's
// FontContainer.
package fonts

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/signintech/gopdf"
	"github.com/signintech/gopdf/fontmaker/core"

	"workplan/generator/internal/model"
)

// The built-in faces. Their licences (SIL OFL 1.1) are beside them in ttf/.
var (
	//go:embed ttf/PretendardGOV-Regular.ttf
	pretendardRegular []byte
	//go:embed ttf/PretendardGOV-Bold.ttf
	pretendardBold []byte
	//go:embed ttf/NanumGothic.ttf
	nanumGothic []byte
)

// Role is what a face is used for.
type Role int

const (
	Regular  Role = iota // body text
	Bold                 // headings, table headers, emphasis
	Fallback             // glyphs the other two lack, in any weight
)

func (r Role) String() string { return [...]string{"regular", "bold", "fallback"}[r] }

// Set is a parsed set of faces, parsed once and shared by many documents
// (concurrently; race-free).
type Set struct {
	faces     [3]*Face
	container *gopdf.FontContainer
}

// Face is one parsed TrueType face.
type Face struct {
	// Family is the key the face is registered under in a document, and
	// the PDF BaseFont name: a subset tag, "+", and the face's name.
	Family string
	// Name is the face's name as given (e.g. PretendardGOV-Regular).
	Name string

	ttf       *core.TTFParser
	upm       int
	chars     map[int]uint
	widths    []uint
	nMetrics  int
	ascender  float64 // in em
	descender float64 // in em, negative
}

// Face returns the face for role r.
func (s *Set) Face(r Role) *Face { return s.faces[r] }

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default returns the built-in faces (Pretendard GOV Regular and Bold,
// NanumGothic fallback), parsed once.
func Default() (*Set, error) {
	defaultOnce.Do(func() {
		defaultSet, defaultErr = newSet([3]source{
			{"PretendardGOV-Regular", pretendardRegular, "built-in PretendardGOV-Regular.ttf"},
			{"PretendardGOV-Bold", pretendardBold, "built-in PretendardGOV-Bold.ttf"},
			{"NanumGothic", nanumGothic, "built-in NanumGothic.ttf"},
		})
	})
	return defaultSet, defaultErr
}

// Load returns the faces named in the site settings (paths relative to
// contentDir; empty fields use the built-in face).
func Load(f model.Fonts, contentDir string) (*Set, error) {
	if f.Regular == "" && f.Bold == "" && f.Fallback == "" {
		return Default()
	}
	builtin := [3]source{
		{"PretendardGOV-Regular", pretendardRegular, "built-in PretendardGOV-Regular.ttf"},
		{"PretendardGOV-Bold", pretendardBold, "built-in PretendardGOV-Bold.ttf"},
		{"NanumGothic", nanumGothic, "built-in NanumGothic.ttf"},
	}
	for i, p := range []string{f.Regular, f.Bold, f.Fallback} {
		if p == "" {
			continue
		}
		full := filepath.Join(contentDir, filepath.FromSlash(p))
		data, err := os.ReadFile(full)
		if err != nil {
			return nil, fmt.Errorf("%s font: %w", Role(i), err)
		}
		name := strings.TrimSuffix(filepath.Base(full), filepath.Ext(full))
		builtin[i] = source{name: name, data: data, where: full}
	}
	return newSet(builtin)
}

type source struct {
	name  string
	data  []byte
	where string // for messages
}

func newSet(srcs [3]source) (*Set, error) {
	s := &Set{container: &gopdf.FontContainer{}}
	for i, src := range srcs {
		face, err := parse(src, Role(i))
		if err != nil {
			return nil, err
		}
		if err := s.container.AddTTFFontData(face.Family, src.data); err != nil {
			return nil, fmt.Errorf("%s: %w", src.where, err)
		}
		s.faces[i] = face
	}
	return s, nil
}

// Check reports whether data is a TrueType font gopdf can embed; CFF-based
// OpenType (.otf) and collections (.ttc) are not.
func Check(data []byte) error {
	switch {
	case len(data) < 12:
		return errors.New("file is too short to be a font")
	case bytes.HasPrefix(data, []byte("OTTO")):
		return errors.New("this is an OpenType font with CFF outlines (.otf); use the TrueType (.ttf) build of the face")
	case bytes.HasPrefix(data, []byte("ttcf")):
		return errors.New("this is a font collection (.ttc); use a single TrueType (.ttf) face")
	case bytes.HasPrefix(data, []byte{0, 1, 0, 0}), bytes.HasPrefix(data, []byte("true")):
		return nil
	}
	return errors.New("not a TrueType font file")
}

func parse(src source, role Role) (*Face, error) {
	if err := Check(src.data); err != nil {
		return nil, fmt.Errorf("%s font %s: %w", role, src.where, err)
	}
	p := &core.TTFParser{}
	if err := p.ParseFontData(src.data); err != nil {
		return nil, fmt.Errorf("%s font %s: %w", role, src.where, err)
	}
	upm := int(p.UnitsPerEm())
	if upm <= 0 || p.NumberOfHMetrics() == 0 || len(p.Widths()) == 0 {
		return nil, fmt.Errorf("%s font %s: missing metrics", role, src.where)
	}
	name := sanitizeName(src.name)
	f := &Face{
		Family:   subsetTag(role.String()+"/"+name) + "+" + name,
		Name:     name,
		ttf:      p,
		upm:      upm,
		chars:    p.Chars(),
		widths:   p.Widths(),
		nMetrics: int(p.NumberOfHMetrics()),
	}
	asc, desc := p.TypoAscender(), p.TypoDescender()
	if asc == 0 {
		asc, desc = p.Ascender(), p.Descender()
	}
	f.ascender = float64(asc) / float64(upm)
	f.descender = float64(desc) / float64(upm)
	return f, nil
}

// sanitizeName keeps a PDF name to letters, digits and hyphens.
func sanitizeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "Font"
	}
	return b.String()
}

// subsetTag is the six capital letters that PDF requires before the name
// of a subset font. It is derived from the face's role and name, so the
// same faces always give the same tags and every render is byte-identical.
func subsetTag(key string) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	v := h.Sum64()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + byte(v%26)
		v /= 26
	}
	return string(tag)
}

// AddTo registers the set's faces with a document: the given roles, or
// all three when none are given (a face registered but never used still
// costs its tables in the file). Each document gets its own subsetting
// state; the parsed tables are shared.
func (s *Set) AddTo(pdf *gopdf.GoPdf, roles ...Role) error {
	if len(roles) == 0 {
		roles = []Role{Regular, Bold, Fallback}
	}
	for _, r := range roles {
		f := s.faces[r]
		if err := pdf.AddTTFFontFromFontContainer(f.Family, s.container); err != nil {
			return fmt.Errorf("font %s: %w", f.Name, err)
		}
	}
	return nil
}

// Has reports whether the face has a glyph for r.
func (f *Face) Has(r rune) bool {
	g, ok := f.chars[int(r)]
	return ok && g != 0
}

// Advance is r's advance width in thousandths of an em, computed exactly as
// gopdf writes it into the PDF's /W array, so that measured and drawn
// widths agree. It is 0 when the face lacks r.
func (f *Face) Advance(r rune) int {
	g, ok := f.chars[int(r)]
	if !ok {
		return 0
	}
	i := int(g)
	if i >= f.nMetrics {
		i = f.nMetrics - 1
	}
	if i >= len(f.widths) {
		return 0
	}
	w := f.widths[i]
	if f.upm == 1000 {
		return int(w)
	}
	return int(w * 1000 / uint(f.upm))
}

// Ascender and Descender are the face's typographic ascent and descent in
// ems (the descender is negative).
func (f *Face) Ascender() float64  { return f.ascender }
func (f *Face) Descender() float64 { return f.descender }
