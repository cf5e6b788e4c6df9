package document

import (
	"fmt"
	"sort"
	"strconv"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/numfmt"
)

// Build turns plan p of site s into its document. The site gives the
// settings (trusted HTML, the district) and the department's plans of
// other years, which the plan's overview compares.
func Build(s *model.Site, p *model.Plan) (*Plan, error) {
	if s == nil || p == nil {
		return nil, fmt.Errorf("document: no plan to build")
	}
	b := &builder{site: s, plan: p, chartIDs: map[string]bool{}, continues: continuations(s, p)}
	d := &Plan{
		ID:             p.Slug,
		Year:           p.Year,
		Title:          p.Title,
		Department:     p.Department.Name,
		DepartmentSlug: p.Department.Slug,
		Path:           p.Path,
		Cover:          cover(s, p),
		Contents:       contents(p),
		Facts:          Facts(p),
	}
	for _, c := range chart.YearOverYear(departmentPlans(s, p)) {
		if f := b.figure(c, "overview."+c.ID); f != nil {
			d.Overview = append(d.Overview, f)
		}
	}
	itemsSeen := false
	for _, ch := range p.Chapters {
		c := &Chapter{ID: ch.Anchor, Title: ch.Title, Depth: 1}
		if ch.Numeral != "" {
			c.Number = ch.Numeral + "."
		}
		c.Label = joinLabel(c.Number, c.Title)
		ids := counter(c.ID)
		for _, blk := range ch.Blocks {
			switch blk.(type) {
			case *model.Item, *model.Group:
				if !itemsSeen {
					itemsSeen = true
					c.Blocks = append(c.Blocks, b.itemBudgets(ids)...)
				}
			}
			c.Blocks = append(c.Blocks, b.block(blk, place{depth: 2, level: 0}, ids)...)
		}
		d.Chapters = append(d.Chapters, c)
	}
	if b.err != nil {
		return nil, b.err
	}
	return d, nil
}

// builder builds one plan's document and keeps the first error.
type builder struct {
	site     *model.Site
	plan     *model.Plan
	chartIDs map[string]bool
	// continues holds each item's continuation from the previous plan.
	continues map[*model.Item]*Continuation
	err       error
}

func (b *builder) fail(err error) {
	if b.err == nil {
		b.err = err
	}
}

// place says where a block stands: the outline depth of what it holds and
// the ladder rung its lines take.
type place struct {
	depth int
	level int
}

// counter hands out child ids of parent: parent.1, parent.2 …
func counter(parent string) func() string {
	n := 0
	return func() string {
		n++
		return parent + "." + strconv.Itoa(n)
	}
}

// joinLabel is "Ⅰ. 일반현황" or the title alone when there is no number.
func joinLabel(number, title string) string {
	if number == "" {
		return title
	}
	return number + " " + title
}

func cover(s *model.Site, p *model.Plan) Cover {
	c := Cover{Title: p.Title, Department: p.Department.Name, Occasion: p.Occasion, Presenter: p.Presenter}
	if c.Department == "" {
		c.Department = s.District
	}
	if p.Date.Year != 0 {
		c.Date = p.Date.String()
	}
	if c.Occasion != "" {
		c.Facts = append(c.Facts, Fact{Label: "보고", Value: c.Occasion})
	}
	if c.Date != "" {
		c.Facts = append(c.Facts, Fact{Label: "일자", Value: c.Date})
	}
	if c.Presenter != "" {
		c.Facts = append(c.Facts, Fact{Label: "보고자", Value: c.Presenter})
	}
	return c
}

// contents is 순서: every chapter, the groups and items in it, and the
// items of each group.
func contents(p *model.Plan) []*Entry {
	var out []*Entry
	for _, ch := range p.Chapters {
		number := ""
		if ch.Numeral != "" {
			number = ch.Numeral + "."
		}
		e := &Entry{ID: ch.Anchor, Label: joinLabel(number, ch.Title), Depth: 1}
		for _, blk := range ch.Blocks {
			switch x := blk.(type) {
			case *model.Item:
				e.Sub = append(e.Sub, &Entry{ID: x.Anchor, Label: itemLabel(x), Depth: 2})
			case *model.Group:
				g := &Entry{ID: x.Anchor, Label: joinLabel(groupNumber(x), x.Title), Depth: 2}
				for _, it := range x.Items {
					g.Sub = append(g.Sub, &Entry{ID: it.Anchor, Label: itemLabel(it), Depth: 3})
				}
				e.Sub = append(e.Sub, g)
			}
		}
		out = append(out, e)
	}
	return out
}

