// Package chart describes every chart of a plan once, as data: what is
// plotted, in which unit, and a sentence that states the key numbers. The
// website draws these with go-echarts, the PDF with gopdf vectors; neither
// decides what a chart shows.
package chart

import (
	"fmt"
	"math"
	"regexp"
)

// Kind is the form a chart takes.
type Kind int

const (
	Bar        Kind = iota // one series, one bar per category
	GroupedBar             // several series side by side per category
	Pie                    // shares of a whole (donut on the web)
	Gantt                  // months of the plan year, one row per schedule line
	Tree                   // organisation
)

func (k Kind) String() string {
	return [...]string{"bar", "grouped-bar", "pie", "gantt", "tree"}[k]
}

// Chart is one chart.
type Chart struct {
	ID         string // unique within a page, [A-Za-z0-9_]+: used as the element id
	Title      string
	Kind       Kind
	Unit       string   // unit of the values (명, 천원, 백만원, 사업 수)
	Categories []string // bar and pie: one label per value
	Series     []Series // bar and pie: the values
	Year       int      // gantt: the year on the month axis
	Rows       []GanttRow
	Root       *Node  // tree
	Summary    string // the key numbers in one sentence, for aria-label and captions
}

// Series is a named list of values, one per category.
type Series struct {
	Name   string
	Values []float64
}

// GanttRow is one schedule line over the months of the plan year.
type GanttRow struct {
	Label    string // the activity
	When     string // the period as written
	From, To int    // months 1-12, inclusive
	Loose    bool   // the period is approximate or recurring (drawn hatched or lighter)
}

// Node is an organisation unit.
type Node struct {
	Name     string
	Children []*Node
}

var idRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// Validate reports charts that cannot be drawn safely: bad ids, values that
// are not finite numbers, ragged series, months out of range.
func (c *Chart) Validate() error {
	if !idRe.MatchString(c.ID) {
		return fmt.Errorf("chart id %q must match %s", c.ID, idRe)
	}
	for _, s := range c.Series {
		if len(s.Values) != len(c.Categories) {
			return fmt.Errorf("chart %s: series %q has %d values for %d categories", c.ID, s.Name, len(s.Values), len(c.Categories))
		}
		for _, v := range s.Values {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("chart %s: series %q has a value that is not a finite number", c.ID, s.Name)
			}
		}
	}
	for _, r := range c.Rows {
		if r.From < 1 || r.To > 12 || r.From > r.To {
			return fmt.Errorf("chart %s: row %q spans months %d-%d", c.ID, r.Label, r.From, r.To)
		}
	}
	return nil
}

// Max is the largest value across all series (0 for none).
func (c *Chart) Max() float64 {
	m := 0.0
	for _, s := range c.Series {
		for _, v := range s.Values {
			m = math.Max(m, v)
		}
	}
	return m
}

// GanttKinds reports whether a Gantt chart has exact rows and loose
// (approximate or recurring) rows, which are drawn differently.
func (c *Chart) GanttKinds() (exact, loose bool) {
	for _, r := range c.Rows {
		if r.Loose {
			loose = true
		} else {
			exact = true
		}
	}
	return
}
