// Package model is the typed, validated and fully computed form of a content
// tree. The loader builds it; the site, PDF and diff renderers read it and
// nothing else. Every total here is derived from its parts.
package model

import (
	"unicode"
	"unicode/utf8"

	"workplan/generator/internal/money"
	"workplan/generator/internal/period"
)

// Site is the whole content tree: settings and every plan.
type Site struct {
	District string // 마포구
	Council  string // 마포구의회, as site.yaml names it; "" when it does not
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
	// Summaries are the derived summaries the plan asks for (plan.yaml
	// summaries:); none by default: a figure the source does not print is
	// not printed.
	Summaries Summaries
}

// Summaries says which computed summaries a plan asks its outputs for.
type Summaries struct {
	ItemBudgets bool // chapter-opening count and sum of the items' budgets, and its chart
	Facts       bool // the site's 주요사업 count and 사업 예산 합계 cards
}

// Chapter is a part of a plan (Ⅰ. 일반현황), numbered or not (【부록】).
type Chapter struct {
	Number  int    // 1-based position in the plan
	Numeral string // Ⅰ, Ⅱ … counting numbered chapters only; "" when unnumbered
	Title   string
	Anchor  string // chapter-1
	// Key names the chapter in open data and ids ("1" by default, or as
	// plan.yaml sets it: "issues"); unique in the plan.
	Key    string
	Blocks []Block
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

// Item is one work item.
type Item struct {
	// ID is the item's number as printed: "3", "1-5", "➊", "가.", "(1)";
	// unique within its chapter. Number() is its printed label.
	ID string
	// Chapter is the Key of the chapter the item stands in (open data).
	Chapter string
	// Group is the id of the group (theme) the item stands in, "" for
	// none: printed numbers restart in each group, so (Chapter, Group, ID)
	// is unique.
	Group    string
	Anchor   string // item-3, item-1-5; unique in the plan
	Title    string
	Tags     []string // 공약, 신규, 중점, 공모 …
	Purpose  *Prose   // may be nil
	Overview Overview
	Schedule []*ScheduleEntry
	Budget   *Budget // the item's first budget (Budgets[0]); nil when it states none
	// Budgets are every budget the item states, in printed order, each
	// with its own label (총사업비, '25년 예산 …).
	Budgets []*Budget
	Effects []string
	// Labels are the section labels as the plan prints them (the plan's
	// defaults, then the item's own); "" keeps the usual label.
	Labels SectionLabels
	// NoScheduleChart leaves out the schedule's Gantt chart (추진일정),
	// for plans that print none.
	NoScheduleChart bool
	// Sections are further headed parts the plan prints (□ 추진상황,
	// □ 현안 및 대책 …), each after a place, in written order.
	Sections []*NamedSection
	Contact  string        // e.g. 과장 … 팀장 … 담당 … (☎ 1234)
	Blocks   []PlacedBlock // the item's own blocks, each after a section
	File     string        // content file, for messages
}

// Number is the item's number as printed before its title: "1-5.",
// "가.", "(1)", "➊"; "" when it has none. An id ending in a digit or a
// letter takes a full stop, as Korean plans print them.
func (it *Item) Number() string {
	if it.ID == "" {
		return ""
	}
	r, _ := utf8.DecodeLastRuneInString(it.ID)
	if unicode.IsDigit(r) && r < 0x80 || unicode.IsLetter(r) {
		return it.ID + "."
	}
	return it.ID
}

// AllBudgets are the item's budgets in printed order: Budgets, or Budget
// alone for an item built with only that field set.
func (it *Item) AllBudgets() []*Budget {
	if len(it.Budgets) == 0 && it.Budget != nil {
		return []*Budget{it.Budget}
	}
	return it.Budgets
}

// SectionLabels are an item's section labels; "" keeps the usual one.
type SectionLabels struct {
	Overview, Basis, Period, Target, Contents, Schedule, Budget, Effects string
}

// Or fills the labels l leaves empty from d.
func (l SectionLabels) Or(d SectionLabels) SectionLabels {
	pick := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	return SectionLabels{pick(l.Overview, d.Overview), pick(l.Basis, d.Basis), pick(l.Period, d.Period),
		pick(l.Target, d.Target), pick(l.Contents, d.Contents), pick(l.Schedule, d.Schedule),
		pick(l.Budget, d.Budget), pick(l.Effects, d.Effects)}
}

// NamedSection is a headed part of an item with a label the plan chooses:
// "□ 추진상황" with its ㅇ lines, Markdown and blocks.
type NamedSection struct {
	Label  string  // 추진상황
	After  Section // the place it follows
	Value  string  // text after the label on the heading line, "" for none
	Lines  []string
	Prose  *Prose // may be nil
	Blocks []Block
}

// SectionsAfter returns the item's named sections that follow place s.
func (it *Item) SectionsAfter(s Section) []*NamedSection {
	var out []*NamedSection
	for _, n := range it.Sections {
		if n.After == s {
			out = append(out, n)
		}
	}
	return out
}

// Section names a place inside an item after which blocks can stand.
type Section string

const (
	AfterPurpose  Section = "purpose"
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
var Sections = []Section{AfterPurpose, AfterBasis, AfterPeriod, AfterTarget, AfterContents, AfterOverview, AfterSchedule, AfterBudget, AfterEffects}

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

// Budget is □ 소요예산, or a budget the plan labels otherwise (총사업비).
type Budget struct {
	Label     string // the section label as printed; "" is 소요예산
	Kind      BudgetKind
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

// BudgetKind says what a budget's figure covers, so that sums add only
// like with like.
type BudgetKind int

const (
	BudgetYear    BudgetKind = iota // one year's budget (소요예산, '25년 예산): the default
	BudgetProject                   // a multi-year project's whole cost (총사업비)
)

// Public is true when no source of the budget is private money (민자,
// 민간, 비재정 …): only public budgets are summed.
func (b *Budget) Public() bool {
	for _, s := range b.Sources {
		if s.Private {
			return false
		}
	}
	return true
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
	// Private marks money that is not public budget (민자, 민간, 비재정),
	// named so or set in the file: never summed with public budgets.
	Private bool
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
