package typeset

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Snapshot writes the laid-out document as text, one line per line of
// text drawn, page by page, in drawing order:
//
//	=== page 3 (1) ===
//	 121  85  13   ㅇ 사업기간: 2024. 1. ~ 12.
//
// gives the baseline's y and the line's left x (points from the page's top
// left, rounded), the size of its first run ("b" when bold) and its text.
// Words a justified line spreads apart are joined by one space, and dot
// leaders are written "…". It is made from the same drawing pass as the
// PDF, so it shows what the PDF shows, and reads as a diff without poppler.
func (d *Doc) Snapshot() string {
	l := d.Layout()
	var sb strings.Builder
	for i := range l.Result.Pages {
		sb.WriteString("=== page " + strconv.Itoa(i+1) + " (" + l.pageName(i) + ") ===\n")
		d.eachPage(l, i, func(ps []Prim, ox, oy float64) {
			for _, p := range ps {
				if tp, ok := p.(*TextPrim); ok {
					writeLine(&sb, tp, ox, oy)
				}
			}
		})
	}
	return sb.String()
}

// pageName is how a viewer names page i: its printed number, or the
// label of the front matter it belongs to.
func (l *Layout) pageName(i int) string {
	if n := l.numbers[i]; n > 0 {
		return strconv.Itoa(n)
	}
	name := "-"
	for _, s := range l.starts {
		if s.page <= i && !s.numbered {
			name = s.label
		}
	}
	return name
}

var leaderRe = regexp.MustCompile(`\.( \.){2,}`)

func writeLine(sb *strings.Builder, p *TextPrim, ox, oy float64) {
	if len(p.Runs) == 0 {
		return
	}
	var text strings.Builder
	for i, r := range p.Runs {
		if i > 0 {
			prev := p.Runs[i-1]
			if r.X-(prev.X+prev.W) > 0.15*r.Style.Size {
				text.WriteByte(' ')
			}
		}
		text.WriteString(r.Text)
	}
	t := strings.TrimSpace(leaderRe.ReplaceAllString(text.String(), "…"))
	if t == "" {
		return
	}
	first := p.Runs[0]
	size := strconv.FormatFloat(math.Round(first.Style.Size*10)/10, 'f', -1, 64)
	if first.Style.Bold {
		size += "b"
	}
	sb.WriteString(pad(strconv.Itoa(int(math.Round(oy+p.Y))), 4) + " " + pad(strconv.Itoa(int(math.Round(ox+p.X+first.X))), 4) + " " + pad(size, 5) + "  " + t + "\n")
}

func pad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat(" ", n-len(s)) + s
}
