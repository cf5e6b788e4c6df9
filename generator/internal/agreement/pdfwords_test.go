package agreement

import (
	"html"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"workplan/generator/internal/document"
)

// word is a word pdftotext -bbox found, with its box in points.
type word struct {
	page       int
	xMin, xMax float64
	y          float64
	at         int // offset of its text in the squeezed text of all words
}

// pdfWords is the PDF's text as pdftotext -raw -bbox reads it, in
// drawing order: the words, and their text joined without spaces.
type pdfWords struct {
	words []word
	text  string
}

var wordRe = regexp.MustCompile(`<page |<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>`)

func parseWords(out string) pdfWords {
	var pw pdfWords
	var b strings.Builder
	page := 0
	for _, m := range wordRe.FindAllStringSubmatch(out, -1) {
		if m[0] == "<page " {
			page++
			continue
		}
		num := func(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }
		pw.words = append(pw.words, word{page: page, xMin: num(m[1]), y: num(m[2]), xMax: num(m[3]), at: b.Len()})
		b.WriteString(squeeze(html.UnescapeString(m[4])))
	}
	pw.text = b.String()
	return pw
}

// span is the words exactly covering text[from:to], if the match starts
// and ends at word boundaries.
func (pw pdfWords) span(from, to int) ([]word, bool) {
	var out []word
	for i, w := range pw.words {
		end := len(pw.text)
		if i+1 < len(pw.words) {
			end = pw.words[i+1].at
		}
		if end <= from || w.at >= to {
			continue
		}
		if w.at < from || end > to {
			return nil, false
		}
		out = append(out, w)
	}
	return out, len(out) > 0
}

// box is where a table cell's text stands on its page.
type box struct {
	align      document.Align
	page       int
	xMin, xMax float64
}

// checkAlignment checks that the PDF sets each column's cells as the
// document aligns them: right-aligned cells end at one x, left-aligned
// ones start at one x, centred ones share their middle. Cells are found
// in the document's order; a cell whose text wraps, or is found inside
// a longer word, is left out.
func checkAlignment(t *testing.T, doc *document.Plan, pw pdfWords) {
	t.Helper()
	at, columns := 0, 0
	for _, x := range nodes(doc) {
		if x.data {
			continue
		}
		if _, ok := x.n.(*document.Figure); ok {
			continue
		}
		tb, ok := x.n.(*document.Table)
		if !ok {
			for _, w := range wordings(x.n) {
				if i := strings.Index(pw.text[at:], squeeze(w)); i >= 0 && squeeze(w) != "" {
					at += i + len(squeeze(w))
				}
			}
			continue
		}
		for _, s := range []string{tb.Caption, tb.Unit} {
			if i := strings.Index(pw.text[at:], squeeze(s)); i >= 0 && squeeze(s) != "" {
				at += i + len(squeeze(s))
			}
		}
		for _, r := range tb.Head {
			for _, c := range r {
				if s := squeeze(c.Text.String()); s != "" {
					if i := strings.Index(pw.text[at:], s); i >= 0 {
						at += i + len(s)
					}
				}
			}
		}
		cols := map[int][]box{}
		for r, row := range tb.Body {
			for k, c := range row {
				s := squeeze(c.Text.String())
				if s == "" {
					continue
				}
				i := strings.Index(pw.text[at:], s)
				if i < 0 {
					continue // checkPDF reports it
				}
				from := at + i
				at = from + len(s)
				ws, ok := pw.span(from, at)
				if !ok || c.ColSpan > 1 || ws[0].y != ws[len(ws)-1].y || ws[0].page != ws[len(ws)-1].page {
					continue
				}
				col := column(tb.Body, r, k)
				cols[col] = append(cols[col], box{align: c.Align, page: ws[0].page, xMin: ws[0].xMin, xMax: ws[len(ws)-1].xMax})
			}
		}
		for col, bs := range cols {
			for _, a := range []document.Align{document.Left, document.Center, document.Right} {
				edge := func(b box) float64 {
					switch a {
					case document.Right:
						return b.xMax
					case document.Center:
						return (b.xMin + b.xMax) / 2
					}
					return b.xMin
				}
				var es []float64
				for _, b := range bs {
					if b.align == a {
						es = append(es, edge(b))
					}
				}
				if len(es) < 2 {
					continue
				}
				columns++
				lo, hi := math.Inf(1), math.Inf(-1)
				for _, e := range es {
					lo, hi = math.Min(lo, e), math.Max(hi, e)
				}
				if hi-lo > 1.5 {
					t.Errorf("pdf: table %s column %d: %d cells aligned %s stand at x %.1f … %.1f", tb.ID, col+1, len(es), a, lo, hi)
				}
			}
		}
	}
	t.Logf("pdf: %d columns' alignment checked", columns)
}

// column is the grid column where body cell k of row r starts, counting
// the places covered by cells spanning from rows above.
func column(rows [][]document.Cell, r, k int) int {
	covered := map[[2]int]bool{}
	for ri := 0; ri <= r; ri++ {
		c := 0
		for i := range rows[ri] {
			for covered[[2]int{ri, c}] {
				c++
			}
			if ri == r && i == k {
				return c
			}
			cell := rows[ri][i]
			for dr := 0; dr < max(1, cell.RowSpan); dr++ {
				for dc := 0; dc < max(1, cell.ColSpan); dc++ {
					if dr > 0 || dc > 0 {
						covered[[2]int{ri + dr, c + dc}] = true
					}
				}
			}
			c += max(1, cell.ColSpan)
		}
	}
	return -1
}
