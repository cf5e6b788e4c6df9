package diff

import (
	"fmt"
	"regexp"
	"strings"

	"workplan/generator/internal/markdown"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
	"workplan/generator/internal/period"
)

// Compare lists every change from old to new. Either may be nil (nothing).
func Compare(old, new *model.Site) *Report {
	r := &Report{}
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
			c.plan2(op, np)
		}
		if len(r.ByPlan(slug)) > 0 {
			p := np
			if p == nil {
				p = op
			}
			r.Plans = append(r.Plans, PlanInfo{Slug: slug, Title: planTitle(p)})
		}
	}
	return r
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
	return append(append([]string(nil), where...), more...)
}

// text records a change of a piece of text.
func (c *comparer) text(where []string, old, new string) {
	switch {
	case old == new:
	case old == "":
		c.add(where, Added, "", new)
	case new == "":
		c.add(where, Removed, old, "")
	default:
		c.add(where, Changed, old, new)
	}
}

// money records a change of an amount, shown in unit u.
func (c *comparer) money(where []string, old, new money.Amount, u money.Unit) {
	if old == new {
		return
	}
	d := new - old
	delta := signed(d.Number(u), d < 0) + u.String()
	if d < 0 {
		delta = "-" + (-d).Number(u) + u.String()
	}
	if old != 0 {
		delta += ", " + percent(money.RateBP(d, old))
	}
	c.r.Changes = append(c.r.Changes, Change{Plan: c.plan, Where: at(where), Kind: Changed,
		Old: old.Format(u), New: new.Format(u), Delta: delta})
}

// count records a change of a count with its unit (명, 개, 건).
func (c *comparer) count(where []string, old, new int, unit string) {
	if old == new {
		return
	}
	d := new - old
	delta := signed(numfmt.Int(int64(d)), d < 0) + unit
	if old != 0 {
		delta += ", " + percent(money.RateBP(money.Amount(d), money.Amount(old)))
	}
	c.r.Changes = append(c.r.Changes, Change{Plan: c.plan, Where: at(where), Kind: Changed,
		Old: numfmt.Int(int64(old)) + unit, New: numfmt.Int(int64(new)) + unit, Delta: delta})
}

func signed(s string, neg bool) string {
	if neg || strings.HasPrefix(s, "-") {
		return s
	}
	return "+" + s
}

// percent writes a rate of change with one decimal: "+3.9%", "-12.5%".
func percent(bp int64) string {
	s := strings.TrimPrefix(numfmt.DeltaRate(bp), "△")
	if bp < 0 {
		return "-" + s
	}
	return "+" + s
}

// lines compares two lists of lines: kept lines are skipped, a removed
// line followed by an added one is a change shown word by word.
func (c *comparer) lines(where []string, old, new []string) {
	ops := lcs(old, new)
	for i := 0; i < len(ops); i++ {
		o := ops[i]
		switch o.Kind {
		case '-':
			if i+1 < len(ops) && ops[i+1].Kind == '+' {
				c.add(where, Changed, o.Text, ops[i+1].Text)
				i++
				continue
			}
			c.add(where, Removed, o.Text, "")
		case '+':
			c.add(where, Added, "", o.Text)
		}
	}
}

func (c *comparer) plan2(op, np *model.Plan) {
	c.text([]string{"제목"}, op.Title, np.Title)
	c.text([]string{"보고 회기"}, op.Occasion, np.Occasion)
	c.text([]string{"보고 일자"}, op.Date.String(), np.Date.String())
	c.text([]string{"부서"}, op.Department.Name, np.Department.Name)
	c.lines([]string{"목차"}, chapterTitles(op), chapterTitles(np))
	if op.Status != nil || np.Status != nil {
		c.status([]string{"일반현황"}, op.Status, np.Status)
	}
	c.chapterBlocks(op, np)
	c.items(op.Items, np.Items)
}

func chapterTitles(p *model.Plan) []string {
	var out []string
	for _, ch := range p.Chapters {
		out = append(out, ch.Numeral+". "+ch.Title)
	}
	return out
}

