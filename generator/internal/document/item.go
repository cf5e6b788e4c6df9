package document

import (
	"strconv"

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

// overviewLabels name the lines of □ 사업개요.
var overviewLabels = map[model.Section]string{
	model.AfterBasis:    "추진근거",
	model.AfterPeriod:   "사업기간",
	model.AfterTarget:   "사업대상",
	model.AfterContents: "사업내용",
}

// item is one work item: its sections in reading order, each holding the
// blocks the item places after it. Blocks placed after an overview line
// stand under that line; blocks placed where no section stands stand in
// the item itself.
func (b *builder) item(it *model.Item, depth int) *Item {
	v := &Item{ID: it.Anchor, Number: itemNumber(it), Title: it.Title, Depth: depth, File: it.File}
	v.Label = joinLabel(v.Number, v.Title)
	v.Tags = append(v.Tags, it.Tags...)
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
	// □ 사업개요: labelled ㅇ lines, each with the blocks placed after it.
	o := it.Overview
	ov := section(string(model.AfterOverview), labelOverview)
	lines := &List{ID: ov.ID + ".lines"}
	ids := counter(ov.ID)
	var orphans []Block // blocks after a line the item leaves out
	addLine := func(s model.Section, values []string) {
		if len(values) == 0 {
			orphans = append(orphans, placed(s, counter(it.Anchor+"."+string(s)))...)
			return
		}
		l := labelled(ids(), overviewLabels[s], values)
		l.Blocks = append(l.Blocks, placed(s, counter(l.ID))...)
		lines.Lines = append(lines.Lines, l)
	}
	addLine(model.AfterBasis, o.Basis)
	if o.Period != nil {
		addLine(model.AfterPeriod, []string{o.Period.Text})
	} else {
		addLine(model.AfterPeriod, nil)
	}
	if o.Target != "" {
		addLine(model.AfterTarget, []string{o.Target})
	} else {
		addLine(model.AfterTarget, nil)
	}
	addLine(model.AfterContents, o.Contents)
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

	// □ 세부추진계획: the schedule's lines and its Gantt chart.
	sc := section(string(model.AfterSchedule), labelSchedule)
	after = placed(model.AfterSchedule, counter(sc.ID+".after"))
	if len(it.Schedule) > 0 {
		sc.Blocks = append(sc.Blocks, scheduleList(sc.ID+".lines", it.Schedule, 1))
		if c := chart.Schedule(it, b.plan.Year); c != nil {
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

	// □ 소요예산: the total with its sources on the heading line.
	bs := section(string(model.AfterBudget), labelBudget)
	after = placed(model.AfterBudget, counter(bs.ID+".after"))
	if bu := it.Budget; bu != nil {
		bs.Value = bu.Summary()
		bs.Blocks = append(bs.Blocks, b.budget(bs.ID, it, bu)...)
		bs.Blocks = append(bs.Blocks, after...)
		v.Blocks = append(v.Blocks, bs)
	} else {
		v.Blocks = append(v.Blocks, after...)
	}

	// □ 기대효과.
	ef := section(string(model.AfterEffects), labelEffects)
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
	if it.Contact != "" {
		v.Contact = &Fact{Label: labelContact, Value: it.Contact}
	}
	return v
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
