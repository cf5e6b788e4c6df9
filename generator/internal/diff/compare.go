package diff

import (
	"fmt"
	"strings"

	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
)

// Compare lists every change from old to new. Either may be nil (nothing).
// Each plan is compared as its document (document.Build), so the diff
// names places and prints values with the words the site and the PDF
// print. A plan whose document cannot be built is reported as one change
// naming the error; CompareSites returns that error instead.
func Compare(old, new *model.Site) *Report {
	r, _ := compareSites(old, new)
	return r
}

// CompareSites is Compare, failing when a plan's document cannot be built.
func CompareSites(old, new *model.Site) (*Report, error) {
	r, errs := compareSites(old, new)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return r, nil
}

func compareSites(old, new *model.Site) (*Report, []error) {
	r := &Report{}
	var errs []error
	oldPlans, newPlans := plansBySlug(old), plansBySlug(new)
	for _, slug := range unionSlugs(old, new) {
		op, np := oldPlans[slug], newPlans[slug]
		c := &comparer{r: r, plan: slug}
		switch {
		case op == nil:
			c.add([]string{"계획"}, Added, "", planTitle(np))
		case np == nil:
			c.add([]string{"계획"}, Removed, planTitle(op), "")
		default:
			od, oerr := document.Build(old, op)
			nd, nerr := document.Build(new, np)
			if err := firstErr(oerr, nerr); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", slug, err))
				c.add([]string{"계획"}, Changed, "", "문서를 만들 수 없음: "+err.Error())
				break
			}
			c.plan2(od, nd)
		}
		if len(r.ByPlan(slug)) > 0 {
			p := np
			if p == nil {
				p = op
			}
			r.Plans = append(r.Plans, PlanInfo{Slug: slug, Title: planTitle(p)})
		}
	}
	return r, errs
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// Plans compares two documents of one plan: the changes in the order of
// the new document, removed things where they stood.
func Plans(old, new *document.Plan) []Change {
	r := &Report{}
	c := &comparer{r: r, plan: new.ID}
	c.plan2(old, new)
	return r.Changes
}

func planTitle(p *model.Plan) string {
	return fmt.Sprintf("%s (%s)", p.Title, p.Department.Name)
}

func plansBySlug(s *model.Site) map[string]*model.Plan {
	m := map[string]*model.Plan{}
	if s != nil {
		for _, p := range s.Plans {
			m[p.Slug] = p
		}
	}
	return m
}

// unionSlugs lists plan slugs in the new site's order, then removed ones.
func unionSlugs(old, new *model.Site) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range []*model.Site{new, old} {
		if s == nil {
			continue
		}
		for _, p := range s.Plans {
			if !seen[p.Slug] {
				seen[p.Slug] = true
				out = append(out, p.Slug)
			}
		}
	}
	return out
}

type comparer struct {
	r    *Report
	plan string
}

func (c *comparer) add(where []string, kind Kind, old, new string) {
	ch := Change{Plan: c.plan, Where: append([]string(nil), where...), Kind: kind, Old: old, New: new}
	if kind == Changed {
		ch.Words = Words(old, new)
	}
	c.r.Changes = append(c.r.Changes, ch)
}

func at(where []string, more ...string) []string {
	out := append([]string(nil), where...)
	for _, m := range more {
		if m != "" {
			out = append(out, m)
		}
	}
	return out
}

// value records a change of a value as the document prints it: a figure
// changed (the same words around a different number) with its difference
// and rate, other text word by word.
func (c *comparer) value(where []string, old, new string) {
	switch {
	case old == new:
	case old == "":
		c.add(where, Added, "", new)
	case new == "":
		c.add(where, Removed, old, "")
	default:
		if f, ok := figureChange(old, new); ok {
			c.r.Changes = append(c.r.Changes, Change{Plan: c.plan, Where: at(where), Kind: Changed,
				Old: f.old, New: f.new, Delta: f.delta})
			return
		}
		c.add(where, Changed, old, new)
	}
}

