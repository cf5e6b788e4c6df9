package load

import (
	"fmt"
	"regexp"
	"strings"

	"workplan/generator/internal/i18n"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

var itemIDRe = regexp.MustCompile(`^[0-9]+(?:-[0-9]+)*$`)

// printedIDRe is an item number as Korean plans print it: 1-5, 가., (1),
// ➊, 2-가, Ⅱ-1 … one word without spaces or control characters.
var printedIDRe = regexp.MustCompile(`^[^\s\pC/\\]{1,16}$`)

// itemAnchor is an item's anchor, unique in the plan: item-1-5 for ids of
// numbers and hyphens (as before), else item-<chapter key>-<n>, n counting
// the plan's items.
func (st *planState) itemAnchor(it *model.Item) string {
	if itemIDRe.MatchString(it.ID) {
		a := "item-" + it.ID
		if _, used := st.anchors[a]; !used {
			return a
		}
	}
	for n := len(st.plan.Items) + 1; ; n++ {
		a := fmt.Sprintf("item-%s-%d", it.Chapter, n)
		if _, used := st.anchors[a]; !used {
			return a
		}
	}
}

func (fc *fileCtx) group(st *planState, field string, gf *groupFile) *model.Group {
	g := &model.Group{ID: gf.ID, Title: gf.Title, Anchor: "group-" + gf.ID}
	if gf.ID != "" && !itemIDRe.MatchString(gf.ID) {
		fc.errorf(field+".id", i18n.GroupID, gf.ID)
	}
	if prev, ok := st.anchors[g.Anchor]; ok {
		fc.errorf(field+".id", i18n.GroupIDTwice, gf.ID, prev)
	}
	st.anchors[g.Anchor] = fc.at(field + ".id")
	if gf.Intro != nil {
		g.Intro = prose(*gf.Intro)
	}
	st.group = gf.ID
	for i, ref := range gf.Items {
		if it := fc.itemRef(st, fmt.Sprintf("%s.items[%d]", field, i+1), ref); it != nil {
			g.Items = append(g.Items, it)
		}
	}
	st.group = ""
	return g
}

func (fc *fileCtx) itemRef(st *planState, field, ref string) *model.Item {
	rel := fc.sibling(ref)
	if !fc.refFile(st, field, rel) {
		return nil
	}
	var f itemFile
	ic, ok := fc.ld.yamlFile(rel, fc.at(field), field, &f)
	if !ok {
		return nil
	}
	ic.year = fc.year
	it := ic.item(&f)
	it.Labels = it.Labels.Or(st.labels)
	it.NoScheduleChart = !st.gantt
	if f.ScheduleChart != nil {
		it.NoScheduleChart = !*f.ScheduleChart
	}
	if st.chapter != nil {
		it.Chapter = st.chapter.Key
	}
	it.Group = st.group
	if f.ID != "" {
		// Printed numbers restart in each group (theme) of a chapter.
		key := it.Chapter + "\x00" + st.group + "\x00" + f.ID
		if prev, ok := st.itemIDs[key]; ok {
			ic.hintf("id", i18n.M(i18n.ItemIDUnique), i18n.ItemIDTwice, f.ID, prev)
		}
		st.itemIDs[key] = ic.at("id")
		it.Anchor = st.itemAnchor(it)
		st.anchors[it.Anchor] = ic.at("id")
	}
	st.plan.Items = append(st.plan.Items, it)
	// Only won add up; a dollar budget is never converted.
	if it.Budget != nil && it.Budget.Unit.Currency() == "원" && !st.budgetOver {
		if sum, ok := money.Add(st.plan.ItemBudget, it.Budget.Total); ok {
			st.plan.ItemBudget = sum
		} else {
			st.budgetOver = true
			ic.hintf("budget", i18n.M(i18n.CheckBudgetUnit), i18n.PlanBudgetPastLimit,
				money.MaxAmount.Format(money.Won), it.Budget.Total.Format(money.Won))
		}
	}
	return it
}

func (fc *fileCtx) item(f *itemFile) *model.Item {
	it := &model.Item{ID: f.ID, Anchor: "item-" + f.ID, Title: f.Title, Tags: f.Tags, Effects: f.Effects, Contact: f.Contact, File: fc.file}
	if f.ID != "" && !printedIDRe.MatchString(f.ID) {
		fc.errorf("id", i18n.ItemID, f.ID)
	}
	it.Labels = fc.labels("labels", f.Labels)
	for i, t := range f.Tags {
		if f := fmt.Sprintf("tags[%d]", i+1); strings.TrimSpace(t) == "" && !fc.pos.Failed(f) {
			fc.errorf(f, i18n.TagEmpty)
		}
	}
	if f.Purpose != nil {
		it.Purpose = prose(*f.Purpose)
	}
	if o := f.Overview; o != nil {
		it.Overview = model.Overview{Basis: o.Basis, Target: o.Target, Contents: o.Contents,
			Period: fc.span("overview.period", o.Period, false)}
		for _, e := range o.Extra {
			it.Overview.Extra = append(it.Overview.Extra, model.Labeled{Label: e.Label, Text: e.Text})
		}
		if sp := it.Overview.Period; sp != nil && sp.HasSpan() && fc.year != 0 {
			if _, _, ok := sp.MonthsIn(fc.year); !ok {
				fc.warnf("overview.period", i18n.PeriodNotYear, sp.Text, fc.year)
			}
		}
	}
	it.Schedule = fc.schedule("schedule", f.Schedule, 0)
	if f.Budget != nil && len(f.Budgets) > 0 {
		fc.hintf("budgets", i18n.M(i18n.MoveBudget), i18n.BudgetAndBudgets)
	}
	if f.Budget != nil {
		if b := fc.budget("budget", f.Budget); b != nil {
			it.Budgets = append(it.Budgets, b)
		}
	}
	for i := range f.Budgets {
		if b := fc.budget(fmt.Sprintf("budgets[%d]", i+1), &f.Budgets[i]); b != nil {
			it.Budgets = append(it.Budgets, b)
		}
	}
	if len(it.Budgets) > 0 {
		it.Budget = it.Budgets[0]
	}
	for i := range f.Sections {
		if ns := fc.namedSection(fmt.Sprintf("sections[%d]", i+1), &f.Sections[i]); ns != nil {
			it.Sections = append(it.Sections, ns)
		}
	}
	for i := range f.Blocks {
		field := fmt.Sprintf("blocks[%d]", i+1)
		b := &f.Blocks[i]
		after := model.AfterEffects
		if b.After != "" {
			after = model.Section(b.After)
			if !validSection(after) {
				fc.errorf(field+".after", i18n.UnknownPlace, b.After, sectionNames())
				continue
			}
		}
		if fc.oneKind(field, b, itemKinds) == "" {
			continue
		}
		if blk := fc.commonBlock(field, b); blk != nil {
			it.Blocks = append(it.Blocks, model.PlacedBlock{After: after, Block: blk})
		}
	}
	return it
}

// namedSection is a headed part the plan names itself (□ 추진상황).
func (fc *fileCtx) namedSection(field string, sf *sectionFile) *model.NamedSection {
	ns := &model.NamedSection{Label: sf.Label, After: model.AfterEffects, Value: sf.Value, Lines: sf.Lines}
	if sf.After != "" {
		ns.After = model.Section(sf.After)
		if !validSection(ns.After) {
			fc.errorf(field+".after", i18n.UnknownPlace, sf.After, sectionNames())
			return nil
		}
	}
	if sf.Markdown != nil {
		ns.Prose = prose(*sf.Markdown)
	}
	for i := range sf.Blocks {
		f := fmt.Sprintf("%s.blocks[%d]", field, i+1)
		b := &sf.Blocks[i]
		if b.After != "" {
			fc.errorf(f+".after", i18n.AfterInSection)
			continue
		}
		if fc.oneKind(f, b, itemKinds) == "" {
			continue
		}
		if blk := fc.commonBlock(f, b); blk != nil {
			ns.Blocks = append(ns.Blocks, blk)
		}
	}
	if len(ns.Lines) == 0 && ns.Prose == nil && len(ns.Blocks) == 0 && ns.Value == "" {
		fc.hintf(field, i18n.M(i18n.AddSectionContent), i18n.SectionEmpty, sf.Label)
	}
	return ns
}

var itemKinds = []string{"markdown", "file", "table", "kpi", "calendar", "box", "pledges", "tally"}

func validSection(s model.Section) bool {
	for _, v := range model.Sections {
		if v == s {
			return true
		}
	}
	return false
}

func sectionNames() string {
	var names []string
	for _, s := range model.Sections {
		names = append(names, string(s))
	}
	return strings.Join(names, ", ")
}

const maxScheduleDepth = 4

func (fc *fileCtx) schedule(field string, in []scheduleFile, depth int) []*model.ScheduleEntry {
	if depth >= maxScheduleDepth && len(in) > 0 {
		fc.errorf(field, i18n.ScheduleDeep, maxScheduleDepth)
		return nil
	}
	var out []*model.ScheduleEntry
	for i, sf := range in {
		f := fmt.Sprintf("%s[%d]", field, i+1)
		e := &model.ScheduleEntry{Notes: sf.Notes}
		switch {
		case fc.pos.Failed(f + ".text"), fc.pos.Failed(f + ".what"), fc.pos.Failed(f + ".when"):
			// reported as it failed to decode
		case sf.Text != "" && (sf.When != "" || sf.What != ""):
			fc.errorf(f, i18n.ScheduleBoth)
		case sf.Text != "":
			e.Text = sf.Text
			e.Period = fc.span(f+".period", sf.Period, true)
		case sf.What != "":
			if sf.Period != "" {
				fc.errorf(f+".period", i18n.SchedulePeriod)
			}
			e.Text, e.Lead = sf.What, sf.When != ""
			e.Period = fc.span(f+".when", sf.When, true)
		case sf.When != "":
			fc.hintf(f+".when", i18n.M(i18n.AddWhat), i18n.ScheduleNoWhat)
		default:
			fc.ld.l.ErrorMsg(sf.Pos, f, i18n.ScheduleEmpty)
		}
		e.Sub = fc.schedule(f+".sub", sf.Sub, depth+1)
		out = append(out, e)
	}
	return out
}

func (fc *fileCtx) budget(field string, bf *budgetFile) *model.Budget {
	u, err := money.ParseUnit(bf.Unit)
	if err != nil {
		fc.fail(field+".unit", err)
		return nil
	}
	b := &model.Budget{Label: bf.Label, Unit: u, Note: bf.Note}
	fc.markPrinted(field, bf.AsPrinted)
	switch bf.Kind {
	case "", "year":
	case "project":
		b.Kind = model.BudgetProject
	default:
		fc.errorf(field+".kind", i18n.BudgetKind, bf.Kind)
	}
	sum := fc.amountTotal(i18n.M(i18n.SumBreakdown, field), u)
	for i, l := range bf.Breakdown {
		f := fmt.Sprintf("%s.breakdown[%d]", field, i+1)
		a, _ := fc.amount(f+".amount", l.Amount, u)
		sum.add(f, f+".amount", int64(a))
		b.Breakdown = append(b.Breakdown, model.BudgetLine{Label: l.Label, Amount: a, Detail: l.Detail})
	}
	stated, hasTotal := fc.amount(field+".total", bf.Total, u)
	parts, _ := sum.value()
	switch {
	case len(b.Breakdown) > 0 && hasTotal:
		sum.check(field+".total", int64(stated))
		b.Total = stated
	case len(b.Breakdown) > 0:
		b.Total = money.Amount(parts)
	case hasTotal:
		b.Total = stated
	case bf.Total == nil && !fc.pos.Failed(field+".total"):
		fc.hintf(field, i18n.M(i18n.AddTotal), i18n.BudgetEmpty)
	}
	b.Sources = fc.sources(field, bf.Sources, b.Total, u)
	seen := map[int]bool{}
	years := fc.amountTotal(i18n.M(i18n.SumYears, field), u)
	for i, y := range bf.Years {
		f := fmt.Sprintf("%s.years[%d]", field, i+1)
		if y.Year != 0 && (y.Year < minYear || y.Year > maxYear) {
			fc.errorf(f+".year", i18n.OrgYearRange, y.Year)
		} else if seen[y.Year] {
			fc.errorf(f+".year", i18n.BudgetYearTwice, y.Year)
		}
		seen[y.Year] = true
		a, _ := fc.amount(f+".amount", y.Amount, u)
		years.add(f, f+".amount", int64(a))
		b.Years = append(b.Years, model.YearAmount{Year: y.Year, Amount: a, Label: y.Label})
	}
	n, _ := years.value()
	b.YearsTotal = money.Amount(n)
	return b
}

// privateNames are funding sources that are not public budget.
var privateNames = []string{"민자", "민간", "비재정", "자부담", "민간자본", "민간투자"}

// privateSource says whether a source's name names private money.
func privateSource(name string) bool {
	for _, p := range privateNames {
		if strings.HasPrefix(strings.TrimSpace(name), p) {
			return true
		}
	}
	return false
}

func (fc *fileCtx) sources(field string, in []sourceFile, total money.Amount, u money.Unit) []model.FundingSource {
	if len(in) == 0 {
		return nil
	}
	var (
		out         []model.FundingSource
		ratios      int64 // each at most 10000; a file cannot hold enough to wrap
		nAmt, nRate int
	)
	amounts := fc.amountTotal(i18n.M(i18n.SumSources), u)
	for i, s := range in {
		f := fmt.Sprintf("%s.sources[%d]", field, i+1)
		fs := model.FundingSource{Name: s.Name, Private: privateSource(s.Name)}
		if s.Private != nil {
			fs.Private = *s.Private
		}
		switch {
		case fc.pos.Failed(f):
			nAmt, nRate = -len(in), -len(in) // reported already: skip the sums
		case s.Amount != nil && s.Ratio != nil:
			fc.errorf(f, i18n.SourceBoth, s.Name)
		case s.Amount != nil:
			fs.Form = model.SourceAmount
			fs.Amount, _ = fc.amount(f+".amount", s.Amount, u)
			fs.RateBP = money.RateBP(fs.Amount, total)
			amounts.add(f, f+".amount", int64(fs.Amount))
			nAmt++
		case s.Ratio != nil:
			fs.Form = model.SourceRatio
			fs.RateBP = s.Ratio.bp
			fs.Amount = total.Share(fs.RateBP)
			ratios += fs.RateBP
			nRate++
		case len(in) == 1:
			fs.Form, fs.Amount, fs.RateBP = model.SourceWhole, total, 10000
		default:
			fc.hintf(f, i18n.M(i18n.AddAmountOrRatio), i18n.SourceNeither, s.Name)
		}
		out = append(out, fs)
	}
	switch {
	case nAmt > 0 && nRate > 0:
		fc.errorf(field+".sources", i18n.SourcesMixed)
	case nAmt > 0 && nAmt == len(in):
		amounts.checkAt(field+".sources", field+".total", int64(total))
	case nRate > 0 && nRate == len(in) && ratios != 10000:
		fc.errorf(field+".sources", i18n.RatiosSum, fmtBP(ratios))
	}
	if nRate == len(in) && ratios == 10000 {
		// Give the rounding remainder to the last source so amounts add up;
		// the shares of 100% of the total cannot exceed it.
		var sum money.Amount
		for _, s := range out[:len(out)-1] {
			sum += s.Amount
		}
		out[len(out)-1].Amount = total - sum
	}
	return out
}
