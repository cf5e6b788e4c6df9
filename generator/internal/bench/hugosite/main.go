// Command hugosite writes a minimal Hugo site equivalent to a workplan
// content tree, for measuring Hugo against workplan on the same plans: one
// Markdown page per plan (chapters, items, schedules, budgets, status
// figures and every table as Markdown), a data file with each plan's
// figures that the page template turns into tables, a home page listing
// every plan and a section page. Hugo renders N+2 pages for N plans, as
// workplan writes N plan pages, the index and a 404 page.
//
//	go run ./bench/hugosite -content DIR -out HUGODIR && hugo -s HUGODIR
//
// Hugo is never a dependency of workplan: bench/run installs it into a
// temporary folder.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("hugosite: ")
	content := flag.String("content", "content", "workplan content `folder`")
	out := flag.String("out", "", "Hugo site `folder` to write")
	flag.Parse()
	if *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	site, l := load.Load(os.DirFS(*content), *content)
	if site == nil {
		for _, f := range l.Sorted() {
			log.Print(f)
		}
		log.Fatal("content has errors")
	}
	w := &writer{dir: *out}
	w.file("hugo.toml", fmt.Sprintf(`baseURL = %q
languageCode = "ko-kr"
title = %q
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
[markup.goldmark.renderer]
unsafe = false
`, site.BaseURL, site.Title))
	w.file("layouts/_default/baseof.html", baseof)
	w.file("layouts/_default/single.html", single)
	w.file("layouts/_default/list.html", list)
	w.file("layouts/index.html", home)
	w.file("content/_index.md", "---\ntitle: "+quote(site.Title)+"\n---\n"+site.District+"의 주요업무 계획을 연도와 부서별로 모았습니다.\n")
	w.file("content/plans/_index.md", "---\ntitle: 계획 목록\n---\n")

	data := map[string]planData{}
	for _, p := range site.Plans {
		w.file("content/plans/"+p.Slug+".md", page(site, p))
		data[p.Slug] = figures(p)
	}
	b, err := json.MarshalIndent(data, "", " ")
	if err != nil {
		log.Fatal(err)
	}
	w.file("data/plans.json", string(b))
	if w.err != nil {
		log.Fatal(w.err)
	}
	fmt.Printf("%s: %d plan pages\n", *out, len(site.Plans))
}

type writer struct {
	dir string
	err error
}

func (w *writer) file(rel, s string) {
	if w.err != nil {
		return
	}
	p := filepath.Join(w.dir, filepath.FromSlash(rel))
	if w.err = os.MkdirAll(filepath.Dir(p), 0o755); w.err == nil {
		w.err = os.WriteFile(p, []byte(s), 0o644)
	}
}

func quote(s string) string { return strconv.Quote(s) }

// planData is what the data file holds per plan: the figures the page
// template renders as tables.
type planData struct {
	Department string    `json:"department"`
	Year       int       `json:"year"`
	Items      []row     `json:"items"`
	Headcount  []row     `json:"headcount"`
	Accounts   []row     `json:"accounts"`
	Links      []yearRef `json:"links,omitempty"`
}

type row struct {
	Label string `json:"label"`
	A     string `json:"a"`
	B     string `json:"b,omitempty"`
}

type yearRef struct {
	Year int    `json:"year"`
	Slug string `json:"slug"`
}

func figures(p *model.Plan) planData {
	d := planData{Department: p.Department.Name, Year: p.Year}
	for _, it := range p.Items {
		r := row{Label: it.ID + ". " + it.Title, A: "-"}
		if it.Budget != nil {
			r.A = it.Budget.Total.Format(money.Thousand)
		}
		d.Items = append(d.Items, r)
	}
	if st := p.Status; st != nil {
		if h := st.Headcount; h != nil {
			for _, g := range h.Grades {
				d.Headcount = append(d.Headcount, row{Label: g.Grade, A: strconv.Itoa(g.Quota), B: strconv.Itoa(g.Current)})
			}
		}
		if b := st.Budget; b != nil {
			for _, a := range b.Accounts {
				d.Accounts = append(d.Accounts, row{Label: a.Name, A: a.Amount.Format(b.Unit), B: a.Previous.Format(b.Unit)})
			}
		}
	}
	return d
}

// page is the plan as one Markdown page.
func page(s *model.Site, p *model.Plan) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\nslug: %s\nyear: %d\ndepartment: %s\ndate: %d-02-01\n---\n\n", quote(p.Department.Name+" "+p.Title), p.Slug, p.Year, quote(p.Department.Name), p.Year)
	fmt.Fprintf(&b, "%s · %s · %s\n\n", s.District, p.Occasion, p.Date)
	for _, ch := range p.Chapters {
		fmt.Fprintf(&b, "## %s. %s\n\n", ch.Numeral, ch.Title)
		for _, blk := range ch.Blocks {
			block(&b, blk)
		}
	}
	return b.String()
}

