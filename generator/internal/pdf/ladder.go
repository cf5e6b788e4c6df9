package pdf

import (
	"strings"

	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
	"workplan/generator/internal/typeset"
	"workplan/generator/internal/typeset/layout"
)

// Type sizes of a plan.
var (
	bodyStyle    = typeset.Style{Size: 13, Color: typeset.Ink}
	noteStyle    = typeset.Style{Size: 11.5, Color: typeset.Subtle}
	captionStyle = typeset.Style{Size: 10.5, Color: typeset.Subtle}
)

// builder lays a plan's document out on a typesetting Doc. It decides how
// each node looks and where it stands on the page, never what it says.
type builder struct {
	*typeset.Doc
	doc *document.Plan

	planFile  string
	prefix    string // before every anchor; "" for a plan alone
	itemBreak bool   // the next item starts a new page
	// capSize, when set, is the size of the heading the lines being set
	// stand under: no line prints larger, or bold, above it.
	capSize float64
}

func newBuilder(doc *document.Plan, planFile string, d *typeset.Doc) *builder {
	b := &builder{Doc: d, doc: doc, planFile: planFile}
	b.SetSource(planFile)
	return b
}

// planFile names the plan's plan.yaml the way the loader names files in
// messages, using an item's file (which carries the content root) when
// there is one.
func planFile(p *model.Plan) string {
	for _, it := range p.Items {
		if it.File == "" {
			continue
		}
		if i := strings.Index(it.File, p.Dir+"/"); i >= 0 && p.Dir != "" {
			return it.File[:i] + p.Dir + "/plan.yaml"
		}
	}
	if p.Dir == "" {
		return "plan.yaml"
	}
	return p.Dir + "/plan.yaml"
}

// The ladder of line markers: □ → ㅇ → - → ·, each level's marker
// standing about two characters right of its parent's.
type rung struct {
	x      float64
	st     typeset.Style
	before float64
}

var ladder = []rung{
	{0, typeset.Style{Bold: true, Size: 15, Color: typeset.Ink}, 11},
	{15, typeset.Style{Size: 13, Color: typeset.Ink}, 3},
	{30, typeset.Style{Size: 12.5, Color: typeset.Ink}, 1},
	{43, typeset.Style{Size: 12, Color: typeset.Ink}, 1},
}

// ladderMarkers are the markers of the rungs, for measuring indents.
var ladderMarkers = []string{"□", "ㅇ", "-", "·"}

// rung is rungAt(level) under the heading the lines stand under: never
// larger or bolder than it.
func (b *builder) rung(level int) rung {
	r := rungAt(level)
	if b.capSize > 0 && r.st.Size > b.capSize {
		r.st.Size, r.st.Bold = b.capSize, false
	}
	return r
}

func rungAt(level int) rung {
	if level < 0 {
		level = 0
	}
	if level < len(ladder) {
		return ladder[level]
	}
	r := ladder[len(ladder)-1]
	r.x += float64(level-len(ladder)+1) * 12
	return r
}

// textX is where the text after a level's marker starts.
func (b *builder) textX(level int) float64 {
	r := rungAt(level)
	return r.x + b.TextWidth(ladderMarkers[min(max(level, 0), len(ladderMarkers)-1)]+" ", r.st)
}

// mark adds a line at a rung: the marker, one space, the text hanging
// after the marker. Bold spans stay bold; plain ones take the rung's style.
func (b *builder) mark(level int, marker string, spans []typeset.Span, keep bool) []*layout.Row {
	r := b.rung(level)
	all := append([]typeset.Span{{Text: marker + " ", Style: r.st}}, typeset.Restyle(spans, r.st)...)
	hang := b.TextWidth(marker+" ", r.st)
	return b.Text(all, typeset.Para{X: r.x, Hang: hang, Before: r.before, Keep: keep, Align: typeset.Justify})
}

// note adds a ※ line at x.
func (b *builder) note(x float64, n *document.Note) {
	head := n.Marker + " "
	hang := b.TextWidth(head, noteStyle)
	spans := append(typeset.Plain(head, noteStyle), spans(n.Text, noteStyle)...)
	b.Text(spans, typeset.Para{X: x, Hang: hang, Before: 3, Align: typeset.Justify})
}

// spans styles document text: strong runs bold, everything else in st.
// Raw HTML, which a PDF cannot show, is left out.
func spans(t document.Text, st typeset.Style) []typeset.Span {
	var out []typeset.Span
	for _, r := range t {
		if r.HTML {
			continue
		}
		s := st
		s.Bold = st.Bold || r.Strong
		if n := len(out); n > 0 && out[n-1].Style == s {
			out[n-1].Text += r.Text
			continue
		}
		out = append(out, typeset.Span{Text: r.Text, Style: s})
	}
	return out
}

// lineSpans is a line's text: "label: text", the label alone, or the text.
func lineSpans(label string, t document.Text, st typeset.Style) []typeset.Span {
	switch {
	case label == "":
		return spans(t, st)
	case t.IsEmpty():
		return typeset.Plain(label, st)
	}
	return append(typeset.Plain(label+": ", st), spans(t, st)...)
}
