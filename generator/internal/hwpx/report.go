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

// sides styles what a change shows in 현행 and 변경안 (diff.Change.Sides),
// as the PDF does: deletions struck through, additions underlined.
func sides(c diff.Change) (old, new []Run, note string) {
	styled := func(ps []diff.Piece) []Run {
		var out []Run
		for _, p := range ps {
			switch p.Mark {
			case diff.Deleted:
				out = append(out, deletedRun(p.Text))
			case diff.Inserted:
				out = append(out, insertedRun(p.Text))
			default:
				out = append(out, Run{Text: p.Text})
			}
		}
		return out
	}
	o, n, note := c.Sides()
	return styled(o), styled(n), note
}
