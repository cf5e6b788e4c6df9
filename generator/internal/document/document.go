// Package document turns a computed plan (model.Plan) into the document
// every output presents: a renderer-neutral tree of chapters, sections,
// numbered lines, notes, tables with typed cells, figures (charts) and
// prose. The site, the PDF and the diff walk this tree and only style it;
// every decision about what a plan says is made here, once:
//
//   - wording: labels (추진근거 … 기대효과), the budget line with its
//     sources, tally lines, 순서 entries, cover facts;
//   - number formats: every figure is a string already ("16,366", "△3.9%");
//   - table shape and cell types: header rows (any depth, merged cells via
//     RowSpan and ColSpan, covered cells left out as in HTML), which cells
//     are numbers, empty or text, and each body cell's alignment;
//   - presence: whether a section, a table, a column or a chart appears;
//   - Markdown meaning: prose is converted once into the same node kinds
//     (paragraphs, lines, notes, tables, inline runs) with one semantics
//     for every output: HTML comments vanish, `\~` and a single `~` are a
//     literal ~ (the Korean range sign), glyphs stay as written (► stays ►),
//     and links carry an href only when it is safe (markdown.SafeHref).
//
// # Tree
//
// A Plan holds its Cover, its Contents (순서) and its Chapters. A Chapter
// holds Blocks. A Block is one of:
//
//	*Group     a numbered group of items (1. 전략 → items 1-1, 1-2 …)
//	*Item      a numbered work item: its heading, purpose and sections
//	*Section   a headed part: □ 사업개요 in an item, [조 직] in 일반현황
//	*List      consecutive Lines
//	*Line      a numbered line (□ ㅇ - · ▶ 1.) with its marker as data,
//	           an optional label ("추진근거: …") and blocks under it
//	*Note      a ※ (or *) line
//	*Paragraph running text
//	*Heading   a heading written in prose (# …)
//	*Table     a table of typed cells, with caption, unit line and notes
//	*Figure    a chart (chart.Chart), its title, summary and data table
//	*Box       a boxed note (< 제목 > with ▶ lines and ※ notes)
//	*Quote     a block quote (prose)
//	*Code      preformatted text (prose)
//	*Rule      a thematic break (prose)
//	*RawHTML   raw HTML, only when the site trusts its content
//
// Every node has an ID, unique within its plan and stable across builds:
// link targets keep their anchors ("chapter-2", "item-1-5",
// "status-budget"), other nodes extend their parent's ("item-1-5.budget",
// "item-1-5.budget.2"). The site writes it as data-node, so a test can
// check that the HTML, the PDF text and the diff's wording of a node come
// from the same node.
//
// Depth is a node's place in the outline, for heading levels: chapters are
// 1, what stands in a chapter 2, and so on. Level is a line's rung on the
// ladder: 0 □, 1 ㅇ, 2 -, 3 · (the marker itself is in Marker).
//
// Figures computed for display rather than stated by the plan carry
// Derived (a sum across items, a 합계 row added to a table), so that an
// output or a later rule can show or drop them as such.
//
// # Using it
//
//	doc, err := document.Build(site, plan)
//	for _, ch := range doc.Chapters {
//		for _, b := range ch.Blocks {
//			switch b := b.(type) {
//			case *document.Item: …
//			}
//		}
//	}
//
// Templates, which cannot switch on types, use each block's Kind().
// Walk visits every node in document order.
package document

import "workplan/generator/internal/chart"

// Plan is one plan as it is presented.
type Plan struct {
	ID             string // the plan's slug: "2024-saemapo"
	Year           int
	Title          string // 2024년도 주요업무 계획
	Department     string // 문화체육국
	DepartmentSlug string
	Path           string // "2024/saemapo/": URL path under the site root
	Cover          Cover
	Contents       []*Entry // 순서
	// Facts are key figures of the plan, for overviews (the site's
	// 한눈에 보기 and its index cards); not part of the printed plan.
	Facts []Fact
	// Overview holds charts comparing this plan with the department's
	// other years, for the site's overview; not part of the printed plan.
	Overview []*Figure
	Chapters []*Chapter
}

// Cover is the title page.
type Cover struct {
	Title      string // 2024년도 주요업무 계획
	Department string // 문화체육국 (the organisation when the plan names none)
	Occasion   string // 행정문화위원회 (as the plan states it)
	Date       string // 2024. 2.
	Presenter  string
	// Facts are occasion, date and presenter as labelled facts, in order,
	// each only when the plan states it.
	Facts []Fact
}

// Fact is a labelled figure or phrase: "보고: 제266회 …", "정원 / 현원: 12 / 11명".
type Fact struct {
	Label string
	Value string
	Unit  string // shown after Value, may be empty
	// Derived marks a figure computed for display, not stated by the plan.
	Derived bool
}

// Entry is a line of 순서: a chapter, group or item, and the lines under it.
type Entry struct {
	ID    string // the node it points to (its anchor)
	Label string // "Ⅰ. 일반현황", "1. …", "1-1. …"
	Depth int    // 1 chapter, 2 what stands in it, 3 items of a group
	Sub   []*Entry
}

// Chapter is a part of the plan: "Ⅰ. 일반현황", or an unnumbered one.
type Chapter struct {
	ID     string // chapter-1: its anchor
	Number string // "Ⅰ." as printed; "" for an unnumbered chapter
	Title  string
	Label  string // Number and Title as a heading prints them
	Depth  int    // 1
	Blocks []Block
}

// Node is any node of the tree.
type Node interface {
	NodeID() string
}

// Block is a node that stands in a sequence of blocks.
type Block interface {
	Node
	// Kind names the node type for templates: "group", "item", "section",
	// "list", "line", "note", "paragraph", "heading", "table", "figure",
	// "box", "quote", "code", "rule", "html".
	Kind() string
}