func block(b *strings.Builder, blk model.Block) {
	switch x := blk.(type) {
	case *model.Prose:
		b.Write(x.Source)
		b.WriteString("\n\n")
	case *model.Status:
		status(b, x)
	case *model.Group:
		fmt.Fprintf(b, "### %s. %s\n\n", x.ID, x.Title)
		if x.Intro != nil {
			b.Write(x.Intro.Source)
			b.WriteString("\n\n")
		}
		for _, it := range x.Items {
			item(b, it)
		}
	case *model.Item:
		item(b, x)
	case *model.Table:
		table(b, x.Caption, x.Header, x.Rows)
	case *model.KPITable:
		var rows [][]string
		for _, r := range x.Rows {
			rows = append(rows, []string{r.Task, r.Indicator, r.Unit, r.Previous, r.Target, r.Note})
		}
		table(b, x.Caption, []string{"정책과제", "성과지표", "단위", "전년 실적", "목표", "비고"}, rows)
	case *model.Calendar:
		var rows [][]string
		for _, e := range x.Events {
			rows = append(rows, []string{e.When.Text, e.Name, e.Venue, e.Department, e.Note})
		}
		table(b, x.Caption, []string{"일시", "행사", "장소", "부서", "비고"}, rows)
	case *model.Box:
		fmt.Fprintf(b, "> **%s**\n>\n", x.Title)
		for _, l := range x.Lines {
			fmt.Fprintf(b, "> ▶ %s: %s %s\n>\n", l.Label, l.Text, l.Note)
		}
		if x.Tally != nil {
			tally(b, x.Tally, "> ")
		}
		for _, n := range x.Notes {
			fmt.Fprintf(b, "> ※ %s\n>\n", n)
		}
		b.WriteString("\n")
	case *model.PledgeTable:
		var rows [][]string
		for _, t := range x.Tasks {
			rows = append(rows, []string{t.Name, strconv.Itoa(t.Count)})
		}
		rows = append(rows, []string{"합계", strconv.Itoa(x.Total)})
		table(b, x.Caption, []string{"전략과제", x.Unit}, rows)
	case *model.Tally:
		tally(b, x, "")
	}
}

func tally(b *strings.Builder, t *model.Tally, prefix string) {
	var parts []string
	for _, p := range t.Parts {
		parts = append(parts, fmt.Sprintf("%s %d%s", p.Label, p.Count, t.Unit))
	}
	fmt.Fprintf(b, "%s※ %s %d%s (%s)\n\n", prefix, t.Label, t.Total, t.Unit, strings.Join(parts, ", "))
}

func item(b *strings.Builder, it *model.Item) {
	fmt.Fprintf(b, "### %s. %s\n\n", it.ID, it.Title)
	if len(it.Tags) > 0 {
		fmt.Fprintf(b, "*%s*\n\n", strings.Join(it.Tags, " · "))
	}
	if it.Purpose != nil {
		b.WriteString("**추진목적**\n\n")
		b.Write(it.Purpose.Source)
		b.WriteString("\n\n")
	}
	o := it.Overview
	b.WriteString("**사업개요**\n\n")
	if len(o.Basis) > 0 {
		fmt.Fprintf(b, "- 추진근거: %s\n", strings.Join(o.Basis, ", "))
	}
	if o.Period != nil {
		fmt.Fprintf(b, "- 사업기간: %s\n", o.Period.Text)
	}
	if o.Target != "" {
		fmt.Fprintf(b, "- 사업대상: %s\n", o.Target)
	}
	for _, c := range o.Contents {
		fmt.Fprintf(b, "- 사업내용: %s\n", c)
	}
	for _, e := range o.Extra {
		fmt.Fprintf(b, "- %s: %s\n", e.Label, e.Text)
	}
	b.WriteString("\n")
	for _, pb := range it.Blocks {
		block(b, pb.Block)
	}
	if len(it.Schedule) > 0 {
		b.WriteString("**세부추진계획**\n\n")
		schedule(b, it.Schedule, "")
		b.WriteString("\n")
	}
	if bu := it.Budget; bu != nil {
		var src []string
		for _, s := range bu.Sources {
			src = append(src, s.Name+" "+s.Amount.Format(bu.Unit))
		}
		fmt.Fprintf(b, "**소요예산**: %s (%s)\n\n", bu.Total.Format(bu.Unit), strings.Join(src, ", "))
		var rows [][]string
		for _, l := range bu.Breakdown {
			rows = append(rows, []string{l.Label, l.Amount.Number(bu.Unit), l.Detail})
		}
		if len(rows) > 0 {
			table(b, "", []string{"구분", bu.Unit.String(), "산출근거"}, rows)
		}
	}
	if len(it.Effects) > 0 {
		b.WriteString("**기대효과**\n\n")
		for _, e := range it.Effects {
			fmt.Fprintf(b, "- %s\n", e)
		}
		b.WriteString("\n")
	}
	if it.Contact != "" {
		fmt.Fprintf(b, "%s\n\n", it.Contact)
	}
}

