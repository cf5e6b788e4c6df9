package document

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"workplan/generator/internal/markdown"
	"workplan/generator/internal/model"
)

// prose converts Markdown into document nodes standing at pl: paragraphs
// (※ paragraphs become notes), headings below pl's depth, lists as lines
// on the ladder from pl's rung (ordered lists numbered 1. 2. …), tables
// of typed cells, quotes, code and rules. Text follows markdown's one
// meaning: escapes and references resolved, comments dropped, unsafe
// links reduced to their text, raw HTML kept only for a trusted site and
// shown as text otherwise, images as their description in brackets.
func (b *builder) prose(p *model.Prose, pl place, ids func() string) []Block {
	if p == nil || p.Doc == nil {
		return nil
	}
	c := &converter{src: p.Source, trusted: b.site.TrustedHTML}
	return c.blocks(p.Doc, pl, ids)
}

type converter struct {
	src     []byte
	trusted bool
}

func (c *converter) blocks(parent ast.Node, pl place, ids func() string) []Block {
	var out []Block
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		out = append(out, c.block(n, pl, ids)...)
	}
	return out
}

func (c *converter) block(n ast.Node, pl place, ids func() string) []Block {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		t := trimSpace(c.inlines(n))
		if t.IsEmpty() && !hasHTML(t) {
			return nil
		}
		if marker, rest, ok := noteText(t); ok {
			return []Block{&Note{ID: ids(), Marker: marker, Text: rest}}
		}
		return []Block{&Paragraph{ID: ids(), Text: t}}
	case *ast.Heading:
		return []Block{&Heading{ID: ids(), Depth: pl.depth + n.Level - 1, Text: trimSpace(c.inlines(n))}}
	case *ast.List:
		return []Block{c.list(n, ids(), pl)}
	case *east.Table:
		return []Block{c.table(n, ids())}
	case *ast.Blockquote:
		id := ids()
		return []Block{&Quote{ID: id, Blocks: c.blocks(n, place{depth: pl.depth, level: pl.level + 1}, counter(id))}}
	case *ast.ThematicBreak:
		return []Block{&Rule{ID: ids()}}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var sb strings.Builder
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			sb.Write(seg.Value(c.src))
		}
		return []Block{&Code{ID: ids(), Text: strings.TrimRight(sb.String(), "\n")}}
	case *ast.HTMLBlock:
		raw := markdown.HTMLBlockText(n, c.src)
		switch {
		case markdown.IsComment(raw):
			return nil
		case c.trusted:
			return []Block{&RawHTML{ID: ids(), HTML: string(raw)}}
		}
		return []Block{&Paragraph{ID: ids(), Text: Plain(string(raw))}}
	case *ast.LinkReferenceDefinition:
		return nil
	}
	return c.blocks(n, pl, ids)
}

// noteText splits a ※ paragraph into its marker and text.
func noteText(t Text) (marker string, rest Text, ok bool) {
	if len(t) == 0 || t[0].HTML || !strings.HasPrefix(t[0].Text, "※") {
		return "", nil, false
	}
	rest = append(Text{}, t...)
	rest[0].Text = strings.TrimPrefix(rest[0].Text, "※")
	return "※", trimSpace(rest), true
}

func hasHTML(t Text) bool {
	for _, r := range t {
		if r.HTML {
			return true
		}
	}
	return false
}

// list converts a list into lines at rung pl.level: the first paragraph
// of each item is the line's text; what follows stands under the line,
// nested lists a rung down.
func (c *converter) list(l *ast.List, id string, pl place) *List {
	v := &List{ID: id, Ordered: l.IsOrdered()}
	num := l.Start
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		lid := id + "." + strconv.Itoa(len(v.Lines)+1)
		line := &Line{ID: lid, Level: pl.level, Marker: ladderMarker(pl.level)}
		if v.Ordered {
			line.Marker = strconv.Itoa(num) + string(l.Marker)
			num++
		}
		under := place{depth: pl.depth, level: pl.level + 1}
		ids := counter(lid)
		first := true
		for k := it.FirstChild(); k != nil; k = k.NextSibling() {
			switch k.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				if first {
					first = false
					t := trimSpace(c.inlines(k))
					if marker, rest, ok := noteText(t); ok && !v.Ordered {
						line.Marker, t = marker, rest
					}
					line.Text = t
					continue
				}
			}
			first = false
			line.Blocks = append(line.Blocks, c.block(k, under, ids)...)
		}
		v.Lines = append(v.Lines, line)
	}
	return v
}

