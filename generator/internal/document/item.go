package document

import (
	"strconv"
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// ladder are the line markers of each rung: □ → ㅇ → - → ·.
var ladder = []string{"□", "ㅇ", "-", "·"}

// ladderMarker is the marker of rung level; rungs past the last keep ·.
func ladderMarker(level int) string {
	return ladder[min(max(level, 0), len(ladder)-1)]
}

// Section labels of an item, in the order an item is read.
const (
	labelOverview = "사업개요"
	labelSchedule = "세부추진계획"
	labelBudget   = "소요예산"
	labelEffects  = "기대효과"
	labelContact  = "담당"
)

// defaultLabels are the labels an item's sections take when the plan
// sets none.
var defaultLabels = model.SectionLabels{
	Overview: labelOverview, Basis: "추진근거", Period: "사업기간", Target: "사업대상", Contents: "사업내용",
	Schedule: labelSchedule, Budget: labelBudget, Effects: labelEffects,
}

// item is one work item: its sections in reading order, each holding the
// blocks the item places after it. Blocks placed after an overview line
// stand under that line; blocks placed where no section stands stand in
// the item itself. Sections the plan names itself (□ 추진상황) stand after
// the place they follow, and section labels are the plan's where it sets
// them.
func (b *builder) item(it *model.Item, depth int) *Item {
	v := &Item{ID: it.Anchor, Number: itemNumber(it), Title: it.Title, Depth: depth, File: it.File}
	v.Label = joinLabel(v.Number, v.Title)
	v.Tags = append(v.Tags, it.Tags...)
	v.Continues = b.continues[it]
	lab := it.Labels.Or(defaultLabels)
	if it.Purpose != nil {
		v.Purpose = b.prose(it.Purpose, place{depth: depth + 1, level: 1}, counter(it.Anchor+".purpose"))
	}
	// Blocks an item places stand inside its sections.
	in := place{depth: depth + 2, level: 1}
	// placed converts the blocks the item places after s.
	placed := func(s model.Section, ids func() string) []Block {
		var out []Block
		for _, blk := range it.BlocksAfter(s) {
			out = append(out, b.block(blk, in, ids)...)
		}
		return out
	}
	section := func(key, label string) *Section {
		return &Section{ID: it.Anchor + "." + key, Key: key, Marker: ladder[0], Label: label, Depth: depth + 1}
	}
	// named appends the sections the plan names that follow place s.
	named := func(s model.Section) {
		for _, ns := range it.SectionsAfter(s) {
			v.Blocks = append(v.Blocks, b.namedSection(it, ns, depth+1))
		}
	}
	// Blocks placed after the purpose stand right after it, in the item.
	v.Blocks = append(v.Blocks, placed(model.AfterPurpose, counter(it.Anchor+".purpose.after"))...)
	named(model.AfterPurpose)

	// □ 사업개요: labelled ㅇ lines, each with the blocks placed after it.
	o := it.Overview
	ov := section(string(model.AfterOverview), lab.Overview)
	lines := &List{ID: ov.ID + ".lines"}
	ids := counter(ov.ID)
	var orphans []Block // blocks after a line the item leaves out
	addLine := func(s model.Section, label string, l *Line) {
		if l == nil {
			orphans = append(orphans, placed(s, counter(it.Anchor+"."+string(s)))...)
			return
		}
		l.Blocks = append(l.Blocks, placed(s, counter(l.ID))...)
		lines.Lines = append(lines.Lines, l)
	}
	// 추진근거: several laws stand on one line, as plans print them.
	if len(o.Basis) > 0 {
		addLine(model.AfterBasis, lab.Basis, labelled(ids(), lab.Basis, []string{strings.Join(o.Basis, " ")}))
	} else {
		addLine(model.AfterBasis, lab.Basis, nil)
	}
	if o.Period != nil {
		addLine(model.AfterPeriod, lab.Period, labelled(ids(), lab.Period, []string{o.Period.Text}))
	} else {
		addLine(model.AfterPeriod, lab.Period, nil)
	}
	if o.Target != "" {
		addLine(model.AfterTarget, lab.Target, labelled(ids(), lab.Target, []string{o.Target}))
	} else {
		addLine(model.AfterTarget, lab.Target, nil)
	}
	if len(o.Contents) > 0 {
		addLine(model.AfterContents, lab.Contents, labelled(ids(), lab.Contents, o.Contents))
	} else {
		addLine(model.AfterContents, lab.Contents, nil)
	}
	for _, e := range o.Extra {
		lines.Lines = append(lines.Lines, labelled(ids(), e.Label, []string{e.Text}))
	}
	after := placed(model.AfterOverview, counter(ov.ID+".after"))
	if len(lines.Lines) > 0 {
		ov.Blocks = append(ov.Blocks, lines)
		ov.Blocks = append(ov.Blocks, orphans...)
		ov.Blocks = append(ov.Blocks, after...)
		v.Blocks = append(v.Blocks, ov)
	} else {
		v.Blocks = append(v.Blocks, orphans...)
		v.Blocks = append(v.Blocks, after...)
	}
	for _, s := range []model.Section{model.AfterBasis, model.AfterPeriod, model.AfterTarget, model.AfterContents, model.AfterOverview} {
		named(s)
	}

	// □ 세부추진계획: the schedule's lines and its Gantt chart.
	sc := section(string(model.AfterSchedule), lab.Schedule)
	after = placed(model.AfterSchedule, counter(sc.ID+".after"))
	if len(it.Schedule) > 0 {
		sc.Blocks = append(sc.Blocks, scheduleList(sc.ID+".lines", it.Schedule, 1))
		if c := chart.Schedule(it, b.plan.Year); c != nil && !it.NoScheduleChart {
			if f := b.figure(c, sc.ID+".chart"); f != nil {
				f.Title = "추진일정"
				sc.Blocks = append(sc.Blocks, f)
			}
		}
		sc.Blocks = append(sc.Blocks, after...)
		v.Blocks = append(v.Blocks, sc)
	} else {
		v.Blocks = append(v.Blocks, after...)
	}
	named(model.AfterSchedule)

	// □ 소요예산 (or each budget's own label): the total with its sources
	// on the heading line. The first budget keeps the id item-….budget.
	after = placed(model.AfterBudget, counter(it.Anchor+".budget.after"))
	budgets := it.AllBudgets()
	for i, bu := range budgets {
		key := string(model.AfterBudget)
		if i > 0 {
			key += strconv.Itoa(i + 1)
		}
		label := lab.Budget
		if bu.Label != "" {
			label = bu.Label
		}
		bs := section(key, label)
		bs.Value = bu.Summary()
		bs.Blocks = append(bs.Blocks, b.budget(bs.ID, it, bu)...)
		if i == len(budgets)-1 {
			bs.Blocks = append(bs.Blocks, after...)
		}
		v.Blocks = append(v.Blocks, bs)
	}
	if len(budgets) == 0 {
		v.Blocks = append(v.Blocks, after...)
	}
	named(model.AfterBudget)

	// □ 기대효과.
	ef := section(string(model.AfterEffects), lab.Effects)
	after = placed(model.AfterEffects, counter(ef.ID+".after"))
	if len(it.Effects) > 0 {
		l := &List{ID: ef.ID + ".lines"}
		for i, e := range it.Effects {
			l.Lines = append(l.Lines, &Line{ID: ef.ID + "." + strconv.Itoa(i+1), Level: 1, Marker: ladderMarker(1), Text: Plain(e)})
		}
		ef.Blocks = append(ef.Blocks, l)
		ef.Blocks = append(ef.Blocks, after...)
		v.Blocks = append(v.Blocks, ef)
	} else {
		v.Blocks = append(v.Blocks, after...)
	}
	named(model.AfterEffects)
	if it.Contact != "" {
		v.Contact = &Fact{Label: labelContact, Value: it.Contact}
	}
	return v
}

// namedSection is a section the plan names itself: "□ 추진상황" with its
// ㅇ lines, Markdown and blocks, in that order.
func (b *builder) namedSection(it *model.Item, ns *model.NamedSection, depth int) *Section {
	n := 1
	for _, x := range it.Sections {
		if x == ns {
			break
		}
		n++
	}
	s := &Section{ID: it.Anchor + ".section" + strconv.Itoa(n), Key: "section", Marker: ladder[0], Label: ns.Label, Value: ns.Value, Depth: depth}
	if len(ns.Lines) > 0 {
		l := &List{ID: s.ID + ".lines"}
		for i, t := range ns.Lines {
			l.Lines = append(l.Lines, &Line{ID: l.ID + "." + strconv.Itoa(i+1), Level: 1, Marker: ladderMarker(1), Text: Plain(t)})
		}
		s.Blocks = append(s.Blocks, l)
	}
	in := place{depth: depth + 1, level: 1}
	ids := counter(s.ID)
	if ns.Prose != nil {
		s.Blocks = append(s.Blocks, b.prose(ns.Prose, in, ids)...)
	}
	for _, blk := range ns.Blocks {
		s.Blocks = append(s.Blocks, b.block(blk, in, ids)...)
	}
	return s
}

// labelled is "ㅇ label: value"; several values stand as - lines under
// the label.
func labelled(id, label string, values []string) *Line {
	l := &Line{ID: id, Level: 1, Marker: ladderMarker(1), Label: label}
	if len(values) == 1 {
		l.Text = Plain(values[0])
		return l
	}
	sub := &List{ID: id + ".lines"}
	for i, s := range values {
		sub.Lines = append(sub.Lines, &Line{ID: id + "." + strconv.Itoa(i+1), Level: 2, Marker: ladderMarker(2), Text: Plain(s)})
	}
	l.Blocks = []Block{sub}
	return l
}

// scheduleList is 세부추진계획's lines at rung level, with their ※ notes
// and sub-lines under them.
func scheduleList(id string, es []*model.ScheduleEntry, level int) *List {
	l := &List{ID: id}
	for i, e := range es {
		lid := id + "." + strconv.Itoa(i+1)
		line := &Line{ID: lid, Level: level, Marker: ladderMarker(level), Text: Plain(e.Line())}
		for k, n := range e.Notes {
			line.Blocks = append(line.Blocks, note(lid+".note"+strconv.Itoa(k+1), n))
		}
		if len(e.Sub) > 0 {
			line.Blocks = append(line.Blocks, scheduleList(lid+".lines", e.Sub, level+1))
		}
		l.Lines = append(l.Lines, line)
	}
	return l
}

// budget is what stands under □ 소요예산: the breakdown as - lines
// ("용역: 100백만원(산출근거)"), the multi-year figures as a table, and
// the note.
func (b *builder) budget(id string, it *model.Item, bu *model.Budget) []Block {
	var out []Block
	u := bu.Unit
	if len(bu.Breakdown) > 0 {
		l := &List{ID: id + ".breakdown"}
		for i, bl := range bu.Breakdown {
			t := bl.Amount.Format(u)
			if bl.Detail != "" {
				t += "(" + bl.Detail + ")"
			}
			l.Lines = append(l.Lines, &Line{ID: l.ID + "." + strconv.Itoa(i+1), Level: 2, Marker: ladderMarker(2), Label: bl.Label, Text: Plain(t)})
		}
		out = append(out, l)
	}
	if len(bu.Years) > 0 {
		out = append(out, yearsTable(id+".years", it, bu))
	}
	if bu.Note != "" {
		out = append(out, note(id+".note", bu.Note))
	}
	return out
}

// yearsTable is a multi-year budget: one column per year, the figure's
// kind (실적, 계획) under the year, and their sum.
func yearsTable(id string, it *model.Item, bu *model.Budget) *Table {
	u := bu.Unit
	t := &Table{ID: id, Role: "years", Name: "연도별 소요예산 — " + itemLabel(it), Unit: unitLine(u.String())}
	head := headRow("구 분")
	row := []Cell{{Text: Plain("소요예산"), Header: true}}
	var sum money.Amount
	for _, y := range bu.Years {
		h := Plain(strconv.Itoa(y.Year) + "년")
		if y.Label != "" {
			h = append(h, Run{Text: "\n"}, Run{Text: "(" + y.Label + ")"})
		}
		head = append(head, Cell{Text: h, Header: true, Align: Center})
		row = append(row, Cell{Text: Plain(y.Amount.Number(u)), Type: NumberCell, Align: Right})
		sum += y.Amount
	}
	head = append(head, Cell{Text: Plain("합 계"), Header: true, Align: Center, Total: true})
	row = append(row, Cell{Text: Plain(sum.Number(u)), Type: NumberCell, Align: Right, Total: true, Derived: true})
	t.Head = [][]Cell{head}
	t.Body = [][]Cell{row}
	return t
}
