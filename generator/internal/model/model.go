// Package model is the typed, validated and fully computed form of a content
// tree. The loader builds it; the site, PDF and diff renderers read it and
// nothing else. Every total here is derived from its parts.
package model

import (
	"workplan/generator/internal/money"
	"workplan/generator/internal/period"
)

// Site is the whole content tree: settings and every plan.
type Site struct {
	District string // 마포구
	Title    string // site title
	BaseURL  string // absolute URL the site is published under, ending in "/"
	Fonts    Fonts
	// TrustedHTML lets raw HTML in Markdown through to pages; off by
	// default, when it is shown as text.
	TrustedHTML bool
	Plans       []*Plan // by year (newest first), then department slug
	// Organisation is the chart of 국/실, departments and 상임위원회
	// (empty when site.yaml states none).
	Organisation OrgChart
	Contact      Contact      // 관리부서 and 전화번호 of the open data
	Licence      KOGL         // the open data's 공공누리 type (0: none named)
	Book         BookSettings // how council books are bound
	// Hashes holds the SHA-256 (lowercase hex) of site.yaml as the loader
	// read it, by its path relative to the content root ("site.yaml").
	Hashes map[string]string
}

// Fonts names font files that replace the built-in faces in PDFs. Paths are
// relative to the content directory; empty means the built-in face.
type Fonts struct {
	Regular, Bold, Fallback string
}

// Department is the office a plan belongs to.
type Department struct {
	Name string // 새마포담당관
	Slug string // saemapo
	// Org is the department's entry in the organisation chart, with its
	// 국 (Org.Bureau); Committee the 상임위원회 it reports to in the
	// plan's year. Both nil when site.yaml states no organisation.
	Org       *OrgDepartment
	Committee *StandingCommittee
}

// BureauName is the name of the department's 국/실 ("" when unknown).
func (d Department) BureauName() string {
	if d.Org == nil || d.Org.Bureau == nil {
		return ""
	}
	return d.Org.Bureau.Name
}

// Plan is one department's work plan for one year.
type Plan struct {
	Year       int
	Title      string // 2024년도 주요업무 계획
	Department Department
	Occasion   string      // 제266회 마포구의회 임시회
	Date       period.Date // 2024. 2.
	Presenter  string      // who presents it (새마포담당관)
	// Draft marks a plan still being written: check and serve load it,
	// the published site, council books and open data leave it out.
	Draft    bool
	Dir      string // content directory, slash-separated, relative to the content root
	Chapters []*Chapter
	// Files are the content files the plan was read from (plan.yaml, its
	// status, item and Markdown files), slash-separated, relative to the
	// content root, sorted: what its outputs depend on besides site.yaml.
	Files []string
	// Hashes holds, for each of Files, the SHA-256 (lowercase hex) of the
	// bytes the loader read and built the plan from.
	Hashes map[string]string

	// Derived.
	Slug       string       // "2024-saemapo": file names (PDF, data)
	Path       string       // "2024/saemapo/": URL path under the site root
	Items      []*Item      // every item, in content order
	ItemBudget money.Amount // sum of the items' budget totals, at most money.MaxAmount
	Status     *Status      // the plan's 일반현황, when it has one
}

// Chapter is a numbered part of a plan (Ⅰ. 일반현황).
type Chapter struct {
	Number  int    // 1-based
	Numeral string // Ⅰ, Ⅱ …
	Title   string
	Anchor  string // chapter-1
	Blocks  []Block
}

// Block is one piece of chapter content. Its concrete type is one of
// *Prose, *Status, *Group, *Item, *Table, *KPITable, *Calendar, *Box,
// *PledgeTable or *Tally.
type Block interface{ block() }

func (*Prose) block()       {}
func (*Status) block()      {}
func (*Group) block()       {}
func (*Item) block()        {}
func (*Table) block()       {}
func (*KPITable) block()    {}
func (*Calendar) block()    {}
func (*Box) block()         {}
func (*PledgeTable) block() {}
func (*Tally) block()       {}

