package hwpx

import (
	"strings"
	"time"

	"workplan/generator/internal/diff"
)

// ComparisonOptions are what rendering a 신구대조표 needs beyond the report.
type ComparisonOptions struct {
	// Date is written as the file's created and modified date
	// (SOURCE_DATE_EPOCH, parsed by the caller); zero leaves it out, so
	// equal reports give equal bytes. Never the clock.
	Date  time.Time
	Fonts Fonts // zero means DefaultFonts
}

// Colours of the changed parts, as in the HTML and PDF 신구대조표. The
// strike-through and underline carry the meaning in grey print too.
const (
	deletedInk  = "#B3261E"
	insertedInk = "#0B6B2F"
)

// comparisonColumns are the PDF's relative widths: 구분 | 현행 | 변경안 | 비고.
var comparisonColumns = []Length{190, 335, 335, 140}

// Comparison renders a diff report as a 신구대조표 the way the PDF shows
// it: the title, the report's summary, a legend, then per plan its title
// and a table 구 분 | 현 행 | 변 경 안 | 비 고 whose header repeats on
// each page. Changes are grouped under a row per item (the first part of
// Change.Where). Deleted text is struck through in 현행 and added text
// underlined in 변경안, as 한글 character attributes that survive copying
// the table into a 개정안; figures show the old value struck, the new one
// underlined and the difference in 비고. Portrait A4 with the plan's
// margins (a 개정안 is portrait), where the PDF uses landscape.
func Comparison(r *diff.Report, title string, opt ComparisonOptions) ([]byte, error) {
	return Write(ComparisonDocument(r, title, opt))
}

// ComparisonDocument is the Document Comparison writes.
func ComparisonDocument(r *diff.Report, title string, opt ComparisonOptions) Document {
	if r == nil {
		r = &diff.Report{}
	}
	if title = strings.TrimSpace(title); title == "" {
		title = "신구대조표"
	}
	summary := r.Summary()
	if r.Empty() {
		summary = "변경 사항 없음"
	}
	if v := r.Versions(); v != "" {
		summary += " · 비교: " + v
	}
	blocks := []Block{
		Text(Title, title),
		&Paragraph{Style: Body, Align: AlignCenter, Runs: []Run{{Text: summary, Color: subtle}}},
	}
	if !r.Empty() {
		blocks = append(blocks, &Paragraph{Style: Note, Align: AlignRight, SpaceBefore: Pt(8), Runs: []Run{
			{Text: "※ 현행에서 "}, {Text: "삭제한 부분", Strike: true, Color: deletedInk}, {Text: "은 취소선, 변경안에서 "},
			{Text: "추가한 부분", Underline: true, Color: insertedInk}, {Text: "은 밑줄로 표시"},
		}})
	}
	for _, p := range r.Plans {
		blocks = append(blocks, Text(Heading2, p.Title), comparisonTable(r.ByPlan(p.Slug)))
	}
	return Document{
		Props: Properties{
			Title:   title,
			Subject: summary,
			Date:    opt.Date,
		},
		Page:        PlanPage(),
		Fonts:       opt.Fonts,
		Styles:      PlanStyles(),
		PageNumbers: true,
		Blocks:      blocks,
	}
}

// comparisonTable is one plan's changes: a row naming the item whenever
// the first part of Where changes, then per change 구분 (the rest of
// Where) | 현행 | 변경안 | 비고.
func comparisonTable(changes []diff.Change) *Table {
	head := func(s string) Cell {
		return Cell{Paragraphs: []*Paragraph{{Style: TableText, Align: AlignCenter, Runs: []Run{{Text: s, Bold: true}}}}, Fill: headFill}
	}
	t := &Table{
		Columns:    comparisonColumns,
		HeaderRows: 1,
		Rows:       [][]Cell{{head("구 분"), head("현 행"), head("변 경 안"), head("비 고")}},
	}
	section := ""
	for _, c := range changes {
		label := c.Label()
		if len(c.Where) >= 2 {
			if c.Where[0] != section {
				section = c.Where[0]
				t.Rows = append(t.Rows, []Cell{{
					Paragraphs: []*Paragraph{{Style: TableText, Align: AlignLeft, Runs: []Run{{Text: section, Bold: true}}}},
					ColSpan:    4, Fill: tint,
				}})
			}
			label = strings.Join(c.Where[1:], " › ")
		} else {
			section = ""
		}
		old, new, note := sides(c)
		cell := func(rs []Run, a Align) Cell {
			return Cell{Paragraphs: []*Paragraph{{Style: TableText, Align: a, Runs: rs}}, VAlign: VAlignTop}
		}
		t.Rows = append(t.Rows, []Cell{
			cell([]Run{{Text: label}}, AlignLeft), cell(old, AlignLeft), cell(new, AlignLeft), cell([]Run{{Text: note}}, AlignCenter),
		})
	}
	return t
}

func deletedRun(s string) Run  { return Run{Text: s, Strike: true, Color: deletedInk} }
func insertedRun(s string) Run { return Run{Text: s, Underline: true, Color: insertedInk} }

// sides is what a change shows in 현행 and 변경안, and its 비고, as the PDF
// shows it.
func sides(c diff.Change) (old, new []Run, note string) {
	whole := func() {
		if c.Old != "" {
			old = []Run{deletedRun(c.Old)}
		}
		if c.New != "" {
			new = []Run{insertedRun(c.New)}
		}
	}
	switch {
	case c.Kind == diff.Added:
		new, note = []Run{insertedRun(c.New)}, "추가"
	case c.Kind == diff.Removed:
		old, note = []Run{deletedRun(c.Old)}, "삭제"
	case c.Kind == diff.Renamed:
		whole()
		note = "번호 변경"
	case c.Figure():
		whole()
		note = c.Delta
	case len(c.Words) == 0:
		whole()
		note = "변경"
	default:
		for _, op := range c.Words {
			switch op.Kind {
			case '=':
				old, new = word(old, Run{Text: op.Text}), word(new, Run{Text: op.Text})
			case '-':
				old = word(old, deletedRun(op.Text))
			case '+':
				new = word(new, insertedRun(op.Text))
			}
		}
		note = "변경"
	}
	return old, new, note
}

// word appends run after a plain space when runs already hold something,
// so that the lines cover the changed words only.
func word(runs []Run, run Run) []Run {
	if len(runs) > 0 {
		runs = append(runs, Run{Text: " "})
	}
	return append(runs, run)
}
