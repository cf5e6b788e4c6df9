package hwpx

// Block is one thing in the body: *Paragraph, *Table, *Picture, PageBreak
// or SectionBreak.
type Block interface{ block() }

// Align is a paragraph's horizontal alignment.
type Align int

const (
	AlignDefault Align = iota // the style's alignment
	AlignJustify
	AlignLeft
	AlignCenter
	AlignRight
)

func (a Align) attr() string {
	switch a {
	case AlignLeft:
		return "LEFT"
	case AlignCenter:
		return "CENTER"
	case AlignRight:
		return "RIGHT"
	}
	return "JUSTIFY"
}

// Paragraph is one paragraph in a named style.
type Paragraph struct {
	Style Style
	Align Align // AlignDefault keeps the style's alignment
	// SpaceBefore, when positive, replaces the style's space above the
	// paragraph (a cover page's vertical placement).
	SpaceBefore Length
	// HidePageNumber hides the page number on the page this paragraph
	// stands on (쪽 번호 감추기): the cover and 순서 carry none.
	HidePageNumber bool
	// PageNumberFrom, when positive, numbers pages from this paragraph's
	// page on starting at it (새 번호로 시작): the first chapter is page 1.
	PageNumberFrom int
	Runs           []Run
}

// Run is text with one set of character attributes on top of the style's.
// A "\n" in Text is a line break within the paragraph, a "\t" a tab.
type Run struct {
	Text      string
	Bold      bool
	Italic    bool
	Underline bool   // additions in a 신구대조표
	Strike    bool   // deletions in a 신구대조표
	Size      Length // 0 keeps the style's size; Pt(13) for 13 pt
	Color     string // "#RRGGBB"; "" keeps black
	// Frame draws a thin box of this colour ("#RRGGBB") round the text
	// (글자 테두리): the item's tags; "" for none.
	Frame string
}

// Text is a paragraph of one plain run.
func Text(style Style, s string) *Paragraph {
	return &Paragraph{Style: style, Runs: []Run{{Text: s}}}
}

// PageBreak starts the next block on a new page.
type PageBreak struct{}

// SectionBreak ends the current section (구역 나누기): the next blocks
// stand in a new section, Contents/sectionN.xml, starting on a new page,
// with the same page setup. PageNumbers puts "- n -" at the bottom of the
// new section's pages (Document.PageNumbers says it for the first); the
// count runs on unless a paragraph restarts it (Paragraph.PageNumberFrom).
type SectionBreak struct {
	PageNumbers bool
}

// Table is a grid of cells. Rows list only the cells that start in them, as
// in HTML: a cell with RowSpan 2 is absent from the next row.
type Table struct {
	// Columns are the column widths; they are scaled to the text width
	// when their sum differs from it. Empty means equal columns.
	Columns []Length
	// HeaderRows are the leading rows marked as header; 한글 repeats them
	// on each page the table continues on.
	HeaderRows int
	Rows       [][]Cell
	// Above is the space above the table (its outer margin); 0 for none.
	Above Length
}

// Cell is one table cell.
type Cell struct {
	Paragraphs []*Paragraph // empty means one empty 표 내용 paragraph
	ColSpan    int          // 0 or 1: one column
	RowSpan    int          // 0 or 1: one row
	Fill       string       // background "#RRGGBB"; "" for none
	Borders    Borders
	VAlign     VAlign
}

// TextCell is a cell holding one plain 표 내용 paragraph.
func TextCell(s string) Cell { return Cell{Paragraphs: []*Paragraph{Text(TableText, s)}} }

// VAlign is a cell's vertical alignment.
type VAlign int

const (
	VAlignCenter VAlign = iota
	VAlignTop
	VAlignBottom
)

func (v VAlign) attr() string {
	switch v {
	case VAlignTop:
		return "TOP"
	case VAlignBottom:
		return "BOTTOM"
	}
	return "CENTER"
}

// Borders are a cell's four edges.
type Borders struct{ Left, Right, Top, Bottom Line }

// Line is one edge. The zero Line is a solid black 0.12 mm rule, the usual
// table grid; LineNone hides the edge.
type Line struct {
	Style LineStyle
	Width float64 // mm; 0 means 0.12. Rounded to a width 한글 offers.
	Color string  // "#RRGGBB"; "" is black
}

// LineStyle is how an edge is drawn.
type LineStyle int

const (
	LineSolid LineStyle = iota
	LineNone
	LineDouble
	LineDash
)

func (s LineStyle) attr() string {
	switch s {
	case LineNone:
		return "NONE"
	case LineDouble:
		return "DOUBLE_SLIM"
	case LineDash:
		return "DASH"
	}
	return "SOLID"
}

// Picture is a PNG image in a paragraph of its own, centred.
type Picture struct {
	PNG    []byte
	Width  Length // shown size; 0 height keeps the image's aspect ratio
	Height Length
	Alt    string // shape comment, read by screen readers and shown on hover
}

func (*Paragraph) block()   {}
func (*Table) block()       {}
func (*Picture) block()     {}
func (PageBreak) block()    {}
func (SectionBreak) block() {}
