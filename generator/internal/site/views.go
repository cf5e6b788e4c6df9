package site

import "workplan/generator/internal/model"

// What templates see besides the document: the page around it. Every
// figure, label and heading level of a plan comes from its document
// (package document); templates only place and style it.

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

// fact is a label and a value on the front page.
type fact struct {
	Label string
	Value string
}
