package site

import (
	"fmt"
	"sort"
	"strconv"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
)

// planView is a plan page: the plan's document and what the site adds
// around it (links, open data, navigation between years).
type planView struct {
	Page      *page
	charts    []*chart.Chart // every chart of the page, in page order
	chartFile string         // assets/charts/<slug>.js, relative to the site root

	Doc       *document.Plan
	Eyebrow   string
	PDF       string // link to the plan's PDF, empty without one
	PDFLabel  string
	HWPX      string // link to the plan as a 한글 (HWPX) file, empty without one
	HWPXLabel string
	Data      []dataLink // open data files of the plan
	TOC       []*document.Entry
	YearLinks []yearLink // the department's plans of other years
}

// dataLink is an open data file, linked from the plan page.
type dataLink struct {
	Href, Name, Title string
}

// yearLink points to a department's plan of another year.
type yearLink struct {
	Label   string
	Href    string
	Current bool
}

// buildPlan makes plan p's page view around its document doc (built here
// when nil).
func buildPlan(s *model.Site, p *model.Plan, doc *document.Plan, opt Options) (*planView, error) {
	if doc == nil {
		var err error
		if doc, err = document.Build(s, p); err != nil {
			return nil, err
		}
	}
	rel := p.Path + "index.html"
	root := relRoot(rel)
	v := &planView{Doc: doc, chartFile: assetChartDir + p.Slug + ".js"}
	v.Page = &page{
		Kind:        "plan",
		Site:        s,
		Title:       fmt.Sprintf("%s %s | %s", doc.Department, doc.Title, s.Title),
		Description: fmt.Sprintf("%s %s %s", s.District, doc.Department, doc.Title),
		Root:        root,
		Crumbs: []crumb{
			{Label: "홈", Href: root + "index.html"},
			{Label: fmt.Sprintf("%d년", doc.Year), Href: root + "index.html#year-" + strconv.Itoa(doc.Year)},
			{Label: doc.Department},
		},
	}
	if s.BaseURL != "" {
		v.Page.Canonical = s.BaseURL + p.Path
	}
	v.Eyebrow = fmt.Sprintf("%s · %d년", s.District, doc.Year)
	if opt.HWPX {
		v.HWPX = root + "hwpx/" + p.Slug + ".hwpx"
		v.HWPXLabel = fmt.Sprintf("%s %s 한글 파일 내려받기", doc.Department, doc.Title)
	}
	if opt.PDF {
		v.PDF = root + pdfPath(p)
		v.PDFLabel = fmt.Sprintf("%s %s PDF 내려받기", doc.Department, doc.Title)
	}
	for _, f := range opt.Data[p.Slug] {
		v.Data = append(v.Data, dataLink{Href: "data/" + f.Name, Name: f.Name, Title: f.Title})
	}
	v.YearLinks = yearLinks(s, p, root)
	v.TOC = doc.Contents
	if len(v.Data) > 0 {
		v.TOC = append(v.TOC[:len(v.TOC):len(v.TOC)], &document.Entry{ID: "open-data", Label: "공공데이터", Depth: 1})
	}
	document.Walk(doc, func(n document.Node) bool {
		if f, ok := n.(*document.Figure); ok {
			v.charts = append(v.charts, f.Chart)
		}
		return true
	})
	if len(v.charts) > 0 {
		v.Page.Scripts = []string{root + assetECharts, root + assetJS, root + v.chartFile}
	}
	return v, nil
}

func pdfPath(p *model.Plan) string { return "pdf/" + p.Slug + ".pdf" }

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
