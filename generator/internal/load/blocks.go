package load

import (
	"fmt"
	"regexp"
	"strings"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/model"
	"workplan/generator/internal/numfmt"
)

func fmtBP(bp int64) string { return numfmt.Rate(bp) }

// commonBlock builds the blocks that may stand both in chapters and items.
func (fc *fileCtx) commonBlock(field string, b *blockFile) model.Block {
	for _, k := range b.kinds() {
		if fc.pos.FailedAt(field + "." + k) {
			return nil // reported as it failed to decode
		}
	}
	switch {
	case b.Markdown != nil:
		return prose(*b.Markdown)
	case b.File != "":
		rel := fc.sibling(b.File)
		if !strings.HasSuffix(rel, ".md") {
			fc.errorf(field+".file", i18n.MarkdownFile, b.File)
			return nil
		}
		data := fc.ld.read(rel, fc.at(field+".file"), field+".file")
		if data == nil || !fc.ld.proseText(rel, data) {
			return nil
		}
		return prose(string(data))
	case b.Table != nil:
		return fc.table(field+".table", b.Table)
	case b.KPI != nil:
		return fc.kpi(field+".kpi", b.KPI)
	case b.Calendar != nil:
		return fc.calendar(field+".calendar", b.Calendar)
	case b.Box != nil:
		return fc.box(field+".box", b.Box)
	case b.Pledges != nil:
		return fc.pledges(field+".pledges", b.Pledges)
	case b.Tally != nil:
		return fc.tally(field+".tally", b.Tally)
	}
	return nil
}

var numberCell = regexp.MustCompile(`^[△+\-]?[0-9][0-9,]*(?:\.[0-9]+)?%?$`)

func (fc *fileCtx) table(field string, tf *tableFile) *model.Table {
	t := &model.Table{Caption: tf.Caption, Unit: tf.Unit, Header: tf.Header, Rows: tf.Rows, Notes: tf.Notes}
	if len(tf.Header) == 0 {
		fc.errorf(field+".header", i18n.HeaderEmpty)
		return nil
	}
	for i, r := range tf.Rows {
		if len(r) != len(tf.Header) {
			fc.errorf(fmt.Sprintf("%s.rows[%d]", field, i+1), i18n.RowCells, len(r), len(tf.Header))
		}
	}
	t.Numeric = make([]bool, len(tf.Header))
	for c := range tf.Header {
		numeric, any := true, false
		for _, r := range tf.Rows {
			if c >= len(r) || r[c] == "" || r[c] == "-" {
				continue
			}
			any = true
			numeric = numeric && numberCell.MatchString(r[c])
		}
		t.Numeric[c] = any && numeric && c > 0
	}
	return t
}

func (fc *fileCtx) kpi(field string, kf *kpiFile) *model.KPITable {
	k := &model.KPITable{Caption: kf.Caption}
	if l := kf.Labels; l != nil {
		k.Labels = model.KPILabels{Task: l.Task, Indicator: l.Indicator, Unit: l.Unit, Previous: l.Previous, Target: l.Target, Note: l.Note}
	}
	for _, r := range kf.Rows {
		k.Rows = append(k.Rows, model.KPI{Task: r.Task, Indicator: r.Indicator, Unit: r.Unit, Previous: r.Previous, Target: r.Target, Note: r.Note})
	}
	return k
}

func (fc *fileCtx) calendar(field string, cf *calendarFile) *model.Calendar {
	c := &model.Calendar{Caption: cf.Caption}
	for i, e := range cf.Events {
		sp := fc.span(fmt.Sprintf("%s.events[%d].when", field, i+1), e.When, true)
		if sp == nil {
			continue
		}
		c.Events = append(c.Events, model.Event{When: *sp, Name: e.Name, Venue: e.Venue, Department: e.Department, Note: e.Note})
	}
	return c
}

func (fc *fileCtx) box(field string, bf *boxFile) *model.Box {
	b := &model.Box{Title: bf.Title, Notes: bf.Notes}
	for _, l := range bf.Lines {
		b.Lines = append(b.Lines, model.BoxLine{Label: l.Label, Text: l.Text, Note: l.Note})
	}
	if bf.Tally != nil {
		b.Tally = fc.tally(field+".tally", bf.Tally)
	}
	if len(b.Lines) == 0 && b.Tally == nil && len(b.Notes) == 0 {
		fc.errorf(field, i18n.BoxEmpty)
	}
	return b
}

func (fc *fileCtx) tally(field string, tf *tallyFile) *model.Tally {
	t := &model.Tally{Label: tf.Label, Unit: tf.Unit, Cap: fc.count(field+".cap", tf.Cap)}
	sum := fc.countTotal(i18n.M(i18n.SumParts))
	for i, p := range tf.Parts {
		f := fmt.Sprintf("%s.parts[%d]", field, i+1)
		tp := model.TallyPart{Label: p.Label, Count: fc.count(f+".count", p.Count), When: fc.span(f+".when", p.When, false)}
		sum.add(f, f+".count", int64(tp.Count))
		t.Parts = append(t.Parts, tp)
	}
	fc.markPrinted(field, tf.AsPrinted)
	n, ok := sum.value()
	t.Total = int(n)
	sum.checkCount(field+".total", tf.Total)
	if tf.AsPrinted {
		t.Total = printedCount(tf.Total, t.Total)
	}
	if ok && tf.Cap != nil && !fc.pos.Failed(field+".cap") && t.Total > t.Cap && *tf.Cap <= MaxCount && *tf.Cap >= 0 {
		fc.errorf(field+".cap", i18n.TallyOverCap, t.Total, diag.Span(sum.first, sum.last), t.Cap)
	}
	return t
}

func (fc *fileCtx) pledges(field string, pf *pledgeFile) *model.PledgeTable {
	p := &model.PledgeTable{Caption: pf.Caption, Unit: pf.Unit}
	sum := fc.countTotal(i18n.M(i18n.SumTasks))
	for i, t := range pf.Tasks {
		f := fmt.Sprintf("%s.tasks[%d]", field, i+1)
		n := fc.count(f+".count", t.Count)
		sum.add(f, f+".count", int64(n))
		p.Tasks = append(p.Tasks, model.PledgeTask{Name: t.Name, Count: n})
	}
	fc.markPrinted(field, pf.AsPrinted)
	n, _ := sum.value()
	p.Total = int(n)
	sum.checkCount(field+".total", pf.Total)
	if pf.AsPrinted {
		p.Total = printedCount(pf.Total, p.Total)
	}
	return p
}
