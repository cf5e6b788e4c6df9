package diff

import (
	_ "embed"
	"html/template"
	"io"
	"strings"
)

//go:embed comparison.html
var comparisonHTML string

var comparisonTmpl = template.Must(template.New("comparison").Parse(comparisonHTML))

type htmlRow struct {
	Where    string
	Old, New template.HTML
	Note     template.HTML // escaped by hand: html/template would write + as &#43;
}

type htmlPlan struct {
	Title string
	Rows  []htmlRow
}

// HTML writes the 신구대조표: per plan, a table of 구분 | 현행 | 변경안 | 비고
// with deleted parts in <del> and added parts in <ins>.
func (r *Report) HTML(w io.Writer) error {
	data := struct {
		Summary  string
		Versions string
		Plans    []htmlPlan
	}{Summary: r.Summary(), Versions: visible(r.Versions())}
	if r.Empty() {
		data.Summary = "변경 사항 없음"
	}
	for _, p := range r.Plans {
		hp := htmlPlan{Title: visible(p.Title)}
		for _, c := range r.ByPlan(p.Slug) {
			row := htmlRow{Where: visible(c.Label()), Note: template.HTML(kindWord[c.Kind])}
			switch {
			case c.Kind == Added:
				row.New = tag("ins", c.New)
			case c.Kind == Removed:
				row.Old = tag("del", c.Old)
			case c.Kind == Renamed || c.Figure():
				row.Old, row.New = tag("del", c.Old), tag("ins", c.New)
				if c.Figure() {
					row.Note = template.HTML(escape(c.Delta))
				}
			default:
				row.Old, row.New = sides(c.Words)
			}
			hp.Rows = append(hp.Rows, row)
		}
		data.Plans = append(data.Plans, hp)
	}
	return comparisonTmpl.Execute(w, data)
}

func tag(name, text string) template.HTML {
	return template.HTML("<" + name + ">" + escape(text) + "</" + name + ">")
}

// escape writes text from the content as HTML text, with controls and
// bidi overrides made visible (see visible): U+202E cannot turn 16,366
// into what reads as 66,361 in the table a council reviews.
func escape(s string) string { return template.HTMLEscapeString(visible(s)) }

// sides splits word operations into the old text (kept + deleted) and the
// new text (kept + inserted).
func sides(ops []Op) (old, new template.HTML) {
	var o, n []string
	for _, op := range ops {
		switch op.Kind {
		case '=':
			t := escape(op.Text)
			o, n = append(o, t), append(n, t)
		case '-':
			o = append(o, string(tag("del", op.Text)))
		case '+':
			n = append(n, string(tag("ins", op.Text)))
		}
	}
	return template.HTML(strings.Join(o, " ")), template.HTML(strings.Join(n, " "))
}
