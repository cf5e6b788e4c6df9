package site

import (
	"fmt"

	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
)

// Where the search page and its index stand in the site.
const (
	SearchPage  = "search.html"
	SearchIndex = "search.json"
	assetSearch = "assets/search.js"
)

// searchView is the search page. Its results are drawn in the browser by
// assets/search.js from search.json; without JavaScript the page says so.
type searchView struct {
	Page  *page
	Index string // href of search.json
	Home  string // href of the index
}

// search writes search.json, the words of the site's published plans
// (drafts, which the preview shows, are never indexed), and the search
// page that reads it.
func (r *Renderer) search(w *writer) error {
	s := r.site
	var ps []*model.Plan
	var docs []*document.Plan
	for _, p := range s.Plans {
		if p.Draft {
			continue
		}
		doc, err := document.Build(s, p)
		if err != nil {
			return fmt.Errorf("site: search index: plan %s: %w", p.Slug, err)
		}
		ps = append(ps, p)
		docs = append(docs, doc)
	}
	idx, err := buildSearchIndex(ps, docs)
	if err != nil {
		return fmt.Errorf("site: search index: %w", err)
	}
	w.file(SearchIndex, idx)
	root := relRoot(SearchPage)
	v := &searchView{Index: root + SearchIndex, Home: root + "index.html", Page: &page{
		Kind: "search", Site: s, Root: root,
		Title:       "검색 | " + s.Title,
		Description: s.Title + " 검색",
		Scripts:     []string{root + assetSearch},
		Crumbs:      []crumb{{Label: "홈", Href: root + "index.html"}, {Label: "검색"}},
	}}
	if s.BaseURL != "" {
		v.Page.Canonical = s.BaseURL + SearchPage
	}
	return w.page(r.t, SearchPage, v.Page, v)
}
