package site

import (
	"fmt"
	"sort"
	"strconv"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/numfmt"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// planView is a plan page.
type planView struct {
	Page      *page
	charts    []*chart.Chart // every chart of the page, in page order
	chartFile string         // assets/charts/<slug>.js, relative to the site root

	Plan      *model.Plan
	Eyebrow   string
	Facts     []fact
	PDF       string // link to the plan's PDF, empty without one
	PDFLabel  string
	Data      []dataLink // open data files of the plan
	TOC       []tocEntry
	Stats     []fact
	Glance    []*chartView
	YearLinks []yearLink // the department's plans of other years
	Chapters  []*chapterView
}

// dataLink is an open data file, linked from the plan page.
type dataLink struct {
	Href, Name, Title string
}

// fact is a label and a value (cover facts, key figures).
type fact struct {
	Label string
	Value string
	Unit  string // shown smaller after Value, where it may wrap
}

// tocEntry is a line of the contents list, with lines under it.
type tocEntry struct {
	Label  string
	Anchor string
	Sub    []tocEntry
}

// yearLink points to a department's plan of another year.
type yearLink struct {
	Label   string
	Href    string
	Current bool
}

// chapterView is Ⅰ. 일반현황 and its blocks.
type chapterView struct {
	Anchor  string
	Numeral string
	Title   string
	Blocks  []blockView
}

// builder builds one plan page. It numbers tables and collects charts so
// ids stay unique and stable within the page.
type builder struct {
	site     *model.Site
	plan     *model.Plan
	charts   []*chart.Chart
	chartIDs map[string]bool
	tables   int
	err      error
}

func buildPlan(s *model.Site, p *model.Plan, opt Options) (*planView, error) {
	b := &builder{site: s, plan: p, chartIDs: map[string]bool{}}
	rel := p.Path + "index.html"
	root := relRoot(rel)
	v := &planView{Plan: p, chartFile: assetChartDir + p.Slug + ".js"}
	v.Page = &page{
		Kind:        "plan",
		Site:        s,
		Title:       fmt.Sprintf("%s %s | %s", p.Department.Name, p.Title, s.Title),
		Description: fmt.Sprintf("%s %s %s", s.District, p.Department.Name, p.Title),
		Root:        root,
		Crumbs: []crumb{
			{Label: "홈", Href: root + "index.html"},
			{Label: fmt.Sprintf("%d년", p.Year), Href: root + "index.html#year-" + strconv.Itoa(p.Year)},
			{Label: p.Department.Name},
		},
	}
	if s.BaseURL != "" {
		v.Page.Canonical = s.BaseURL + p.Path
	}
	v.Eyebrow = fmt.Sprintf("%s · %d년", s.District, p.Year)
	v.Facts = coverFacts(p)
	if opt.PDF {
		v.PDF = root + pdfPath(p)
		v.PDFLabel = fmt.Sprintf("%s %s PDF 내려받기", p.Department.Name, p.Title)
	}
	for _, f := range opt.Data[p.Slug] {
		v.Data = append(v.Data, dataLink{Href: "data/" + f.Name, Name: f.Name, Title: f.Title})
	}
	v.YearLinks = yearLinks(s, p, root)
	v.TOC = toc(p)
	if len(v.Data) > 0 {
		v.TOC = append(v.TOC, tocEntry{Label: "공공데이터", Anchor: "open-data"})
	}
	v.Stats = planStats(p)

	// Charts of the "at a glance" section come first in page order.
	if n := itemsWithBudget(p); n >= 2 {
		if c := b.chart(chart.ItemBudgets(p)); c != nil {
			c.Wide = true
			v.Glance = append(v.Glance, c)
		}
	}
	if newestOfDepartment(s, p) {
		for _, c := range chart.YearOverYear(departmentPlans(s, p)) {
			if cv := b.chart(c); cv != nil {
				v.Glance = append(v.Glance, cv)
			}
		}
	}

	for _, ch := range p.Chapters {
		cv := &chapterView{Anchor: ch.Anchor, Numeral: ch.Numeral, Title: ch.Title}
		for i, blk := range ch.Blocks {
			cv.Blocks = append(cv.Blocks, b.block(blk, 2, fmt.Sprintf("%s_%d", ch.Anchor, i+1)))
		}
		v.Chapters = append(v.Chapters, cv)
	}
	if b.err != nil {
		return nil, b.err
	}
	v.charts = b.charts
	if len(v.charts) > 0 {
		v.Page.Scripts = []string{root + assetECharts, root + assetJS, root + v.chartFile}
	}
	return v, nil
}

func pdfPath(p *model.Plan) string { return "pdf/" + p.Slug + ".pdf" }

func coverFacts(p *model.Plan) []fact {
	var f []fact
	if p.Occasion != "" {
		f = append(f, fact{Label: "보고", Value: p.Occasion})
	}
	if p.Date.Year != 0 {
		f = append(f, fact{Label: "일자", Value: p.Date.String()})
	}
	if p.Presenter != "" {
		f = append(f, fact{Label: "보고자", Value: p.Presenter})
	}
	return f
}

// planStats are the key figures shown before the chapters.
func planStats(p *model.Plan) []fact {
	var f []fact
	f = append(f, fact{Label: "주요사업", Value: numfmt.Int(int64(len(p.Items))), Unit: "개"})
	if itemsWithBudget(p) > 0 {
		f = append(f, fact{Label: "사업 예산 합계", Value: p.ItemBudget.Number(money.Thousand), Unit: money.Thousand.String()})
	}
	if st := p.Status; st != nil {
		if b := st.Budget; b != nil {
			label := "부서 예산"
			if b.Label != "" {
				label = b.Label + " 부서 예산"
			}
			f = append(f, fact{Label: label, Value: b.Total.Number(b.Unit), Unit: b.Unit.String()})
		}
		if h := st.Headcount; h != nil {
			f = append(f, fact{Label: "정원 / 현원", Value: fmt.Sprintf("%s / %s", numfmt.Int(int64(h.Quota)), numfmt.Int(int64(h.Current))), Unit: "명"})
		}
	}
	return f
}

func itemsWithBudget(p *model.Plan) int {
	n := 0
	for _, it := range p.Items {
		if it.Budget != nil {
			n++
		}
	}
	return n
}

// departmentPlans are the site's plans of p's department.
func departmentPlans(s *model.Site, p *model.Plan) []*model.Plan {
	var out []*model.Plan
	for _, q := range s.Plans {
		if q.Department.Slug == p.Department.Slug {
			out = append(out, q)
		}
	}
	return out
}

func newestOfDepartment(s *model.Site, p *model.Plan) bool {
	for _, q := range departmentPlans(s, p) {
		if q.Year > p.Year {
			return false
		}
	}
	return true
}

func yearLinks(s *model.Site, p *model.Plan, root string) []yearLink {
	ps := departmentPlans(s, p)
	if len(ps) < 2 {
		return nil
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Year > ps[j].Year })
	var out []yearLink
	for _, q := range ps {
		out = append(out, yearLink{Label: fmt.Sprintf("%d년", q.Year), Href: root + q.Path + "index.html", Current: q == p})
	}
	return out
}

