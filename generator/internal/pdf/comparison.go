package pdf

import (
	"strings"

	"workplan/generator/internal/diff"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/typeset"
	"workplan/generator/internal/typeset/pdfmeta"
)

// Colours of the changed parts, as in the HTML 신구대조표. The lines drawn
// with them carry the meaning in grey print too.
var (
	deletedInk  = typeset.RGB{R: 0xb3, G: 0x26, B: 0x1e}
	insertedInk = typeset.RGB{R: 0x0b, G: 0x6b, B: 0x2f}
)

// Column widths of the 신구대조표, as fractions of the table: 구분 | 현행 |
// 변경안 | 비고.
var comparisonColumns = []float64{0.19, 0.335, 0.335, 0.14}

// Comparison typesets a diff report as a 신구대조표: per plan a titled
// table with columns 구분 | 현행 | 변경안 | 비고, deleted parts struck
// through in 현행, added parts underlined in 변경안. It is a document of
// its own on the typesetting engine, apart from the plan's.
//
// The page is A4 landscape, for the side-by-side columns. The title and
// the report's summary stand at the top; each plan's table repeats its
// header on every page it spans, and no row is split unless it is taller
// than a page. Changes are grouped under a section row per item (the first
// part of Change.Where). Figures show the old value struck, the new one
// underlined and the difference in 비고. The creation date is
// opt.Created (SOURCE_DATE_EPOCH) when set and otherwise left out, so
// equal reports give equal bytes.
func Comparison(r *diff.Report, title string, f *fonts.Set, opt Options) ([]byte, error) {
	if r == nil {
		r = &diff.Report{}
	}
	if f == nil {
		var err error
		if f, err = fonts.Default(); err != nil {
			return nil, err
		}
	}
	if title = strings.TrimSpace(title); title == "" {
		title = "신구대조표"
	}
	d := typeset.NewDoc(f, typeset.Landscape)
	layComparison(d, r, title)
	var plans []string
	for _, p := range r.Plans {
		plans = append(plans, p.Title)
	}
	return d.Finish(pdfmeta.Info{
		Title:    title,
		Subject:  summary(r),
		Keywords: strings.Join(append([]string{"신구대조표"}, plans...), ", "),
		Creator:  "workplan diff",
		Producer: "workplan (signintech/gopdf)",
		Created:  opt.Created,
	})
}

func summary(r *diff.Report) string {
	s := r.Summary()
	if r.Empty() {
		s = "변경 사항 없음"
	}
	if v := r.Versions(); v != "" {
		s += " · 비교: " + v
	}
	return s
}

// comparison lays out the title, the summary, a legend and a table per
// plan.
func layComparison(b *typeset.Doc, r *diff.Report, title string) {
	b.NumberedPart("", false)
	b.Heading(typeset.Plain(title, typeset.Style{Bold: true, Size: 22, Color: typeset.Ink}), typeset.Para{Align: typeset.Center, Lead: 34}, "")
	b.Text(typeset.Plain(summary(r), typeset.Style{Size: 12.5, Color: typeset.Subtle}), typeset.Para{Align: typeset.Center, Before: 2})
	if r.Empty() {
		return
	}
	note := noteStyle
	b.Text([]typeset.Span{
		{Text: "※ 현행에서 ", Style: note}, {Text: "삭제한 부분", Style: deleted(note)}, {Text: "은 취소선, 변경안에서 ", Style: note},
		{Text: "추가한 부분", Style: inserted(note)}, {Text: "은 밑줄로 표시", Style: note},
	}, typeset.Para{Align: typeset.Right, Before: 8})

	st := typeset.Style{Size: 10.5, Color: typeset.Ink}
	head := []typeset.Cell{{Text: "구 분", Align: typeset.Center}, {Text: "현 행", Align: typeset.Center}, {Text: "변 경 안", Align: typeset.Center}, {Text: "비 고", Align: typeset.Center}}
	for i, p := range r.Plans {
		anchor := "plan-" + p.Slug
		b.Heading(typeset.Plain(p.Title, typeset.Style{Bold: true, Size: 14, Color: typeset.Navy}), typeset.Para{Before: 14 + 6*float64(min(i, 1))}, anchor)
		b.Bookmark(nil, p.Title, anchor)
		b.Space(6)
		b.Table(typeset.Table{
			Head:  [][]typeset.Cell{head},
			Body:  comparisonRows(r.ByPlan(p.Slug), st),
			Style: st,
			Fixed: comparisonColumns,
			Top:   true,
		})
	}
}

func deleted(st typeset.Style) typeset.Style {
	st.Color, st.Deco = deletedInk, typeset.Strike
	return st
}

func inserted(st typeset.Style) typeset.Style {
	st.Color, st.Deco = insertedInk, typeset.Underline
	return st
}

// comparisonRows turns one plan's changes into table rows: a section row
// whenever the first part of Where changes (an item, 일반현황), then per
// change 구분 (the rest of Where) | 현행 | 변경안 | 비고.
func comparisonRows(changes []diff.Change, st typeset.Style) [][]typeset.Cell {
	var rows [][]typeset.Cell
	section := ""
	for _, c := range changes {
		label := c.Label()
		if len(c.Where) >= 2 {
			if c.Where[0] != section {
				section = c.Where[0]
				rows = append(rows, []typeset.Cell{{Text: section, Across: true}})
			}
			label = strings.Join(c.Where[1:], " › ")
		} else {
			section = ""
		}
		old, new, note := sides(c, st)
		rows = append(rows, []typeset.Cell{{Text: label}, {Spans: old}, {Spans: new}, {Text: note, Align: typeset.Center}})
	}
	return rows
}

// sides styles what a change shows in 현행 and 변경안 (diff.Change.Sides):
// deletions struck through, additions underlined.
func sides(c diff.Change, st typeset.Style) (old, new []typeset.Span, note string) {
	styled := func(ps []diff.Piece) []typeset.Span {
		var out []typeset.Span
		for _, p := range ps {
			ws := st
			switch p.Mark {
			case diff.Deleted:
				ws = deleted(st)
			case diff.Inserted:
				ws = inserted(st)
			}
			out = append(out, typeset.Span{Text: p.Text, Style: ws})
		}
		return out
	}
	o, n, note := c.Sides()
	return styled(o), styled(n), note
}
