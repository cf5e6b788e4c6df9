package pdf

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"workplan/generator/internal/model"
)

// prose sets Markdown by walking goldmark's tree: paragraphs, lists at any
// depth on the □ → ㅇ → - → · ladder (starting at c.level), ※ notes,
// bold, headings and GFM tables.
func (b *builder) prose(p *model.Prose, c ctx) {
	if p == nil || p.Doc == nil {
		return
	}
	for n := p.Doc.FirstChild(); n != nil; n = n.NextSibling() {
		b.proseBlock(n, p.Source, c)
	}
}

func (b *builder) proseBlock(n ast.Node, src []byte, c ctx) {
	x := rungAt(c.level).x
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		spans := inlines(n, src, bodyStyle)
		if isNote(spans) {
			b.note(x, spansText(spans))
			return
		}
		b.text(spans, textOpts{x: x, before: 6, align: justify})
	case *ast.Heading:
		size := map[int]float64{1: 15, 2: 14, 3: 13.5}[n.Level]
		if size == 0 {
			size = 13
		}
		st := style{bold: true, size: size, color: ink}
		b.heading(restyle(inlines(n, src, st), st), textOpts{x: x, before: 12}, "")
	case *ast.List:
		b.list(n, src, c.level)
	case *east.Table:
		b.mdTable(n, src, c)
	case *ast.Blockquote:
		for k := n.FirstChild(); k != nil; k = k.NextSibling() {
			b.proseBlock(k, src, ctx{level: c.level + 1, x: c.x})
		}
	case *ast.ThematicBreak:
		b.rowOf(12, 4, false, []prim{&linePrim{x1: x, y1: 6, x2: b.pg.cw, y2: 6, color: hairline, lw: 0.6}})
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var sb strings.Builder
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			sb.Write(seg.Value(src))
		}
		b.text(plain(strings.TrimRight(sb.String(), "\n"), style{size: 11, color: ink}), textOpts{x: x + 10, before: 6})
	}
}

// list sets a list's items at ladder level, nested lists one rung down.
// Ordered lists number their items instead (1. 2. …).
func (b *builder) list(l *ast.List, src []byte, level int) {
	num := l.Start
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		first := true
		for k := it.FirstChild(); k != nil; k = k.NextSibling() {
			switch k := k.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				spans := inlines(k, src, bodyStyle)
				if !first {
					b.text(restyle(spans, rungAt(level).st), textOpts{x: b.textX(level), before: 2, align: justify})
					continue
				}
				first = false
				switch {
				case isNote(spans):
					b.note(rungAt(level).x, spansText(spans))
				case l.IsOrdered():
					r := rungAt(level)
					head := strconv.Itoa(num) + string(l.Marker) + " "
					num++
					all := append([]span{{head, r.st}}, restyle(spans, r.st)...)
					b.text(all, textOpts{x: r.x, hang: b.textWidth(head, r.st), before: r.before, align: justify, keep: k.NextSibling() != nil})
				default:
					b.mark(level, spans, k.NextSibling() != nil)
				}
			case *ast.List:
				b.list(k, src, level+1)
			default:
				b.proseBlock(k, src, ctx{level: level + 1})
			}
		}
	}
}

// mdTable sets a GFM table; columns aligned right in Markdown, or holding
// only figures, are right-aligned.
func (b *builder) mdTable(t *east.Table, src []byte, c ctx) {
	var head []cellSpec
	var body [][]cellSpec
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var row []cellSpec
		for cell := r.FirstChild(); cell != nil; cell = cell.NextSibling() {
			tc, _ := cell.(*east.TableCell)
			spans := inlines(cell, src, tableStyle)
			cs := cellSpec{text: spansText(spans)}
			if hasBold(spans) {
				cs.spans = spans
			}
			if tc != nil && tc.Alignment == east.AlignRight {
				cs.numeric = true
			}
			row = append(row, cs)
		}
		if _, ok := r.(*east.TableHeader); ok {
			head = row
			for i := range head {
				head[i].numeric = false
			}
			continue
		}
		body = append(body, row)
	}
	b.space(6)
	spec := tableSpec{x: rungAt(c.level).x, body: body, labels: true}
	if head != nil {
		spec.head = [][]cellSpec{head}
	}
	b.table(spec)
}

func hasBold(spans []span) bool {
	for _, s := range spans {
		if s.st.bold {
			return true
		}
	}
	return false
}

// isNote reports whether a paragraph is a ※ note.
func isNote(spans []span) bool {
	return strings.HasPrefix(strings.TrimSpace(spansText(spans)), "※")
}

// inlines collects a block's inline content as spans: bold for strong
// emphasis, soft breaks as spaces, hard breaks as newlines.
func inlines(n ast.Node, src []byte, st style) []span {
	var out []span
	var walk func(n ast.Node, st style)
	walk = func(n ast.Node, st style) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				t := string(c.Segment.Value(src))
				switch {
				case c.HardLineBreak():
					t += "\n"
				case c.SoftLineBreak():
					t += " "
				}
				out = appendSpan(out, t, st)
			case *ast.String:
				out = appendSpan(out, string(c.Value), st)
			case *ast.CodeSpan:
				walk(c, st)
			case *ast.Emphasis:
				s := st
				if c.Level >= 2 {
					s.bold = true
				}
				walk(c, s)
			case *ast.AutoLink:
				out = appendSpan(out, string(c.URL(src)), st)
			case *ast.RawHTML:
				// Raw HTML is not rendered (the site leaves it out too).
			default:
				walk(c, st)
			}
		}
	}
	walk(n, st)
	return out
}

func appendSpan(out []span, text string, st style) []span {
	if n := len(out); n > 0 && out[n-1].st == st {
		out[n-1].text += text
		return out
	}
	return append(out, span{text, st})
}

// flattenProse is prose as plain paragraphs, list items prefixed with
// their markers, for places that hold running text only.
func flattenProse(p *model.Prose) [][]span {
	if p == nil || p.Doc == nil {
		return nil
	}
	var out [][]span
	var walk func(n ast.Node, prefix string)
	walk = func(n ast.Node, prefix string) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
				spans := inlines(c, p.Source, bodyStyle)
				if prefix != "" {
					spans = append([]span{{prefix, bodyStyle}}, spans...)
					prefix = ""
				}
				out = append(out, spans)
			case *ast.List:
				for it := c.FirstChild(); it != nil; it = it.NextSibling() {
					walk(it, "- ")
				}
			default:
				walk(c, prefix)
			}
		}
	}
	walk(p.Doc, "")
	for i := range out {
		if n := len(out[i]); n > 0 {
			out[i][n-1].text = strings.TrimRight(out[i][n-1].text, " \n")
		}
	}
	return out
}
