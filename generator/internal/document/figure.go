package document

import (
	"fmt"

	"workplan/generator/internal/chart"
)

// figure makes chart c a figure with node id: its data as a table, and a
// legend where the chart's styles mean something. A nil chart gives nil;
// an invalid chart, or a chart id used twice in the plan, fails the build.
func (b *builder) figure(c *chart.Chart, id string) *Figure {
	if c == nil {
		return nil
	}
	if err := c.Validate(); err != nil {
		b.fail(fmt.Errorf("document: %w", err))
		return nil
	}
	if b.chartIDs[c.ID] {
		b.fail(fmt.Errorf("document: chart id %q is used twice in plan %s", c.ID, b.plan.Slug))
		return nil
	}
	b.chartIDs[c.ID] = true
	f := &Figure{ID: id, Chart: c, Title: c.Title, Summary: c.Summary}
	switch c.Kind {
	case chart.Gantt:
		f.Data = ganttTable(id+".data", c)
		exact, loose := c.GanttKinds()
		if exact {
			f.Legend = append(f.Legend, LegendKey{Key: "exact", Label: "확정 일정"})
		}
		if loose {
			f.Legend = append(f.Legend, LegendKey{Key: "loose", Label: "유동·반복 일정(빗금)"})
		}
	case chart.Tree:
		f.Data = treeTable(id+".data", c)
	default:
		f.Data = seriesTable(id+".data", c)
	}
	return f
}

// seriesTable is a bar or pie chart's data: one row per category, one
// column per series (and each share of a pie).
func seriesTable(id string, c *chart.Chart) *Table {
	t := &Table{ID: id, Role: "chart-data", Name: c.Title + " 자료", Caption: c.Title + " 자료", Unit: unitLine(c.Unit)}
	head := headRow("구분")
	for _, s := range c.Series {
		head = append(head, headRow(s.Name)...)
	}
	pie := c.Kind == chart.Pie && len(c.Series) == 1
	var sum float64
	if pie {
		head = append(head, headRow("비율")...)
		for _, x := range c.Series[0].Values {
			sum += x
		}
	}
	t.Head = [][]Cell{head}
	num := func(s string) Cell { return Cell{Text: Plain(s), Type: NumberCell, Align: Right} }
	for i, cat := range c.Categories {
		row := []Cell{{Text: Plain(cat), Header: true}}
		for _, s := range c.Series {
			row = append(row, num(chart.Number(s.Values[i])))
		}
		if pie {
			share := num(chart.Share(c.Series[0].Values[i], sum))
			share.Derived = true
			row = append(row, share)
		}
		t.Body = append(t.Body, row)
	}
	return t
}

// ganttTable is a schedule as a table: 시기 | 내용 | 구분.
func ganttTable(id string, c *chart.Chart) *Table {
	t := &Table{ID: id, Role: "chart-data", Name: c.Title, Caption: c.Title}
	t.Head = [][]Cell{headRow("시기", "내용", "구분")}
	for _, r := range c.Rows {
		kind := "확정"
		if r.Loose {
			kind = "유동·반복"
		}
		t.Body = append(t.Body, []Cell{{Text: Plain(r.When), NoWrap: true}, {Text: Plain(r.Label), Header: true}, {Text: Plain(kind), Align: Center}})
	}
	return t
}

// treeTable is an organisation as a table: 조직 | 상위 조직.
func treeTable(id string, c *chart.Chart) *Table {
	t := &Table{ID: id, Role: "chart-data", Name: c.Title + " 구성", Caption: c.Title + " 구성"}
	t.Head = [][]Cell{headRow("조직", "상위 조직")}
	var walk func(n *chart.Node, parent string)
	walk = func(n *chart.Node, parent string) {
		if n.Name != "" {
			t.Body = append(t.Body, []Cell{{Text: Plain(n.Name), Header: true}, cellOf(Plain(dash(parent)))})
			parent = n.Name
		}
		for _, ch := range n.Children {
			walk(ch, parent)
		}
	}
	if c.Root != nil {
		walk(c.Root, "")
	}
	return t
}
