package site

import (
	"bytes"
	"html/template"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"workplan/generator/internal/markdown"
	"workplan/generator/internal/model"
)

var headingTag = regexp.MustCompile(`<(/?)h([1-6])([ >])`)

// prose renders Markdown standing under a heading of level h with the
// shared goldmark renderer, which shows raw HTML as text unless the site
// trusts its content, keeps only safe links and shows images as their
// description (the site holds no content files and loads nothing remote). Headings in the text
// move below h so the page's outline stays ordered; tables are rendered by
// the site, with a caption, scoped headers and a scroll wrapper.
func (b *builder) prose(p *model.Prose, h int) []proseSeg {
	if p == nil || p.Doc == nil {
		return nil
	}
	var out []proseSeg
	var buf bytes.Buffer
	flush := func() {
		if buf.Len() > 0 {
			out = append(out, proseSeg{HTML: template.HTML(buf.String())})
			buf.Reset()
		}
	}
	for n := p.Doc.FirstChild(); n != nil; n = n.NextSibling() {
		if t, ok := n.(*east.Table); ok {
			flush()
			out = append(out, proseSeg{Table: b.markdownTable(t, p.Source)})
			continue
		}
		var one bytes.Buffer
		if err := markdown.For(b.site.TrustedHTML).Renderer().Render(&one, p.Source, n); err != nil {
			if b.err == nil {
				b.err = err
			}
			return nil
		}
		html := shiftHeadings(one.String(), h)
		if strings.HasPrefix(html, "<p>※") {
			html = `<p class="note">` + strings.TrimPrefix(html, "<p>")
		}
		buf.WriteString(html)
	}
	flush()
	return out
}

// shiftHeadings moves Markdown headings below level h: # becomes h+1.
func shiftHeadings(s string, h int) string {
	return headingTag.ReplaceAllStringFunc(s, func(m string) string {
		sub := headingTag.FindStringSubmatch(m)
		l, _ := strconv.Atoi(sub[2])
		return "<" + sub[1] + "h" + strconv.Itoa(clampLevel(l+h)) + sub[3]
	})
}

// markdownTable renders a Markdown table's cells with the shared renderer
// into the site's table view.
func (b *builder) markdownTable(t *east.Table, src []byte) *tableView {
	v := &tableView{ID: b.nextTable()}
	var headers []string
	row := func(n ast.Node, header bool) []cell {
		var cells []cell
		col := 0
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			tc, ok := c.(*east.TableCell)
			if !ok {
				continue
			}
			var buf bytes.Buffer
			for in := tc.FirstChild(); in != nil; in = in.NextSibling() {
				if err := markdown.For(b.site.TrustedHTML).Renderer().Render(&buf, src, in); err != nil && b.err == nil {
					b.err = err
				}
			}
			ce := cell{HTML: template.HTML(buf.String())}
			switch {
			case header:
				ce.Header, ce.Scope = true, "col"
				headers = append(headers, markdown.PlainText(tc, src))
			case col == 0:
				ce.Header, ce.Scope = true, "row"
			}
			switch {
			case header:
			case tc.Alignment == east.AlignRight:
				ce.Num = true
			case tc.Alignment == east.AlignCenter:
				ce.Class = "center"
			}
			cells = append(cells, ce)
			col++
		}
		return cells
	}
	for n := t.FirstChild(); n != nil; n = n.NextSibling() {
		switch r := n.(type) {
		case *east.TableHeader:
			v.Head = append(v.Head, row(r, true))
		case *east.TableRow:
			v.Body = append(v.Body, row(r, false))
		}
	}
	v.Caption = strings.Join(headers, "·") + " 표"
	v.HideCaption = true
	return v
}
