// Package fonts holds the faces the PDF renderer typesets with: Pretendard
// GOV Regular and Bold (KRDS's typeface for government services) and
// NanumGothic as the fallback for the symbols Pretendard GOV lacks (∼ ◎ ▣ ☞
// ≒ …), then Noto Sans Symbols 2 for the dingbats and arrows neither has
// (✔ ➠ ▸ ➜ …). The built-in faces are embedded in the binary; site settings
// may name other TrueType files instead of the first three.
//
// A Set is parsed once and shared by any number of documents, concurrently:
// glyph coverage and advance widths are read from immutable tables, and
// each document gets its own copy of the subsetting state from gopdf's
// FontContainer.
package fonts

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"path"
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
	//go:embed ttf/NotoSansSymbols2-Regular.ttf
	notoSymbols2 []byte
)

// Role is what a face is used for.
type Role int

const (
	Regular  Role = iota // body text
	Bold                 // headings, table headers, emphasis
	Fallback             // glyphs the other two lack, in any weight
	Symbols              // built-in: dingbats and arrows none of the others has
)

// roles is how many faces a Set holds.
const roles = 4

func (r Role) String() string { return [...]string{"regular", "bold", "fallback", "symbols"}[r] }

// Set is a parsed set of faces, parsed once and shared by many documents
// (concurrently; race-free).
type Set struct {
	faces     [roles]*Face
	container *gopdf.FontContainer
	sums      map[string]string // SHA-256 of each file read, by its path in site.yaml
}

// Sums are the SHA-256 (lowercase hex) of the font files the set was read
// from, by their paths as site.yaml gives them; none for built-in faces.
// A build's manifest keys depend on them.
func (s *Set) Sums() map[string]string { return s.sums }

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
		defaultSet, defaultErr = newSet(builtin())
	})
	return defaultSet, defaultErr
}

// Load returns the faces named in the site settings, read from fsys (the
// content folder, as the loader reads it; paths are slash-separated and
// relative to it). Empty fields use the built-in face. dir names the
// content folder in messages. A file that cannot be read, parsed or
// embedded gives a *FileError.
func Load(fsys fs.FS, f model.Fonts, dir string) (*Set, error) {
	if f.Regular == "" && f.Bold == "" && f.Fallback == "" {
		return Default()
	}
	srcs := builtin()
	for i, p := range []string{f.Regular, f.Bold, f.Fallback} {
		if p == "" {
			continue
		}
		where := filepath.Join(dir, filepath.FromSlash(p))
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, &FileError{Role: Role(i), Path: p, Where: where, Err: err}
		}
		name := strings.TrimSuffix(path.Base(p), path.Ext(p))
		srcs[i] = source{name: name, data: data, where: where, rel: p}
	}
	set, err := newSet(srcs)
	if err != nil {
		return nil, err
	}
	set.sums = map[string]string{}
	for _, src := range srcs {
		if src.rel != "" {
			h := sha256.Sum256(src.data)
			set.sums[src.rel] = hex.EncodeToString(h[:])
		}
	}
	return set, nil
}

// FileError is a font file that cannot be used, and why.
type FileError struct {
	Role  Role
	Path  string // as site.yaml gives it; "" for a built-in face
	Where string // the file, for messages
	Err   error
}

func (e *FileError) Error() string { return fmt.Sprintf("%s font %s: %v", e.Role, e.Where, e.Err) }
func (e *FileError) Unwrap() error { return e.Err }

func builtin() [roles]source {
	return [roles]source{
		{name: "PretendardGOV-Regular", data: pretendardRegular, where: "built-in PretendardGOV-Regular.ttf"},
		{name: "PretendardGOV-Bold", data: pretendardBold, where: "built-in PretendardGOV-Bold.ttf"},
		{name: "NanumGothic", data: nanumGothic, where: "built-in NanumGothic.ttf"},
		{name: "NotoSansSymbols2-Regular", data: notoSymbols2, where: "built-in NotoSansSymbols2-Regular.ttf"},
	}
}

type source struct {
	name  string
	data  []byte
	where string // for messages
	rel   string // the path site.yaml gives; "" for a built-in face
}

// newSet parses the faces and trial-embeds each in a small document, so
// that a damaged file is an error here, naming it, rather than a panic
// inside gopdf half way through a build.
func newSet(srcs [roles]source) (*Set, error) {
	s := &Set{container: &gopdf.FontContainer{}}
	for i, src := range srcs {
		fail := func(err error) error { return &FileError{Role: Role(i), Path: src.rel, Where: src.where, Err: err} }
		face, err := parse(src, Role(i))
		if err != nil {
			return nil, fail(err)
		}
		err = guard(func() error { return s.container.AddTTFFontData(face.Family, src.data) })
		if err != nil {
			return nil, fail(err)
		}
		s.faces[i] = face
	}
	for i, src := range srcs {
		if err := guard(func() error { return s.trial(Role(i)) }); err != nil {
			return nil, &FileError{Role: Role(i), Path: src.rel, Where: src.where, Err: fmt.Errorf("cannot be embedded in a PDF: %w", err)}
		}
	}
	return s, nil
}

// guard runs f, turning a panic inside it (gopdf indexes font tables
// without checking them) into an error.
func guard(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the font's tables are damaged (%v)", r)
		}
	}()
	return f()
}

// trialText is what trial embeds: Hangul, Latin, digits and the plan
// symbols, those of them the face has.
const trialText = "가나다라마바사 힣 ABCxyz 0123456789 (단위: 천원) □○※·ㆍ▶∼◎▣☞≒✔➠▸"

// trial typesets a line in face r and writes the document, as a build
// will.
func (s *Set) trial(r Role) error {
	f := s.faces[r]
	var text []rune
	for _, c := range trialText {
		if c == ' ' || f.Has(c) {
			text = append(text, c)
		}
	}
	doc := &gopdf.GoPdf{}
	doc.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	if err := s.AddTo(doc, r); err != nil {
		return err
	}
	doc.AddPage()
	if err := doc.SetFont(f.Family, "", 12); err != nil {
		return err
	}
	if err := doc.Cell(nil, string(text)); err != nil {
		return err
	}
	_, err := doc.GetBytesPdfReturnErr()
	return err
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
		return nil, err
	}
	if err := validate(src.data); err != nil {
		return nil, err
	}
	p := &core.TTFParser{}
	if err := guard(func() error { return p.ParseFontData(src.data) }); err != nil {
		return nil, err
	}
	upm := int(p.UnitsPerEm())
	if upm <= 0 || p.NumberOfHMetrics() == 0 || len(p.Widths()) == 0 {
		return nil, errors.New("missing metrics")
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
// all of them when none are given (a face registered but never used still
// costs its tables in the file). Each document gets its own subsetting
// state; the parsed tables are shared.
func (s *Set) AddTo(pdf *gopdf.GoPdf, roles ...Role) error {
	if len(roles) == 0 {
		roles = []Role{Regular, Bold, Fallback, Symbols}
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

// Data is the face's TrueType file, for renderers that draw with it
// outside the PDF (the HWPX's chart pictures).
func (f *Face) Data() []byte { return f.ttf.FontData() }