// Group gathers items under a strategy or theme (items 1-1 … 1-5).
type Group struct {
	ID     string // "1"
	Title  string
	Anchor string // group-1
	Intro  *Prose // may be nil
	Items  []*Item
}

// Item is one numbered work item.
type Item struct {
	ID       string // "3" or "1-5"
	Anchor   string // item-3, item-1-5
	Title    string
	Tags     []string // 공약, 신규, 중점, 공모 …
	Purpose  *Prose   // may be nil
	Overview Overview
	Schedule []*ScheduleEntry
	Budget   *Budget // nil when the item states none
	Effects  []string
	Contact  string        // e.g. 과장 … 팀장 … 담당 … (☎ 1234)
	Blocks   []PlacedBlock // the item's own blocks, each after a section
	File     string        // content file, for messages
}

// Section names a place inside an item after which blocks can stand.
type Section string

const (
	AfterBasis    Section = "basis"
	AfterPeriod   Section = "period"
	AfterTarget   Section = "target"
	AfterContents Section = "contents"
	AfterOverview Section = "overview"
	AfterSchedule Section = "schedule"
	AfterBudget   Section = "budget"
	AfterEffects  Section = "effects"
)

// Sections lists the places in the order an item is read.
var Sections = []Section{AfterBasis, AfterPeriod, AfterTarget, AfterContents, AfterOverview, AfterSchedule, AfterBudget, AfterEffects}

// PlacedBlock is an item's block and where it stands.
type PlacedBlock struct {
	After Section
	Block Block
}

// BlocksAfter returns the item's blocks that stand after section s.
func (it *Item) BlocksAfter(s Section) []Block {
	var out []Block
	for _, b := range it.Blocks {
		if b.After == s {
			out = append(out, b.Block)
		}
	}
	return out
}

// Overview is □ 사업개요.
type Overview struct {
	Basis    []string     // 추진근거: laws, as written (「…」)
	Period   *period.Span // 사업기간
	Target   string       // 사업대상
	Contents []string     // 사업내용: one line is written inline, several as a list
	Extra    []Labeled    // further ㅇ lines (사업규모, 사업비 …), in order
}

// Labeled is a "label: text" line.
type Labeled struct {
	Label string
	Text  string
}

// ScheduleEntry is one line of □ 세부추진계획.
type ScheduleEntry struct {
	Period *period.Span // nil when the line states no period
	Lead   bool         // written "2024. 2. : text" (period first)
	Text   string       // the activity, or the whole line when Lead is false
	Notes  []string     // ※ lines
	Sub    []*ScheduleEntry
}

// Line is the entry as printed: "2024. 2. : 공약 추진 관리계획 수립".
func (e *ScheduleEntry) Line() string {
	if e.Lead && e.Period != nil {
		return e.Period.Text + " : " + e.Text
	}
	return e.Text
}

// Budget is □ 소요예산.
type Budget struct {
	Unit      money.Unit
	Total     money.Amount
	Sources   []FundingSource
	Breakdown []BudgetLine
	Years     []YearAmount // multi-year figures, by year
	// YearsTotal is the sum of Years' amounts (합계 of 연도별 소요예산),
	// derived and at most money.MaxAmount.
	YearsTotal money.Amount
	Note       string
}

// SourceForm says how a budget's funding sources were given.
type SourceForm int

const (
	SourceWhole  SourceForm = iota // one source named, paying all: 19,600천원(구비)
	SourceAmount                   // amounts per source: 국비 150, 시비 250
	SourceRatio                    // ratios: 국비 90%, 구비 10%
)

// FundingSource is one payer of a budget. Amount and RateBP are both set:
// one as given, the other derived.
type FundingSource struct {
	Name   string // 국비, 시비, 구비, 민자, 기금 …
	Form   SourceForm
	Amount money.Amount
	RateBP int64 // share of the total in basis points (10000 = 100%)
}

// BudgetLine is one line of a budget's breakdown.
type BudgetLine struct {
	Label  string
	Amount money.Amount
	Detail string // e.g. the basis of calculation
}

// YearAmount is one year's figure of a multi-year budget.
type YearAmount struct {
	Year   int
	Amount money.Amount
	Label  string // 실적, 계획 …
}
