package site

import (
	"regexp"
	"strings"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/numfmt"
	"workplan/generator/internal/model"
)

// unitCaption is "(단위: 천원)".
func unitCaption(u string) string {
	if u == "" {
		return ""
	}
	return "(단위: " + u + ")"
}

func (b *builder) table(t *model.Table) *tableView {
	v := &tableView{ID: b.nextTable(), Caption: t.Caption, Unit: unitCaption(t.Unit), Notes: t.Notes}
	if v.Caption == "" {
		v.Caption = strings.Join(t.Header, "·") + " 표"
	}
	var head []cell
	for _, h := range t.Header {
		head = append(head, cell{Text: h, Header: true, Scope: "col"})
	}
	v.Head = [][]cell{head}
	for _, r := range t.Rows {
		var row []cell
		for c, s := range r {
			num := c < len(t.Numeric) && t.Numeric[c]
			if c == 0 && !num {
				row = append(row, cell{Text: s, Header: true, Scope: "row"})
				continue
			}
			row = append(row, cell{Text: s, Num: num})
		}
		v.Body = append(v.Body, row)
	}
	return v
}

var figureRe = regexp.MustCompile(`^[△+\-]?[0-9][0-9,]*(?:\.[0-9]+)?%?$`)

// kpi is a table of 정책과제 → 성과지표 → 단위 → 전년 실적 → 목표 (→ 비고);
// consecutive rows of one task share its cell.
func (b *builder) kpi(k *model.KPITable) *tableView {
	v := &tableView{ID: b.nextTable(), Caption: k.Caption, Class: "kpi"}
	if v.Caption == "" {
		v.Caption = "성과지표"
	}
	notes := false
	for _, r := range k.Rows {
		notes = notes || r.Note != ""
	}
	head := []cell{{Text: "정책과제", Header: true, Scope: "col"}, {Text: "성과지표", Header: true, Scope: "col"},
		{Text: "단위", Header: true, Scope: "col"}, {Text: "전년 실적", Header: true, Scope: "col"}, {Text: "목표", Header: true, Scope: "col"}}
	if notes {
		head = append(head, cell{Text: "비고", Header: true, Scope: "col"})
	}
	v.Head = [][]cell{head}
	for i, r := range k.Rows {
		var row []cell
		if i == 0 || k.Rows[i-1].Task != r.Task {
			span := 1
			for j := i + 1; j < len(k.Rows) && k.Rows[j].Task == r.Task; j++ {
				span++
			}
			scope := "row"
			if span > 1 {
				scope = "rowgroup"
			}
			row = append(row, cell{Text: r.Task, Header: true, Scope: scope, RowSpan: span})
		}
		row = append(row, cell{Text: r.Indicator}, cell{Text: r.Unit, Class: "center"},
			cell{Text: r.Previous, Num: figureRe.MatchString(r.Previous)}, cell{Text: r.Target, Num: figureRe.MatchString(r.Target)})
		if notes {
			row = append(row, cell{Text: r.Note})
		}
		v.Body = append(v.Body, row)
	}
	return v
}

// calendar is a table of events: 시기, 행사명, and 장소, 담당부서, 비고
// where any event gives them.
func (b *builder) calendar(c *model.Calendar) *tableView {
	v := &tableView{ID: b.nextTable(), Caption: c.Caption, Class: "calendar"}
	if v.Caption == "" {
		v.Caption = "행사 일정"
	}
	var venue, dept, note bool
	for _, e := range c.Events {
		venue = venue || e.Venue != ""
		dept = dept || e.Department != ""
		note = note || e.Note != ""
	}
	head := []cell{{Text: "시기", Header: true, Scope: "col"}, {Text: "행사명", Header: true, Scope: "col"}}
	if venue {
		head = append(head, cell{Text: "장소", Header: true, Scope: "col"})
	}
	if dept {
		head = append(head, cell{Text: "담당부서", Header: true, Scope: "col"})
	}
	if note {
		head = append(head, cell{Text: "비고", Header: true, Scope: "col"})
	}
	v.Head = [][]cell{head}
	for _, e := range c.Events {
		row := []cell{{Text: e.When.Text, Class: "nowrap"}, {Text: e.Name, Header: true, Scope: "row"}}
		if venue {
			row = append(row, cell{Text: e.Venue})
		}
		if dept {
			row = append(row, cell{Text: e.Department})
		}
		if note {
			row = append(row, cell{Text: e.Note})
		}
		v.Body = append(v.Body, row)
	}
	return v
}

func boxOf(x *model.Box) *boxView {
	v := &boxView{Title: x.Title}
	for _, l := range x.Lines {
		v.Lines = append(v.Lines, boxLine{Label: l.Label, Text: l.Text, Note: l.Note})
	}
	if x.Tally != nil {
		v.Notes = append(v.Notes, tallyLine(x.Tally, false))
	}
	v.Notes = append(v.Notes, x.Notes...)
	return v
}

// tallyLine writes a tally the way plans do: "위촉완료 98명: 1차 위촉
// 32명('22.10.26.), 2차 위촉 46명('22.12.28.)". A tally standing on its
// own also states its cap ("54회(60회 이내)"); inside a box the lines say it.
func tallyLine(t *model.Tally, withCap bool) string {
	var s strings.Builder
	if t.Label != "" {
		s.WriteString(t.Label + " ")
	}
	s.WriteString(numfmt.Int(int64(t.Total)) + t.Unit)
	if withCap && t.Cap > 0 {
		s.WriteString("(" + numfmt.Int(int64(t.Cap)) + t.Unit + " 이내)")
	}
	var parts []string
	for _, p := range t.Parts {
		part := p.Label + " " + numfmt.Int(int64(p.Count)) + t.Unit
		if p.Label == "" {
			part = numfmt.Int(int64(p.Count)) + t.Unit
		}
		if p.When != nil && p.When.Text != "" {
			part += "(" + p.When.Text + ")"
		}
		parts = append(parts, part)
	}
	if len(parts) > 0 {
		s.WriteString(": " + strings.Join(parts, ", "))
	}
	return s.String()
}

// pledges is the table of strategic tasks (합계 first, as plans print it)
// with the pie chart beside it.
func (b *builder) pledges(p *model.PledgeTable, key string) *pledgeView {
	unit := p.Unit
	if unit == "" {
		unit = "개"
	}
	v := &tableView{ID: b.nextTable(), Caption: p.Caption, Unit: unitCaption(unit), Class: "pledges"}
	if v.Caption == "" {
		v.Caption = "전략과제별 공약사업 수"
	}
	head := []cell{{Text: "구분", Header: true, Scope: "col"}, {Text: "합계", Header: true, Scope: "col", Class: "total"}}
	row := []cell{{Text: "공약사업", Header: true, Scope: "row"}, {Text: numfmt.Int(int64(p.Total)), Num: true, Class: "total"}}
	for _, t := range p.Tasks {
		head = append(head, cell{Text: t.Name, Header: true, Scope: "col"})
		row = append(row, cell{Text: numfmt.Int(int64(t.Count)), Num: true})
	}
	v.Head = [][]cell{head}
	v.Body = [][]cell{row}
	pv := &pledgeView{Table: v}
	if len(p.Tasks) > 0 {
		if pv.Chart = b.chart(chart.Pledges(key, p)); pv.Chart != nil {
			pv.Chart.Title = v.Caption
		}
	}
	return pv
}