// table converts a GFM table: one header row, the first column labelling
// its rows unless it holds figures, alignment as the Markdown states it
// and otherwise figures right-aligned by column.
func (c *converter) table(t *east.Table, id string) *Table {
	v := &Table{ID: id, Role: "markdown"}
	var names []string
	var aligns []east.Alignment
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		_, header := r.(*east.TableHeader)
		row := make([]Cell, 0, max(len(aligns), r.ChildCount()))
		for cell := r.FirstChild(); cell != nil; cell = cell.NextSibling() {
			tc, ok := cell.(*east.TableCell)
			if !ok {
				continue
			}
			text := trimSpace(c.inlines(tc))
			if header {
				row = append(row, Cell{Text: text, Header: true, Align: Center})
				names = append(names, text.String())
				aligns = append(aligns, tc.Alignment)
				continue
			}
			row = append(row, cellOf(text))
		}
		if header {
			v.Head = append(v.Head, row)
		} else {
			v.Body = append(v.Body, row)
		}
	}
	alignFigures(v.Body)
	for _, row := range v.Body {
		for i := range row {
			if i >= len(aligns) {
				break
			}
			switch aligns[i] {
			case east.AlignLeft:
				row[i].Align = Left
			case east.AlignCenter:
				row[i].Align = Center
			case east.AlignRight:
				row[i].Align = Right
			}
		}
	}
	labelColumn(v.Body)
	v.Name = strings.Join(names, "·") + " 표"
	return v
}

// inlines converts a block's inline content into runs.
func (c *converter) inlines(n ast.Node) Text {
	var out Text
	c.walk(n, Run{}, &out)
	return out
}

func (c *converter) walk(n ast.Node, st Run, out *Text) {
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		switch k := k.(type) {
		case *ast.Text:
			r := st
			r.Text = markdown.Text(k, c.src)
			switch {
			case k.HardLineBreak():
				r.Text += "\n"
			case k.SoftLineBreak():
				r.Text += " "
			}
			*out = appendRun(*out, r)
		case *ast.String:
			r := st
			r.Text = string(k.Value)
			*out = appendRun(*out, r)
		case *ast.CodeSpan:
			r := st
			r.Code = true
			var sb strings.Builder
			for t := k.FirstChild(); t != nil; t = t.NextSibling() {
				if tx, ok := t.(*ast.Text); ok {
					sb.WriteString(markdown.Text(tx, c.src))
				}
			}
			r.Text = sb.String()
			*out = appendRun(*out, r)
		case *ast.Emphasis:
			s := st
			if k.Level >= 2 {
				s.Strong = true
			} else {
				s.Emphasis = true
			}
			c.walk(k, s, out)
		case *ast.Link:
			s := st
			if href, ok := markdown.SafeHref(k.Destination); ok {
				s.Href = href
			}
			c.walk(k, s, out)
		case *ast.AutoLink:
			r := st
			r.Text = string(k.Label(c.src))
			dest := k.URL(c.src)
			if k.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(string(dest)), "mailto:") {
				dest = append([]byte("mailto:"), dest...)
			}
			if href, ok := markdown.SafeHref(dest); ok {
				r.Href = href
			}
			*out = appendRun(*out, r)
		case *ast.Image:
			r := st
			r.Text = "[" + markdown.PlainText(k, c.src) + "]"
			*out = appendRun(*out, r)
		case *ast.RawHTML:
			raw := k.Segments.Value(c.src)
			if markdown.IsComment(raw) {
				continue
			}
			r := st
			r.Text = string(raw)
			r.HTML = c.trusted
			*out = appendRun(*out, r)
		default:
			c.walk(k, st, out)
		}
	}
}
