package pdf

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"workplan/generator/internal/model"
	"workplan/generator/internal/typeset"
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
			b.note(x, typeset.SpansText(spans))
			return
		}
		b.Text(spans, typeset.Para{X: x, Before: 6, Align: typeset.Justify})
	case *ast.Heading:
		size := map[int]float64{1: 15, 2: 14, 3: 13.5}[n.Level]
		if size == 0 {
			size = 13
		}
		st := typeset.Style{Bold: true, Size: size, Color: typeset.Ink}
		b.Heading(typeset.Restyle(inlines(n, src, st), st), typeset.Para{X: x, Before: 12}, "")
	case *ast.List:
		b.list(n, src, c.level)
	case *east.Table:
		b.mdTable(n, src, c)
	case *ast.Blockquote:
		for k := n.FirstChild(); k != nil; k = k.NextSibling() {
			b.proseBlock(k, src, ctx{level: c.level + 1, x: c.x})
		}
	case *ast.ThematicBreak:
		b.RowOf(12, 4, false, []typeset.Prim{&typeset.LinePrim{X1: x, Y1: 6, X2: b.Page.CW, Y2: 6, Color: typeset.Hairline, LW: 0.6}})
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var sb strings.Builder
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			sb.Write(seg.Value(src))
		}
		b.Text(typeset.Plain(strings.TrimRight(sb.String(), "\n"), typeset.Style{Size: 11, Color: typeset.Ink}), typeset.Para{X: x + 10, Before: 6})
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
					b.Text(typeset.Restyle(spans, rungAt(level).st), typeset.Para{X: b.textX(level), Before: 2, Align: typeset.Justify})
					continue
				}
				first = false
				switch {
				case isNote(spans):
					b.note(rungAt(level).x, typeset.SpansText(spans))
				case l.IsOrdered():
					r := rungAt(level)
					head := strconv.Itoa(num) + string(l.Marker) + " "
					num++
					all := append([]typeset.Span{{Text: head, Style: r.st}}, typeset.Restyle(spans, r.st)...)
					b.Text(all, typeset.Para{X: r.x, Hang: b.TextWidth(head, r.st), Before: r.before, Align: typeset.Justify, Keep: k.NextSibling() != nil})
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
	var head []typeset.Cell
	var body [][]typeset.Cell
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var row []typeset.Cell
		for cell := r.FirstChild(); cell != nil; cell = cell.NextSibling() {
			tc, _ := cell.(*east.TableCell)
			spans := inlines(cell, src, typeset.TableStyle)
			cs := typeset.Cell{Text: typeset.SpansText(spans)}
			if hasBold(spans) {
				cs.Spans = spans
			}
			if tc != nil && tc.Alignment == east.AlignRight {
				cs.Numeric = true
			}
			row = append(row, cs)
		}
		if _, ok := r.(*east.TableHeader); ok {
			head = row
			for i := range head {
				head[i].Numeric = false
			}
			continue
		}
		body = append(body, row)
	}
	b.Space(6)
	spec := typeset.Table{X: rungAt(c.level).x, Body: body, Labels: true}
	if head != nil {
		spec.Head = [][]typeset.Cell{head}
	}
	b.Table(spec)
}

func hasBold(spans []typeset.Span) bool {
	for _, s := range spans {
		if s.Style.Bold {
			return true
		}
	}
	return false
}

// isNote reports whether a paragraph is a ※ note.
func isNote(spans []typeset.Span) bool {
	return strings.HasPrefix(strings.TrimSpace(typeset.SpansText(spans)), "※")
}

// inlines collects a block's inline content as spans: bold for strong
// emphasis, soft breaks as spaces, hard breaks as newlines.
func inlines(n ast.Node, src []byte, st typeset.Style) []typeset.Span {
	var out []typeset.Span
	var walk func(n ast.Node, st typeset.Style)
	walk = func(n ast.Node, st typeset.Style) {
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
					s.Bold = true
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

func appendSpan(out []typeset.Span, text string, st typeset.Style) []typeset.Span {
	if n := len(out); n > 0 && out[n-1].Style == st {
		out[n-1].Text += text
		return out
	}
	return append(out, typeset.Span{Text: text, Style: st})
}

// flattenProse is prose as plain paragraphs, list items prefixed with
// their markers, for places that hold running text only.
func flattenProse(p *model.Prose) [][]typeset.Span {
	if p == nil || p.Doc == nil {
		return nil
	}
	var out [][]typeset.Span
	var walk func(n ast.Node, prefix string)
	walk = func(n ast.Node, prefix string) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
				spans := inlines(c, p.Source, bodyStyle)
				if prefix != "" {
					spans = append([]typeset.Span{{Text: prefix, Style: bodyStyle}}, spans...)
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
			out[i][n-1].Text = strings.TrimRight(out[i][n-1].Text, " \n")
		}
	}
	return out
}
