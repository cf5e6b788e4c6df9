package hwpx

import (
	"testing"

	"workplan/generator/internal/document"
)

// FuzzTable builds tables of arbitrary spans from bytes: Write must either
// return an error or a table whose cells tile its grid, never panic.
func FuzzTable(f *testing.F) {
	f.Add([]byte{2, 2, 1, 1, 1, 1, 0, 1, 1, 1, 1})
	f.Add([]byte{3, 1, 1, 2, 0, 1, 1, 2, 1})
	f.Add([]byte{2, 0, 2, 1, 9, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 || len(data) > 64 {
			return
		}
		cols, header := int(data[0]%5), int(data[1]%3)
		tbl := &Table{HeaderRows: header}
		for i := range cols {
			tbl.Columns = append(tbl.Columns, Length(i+1))
		}
		var row []Cell
		for i := 2; i+1 < len(data); i += 2 {
			if data[i] == 0 { // end the row
				tbl.Rows = append(tbl.Rows, row)
				row = nil
				continue
			}
			row = append(row, Cell{Paragraphs: []*Paragraph{Text(TableText, "x")},
				ColSpan: int(data[i] % 4), RowSpan: int(data[i+1] % 4)})
		}
		tbl.Rows = append(tbl.Rows, row)
		b, err := Write(Document{Page: A4(15, 15, 20, 20), Blocks: []Block{tbl}})
		if err != nil {
			return
		}
		section, err := parseXML(partData(t, unzip(t, b), "Contents/section0.xml"))
		if err != nil {
			t.Fatal(err)
		}
		x := section.all("tbl")[0]
		rows, ncols := atoi(t, x.must("rowCnt")), atoi(t, x.must("colCnt"))
		seen := map[[2]int]int{}
		for _, tc := range x.all("tc") {
			a, s := tc.child("cellAddr"), tc.child("cellSpan")
			r, c := atoi(t, a.must("rowAddr")), atoi(t, a.must("colAddr"))
			for y := r; y < r+atoi(t, s.must("rowSpan")); y++ {
				for z := c; z < c+atoi(t, s.must("colSpan")); z++ {
					seen[[2]int{y, z}]++
				}
			}
		}
		if len(seen) != rows*ncols {
			t.Fatalf("%d slots covered of %dx%d", len(seen), rows, ncols)
		}
		for k, n := range seen {
			if n != 1 || k[0] >= rows || k[1] >= ncols {
				t.Fatalf("slot %v covered %d times in %dx%d", k, n, rows, ncols)
			}
		}
	})
}

// FuzzPlanTable: any table the document tree may hold (ragged rows,
// spans past the table's end or into cells from above, header spans into
// the body) becomes a table that Write accepts and that tiles its grid.
func FuzzPlanTable(f *testing.F) {
	f.Add([]byte{1, 3, 1, 1, 2, 1, 0, 1, 1})
	f.Add([]byte{2, 9, 9, 1, 1, 0, 2, 3, 0, 1, 1, 1, 1, 1, 1})
	f.Add([]byte{0, 1, 4, 0, 0, 2, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 1 || len(data) > 80 {
			return
		}
		head := int(data[0] % 3)
		var rows [][]document.Cell
		var row []document.Cell
		for i := 1; i+1 < len(data); i += 2 {
			if data[i] == 0 {
				rows = append(rows, row)
				row = nil
				continue
			}
			row = append(row, document.Cell{Text: document.Plain("x"), ColSpan: int(data[i] % 5), RowSpan: int(data[i+1] % 5)})
		}
		rows = append(rows, row)
		dt := &document.Table{}
		if head > len(rows) {
			head = len(rows)
		}
		dt.Head, dt.Body = rows[:head], rows[head:]
		tbl := planTable(dt)
		if tbl == nil {
			return
		}
		b, err := Write(Document{Page: PlanPage(), Blocks: []Block{tbl}})
		if err != nil {
			t.Fatalf("rows %v: %v", rows, err)
		}
		section, err := parseXML(partData(t, unzip(t, b), "Contents/section0.xml"))
		if err != nil {
			t.Fatal(err)
		}
		if !checkGrid(t, section.all("tbl")[0], PlanPage().TextWidth()) {
			t.Logf("rows %v", rows)
		}
	})
}
