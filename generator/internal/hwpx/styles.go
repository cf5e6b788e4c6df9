package hwpx

import "fmt"

// Style is a named paragraph style (스타일). Its value is the style's id in
// header.xml; Normal (바탕글) is 0 because 한글 expects its default there.
type Style int

const (
	Normal        Style = iota // 바탕글: table anchors, the fallback
	Body                       // 본문
	Outline1                   // 개요 1: □ items
	Outline2                   // 개요 2: ○ items
	Outline3                   // 개요 3: - items
	Outline4                   // 개요 4: · items
	TableText                  // 표 내용
	Note                       // 주석: ※ notes
	Title                      // 제목
	Heading1                   // 대제목: chapters (Ⅰ. 일반현황)
	Heading2                   // 중제목: groups of items (1. 전략)
	Heading3                   // 소제목: items (1-1. 사업명)
	Caption                    // 캡션: table and chart titles
	ContentsTitle              // 차례 제목: the 순서 heading
	Contents1                  // 차례 1: chapters in 순서
	Contents2                  // 차례 2: groups and items in 순서
	Contents3                  // 차례 3: items of a group in 순서
	UnitLine                   // 단위: "(단위: 천원)" above a table
	numStyles
)

// StyleDef is what a style sets. Editing the style in 한글 changes every
// paragraph that uses it, so renderers should use styles, not per-paragraph
// overrides, for anything a reader may want to restyle.
type StyleDef struct {
	Name    string // the Korean name 한글 shows
	EngName string
	Size    Length
	Bold    bool
	Color   string // "#RRGGBB"; "" is black
	Serif   bool   // use Fonts.Serif instead of Fonts.Sans
	Align   Align
	// Left is the paragraph's left margin; Indent its first line: negative
	// is a hanging indent (내어쓰기), so wrapped lines of "□ text" start
	// under the text, not under the marker.
	Left, Indent  Length
	Before, After Length
	LineSpacing   int // percent of the font size
	KeepWithNext  bool
	// RuleBelow, when set, draws a rule under the paragraph (문단 테두리,
	// bottom edge only), as under the PDF's chapter headings.
	RuleBelow *Line
}

// StyleSet holds one StyleDef per Style.
type StyleSet [numStyles]StyleDef

// DefaultStyles are the sizes and indents of a Korean government plan: the
// 개요 levels carry the □ ○ - · markers as text (the source's wording), with
// hanging indents so continuation lines align after the marker.
func DefaultStyles() *StyleSet {
	return &StyleSet{
		Normal:        {Name: "바탕글", EngName: "Normal", Size: Pt(10), Align: AlignJustify, LineSpacing: 160},
		Body:          {Name: "본문", EngName: "Body", Size: Pt(12), Align: AlignJustify, Left: MM(4), After: Pt(4), LineSpacing: 160},
		Outline1:      {Name: "개요 1", EngName: "Outline 1", Size: Pt(14), Bold: true, Align: AlignJustify, Indent: -Pt(19), Before: Pt(12), After: Pt(6), LineSpacing: 160, KeepWithNext: true},
		Outline2:      {Name: "개요 2", EngName: "Outline 2", Size: Pt(13), Align: AlignJustify, Left: MM(4), Indent: -Pt(17), Before: Pt(6), After: Pt(3), LineSpacing: 160},
		Outline3:      {Name: "개요 3", EngName: "Outline 3", Size: Pt(12), Align: AlignJustify, Left: MM(8), Indent: -Pt(11), After: Pt(3), LineSpacing: 160},
		Outline4:      {Name: "개요 4", EngName: "Outline 4", Size: Pt(11), Align: AlignJustify, Left: MM(11), Indent: -Pt(8), After: Pt(2), LineSpacing: 160},
		TableText:     {Name: "표 내용", EngName: "Table Contents", Size: Pt(10), Align: AlignCenter, LineSpacing: 130},
		Note:          {Name: "주석", EngName: "Note", Size: Pt(10), Align: AlignJustify, Left: MM(4), Indent: -Pt(13), After: Pt(3), LineSpacing: 150},
		Title:         {Name: "제목", EngName: "Title", Size: Pt(20), Bold: true, Align: AlignCenter, After: Pt(18), LineSpacing: 160, KeepWithNext: true},
		Heading1:      {Name: "대제목", EngName: "Heading 1", Size: Pt(20), Bold: true, Align: AlignLeft, After: Pt(14), LineSpacing: 160, KeepWithNext: true},
		Heading2:      {Name: "중제목", EngName: "Heading 2", Size: Pt(17), Bold: true, Align: AlignLeft, Before: Pt(12), After: Pt(10), LineSpacing: 160, KeepWithNext: true},
		Heading3:      {Name: "소제목", EngName: "Heading 3", Size: Pt(15), Bold: true, Align: AlignLeft, Before: Pt(14), After: Pt(8), LineSpacing: 160, KeepWithNext: true},
		Caption:       {Name: "캡션", EngName: "Caption", Size: Pt(10), Bold: true, Align: AlignCenter, Before: Pt(6), After: Pt(3), LineSpacing: 150, KeepWithNext: true},
		ContentsTitle: {Name: "차례 제목", EngName: "TOC Heading", Size: Pt(20), Bold: true, Align: AlignCenter, After: Pt(24), LineSpacing: 160},
		Contents1:     {Name: "차례 1", EngName: "TOC 1", Size: Pt(14), Bold: true, Align: AlignLeft, Before: Pt(12), After: Pt(3), LineSpacing: 160},
		Contents2:     {Name: "차례 2", EngName: "TOC 2", Size: Pt(12), Align: AlignLeft, Left: MM(8), After: Pt(2), LineSpacing: 160},
		Contents3:     {Name: "차례 3", EngName: "TOC 3", Size: Pt(11), Align: AlignLeft, Left: MM(16), After: Pt(2), LineSpacing: 160},
		UnitLine:      {Name: "단위", EngName: "Unit", Size: Pt(10), Align: AlignRight, After: Pt(2), LineSpacing: 150, KeepWithNext: true},
	}
}

func (s Style) valid() bool { return s >= 0 && s < numStyles }

func checkStyles(set *StyleSet) error {
	names := map[string]Style{}
	for s, d := range set {
		switch {
		case d.Name == "":
			return fmt.Errorf("hwpx: style %d has no name", s)
		case d.Size <= 0:
			return fmt.Errorf("hwpx: style %q size %d; want a positive hwpx.Pt", d.Name, d.Size)
		case d.LineSpacing <= 0 || d.LineSpacing > 500:
			return fmt.Errorf("hwpx: style %q line spacing %d%%; want 1–500", d.Name, d.LineSpacing)
		case d.Align == AlignDefault:
			return fmt.Errorf("hwpx: style %q has no alignment", d.Name)
		}
		if err := checkColor("style "+d.Name, d.Color); err != nil {
			return fmt.Errorf("hwpx: %w", err)
		}
		if d.RuleBelow != nil {
			if err := checkColor("style "+d.Name+" rule", d.RuleBelow.Color); err != nil {
				return fmt.Errorf("hwpx: %w", err)
			}
		}
		if other, dup := names[d.Name]; dup {
			return fmt.Errorf("hwpx: styles %d and %d are both named %q", other, s, d.Name)
		}
		names[d.Name] = Style(s)
	}
	return nil
}
