package hwpx

// Change is one piece of a 신구대조표 side: text kept as it was, or text that
// the amendment deletes (struck through, in the 현행 column) or adds
// (underlined, in the 변경안 column).
type Change struct {
	Text string
	Kind ChangeKind
}

// ChangeKind says how a piece of text changed.
type ChangeKind int

const (
	Same ChangeKind = iota
	Deleted
	Added
)

// ComparisonRow is one row of a 신구대조표: the current text and the
// proposed text, each a list of paragraphs of changes.
type ComparisonRow struct {
	Current, Proposed [][]Change
}

// ComparisonTable is the two-column 신구대조표 a clerk pastes into a 개정안:
// a header row with the two column headings the caller gives (the wording
// is the caller's), then one row per ComparisonRow, with deletions struck
// through and additions underlined as 한글 character attributes, so they
// survive editing and copying.
func ComparisonTable(currentHead, proposedHead string, rows []ComparisonRow) *Table {
	head := func(s string) Cell {
		return Cell{
			Paragraphs: []*Paragraph{{Style: TableText, Align: AlignCenter, Runs: []Run{{Text: s, Bold: true}}}},
			Fill:       "#F2F2F2",
		}
	}
	t := &Table{
		Columns:    []Length{1, 1},
		HeaderRows: 1,
		Rows:       [][]Cell{{head(currentHead), head(proposedHead)}},
	}
	for _, r := range rows {
		t.Rows = append(t.Rows, []Cell{changeCell(r.Current), changeCell(r.Proposed)})
	}
	return t
}

func changeCell(paras [][]Change) Cell {
	c := Cell{VAlign: VAlignTop}
	for _, p := range paras {
		para := &Paragraph{Style: TableText, Align: AlignJustify}
		for _, ch := range p {
			para.Runs = append(para.Runs, Run{Text: ch.Text, Strike: ch.Kind == Deleted, Underline: ch.Kind == Added})
		}
		c.Paragraphs = append(c.Paragraphs, para)
	}
	return c
}
