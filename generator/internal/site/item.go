package site

import (
	"fmt"
	"strconv"
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// itemView is one numbered work item: a heading at level H, its sections
// (□ …) at H+1.
type itemView struct {
	Anchor  string
	Number  string // "3."
	Title   string
	H       int
	Tags    []tagView
	Purpose []proseSeg

	Overview      []ladderLine
	AfterOverview []blockView
	Schedule      []ladderLine
	Gantt         *chartView
	AfterSchedule []blockView
	Budget        *budgetView
	AfterBudget   []blockView
	Effects       []ladderLine
	AfterEffects  []blockView
	Contact       string
}

// tagView is a tag shown as a badge: its text always, its colour as a help.
type tagView struct {
	Text  string
	Class string
}

// ladderLine is a line of the document ladder (ㅇ → - → ·, ※ for notes):
// "label: text", or a label with lines under it, and blocks placed after it.
type ladderLine struct {
	Mark   string // ㅇ, -, ·
	Label  string
	Text   string
	Notes  []string
	Sub    []ladderLine
	Blocks []blockView
}

// budgetView is □ 소요예산.
type budgetView struct {
	Total     string // 16,366천원
	Sources   string // (구비) or (시비 20,000천원, 구비 30,000천원)
	Breakdown *tableView
	Years     *tableView
	Note      string
}

var tagClasses = map[string]string{"공약": "pledge", "신규": "new", "중점": "focus", "공모": "contest", "계속": "ongoing"}

func (b *builder) item(it *model.Item, h int) *itemView {
	v := &itemView{Anchor: it.Anchor, Title: it.Title, H: h}
	if it.ID != "" {
		v.Number = it.ID + "."
	}
	for _, t := range it.Tags {
		c := tagClasses[t]
		if c == "" {
			c = "other"
		}
		v.Tags = append(v.Tags, tagView{Text: t, Class: c})
	}
	if it.Purpose != nil {
		v.Purpose = b.prose(it.Purpose, h+1)
	}
	key := strings.ReplaceAll(it.Anchor, "-", "_")
	n := 0
	after := func(s model.Section) []blockView {
		var out []blockView
		for _, blk := range it.BlocksAfter(s) {
			n++
			out = append(out, b.block(blk, h+1, fmt.Sprintf("%s_%d", key, n)))
		}
		return out
	}

	o := it.Overview
	if len(o.Basis) > 0 {
		v.Overview = append(v.Overview, listLine("추진근거", o.Basis))
	}
	v.attach(after(model.AfterBasis), "추진근거")
	if o.Period != nil {
		v.Overview = append(v.Overview, ladderLine{Label: "사업기간", Text: o.Period.Text})
	}
	v.attach(after(model.AfterPeriod), "사업기간")
	if o.Target != "" {
		v.Overview = append(v.Overview, ladderLine{Label: "사업대상", Text: o.Target})
	}
	v.attach(after(model.AfterTarget), "사업대상")
	if len(o.Contents) > 0 {
		v.Overview = append(v.Overview, listLine("사업내용", o.Contents))
	}
	v.attach(after(model.AfterContents), "사업내용")
	for _, e := range o.Extra {
		v.Overview = append(v.Overview, ladderLine{Label: e.Label, Text: e.Text})
	}
	v.AfterOverview = after(model.AfterOverview)

	v.Schedule = scheduleLines(it.Schedule)
	if c := chart.Schedule(it, b.plan.Year); c != nil {
		v.Gantt = b.chart(c)
	}
	v.AfterSchedule = after(model.AfterSchedule)

	if bu := it.Budget; bu != nil {
		v.Budget = b.budget(it, bu)
	}
	v.AfterBudget = after(model.AfterBudget)

	for _, e := range it.Effects {
		v.Effects = append(v.Effects, ladderLine{Text: e})
	}
	v.AfterEffects = after(model.AfterEffects)
	v.Contact = it.Contact
	markLadder(v.Overview, 0)
	markLadder(v.Schedule, 0)
	markLadder(v.Effects, 0)
	return v
}

// ladderMarks are the markers of each depth: ㅇ → - → ·.
var ladderMarks = []string{"ㅇ", "-", "·"}

func markLadder(lines []ladderLine, depth int) {
	for i := range lines {
		lines[i].Mark = ladderMarks[min(depth, len(ladderMarks)-1)]
		markLadder(lines[i].Sub, depth+1)
	}
}

// attach puts blocks placed after an overview line under that line, or on
// a line of their own when the item leaves that line out.
func (v *itemView) attach(blocks []blockView, label string) {
	if len(blocks) == 0 {
		return
	}
	if n := len(v.Overview); n > 0 && v.Overview[n-1].Label == label {
		v.Overview[n-1].Blocks = append(v.Overview[n-1].Blocks, blocks...)
		return
	}
	v.Overview = append(v.Overview, ladderLine{Blocks: blocks})
}

// listLine writes one value inline ("사업내용: …") and several as lines
// under the label.
func listLine(label string, values []string) ladderLine {
	if len(values) == 1 {
		return ladderLine{Label: label, Text: values[0]}
	}
	l := ladderLine{Label: label}
	for _, s := range values {
		l.Sub = append(l.Sub, ladderLine{Text: s})
	}
	return l
}

func scheduleLines(es []*model.ScheduleEntry) []ladderLine {
	var out []ladderLine
	for _, e := range es {
		out = append(out, ladderLine{Text: e.Line(), Notes: e.Notes, Sub: scheduleLines(e.Sub)})
	}
	return out
}

// budget is □ 소요예산: the total with its sources as plans write them,
// the breakdown and the multi-year figures as tables.
func (b *builder) budget(it *model.Item, bu *model.Budget) *budgetView {
	u := bu.Unit
	v := &budgetView{Total: bu.Total.Format(u), Sources: sourcesText(bu), Note: bu.Note}
	ctx := " — " + itemLabel(it)
	if len(bu.Breakdown) > 0 {
		details := false
		for _, l := range bu.Breakdown {
			details = details || l.Detail != ""
		}
		t := &tableView{ID: b.nextTable(), Caption: "소요예산 내역", Context: ctx, Unit: unitCaption(u.String()), Class: "breakdown"}
		head := []cell{{Text: "구분", Header: true, Scope: "col"}, {Text: "금액", Header: true, Scope: "col"}}
		if details {
			head = append(head, cell{Text: "산출근거", Header: true, Scope: "col"})
		}
		t.Head = [][]cell{head}
		total := []cell{{Text: "합계", Header: true, Scope: "row", Class: "total"}, {Text: bu.Total.Number(u), Num: true, Class: "total"}}
		if details {
			total = append(total, cell{Class: "total"})
		}
		t.Body = append(t.Body, total)
		for _, l := range bu.Breakdown {
			row := []cell{{Text: l.Label, Header: true, Scope: "row"}, {Text: l.Amount.Number(u), Num: true}}
			if details {
				row = append(row, cell{Text: l.Detail})
			}
			t.Body = append(t.Body, row)
		}
		v.Breakdown = t
	}
	if len(bu.Years) > 0 {
		labels := false
		var sum money.Amount
		for _, y := range bu.Years {
			labels = labels || y.Label != ""
			sum += y.Amount
		}
		t := &tableView{ID: b.nextTable(), Caption: "연도별 소요예산", Context: ctx, Unit: unitCaption(u.String()), Class: "years"}
		head := []cell{{Text: "연도", Header: true, Scope: "col"}}
		if labels {
			head = append(head, cell{Text: "구분", Header: true, Scope: "col"})
		}
		head = append(head, cell{Text: "금액", Header: true, Scope: "col"})
		t.Head = [][]cell{head}
		total := []cell{{Text: "합계", Header: true, Scope: "row", Class: "total"}}
		if labels {
			total = append(total, cell{Class: "total"})
		}
		total = append(total, cell{Text: sum.Number(u), Num: true, Class: "total"})
		t.Body = append(t.Body, total)
		for _, y := range bu.Years {
			row := []cell{{Text: strconv.Itoa(y.Year) + "년", Header: true, Scope: "row"}}
			if labels {
				row = append(row, cell{Text: y.Label, Class: "center"})
			}
			row = append(row, cell{Text: y.Amount.Number(u), Num: true})
			t.Body = append(t.Body, row)
		}
		v.Years = t
	}
	return v
}

// sourcesText is "(구비)" or "(시비 20,000, 구비 30,000)" after the total.
func sourcesText(bu *model.Budget) string {
	if t := bu.SourcesText(); t != "" {
		return "(" + t + ")"
	}
	return ""
}
