// Package hwpx writes HWPX documents (OWPML, KS X 6101), the open XML format
// of the 한글 word processor, from a small typed description: document
// properties, page setup, named paragraph styles, paragraphs of runs, tables
// with repeating header rows and merged cells, pictures and page breaks.
//
// It knows the format and nothing of plans: a renderer walks the document
// tree and calls Write with a Document. The output is byte-reproducible: the
// same Document gives the same bytes (no clock, fixed zip entry order and
// times, properties interned in first-use order).
//
// docs/hwpx.md describes the package layout, namespaces and id references
// this writer follows, and what is verified without 한글 itself.
package hwpx

import (
	"fmt"
	"math"
	"time"
)

// Length is a distance in HWPUNIT, the format's unit: 1/7200 inch, so
// 1 pt = 100 and 1 mm ≈ 283.46.
type Length int32

// MM converts millimetres to HWPUNIT, rounding to the nearest unit.
func MM(mm float64) Length { return Length(math.Round(mm * 7200 / 25.4)) }

// Pt converts points to HWPUNIT.
func Pt(pt float64) Length { return Length(math.Round(pt * 100)) }

// Document is everything one .hwpx file holds.
type Document struct {
	Props Properties
	Page  Page
	// Fonts names the faces; the zero value means DefaultFonts().
	Fonts Fonts
	// Styles are the named paragraph styles; the zero value means
	// DefaultStyles().
	Styles *StyleSet
	// PageNumbers puts "- n -" at the bottom centre of every page of the
	// first section (SectionBreak says it for the others).
	PageNumbers bool
	Blocks      []Block
}

// Properties are the document's summary information (파일 > 문서 정보).
type Properties struct {
	Title      string
	Subject    string
	Author     string // written as creator and last saved by
	Department string // written as publisher
	// Date is the plan's date, written as created and modified date. It is
	// given by the caller, never read from the clock; zero omits it.
	Date time.Time
}

// Page is the paper and its margins (편집 용지), portrait.
type Page struct {
	Width, Height            Length
	Top, Bottom, Left, Right Length
	Header, Footer           Length // distance of header/footer area from the edge
}

// A4 returns portrait A4 (the size 한글 itself writes) with the given margins
// in millimetres and 10 mm header and footer areas.
func A4(top, bottom, left, right float64) Page {
	return Page{
		Width: 59528, Height: 84188,
		Top: MM(top), Bottom: MM(bottom), Left: MM(left), Right: MM(right),
		Header: MM(10), Footer: MM(10),
	}
}

// TextWidth is the width between the side margins.
func (p Page) TextWidth() Length { return p.Width - p.Left - p.Right }

// Font is one face and the face 한글 uses in its place when the first is not
// installed (대체 글꼴).
type Font struct {
	Face       string
	Substitute string // "" for none
	Serif      bool   // family: 명조 (serif) or 고딕 (sans-serif)
}

// Fonts are the two faces every style chooses from.
type Fonts struct {
	Sans  Font // body text, tables, headings
	Serif Font // reserved for styles that ask for a serif face
}

// DefaultFonts matches the PDF (Pretendard GOV) and falls back to the faces
// that come with every 한글 install.
func DefaultFonts() Fonts {
	return Fonts{
		Sans:  Font{Face: "Pretendard GOV", Substitute: "함초롬돋움"},
		Serif: Font{Face: "함초롬바탕", Serif: true},
	}
}

// Write renders doc as the bytes of a .hwpx file.
func Write(doc Document) ([]byte, error) {
	if doc.Page.Width <= 0 || doc.Page.Height <= 0 {
		return nil, fmt.Errorf("hwpx: page size %dx%d HWPUNIT; want a positive width and height (use hwpx.A4)", doc.Page.Width, doc.Page.Height)
	}
	if doc.Page.TextWidth() <= 0 {
		return nil, fmt.Errorf("hwpx: side margins %d+%d leave no text width on a page %d wide", doc.Page.Left, doc.Page.Right, doc.Page.Width)
	}
	if doc.Fonts == (Fonts{}) {
		doc.Fonts = DefaultFonts()
	}
	if doc.Styles == nil {
		doc.Styles = DefaultStyles()
	}
	if err := checkStyles(doc.Styles); err != nil {
		return nil, err
	}
	refs := newRefs(doc.Styles)
	bins := newBinStore()
	sections, preview, err := writeSections(doc, refs, bins)
	if err != nil {
		return nil, err
	}
	header := writeHeader(doc, refs, len(sections))
	return pack(doc.Props, header, sections, preview, bins)
}