func toc(p *model.Plan) []tocEntry {
	var out []tocEntry
	for _, ch := range p.Chapters {
		e := tocEntry{Label: ch.Numeral + ". " + ch.Title, Anchor: ch.Anchor}
		for _, blk := range ch.Blocks {
			switch b := blk.(type) {
			case *model.Item:
				e.Sub = append(e.Sub, tocEntry{Label: itemLabel(b), Anchor: b.Anchor})
			case *model.Group:
				g := tocEntry{Label: b.ID + ". " + b.Title, Anchor: b.Anchor}
				for _, it := range b.Items {
					g.Sub = append(g.Sub, tocEntry{Label: itemLabel(it), Anchor: it.Anchor})
				}
				e.Sub = append(e.Sub, g)
			}
		}
		out = append(out, e)
	}
	return out
}

func itemLabel(it *model.Item) string {
	if it.ID == "" {
		return it.Title
	}
	return it.ID + ". " + it.Title
}

// nextTable returns a page-unique table id.
func (b *builder) nextTable() string {
	b.tables++
	return "tbl-" + strconv.Itoa(b.tables)
}

// block builds a block standing under a heading of level h. key names its
// place, for the ids of the charts it may hold.
func (b *builder) block(blk model.Block, h int, key string) blockView {
	switch x := blk.(type) {
	case *model.Prose:
		return blockView{Prose: b.prose(x, h), HasProse: true}
	case *model.Status:
		return blockView{Status: b.status(x, h+1)}
	case *model.Group:
		return blockView{Group: b.group(x, h+1)}
	case *model.Item:
		return blockView{Item: b.item(x, h+1)}
	case *model.Table:
		return blockView{Table: b.table(x)}
	case *model.KPITable:
		return blockView{Table: b.kpi(x)}
	case *model.Calendar:
		return blockView{Table: b.calendar(x)}
	case *model.Box:
		return blockView{Box: boxOf(x)}
	case *model.PledgeTable:
		return blockView{Pledges: b.pledges(x, key)}
	case *model.Tally:
		return blockView{Tally: tallyLine(x, true)}
	}
	if b.err == nil {
		b.err = fmt.Errorf("unknown block type %T", blk)
	}
	return blockView{}
}

func (b *builder) group(g *model.Group, h int) *groupView {
	v := &groupView{Anchor: g.Anchor, Title: g.Title, H: h}
	if g.ID != "" {
		v.Label = g.ID + "."
	}
	if g.Intro != nil {
		v.Intro = b.prose(g.Intro, h)
	}
	for _, it := range g.Items {
		v.Items = append(v.Items, b.item(it, h+1))
	}
	return v
}