// itemNumber is the item's number as printed: "1-5.".
func itemNumber(it *model.Item) string { return it.Number() }

// itemLabel is "1-5. 제목": the one label of an item in every output.
func itemLabel(it *model.Item) string { return joinLabel(itemNumber(it), it.Title) }

func groupNumber(g *model.Group) string {
	if g.ID == "" {
		return ""
	}
	return g.ID + "."
}

// Facts are the plan's key figures: the department's budget and headcount
// as stated; the count of items and the sum of their budgets (computed)
// only when the plan asks for them and the sum adds like with like.
func Facts(p *model.Plan) []Fact {
	var f []Fact
	if asksFacts(p) {
		f = append(f, Fact{Label: "주요사업", Value: numfmt.Int(int64(len(p.Items))), Unit: "개", Derived: true})
		if sum, u, _, ok := budgetSum(p); ok {
			f = append(f, Fact{Label: "사업 예산 합계", Value: sum.Number(u), Unit: u.String(), Derived: true})
		}
	}
	if st := p.Status; st != nil {
		if bu := st.Budget; bu != nil {
			label := "부서 예산"
			if bu.Label != "" {
				label = bu.Label + " 부서 예산"
			}
			f = append(f, Fact{Label: label, Value: bu.Total.Number(bu.Unit), Unit: bu.Unit.String()})
		}
		if h := st.Headcount; h != nil {
			f = append(f, Fact{Label: "정원 / 현원", Value: numfmt.Int(int64(h.Quota)) + " / " + numfmt.Int(int64(h.Current)), Unit: "명"})
		}
	}
	return f
}

// departmentPlans are the site's plans of p's department, by year.
func departmentPlans(s *model.Site, p *model.Plan) []*model.Plan {
	var out []*model.Plan
	for _, q := range s.Plans {
		if q.Department.Slug == p.Department.Slug {
			out = append(out, q)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	// Only the newest plan of a department compares the years.
	if len(out) > 0 && out[len(out)-1].Year > p.Year {
		return nil
	}
	return out
}

// itemBudgets opens the first chapter holding items with the items'
// budgets compared: a line with their count and sum, and a bar chart.
// Both are computed, so marked Derived; they appear only when the plan
// asks for them, with two or more items whose budgets add like with like.
func (b *builder) itemBudgets(ids func() string) []Block {
	p := b.plan
	if !asksItemBudgets(p) {
		return nil
	}
	sum, u, n, ok := budgetSum(p)
	if !ok || n < 2 {
		return nil
	}
	c := chart.ItemBudgets(summedPlan(p, sum))
	id := ids()
	l := &Line{ID: id + ".1", Level: 1, Marker: ladderMarker(1), Label: "주요사업", Derived: true,
		Text: Plain("총 " + numfmt.Int(int64(n)) + "개 사업, 소요예산 " + sum.Format(u))}
	out := []Block{&List{ID: id, Lines: []*Line{l}}}
	if f := b.figure(c, ids()); f != nil {
		f.Wide = true
		out = append(out, f)
	}
	return out
}

// block converts one model block standing at pl; ids names it.
func (b *builder) block(blk model.Block, pl place, ids func() string) []Block {
	switch x := blk.(type) {
	case *model.Prose:
		return b.prose(x, pl, ids)
	case *model.Status:
		return b.status(x, pl)
	case *model.Group:
		return []Block{b.group(x, pl.depth)}
	case *model.Item:
		return []Block{b.item(x, pl.depth)}
	case *model.Table:
		return []Block{b.table(x, ids())}
	case *model.KPITable:
		return []Block{b.kpi(x, ids())}
	case *model.Calendar:
		return []Block{b.calendar(x, ids())}
	case *model.Box:
		return []Block{b.box(x, ids())}
	case *model.PledgeTable:
		return b.pledges(x, ids())
	case *model.Tally:
		id := ids()
		l := &Line{ID: id + ".1", Level: pl.level, Marker: ladderMarker(pl.level), Text: Plain(x.Line(true))}
		return []Block{&List{ID: id, Lines: []*Line{l}}}
	}
	b.fail(fmt.Errorf("document: unknown block type %T", blk))
	return nil
}

func (b *builder) group(g *model.Group, depth int) *Group {
	v := &Group{ID: g.Anchor, Number: groupNumber(g), Title: g.Title, Depth: depth}
	v.Label = joinLabel(v.Number, v.Title)
	if g.Intro != nil {
		v.Intro = b.prose(g.Intro, place{depth: depth + 1, level: 1}, counter(g.Anchor+".intro"))
	}
	for _, it := range g.Items {
		v.Items = append(v.Items, b.item(it, depth+1))
	}
	return v
}