// Group is a numbered group of items under a strategy or theme.
type Group struct {
	ID     string // group-1: its anchor
	Number string // "1."
	Title  string
	Label  string // "1. 일상 속 문화 향유 확대"
	Depth  int
	Intro  []Block
	Items  []*Item
}

// Item is one numbered work item.
type Item struct {
	ID      string // item-1-5: its anchor
	Number  string // "1-5." as printed; "" when the item has no id
	Title   string
	Label   string // "1-5. 제목"
	Depth   int
	Tags    []string // 공약, 신규, 중점 …
	Purpose []Block  // the boxed aim, may be empty
	// Blocks are the item's sections (□ 사업개요, □ 세부추진계획,
	// □ 소요예산, □ 기대효과) and blocks the item places where no
	// section stands.
	Blocks  []Block
	Contact *Fact // 담당: …, nil when the item names none
	File    string
	// Continues is the item of the department's previous plan this one
	// continues (계속사업), nil when none (see Continuation).
	Continues *Continuation
}

// Section is a headed part: □ 사업개요 in an item, [조 직] in 일반현황.
type Section struct {
	ID     string // item-1-5.budget, status-budget
	Key    string // what it is: basis … effects (model.Section names), organisation, headcount …
	Marker string // □, or "" when the heading carries none
	Label  string // 사업개요, [조 직]
	// Value follows the label on the heading line: "□ 소요예산: 16,366천원(구비)".
	Value  string
	Depth  int
	Blocks []Block
}

// List is consecutive lines.
type List struct {
	ID      string
	Ordered bool // numbered 1. 2. … (the numbers are the lines' markers)
	Lines   []*Line
}

// Line is a numbered line: "ㅇ 추진근거: 「…」", "- 용역: 100백만원".
type Line struct {
	ID     string
	Level  int    // ladder rung: 0 □, 1 ㅇ, 2 -, 3 ·; deeper rungs keep ·
	Marker string // □ ㅇ - · ▶ or "1." for ordered prose lists
	Label  string // "추진근거" in "추진근거: …"; may be empty
	Text   Text   // may be empty when the label heads lines under it
	// Blocks stand under the line: sub-lines, ※ notes, tables, boxes.
	Blocks  []Block
	Derived bool // the line states figures computed for display
}

// Note is a ※ line (or a * line).
type Note struct {
	ID     string
	Marker string // ※ or *
	Text   Text   // without the marker
}

// Paragraph is running text.
type Paragraph struct {
	ID   string
	Text Text
}

// Heading is a heading written in prose.
type Heading struct {
	ID    string
	Depth int
	Text  Text
}

// Quote is a block quote written in prose.
type Quote struct {
	ID     string
	Blocks []Block
}

// Code is preformatted text written in prose.
type Code struct {
	ID   string
	Text string
}

// Rule is a thematic break written in prose.
type Rule struct {
	ID string
}

// RawHTML is HTML written in prose, kept only when the site's settings
// trust its content (trusted_html). Outputs that cannot show HTML leave it
// out; untrusted HTML never becomes a RawHTML node but text.
type RawHTML struct {
	ID   string
	HTML string
}

// Box is a boxed note: a title, ▶ lines and ※ notes.
type Box struct {
	ID     string
	Title  string // printed as the box's heading
	Blocks []Block
}

// Figure is a chart: drawn from Chart, described by Summary, with its
// data as a table for those who cannot see it.
type Figure struct {
	ID      string
	Chart   *chart.Chart
	Title   string
	Summary string
	Legend  []LegendKey // styles explained in words (hatched = loose dates)
	Data    *Table
	// Alt says in lines what the chart shows (an organisation's units and
	// duties). An output that cannot draw the chart shows Alt instead.
	Alt  []Block
	Wide bool // a chart with many long categories; spans the width where figures stand side by side
}

// LegendKey explains one style of a chart in words.
type LegendKey struct {
	Key   string // exact, loose
	Label string // 확정 일정, 유동·반복 일정(빗금)
}

func (n *Group) NodeID() string     { return n.ID }
func (n *Item) NodeID() string      { return n.ID }
func (n *Section) NodeID() string   { return n.ID }
func (n *List) NodeID() string      { return n.ID }
func (n *Line) NodeID() string      { return n.ID }
func (n *Note) NodeID() string      { return n.ID }
func (n *Paragraph) NodeID() string { return n.ID }
func (n *Heading) NodeID() string   { return n.ID }
func (n *Table) NodeID() string     { return n.ID }
func (n *Figure) NodeID() string    { return n.ID }
func (n *Box) NodeID() string       { return n.ID }
func (n *Quote) NodeID() string     { return n.ID }
func (n *Code) NodeID() string      { return n.ID }
func (n *Rule) NodeID() string      { return n.ID }
func (n *RawHTML) NodeID() string   { return n.ID }
func (n *Chapter) NodeID() string   { return n.ID }

func (*Group) Kind() string     { return "group" }
func (*Item) Kind() string      { return "item" }
func (*Section) Kind() string   { return "section" }
func (*List) Kind() string      { return "list" }
func (*Line) Kind() string      { return "line" }
func (*Note) Kind() string      { return "note" }
func (*Paragraph) Kind() string { return "paragraph" }
func (*Heading) Kind() string   { return "heading" }
func (*Table) Kind() string     { return "table" }
func (*Figure) Kind() string    { return "figure" }
func (*Box) Kind() string       { return "box" }
func (*Quote) Kind() string     { return "quote" }
func (*Code) Kind() string      { return "code" }
func (*Rule) Kind() string      { return "rule" }
func (*RawHTML) Kind() string   { return "html" }
