package site

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
	"workplan/generator/internal/numfmt"
)

// indexView is the front page: every plan by year, newest first.
type indexView struct {
	Page  *page
	Intro string
	Stats []fact
	Years []yearView
	// Links are the district-wide pages: 공약사업 현황, 변경 이력.
	Links []siteLink
	// Books are the council's books, newest year first.
	Books []bookLink
}

// siteLink is a link to a district-wide page.
type siteLink struct {
	Label, Href string
}

// bookLink is one council book: its PDF and, when written, its HWPX.
type bookLink struct {
	Label     string // 2025년 행정문화위원회 소관, 2025년 전체
	PDF, HWPX string
	PDFLabel  string
	HWPXLabel string
}

type yearView struct {
	Year    int
	Anchor  string
	Label   string
	Heading string // the title the year's plans share ("2025년 주요 업무계획"), else Label
	Plans   []planCard
}

// planCard is one plan on the front page.
type planCard struct {
	Department string
	Title      string
	Occasion   string
	Href       string
	LinkLabel  string
	PDF        string
	PDFLabel   string
	Data       string // link to the plan page's open data section
	DataLabel  string
	Facts      []fact
}

func buildIndex(s *model.Site, opt Options) *indexView {
	v := &indexView{Page: &page{Kind: "index", Site: s, Title: s.Title, Description: s.Title, Root: ""}}
	if s.BaseURL != "" {
		v.Page.Canonical = s.BaseURL
	}
	v.Intro = document.SiteIntro(s)
	depts := map[string]bool{}
	var items int
	byYear := map[int][]*model.Plan{}
	var years []int
	for _, p := range s.Plans {
		depts[p.Department.Slug] = true
		items += len(p.Items)
		if _, ok := byYear[p.Year]; !ok {
			years = append(years, p.Year)
		}
		byYear[p.Year] = append(byYear[p.Year], p)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	v.Stats = []fact{
		{Label: "계획", Value: numfmt.Int(int64(len(s.Plans))) + "건"},
		{Label: "부서", Value: numfmt.Int(int64(len(depts))) + "개"},
	}
	// The count of items is computed: shown only when every plan asks.
	if len(s.Plans) > 0 && allAskFacts(s.Plans) {
		v.Stats = append(v.Stats, fact{Label: "주요사업", Value: numfmt.Int(int64(items)) + "개"})
	}
	v.Links = []siteLink{{Label: "공약사업 현황", Href: PledgesPage}, {Label: "변경 이력", Href: HistoryPage}}
	if opt.PDF {
		for _, bk := range s.Books() {
			who := "전체 부서"
			if bk.Committee != nil {
				who = bk.Committee.Name + " 소관"
			}
			l := bookLink{Label: fmt.Sprintf("%d년 %s", bk.Year, who), PDF: bk.Path}
			l.PDFLabel = l.Label + " 책자 PDF 내려받기"
			if opt.HWPX {
				l.HWPX = strings.TrimSuffix(bk.Path, ".pdf") + ".hwpx"
				l.HWPXLabel = l.Label + " 책자 한글(HWPX) 내려받기"
			}
			v.Books = append(v.Books, l)
		}
	}
	for _, y := range years {
		ps := byYear[y]
		sort.SliceStable(ps, func(i, j int) bool {
			if ps[i].Department.Name != ps[j].Department.Name {
				return ps[i].Department.Name < ps[j].Department.Name
			}
			return ps[i].Department.Slug < ps[j].Department.Slug
		})
		yv := yearView{Year: y, Anchor: "year-" + strconv.Itoa(y), Label: strconv.Itoa(y) + "년"}
		yv.Heading = yv.Label
		for i, p := range ps {
			yv.Plans = append(yv.Plans, card(p, opt))
			if i == 0 {
				yv.Heading = p.Title
			} else if p.Title != ps[0].Title {
				yv.Heading = yv.Label
			}
		}
		v.Years = append(v.Years, yv)
	}
	return v
}

func card(p *model.Plan, opt Options) planCard {
	c := planCard{
		Department: p.Department.Name,
		Title:      p.Title,
		Href:       p.Path + "index.html",
		LinkLabel:  fmt.Sprintf("%s %s 보기", p.Department.Name, p.Title),
	}
	switch {
	case p.Occasion != "" && p.Date.Year != 0:
		c.Occasion = p.Occasion + " · " + p.Date.String()
	case p.Occasion != "":
		c.Occasion = p.Occasion
	case p.Date.Year != 0:
		c.Occasion = p.Date.String()
	}
	for _, f := range document.Facts(p) {
		c.Facts = append(c.Facts, fact{Label: f.Label, Value: f.Value + f.Unit})
	}
	if opt.PDF {
		c.PDF = pdfPath(p)
		c.PDFLabel = fmt.Sprintf("%s %s PDF 내려받기", p.Department.Name, p.Title)
	}
	if len(opt.Data[p.Slug]) > 0 {
		c.Data = p.Path + "#open-data"
		c.DataLabel = fmt.Sprintf("%s %s 공공데이터(CSV, JSON)", p.Department.Name, p.Title)
	}
	return c
}

// notFoundView is 404.html. Servers send it for any missing path, so its
// links start from the base URL's path rather than from its own place.
type notFoundView struct {
	Page *page
	Home string
}

func buildNotFound(s *model.Site) *notFoundView {
	root := basePath(s)
	return &notFoundView{
		Page: &page{Kind: "notfound", Site: s, Title: "페이지를 찾을 수 없습니다 | " + s.Title, Root: root, NoIndex: true},
		Home: root,
	}
}

func allAskFacts(ps []*model.Plan) bool {
	for _, p := range ps {
		if !document.AsksFacts(p) {
			return false
		}
	}
	return true
}
