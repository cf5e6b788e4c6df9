package hwpx

import "strings"

// refs interns the character shapes (charPr), paragraph shapes (paraPr) and
// border fills the body uses, so each distinct one is written once to
// header.xml and referred to by id. Ids follow first use, which follows
// document order, so the output does not depend on map iteration.
type refs struct {
	styles *StyleSet
	chars  interner[charKey]
	paras  interner[paraKey]
	fills  interner[fillKey]
	// per style: the charPr and paraPr ids its definition interned to
	styleChar, stylePara [numStyles]int
}

type interner[K comparable] struct {
	ids  map[K]int
	list []K
}

func (in *interner[K]) id(k K) int {
	if id, ok := in.ids[k]; ok {
		return id
	}
	if in.ids == nil {
		in.ids = map[K]int{}
	}
	id := len(in.list)
	in.ids[k] = id
	in.list = append(in.list, k)
	return id
}

type charKey struct {
	size                            Length
	bold, italic, underline, strike bool
	serif                           bool
	color                           string
	border                          int // borderFill id of a frame round the text; 0 for none
}

type paraKey struct {
	align                       string
	left, indent, before, after Length
	lineSpacing                 int
	keepWithNext                bool
	border                      int // borderFill id of a rule below; 0 for none
}

type lineKey struct {
	style string
	width string
	color string
}

type fillKey struct {
	left, right, top, bottom lineKey
	face                     string // fill colour; "" for none
}

// The two border fills every document has, as 한글 writes them: 1 draws
// nothing (pages, tables), 2 draws nothing and has an empty brush (the
// character border every charPr refers to). Cell fills start at 3.
const (
	fillNone     = 1
	fillCharBase = 2
	fillFirst    = 3
)

func newRefs(styles *StyleSet) *refs {
	r := &refs{styles: styles}
	none := lineKey{style: "NONE", width: "0.1 mm", color: "#000000"}
	r.fills.id(fillKey{none, none, none, none, ""})
	r.fills.id(fillKey{none, none, none, none, "none"})
	for s := Style(0); s < numStyles; s++ {
		d := styles[s]
		r.styleChar[s] = r.chars.id(charKey{size: d.Size, bold: d.Bold, serif: d.Serif, color: normColor(d.Color, "")})
		r.stylePara[s] = r.paras.id(r.styleParaKey(d))
	}
	return r
}

func (r *refs) styleParaKey(d StyleDef) paraKey {
	k := paraKey{
		align: d.Align.attr(), left: d.Left, indent: d.Indent, before: d.Before, after: d.After,
		lineSpacing: d.LineSpacing, keepWithNext: d.KeepWithNext,
	}
	if d.RuleBelow != nil {
		none := Line{Style: LineNone}
		k.border = r.fill(Cell{Borders: Borders{Left: none, Right: none, Top: none, Bottom: *d.RuleBelow}})
	}
	return k
}

// char is the charPr id of a run in a paragraph of style s.
func (r *refs) char(s Style, run Run) int {
	d := r.styles[s]
	k := charKey{size: d.Size, bold: d.Bold || run.Bold, italic: run.Italic,
		underline: run.Underline, strike: run.Strike, serif: d.Serif, color: normColor(d.Color, "")}
	if run.Color != "" {
		k.color = normColor(run.Color, "")
	}
	if run.Frame != "" {
		l := Line{Width: 0.12, Color: run.Frame}
		k.border = r.fill(Cell{Borders: Borders{Left: l, Right: l, Top: l, Bottom: l}})
	}
	if run.Size > 0 {
		k.size = run.Size
	}
	return r.chars.id(k)
}

// para is the paraPr id of a paragraph: its style's, unless it overrides
// the alignment or the space before.
func (r *refs) para(p *Paragraph) int {
	if p.Align == AlignDefault && p.SpaceBefore <= 0 {
		return r.stylePara[p.Style]
	}
	k := r.styleParaKey(r.styles[p.Style])
	if p.Align != AlignDefault {
		k.align = p.Align.attr()
	}
	if p.SpaceBefore > 0 {
		k.before = p.SpaceBefore
	}
	return r.paras.id(k)
}

// fill is the borderFill id (1-based, as written) of a cell.
func (r *refs) fill(c Cell) int {
	k := fillKey{
		left: lineOf(c.Borders.Left), right: lineOf(c.Borders.Right),
		top: lineOf(c.Borders.Top), bottom: lineOf(c.Borders.Bottom),
		face: strings.ToUpper(c.Fill),
	}
	return r.fills.id(k) + 1
}

// lineWidths are the widths 한글 offers for a border (hc:LineWidth).
var lineWidths = []struct {
	mm   float64
	attr string
}{
	{0.1, "0.1 mm"}, {0.12, "0.12 mm"}, {0.15, "0.15 mm"}, {0.2, "0.2 mm"}, {0.25, "0.25 mm"},
	{0.3, "0.3 mm"}, {0.4, "0.4 mm"}, {0.5, "0.5 mm"}, {0.6, "0.6 mm"}, {0.7, "0.7 mm"},
	{1.0, "1.0 mm"}, {1.5, "1.5 mm"}, {2.0, "2.0 mm"}, {3.0, "3.0 mm"}, {4.0, "4.0 mm"}, {5.0, "5.0 mm"},
}

func lineOf(l Line) lineKey {
	w := l.Width
	if w <= 0 {
		w = 0.12
	}
	best := lineWidths[0]
	for _, lw := range lineWidths[1:] {
		if abs(lw.mm-w) < abs(best.mm-w) {
			best = lw
		}
	}
	return lineKey{style: l.Style.attr(), width: best.attr, color: normColor(l.Color, "#000000")}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// normColor spells a colour one way, so "#c00000" and "#C00000" share a
// shape; black text is written as the default ("").
func normColor(c, black string) string {
	c = strings.ToUpper(c)
	if c == "" || c == "#000000" {
		return black
	}
	return c
}
