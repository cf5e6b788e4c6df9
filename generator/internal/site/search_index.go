package site

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"

	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
)

// The search index (search.json) holds the words of every published plan,
// item by item, as each plan's document tree has them, normalised to one
// line of text. assets/search.js finds a query's words as substrings of it,
// so a word part finds the word ("소통" finds "소통폰") and Korean needs no
// word breaker. Substrings of the text itself cost less than a bigram or
// n-gram index of it would, and need no check that a hit is real.

// searchIndex is search.json. Arrays rather than objects keep it small.
type searchIndex struct {
	// Plans: [path, department, year, 국 ("" without an organisation)].
	Plans [][4]any `json:"plans"`
	// Units: [plan (index into Plans), anchor, number, title, tags, text].
	// A unit is an item, or the text of a chapter or group that stands
	// outside its items.
	Units [][6]any `json:"units"`
}

// searchUnit is one search result: an item, or a chapter's or group's own
// text.
type searchUnit struct {
	Anchor string
	Number string
	Title  string
	Tags   []string
	text   strings.Builder
}

// buildSearchIndex writes the index of the plans ps (published ones; their
// documents docs, in the same order) as compact JSON.
func buildSearchIndex(ps []*model.Plan, docs []*document.Plan) ([]byte, error) {
	idx := searchIndex{Plans: [][4]any{}, Units: [][6]any{}}
	for i, p := range ps {
		idx.Plans = append(idx.Plans, [4]any{p.Path, p.Department.Name, p.Year, p.Department.BureauName()})
		for _, u := range searchUnits(docs[i]) {
			tags := u.Tags
			if tags == nil {
				tags = []string{}
			}
			idx.Units = append(idx.Units, [6]any{i, u.Anchor, u.Number, u.Title, tags, u.text.String()})
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(idx); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// searchUnits cuts a plan's document into search units in document order:
// each chapter's and group's own text, then each item. Charts are left
// out: their figures and words are those of the lines and tables beside
// them. Units with no text of their own (a chapter holding only items)
// are dropped.
func searchUnits(doc *document.Plan) []*searchUnit {
	var out []*searchUnit
	for _, ch := range doc.Chapters {
		cu := &searchUnit{Anchor: ch.ID, Number: ch.Number, Title: ch.Title}
		out = append(out, cu)
		collect(ch.Blocks, cu, &out)
	}
	kept := out[:0]
	for _, u := range out {
		if u.text.Len() > 0 || isItemAnchor(u.Anchor) {
			kept = append(kept, u)
		}
	}
	return kept
}

func isItemAnchor(id string) bool { return strings.HasPrefix(id, "item-") }

// collect adds the words of bs to u, starting a unit of its own for each
// group and item under them.
func collect(bs []document.Block, u *searchUnit, out *[]*searchUnit) {
	document.WalkBlocks(bs, func(n document.Node) bool {
		switch n := n.(type) {
		case *document.Group:
			gu := &searchUnit{Anchor: n.ID, Number: n.Number, Title: n.Title}
			*out = append(*out, gu)
			collect(n.Intro, gu, out)
			for _, it := range n.Items {
				collectItem(it, out)
			}
			return false
		case *document.Item:
			collectItem(n, out)
			return false
		case *document.Figure, *document.RawHTML:
			return false
		}
		addWords(u, n)
		return true
	})
}

func collectItem(it *document.Item, out *[]*searchUnit) {
	iu := &searchUnit{Anchor: it.ID, Number: it.Number, Title: it.Title, Tags: it.Tags}
	*out = append(*out, iu)
	collect(it.Purpose, iu, out)
	collect(it.Blocks, iu, out)
}

// addWords appends the words a node states itself (not its children's).
// Labels every item repeats (추진근거, 소요예산) and figures are left out:
// a search for a topic should not find every plan.
func addWords(u *searchUnit, n document.Node) {
	switch n := n.(type) {
	case *document.Line:
		addText(u, n.Text.String())
	case *document.Note:
		addText(u, n.Text.String())
	case *document.Paragraph:
		addText(u, n.Text.String())
	case *document.Heading:
		addText(u, n.Text.String())
	case *document.Code:
		addText(u, n.Text)
	case *document.Box:
		addText(u, n.Title)
	case *document.Section:
		if n.Key == "section" { // a section the plan names itself (□ 추진상황)
			addText(u, n.Label)
		}
	case *document.Table:
		addText(u, n.Caption)
		for _, row := range n.Body {
			for _, c := range row {
				if c.Type == document.TextCell {
					addText(u, c.Text.String())
				}
			}
		}
	}
}

// addText appends s to the unit's text as one line: runs of spaces and
// line breaks become one space. Case stays: results quote the text, and
// search.js matches without regard to case.
func addText(u *searchUnit, s string) {
	s = normaliseSearch(s)
	if s == "" {
		return
	}
	if u.text.Len() > 0 {
		u.text.WriteByte(' ')
	}
	u.text.WriteString(s)
}

// normaliseSearch collapses s's spaces and line breaks, as search.js
// does a query's.
func normaliseSearch(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}