// lines compares two sequences of printed lines: kept lines are skipped, a
// removed line followed by an added one is a change shown word by word.
func (c *comparer) lines(where []string, old, new []string) {
	ops := lcs(old, new)
	for i := 0; i < len(ops); i++ {
		o := ops[i]
		switch o.Kind {
		case '-':
			if i+1 < len(ops) && ops[i+1].Kind == '+' {
				c.value(where, o.Text, ops[i+1].Text)
				i++
				continue
			}
			c.add(where, Removed, o.Text, "")
		case '+':
			c.add(where, Added, "", o.Text)
		}
	}
}

// plan2 compares the cover, the chapters and the items of two documents.
func (c *comparer) plan2(od, nd *document.Plan) {
	c.value([]string{"제목"}, od.Title, nd.Title)
	c.value([]string{"부서"}, od.Department, nd.Department)
	c.facts(nil, od.Cover.Facts, nd.Cover.Facts)
	c.lines([]string{"목차"}, chapterLabels(od), chapterLabels(nd))
	for i := 0; i < max(len(od.Chapters), len(nd.Chapters)); i++ {
		var ob, nb []document.Block
		label := ""
		if i < len(od.Chapters) {
			ob, label = od.Chapters[i].Blocks, od.Chapters[i].Label
		}
		if i < len(nd.Chapters) {
			nb, label = nd.Chapters[i].Blocks, nd.Chapters[i].Label
		}
		c.blocks([]string{label}, ob, nb)
	}
	c.items(items(od), items(nd))
}

// facts compares labelled facts by label, in the new order.
func (c *comparer) facts(w []string, old, new []document.Fact) {
	om := map[string]string{}
	for _, f := range old {
		om[f.Label] = f.Value + f.Unit
	}
	seen := map[string]bool{}
	for _, f := range new {
		seen[f.Label] = true
		c.value(at(w, f.Label), om[f.Label], f.Value+f.Unit)
	}
	for _, f := range old {
		if !seen[f.Label] {
			c.value(at(w, f.Label), f.Value+f.Unit, "")
		}
	}
}

func chapterLabels(d *document.Plan) []string {
	var out []string
	for _, ch := range d.Chapters {
		out = append(out, ch.Label)
	}
	return out
}

// items are the document's items in order, wherever they stand.
func items(d *document.Plan) []*document.Item {
	var out []*document.Item
	document.Walk(d, func(n document.Node) bool {
		if it, ok := n.(*document.Item); ok {
			out = append(out, it)
			return false
		}
		return true
	})
	return out
}

// items pairs items as document.MatchItems does (number and title, then
// title, then number) and reports in the new order, removed items where
// they used to stand.
func (c *comparer) items(old, new []*document.Item) {
	oldOf := document.MatchItems(itemKeys(old), itemKeys(new))
	paired := make([]bool, len(old))
	for j, n := range new {
		i := oldOf[j]
		if i < 0 {
			c.add([]string{n.Label}, Added, "", n.Label)
			continue
		}
		paired[i] = true
		c.item(old[i], n)
	}
	for i, o := range old {
		if !paired[i] {
			c.add([]string{o.Label}, Removed, o.Label, "")
		}
	}
}

func itemKeys(its []*document.Item) []document.ItemKey {
	out := make([]document.ItemKey, len(its))
	for i, it := range its {
		out[i] = document.ItemKey{Number: it.Number, Title: it.Title}
	}
	return out
}

// itemNumber is an item's number without its full stop: "1-5".
func itemNumber(it *document.Item) string { return strings.TrimSuffix(it.Number, ".") }

func (c *comparer) item(o, n *document.Item) {
	w := []string{n.Label}
	if o.Number != n.Number {
		c.r.Changes = append(c.r.Changes, Change{Plan: c.plan, Where: at(w, "번호"), Kind: Renamed, Old: itemNumber(o), New: itemNumber(n)})
	}
	c.value(at(w, "제목"), o.Title, n.Title)
	c.value(at(w, "구분"), strings.Join(o.Tags, ", "), strings.Join(n.Tags, ", "))
	c.blocks(at(w, "목적"), o.Purpose, n.Purpose)
	c.blocks(w, o.Blocks, n.Blocks)
	var oc, nc []document.Fact
	if o.Contact != nil {
		oc = []document.Fact{*o.Contact}
	}
	if n.Contact != nil {
		nc = []document.Fact{*n.Contact}
	}
	c.facts(w, oc, nc)
}