// shortTitle drops a trailing parenthesis: "구민 소통 활성화(현장구청장실, …)" → "구민 소통 활성화".
var trailingParen = regexp.MustCompile(`\s*\([^()]*\)$`)

func itemLabel(it *model.Item) string {
	t := trailingParen.ReplaceAllString(it.Title, "")
	if t == "" {
		t = it.Title
	}
	return it.ID + ". " + t
}

// items matches items by id and title: same id and title, then same title
// under a new id (renumbered), then same id under a new title.
func (c *comparer) items(old, new []*model.Item) {
	pairOf := map[*model.Item]*model.Item{}
	used := map[*model.Item]bool{}
	match := func(ok func(o, n *model.Item) bool) {
		for _, o := range old {
			if pairOf[o] != nil {
				continue
			}
			for _, n := range new {
				if !used[n] && ok(o, n) {
					pairOf[o], used[n] = n, true
					break
				}
			}
		}
	}
	match(func(o, n *model.Item) bool { return o.ID == n.ID && o.Title == n.Title })
	match(func(o, n *model.Item) bool { return o.Title == n.Title })
	match(func(o, n *model.Item) bool { return o.ID == n.ID })

	// Report in the new order, removed items where they used to stand.
	for _, n := range new {
		var o *model.Item
		for _, cand := range old {
			if pairOf[cand] == n {
				o = cand
			}
		}
		if o == nil {
			c.add([]string{itemLabel(n)}, Added, "", n.ID+". "+n.Title)
			continue
		}
		c.item(o, n)
	}
	for _, o := range old {
		if pairOf[o] == nil {
			c.add([]string{itemLabel(o)}, Removed, o.ID+". "+o.Title, "")
		}
	}
}

func (c *comparer) item(o, n *model.Item) {
	w := []string{itemLabel(n)}
	if o.ID != n.ID {
		c.r.Changes = append(c.r.Changes, Change{Plan: c.plan, Where: at(w, "번호"), Kind: Renamed, Old: o.ID, New: n.ID})
	}
	c.text(at(w, "제목"), o.Title, n.Title)
	c.text(at(w, "구분"), strings.Join(o.Tags, ", "), strings.Join(n.Tags, ", "))
	c.text(at(w, "목적"), proseText(o.Purpose), proseText(n.Purpose))
	c.lines(at(w, "추진근거"), o.Overview.Basis, n.Overview.Basis)
	c.text(at(w, "사업기간"), spanText(o.Overview.Period), spanText(n.Overview.Period))
	c.text(at(w, "사업대상"), o.Overview.Target, n.Overview.Target)
	c.lines(at(w, "사업내용"), o.Overview.Contents, n.Overview.Contents)
	c.lines(at(w, "사업개요"), labeled(o.Overview.Extra), labeled(n.Overview.Extra))
	c.lines(at(w, "세부추진계획"), scheduleLines(o.Schedule, 0), scheduleLines(n.Schedule, 0))
	c.budget(at(w, "소요예산"), o.Budget, n.Budget)
	c.lines(at(w, "기대효과"), o.Effects, n.Effects)
	c.text(at(w, "담당"), o.Contact, n.Contact)
	ob, nb := placed(o.Blocks), placed(n.Blocks)
	c.blocks(w, ob, nb)
}

func placed(ps []model.PlacedBlock) []model.Block {
	var out []model.Block
	for _, p := range ps {
		out = append(out, p.Block)
	}
	return out
}

func proseText(p *model.Prose) string {
	if p == nil {
		return ""
	}
	return markdown.PlainText(p.Doc, p.Source)
}

func spanText(s *period.Span) string {
	if s == nil {
		return ""
	}
	return s.Text
}

func labeled(ls []model.Labeled) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Label+": "+l.Text)
	}
	return out
}

// scheduleLines flattens schedule entries into indented lines, with ※ notes.
func scheduleLines(es []*model.ScheduleEntry, depth int) []string {
	var out []string
	indent := strings.Repeat("  ", depth)
	for _, e := range es {
		out = append(out, indent+e.Line())
		for _, n := range e.Notes {
			out = append(out, indent+"※ "+n)
		}
		out = append(out, scheduleLines(e.Sub, depth+1)...)
	}
	return out
}
