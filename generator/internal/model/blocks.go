package model

import (
	"github.com/yuin/goldmark/ast"

	"workplan/generator/internal/period"
)

// Prose is Markdown, parsed once. Renderers walk Doc; Source holds the
// bytes that Doc's segments point into.
type Prose struct {
	Source []byte
	Doc    ast.Node
}

// Table is a generic table.
type Table struct {
	Caption string
	Unit    string // shown as (단위: …)
	Header  []string
	Rows    [][]string
	Numeric []bool // per column: every body cell is a number, so right-align
	Notes   []string
}

// KPITable is a table of performance indicators.
type KPITable struct {
	Caption string
	Labels  KPILabels // the headings as printed; "" keeps the usual one
	Rows    []KPI
}

// KPILabels are a KPI table's column headings as the plan prints them
// (‹ 2024년 › for 전년 실적, say).
type KPILabels struct {
	Task, Indicator, Unit, Previous, Target, Note string
}

// KPI is one indicator: 정책과제 → 성과지표 → 단위 → 전년 실적 → 목표.
type KPI struct {
	Task      string
	Indicator string
	Unit      string
	Previous  string // numeric, a rank or milestone text
	Target    string
	Note      string
}

// Calendar is an event calendar.
type Calendar struct {
	Caption string
	Events  []Event
}

// Event is one row of an event calendar.
type Event struct {
	When       period.Span
	Name       string
	Venue      string
	Department string
	Note       string
}

// Box is a boxed note (e.g. 위원 구성 및 기능) of ▶ lines and ※ notes.
type Box struct {
	Title string
	Lines []BoxLine
	Tally *Tally // counted parts shown as a ※ line, may be nil
	Notes []string
}

// BoxLine is "▶ label: text", with an optional trailing ※ note.
type BoxLine struct {
	Label string
	Text  string
	Note  string
}

// Tally counts parts of a whole, e.g. 위촉완료 98명 = 32 + 46 + 20, within
// an optional cap (120명 이내).
type Tally struct {
	Label string // 위촉완료
	Unit  string // 명
	Cap   int    // 0 when there is none
	Total int    // derived
	Parts []TallyPart
}

// TallyPart is one counted part.
type TallyPart struct {
	Label string       // 1차 위촉
	Count int          //
	When  *period.Span // may be nil
}

// PledgeTable is a table of strategic tasks with their pledge counts.
type PledgeTable struct {
	Caption string
	Unit    string // 사업 수
	Tasks   []PledgeTask
	Total   int // derived
}

// PledgeTask is one strategic task.
type PledgeTask struct {
	Name  string
	Count int
}
