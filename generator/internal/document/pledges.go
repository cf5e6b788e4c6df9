package document

import (
	"slices"
	"sort"
	"strconv"

	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// PledgeTag is the tag that marks an item as a 공약사업 (a pledge of the
// head of the district).
const PledgeTag = "공약"

// PledgeList is the district's 공약사업 현황 for manifesto tracking: every
// item tagged 공약 in every published plan, newest year first, then in
// the site's order of plans and each plan's order of items. Drafts never
// appear.
type PledgeList struct {
	Title string   // 공약사업 현황
	Head  []string // the column headings
	// Unit is "(단위: 천원)" when every budget is in one unit and the
	// cells print bare figures; "" when units differ and each cell
	// carries its own, as the plan prints it.
	Unit  string
	Rows  []PledgeRow
	Notes []string // ※ lines under the table
}

// PledgeRow is one pledged item.
type PledgeRow struct {
	Year       string // "2025년"
	Department string
	Item       string // "1-1. 생활문화센터 확충"
	Path       string // the plan's path under the site root: "2025/culture/"
	ItemID     string // the item's anchor in the plan
	// Budgets are the item's budgets as printed, one per line, each after
	// its label when the item states several or labels it (총사업비
	// 1,200); "-" when it states none.
	Budgets []string
	Sources string // 재원: "구비", "국비 50%, 구비 50%"; "-" when none is named
}

// Pledges lists the 공약 items of s's published plans.
func Pledges(s *model.Site) *PledgeList {
	l := &PledgeList{Title: "공약사업 현황", Head: []string{"연도", "부서", "사업명", "예산", "재원"}}
	plans := make([]*model.Plan, 0, len(s.Plans))
	for _, p := range s.Plans {
		if !p.Draft {
			plans = append(plans, p)
		}
	}
	sort.SliceStable(plans, func(i, j int) bool { return plans[i].Year > plans[j].Year })
	type pledged struct {
		p  *model.Plan
		it *model.Item
	}
	var items []pledged
	units := map[money.Unit]bool{}
	for _, p := range plans {
		for _, it := range p.Items {
			if !slices.Contains(it.Tags, PledgeTag) {
				continue
			}
			items = append(items, pledged{p, it})
			for _, bu := range it.AllBudgets() {
				units[bu.Unit] = true
			}
		}
	}
	oneUnit := len(units) == 1
	for u := range units {
		if oneUnit {
			l.Unit = unitLine(u.String())
		}
	}
	if !oneUnit && len(units) > 1 {
		l.Notes = append(l.Notes, "※ 예산은 계획마다 적힌 단위 그대로 적음")
	}
	for _, x := range items {
		row := PledgeRow{
			Year:       strconv.Itoa(x.p.Year) + "년",
			Department: x.p.Department.Name,
			Item:       itemLabel(x.it),
			Path:       x.p.Path,
			ItemID:     x.it.Anchor,
		}
		bs := x.it.AllBudgets()
		var sources []string
		for _, bu := range bs {
			v := bu.Total.Format(bu.Unit)
			if oneUnit {
				v = bu.Total.Number(bu.Unit)
			}
			if bu.Label != "" || len(bs) > 1 {
				v = dash(bu.Label) + " " + v
			}
			row.Budgets = append(row.Budgets, v)
			if src := bu.SourcesText(); src != "" && !slices.Contains(sources, src) {
				sources = append(sources, src)
			}
		}
		if len(row.Budgets) == 0 {
			row.Budgets = []string{"-"}
		}
		row.Sources = "-"
		if len(sources) > 0 {
			row.Sources = sources[0]
			for _, s := range sources[1:] {
				row.Sources += " / " + s
			}
		}
		l.Rows = append(l.Rows, row)
	}
	return l
}
