package pdf

import (
	"strings"

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

// builder lays a plan out on a typesetting Doc.
type builder struct {
	*typeset.Doc
	plan *model.Plan
	site *model.Site

	planFile  string
	itemBreak bool // the next item starts a new page
}

func newBuilder(p *model.Plan, s *model.Site, d *typeset.Doc) *builder {
	b := &builder{Doc: d, plan: p, site: s}
	b.planFile = planFile(p)
	b.SetSource(b.planFile)
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

// The ladder of item markers: □ → ㅇ → - → ·, each level's marker
// standing about two characters right of its parent's.
type rung struct {
	marker string
	x      float64
	st     typeset.Style
	before float64
}

var ladder = []rung{
	{"□", 0, typeset.Style{Bold: true, Size: 15, Color: typeset.Ink}, 11},
	{"ㅇ", 15, typeset.Style{Size: 13, Color: typeset.Ink}, 3},
	{"-", 30, typeset.Style{Size: 12.5, Color: typeset.Ink}, 1},
	{"·", 43, typeset.Style{Size: 12, Color: typeset.Ink}, 1},
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
	return r.x + b.TextWidth(r.marker+" ", r.st)
}

// mark adds a ladder line: the marker, one space, the text hanging after
// the marker. Bold spans stay bold; plain ones take the rung's style.
func (b *builder) mark(level int, spans []typeset.Span, keep bool) []*layout.Row {
	r := rungAt(level)
	all := append([]typeset.Span{{Text: r.marker + " ", Style: r.st}}, typeset.Restyle(spans, r.st)...)
	hang := b.TextWidth(r.marker+" ", r.st)
	return b.Text(all, typeset.Para{X: r.x, Hang: hang, Before: r.before, Keep: keep, Align: typeset.Justify})
}

// note adds a ※ line at x.
func (b *builder) note(x float64, text string) {
	if !strings.HasPrefix(text, "※") {
		text = "※ " + text
	}
	hang := b.TextWidth("※ ", noteStyle)
	b.Text(typeset.Plain(text, noteStyle), typeset.Para{X: x, Hang: hang, Before: 3, Align: typeset.Justify})
}

// section adds a □ heading.
func (b *builder) section(title string) {
	b.mark(0, typeset.Plain(title, ladder[0].st), true)
}

// labeled adds "ㅇ label: text"; further texts (a second law, say) stand on
// their own lines aligned after the label.
func (b *builder) labeled(label string, texts []string) {
	r := rungAt(1)
	head := r.marker + " " + label + ": "
	hang := b.TextWidth(r.marker+" ", r.st)
	for i, t := range texts {
		if i == 0 {
			b.Text(typeset.Plain(head+t, r.st), typeset.Para{X: r.x, Hang: hang, Before: r.before, Align: typeset.Justify})
			continue
		}
		x := r.x + b.TextWidth(head, r.st)
		b.Text(typeset.Plain(t, r.st), typeset.Para{X: x, Before: 1, Align: typeset.Justify})
	}
}