func schedule(b *strings.Builder, es []*model.ScheduleEntry, indent string) {
	for _, e := range es {
		fmt.Fprintf(b, "%s- %s\n", indent, e.Line())
		for _, n := range e.Notes {
			fmt.Fprintf(b, "%s  - ※ %s\n", indent, n)
		}
		schedule(b, e.Sub, indent+"  ")
	}
}

func status(b *strings.Builder, s *model.Status) {
	if o := s.Organisation; o != nil {
		b.WriteString("### 조직\n\n")
		var walk func([]*model.OrgUnit, string)
		walk = func(us []*model.OrgUnit, indent string) {
			for _, u := range us {
				fmt.Fprintf(b, "%s- %s %s\n", indent, u.Name, u.Role)
				walk(u.Units, indent+"  ")
			}
		}
		walk(o.Units, "")
		b.WriteString("\n")
	}
	if h := s.Headcount; h != nil {
		var rows [][]string
		for _, g := range h.Grades {
			rows = append(rows, []string{g.Grade, strconv.Itoa(g.Quota), strconv.Itoa(g.Current), g.Note})
		}
		rows = append(rows, []string{"계", strconv.Itoa(h.Quota), strconv.Itoa(h.Current), ""})
		table(b, "인력", []string{"직급", "정원", "현원", "비고"}, rows)
	}
	if bu := s.Budget; bu != nil {
		var rows [][]string
		for _, a := range bu.Accounts {
			rows = append(rows, []string{a.Name, a.Amount.Number(bu.Unit), a.Previous.Number(bu.Unit)})
		}
		table(b, "예산 ("+bu.Unit.String()+")", []string{"회계", bu.Label, bu.PrevLabel}, rows)
	}
	if c := s.Committees; c != nil {
		var rows [][]string
		for _, m := range c.List {
			rows = append(rows, []string{m.Name, strconv.Itoa(m.Members), m.Chair, m.Basis})
		}
		table(b, "위원회", []string{"위원회", "위원수", "위원장", "설치근거"}, rows)
	}
	if l := s.Laws; l != nil {
		var rows [][]string
		for _, k := range l.Kinds {
			rows = append(rows, []string{k.Kind, strconv.Itoa(k.Count), strings.Join(k.Titles, ", ")})
		}
		table(b, "소관 자치법규", []string{"구분", "건수", "법규"}, rows)
	}
}

func table(b *strings.Builder, caption string, header []string, rows [][]string) {
	if caption != "" {
		fmt.Fprintf(b, "**%s**\n\n", caption)
	}
	cell := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "|", "\\|"), "\n", " ") }
	b.WriteString("|")
	for _, h := range header {
		b.WriteString(" " + cell(h) + " |")
	}
	b.WriteString("\n|")
	for range header {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, r := range rows {
		b.WriteString("|")
		for i := range header {
			v := ""
			if i < len(r) {
				v = r[i]
			}
			b.WriteString(" " + cell(v) + " |")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

// The templates: a layout, the plan page (Markdown body, then the data
// file's figures as tables), the list pages.
const baseof = `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ site.Title }}</title>
</head>
<body>
<header><a href="{{ "" | relURL }}">{{ site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ site.Title }}</footer>
</body>
</html>
`

const single = `{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ with index site.Data.plans .Params.slug }}
<section>
<h2>주요 수치</h2>
<table><caption>사업별 예산</caption><thead><tr><th scope="col">사업</th><th scope="col">예산</th></tr></thead><tbody>
{{ range .items }}<tr><th scope="row">{{ .label }}</th><td>{{ .a }}</td></tr>{{ end }}
</tbody></table>
<table><caption>직급별 인력</caption><thead><tr><th scope="col">직급</th><th scope="col">정원</th><th scope="col">현원</th></tr></thead><tbody>
{{ range .headcount }}<tr><th scope="row">{{ .label }}</th><td>{{ .a }}</td><td>{{ .b }}</td></tr>{{ end }}
</tbody></table>
<table><caption>회계별 예산</caption><thead><tr><th scope="col">회계</th><th scope="col">올해</th><th scope="col">전년</th></tr></thead><tbody>
{{ range .accounts }}<tr><th scope="row">{{ .label }}</th><td>{{ .a }}</td><td>{{ .b }}</td></tr>{{ end }}
</tbody></table>
</section>
{{ end }}
{{ end }}
`

const list = `{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
`

const home = `{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ .Content }}
<ul>{{ range (where site.RegularPages "Section" "plans") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
`
