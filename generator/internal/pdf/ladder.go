package pdf

import (
	"strings"

	"workplan/generator/internal/model"
	"workplan/generator/internal/typeset/layout"
)

// Type sizes of a plan.
var (
	bodyStyle    = style{size: 13, color: ink}
	noteStyle    = style{size: 11.5, color: subtle}
	captionStyle = style{size: 10.5, color: subtle}
)

// builder lays a plan out on a typesetting Doc.
type builder struct {
	*Doc
	plan *model.Plan
	site *model.Site

	planFile  string
	itemBreak bool // the next item starts a new page
}

func newBuilder(p *model.Plan, s *model.Site, d *Doc) *builder {
	b := &builder{Doc: d, plan: p, site: s}
	b.planFile = planFile(p)
	b.setSource(b.planFile)
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
	st     style
	before float64
}

var ladder = []rung{
	{"□", 0, style{bold: true, size: 15, color: ink}, 11},
	{"ㅇ", 15, style{size: 13, color: ink}, 3},
	{"-", 30, style{size: 12.5, color: ink}, 1},
	{"·", 43, style{size: 12, color: ink}, 1},
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
	return r.x + b.textWidth(r.marker+" ", r.st)
}

// mark adds a ladder line: the marker, one space, the text hanging after
// the marker. Bold spans stay bold; plain ones take the rung's style.
func (b *builder) mark(level int, spans []span, keep bool) []*layout.Row {
	r := rungAt(level)
	all := append([]span{{r.marker + " ", r.st}}, restyle(spans, r.st)...)
	hang := b.textWidth(r.marker+" ", r.st)
	return b.text(all, textOpts{x: r.x, hang: hang, before: r.before, keep: keep, align: justify})
}

// note adds a ※ line at x.
func (b *builder) note(x float64, text string) {
	if !strings.HasPrefix(text, "※") {
		text = "※ " + text
	}
	hang := b.textWidth("※ ", noteStyle)
	b.text(plain(text, noteStyle), textOpts{x: x, hang: hang, before: 3, align: justify})
}

// section adds a □ heading.
func (b *builder) section(title string) {
	b.mark(0, plain(title, ladder[0].st), true)
}

// labeled adds "ㅇ label: text"; further texts (a second law, say) stand on
// their own lines aligned after the label.
func (b *builder) labeled(label string, texts []string) {
	r := rungAt(1)
	head := r.marker + " " + label + ": "
	hang := b.textWidth(r.marker+" ", r.st)
	for i, t := range texts {
		if i == 0 {
			b.text(plain(head+t, r.st), textOpts{x: r.x, hang: hang, before: r.before, align: justify})
			continue
		}
		x := r.x + b.textWidth(head, r.st)
		b.text(plain(t, r.st), textOpts{x: x, before: 1, align: justify})
	}
}
