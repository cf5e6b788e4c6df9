package site

import (
	"workplan/generator/internal/document"
)

// The district's pages beyond the index: 공약사업 현황 (pledges/) and
// 변경 이력 (history/). Their kinds join the template set here.
// PledgesPage is where the 공약사업 현황 stands in the site.
const PledgesPage = "pledges/index.html"

// pledgesView is the 공약사업 현황 page: document.Pledges with links.
type pledgesView struct {
	Page *page
	List *document.PledgeList
	Rows []pledgeRow
}

type pledgeRow struct {
	document.PledgeRow
	Href string // the item on its plan's page
}

// Pledges writes the 공약사업 현황 page into dir: every 공약 item of the
// site's published plans, across departments and years, with its budget
// as its plan prints it.
func (r *Renderer) Pledges(dir string) error {
	s := r.site
	root := relRoot(PledgesPage)
	l := document.Pledges(s)
	v := &pledgesView{List: l, Page: &page{
		Kind: "pledges", Site: s, Root: root,
		Title:       l.Title + " | " + s.Title,
		Description: s.District + " " + l.Title,
		Crumbs:      []crumb{{Label: "홈", Href: root + "index.html"}, {Label: l.Title}},
	}}
	if s.BaseURL != "" {
		v.Page.Canonical = s.BaseURL + "pledges/"
	}
	for _, row := range l.Rows {
		v.Rows = append(v.Rows, pledgeRow{PledgeRow: row, Href: root + row.Path + "index.html#" + row.ItemID})
	}
	w := &writer{dir: dir}
	return w.page(r.t, PledgesPage, v.Page, v)
}
