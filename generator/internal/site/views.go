package site

import (
	"html/template"

	"workplan/generator/internal/model"
)

// The view types below are what templates see: every figure already
// formatted, every heading level and id already decided, so templates only
// place text.

// page is what the layout needs about any page.
type page struct {
	Kind        string // template set: index, plan, notfound
	Site        *model.Site
	Lang        string
	Title       string // <title>
	Description string
	Root        string // path from the page to the site root: "", "../../", or "/base/" for 404
	Canonical   string // absolute URL, empty when unknown
	Scripts     []string
	Crumbs      []crumb
	NoIndex     bool
}

// crumb is one breadcrumb step; the last one has no link.
type crumb struct {
	Label string
	Href  string
}

// tableView is any table of the site: content tables, status tables, chart
// data tables. Cells are already formatted.
type tableView struct {
	ID          string // page-unique, for aria-labelledby on the scroll wrapper
	Caption     string
	HideCaption bool   // the caption is for screen readers only (Markdown tables have none of their own)
	Context     string // appended to the caption for screen readers only, keeps names unique
	Unit        string // shown as (단위: …)
	Class       string
	Head        [][]cell
	Body        [][]cell
	Notes       []string // ※ lines under the table
}

// cell is one table cell.
type cell struct {
	Text    string
	HTML    template.HTML // used instead of Text when set (Markdown tables)
	Header  bool          // th
	Scope   string        // col, row, colgroup, rowgroup
	ColSpan int
	RowSpan int
	Num     bool // right-aligned figure
	Class   string
}

// chartView is a chart's place on the page: the container the script draws
// into, its text alternative and its data as a table.
type chartView struct {
	ID      string
	Kind    string // bar, grouped-bar, pie, gantt, tree: a CSS modifier
	Wide    bool   // spans the whole width where charts stand side by side
	Title   string
	Summary string
	Legend  []legendKey // a text legend where colour alone would tell things apart
	Data    *tableView
}

// legendKey explains one visual style in words.
type legendKey struct {
	Class string
	Label string
}

// blockView is one block; exactly one field is set.
type blockView struct {
	Prose    []proseSeg
	Status   *statusView
	Group    *groupView
	Item     *itemView
	Table    *tableView
	Box      *boxView
	Pledges  *pledgeView
	Tally    string // a ※ line
	HasProse bool
}

// proseSeg is a piece of rendered Markdown: HTML, or a table that the site
// renders itself (with caption and scoped headers).
type proseSeg struct {
	HTML  template.HTML
	Table *tableView
}

// groupView is a group of items (1. strategy → items 1-1, 1-2 …).
type groupView struct {
	Anchor string
	Label  string // "1."
	Title  string
	H      int
	Intro  []proseSeg
	Items  []*itemView
}

// boxView is a boxed note of ▶ lines and ※ notes.
type boxView struct {
	Title string
	Lines []boxLine
	Notes []string // ※ lines, the tally's first
}

type boxLine struct {
	Label, Text, Note string
}

// pledgeView is a pledge table and its pie chart.
type pledgeView struct {
	Table *tableView
	Chart *chartView
}

// Cols is the number of columns, counted on the first header row.
func (t *tableView) Cols() int {
	if len(t.Head) == 0 {
		if len(t.Body) == 0 {
			return 0
		}
		return len(t.Body[0])
	}
	n := 0
	for _, c := range t.Head[0] {
		n += max(1, c.ColSpan)
	}
	return n
}
