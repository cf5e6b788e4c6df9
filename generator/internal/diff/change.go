// Package diff compares two content trees as the plans' documents
// (package document), not as text: which plans and items were added or
// removed, which figures changed by how much, which lines, cells and
// sentences changed, word by word. Every place is named and every value
// printed with the document's own labels and wordings (a section's label,
// a line's label and Plain(), a note with its marker, a table cell by its
// row's label and its column's headings, a chart by its title), so the
// diff says what the site and the PDF print. Its report renders as
// terminal text, Markdown for a pull request, JSON, and the 신구대조표
// (old | new comparison table) in HTML.
package diff

import (
	"strings"
)

// Kind says what happened to a thing.
type Kind string

const (
	Added   Kind = "added"
	Removed Kind = "removed"
	Changed Kind = "changed"
	Renamed Kind = "renumbered"
)

// Change is one difference between the old and the new content.
type Change struct {
	Plan  string   // plan slug, e.g. 2024-saemapo
	Where []string // what changed, outermost first, in the document's labels: ["3. 구민 소통 활성화(…)", "소요예산"]
	Kind  Kind
	Old   string // as shown to readers ("16,366천원"); empty when added
	New   string // empty when removed
	Delta string // for figures: "+634천원, +3.9%"
	Words []Op   // for text: word-level changes between Old and New
}

// Figure reports whether the change is of a number.
func (c Change) Figure() bool { return c.Delta != "" }

// Label joins Where with " › ".
func (c Change) Label() string { return strings.Join(c.Where, " › ") }

// Report is every change between two content trees.
type Report struct {
	From, To string     // the versions compared, as the user named them (HEAD~1, content)
	Plans    []PlanInfo // plans touched by a change, in order
	Changes  []Change
}

// Versions says what was compared: "HEAD~1 → content"; empty when unnamed.
func (r *Report) Versions() string {
	if r.From == "" && r.To == "" {
		return ""
	}
	return r.From + " → " + r.To
}

// PlanInfo names a plan in the report.
type PlanInfo struct {
	Slug  string `json:"slug"`
	Title string `json:"title"` // 2024년도 주요업무 계획 (새마포담당관)
}

// Empty reports whether nothing changed.
func (r *Report) Empty() bool { return len(r.Changes) == 0 }

// ByPlan returns the changes of one plan, in order.
func (r *Report) ByPlan(slug string) []Change {
	var out []Change
	for _, c := range r.Changes {
		if c.Plan == slug {
			out = append(out, c)
		}
	}
	return out
}
