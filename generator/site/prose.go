package site

import (
	"bytes"
	"html/template"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"workplan/generator/markdown"
	"workplan/generator/model"
)

var (
	headingTag = regexp.MustCompile(`<(/?)h([1-6])([ >])`)
	// Images would point at files the site does not hold (the renderer never
	// reads content files) or at other hosts: show their text instead.
	imageTag = regexp.MustCompile(`<img src="[^"]*" alt="([^"]*)"[^>]*>`)
)

// prose renders Markdown standing under a heading of level h with the
// shared goldmark renderer (raw HTML stays disabled). Headings in the text
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
		if err := markdown.Engine.Renderer().Render(&one, p.Source, n); err != nil {
			if b.err == nil {
				b.err = err
			}
			return nil
		}
		html := shiftHeadings(one.String(), h)
		html = imageTag.ReplaceAllString(html, "[$1]")
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
				if err := markdown.Engine.Renderer().Render(&buf, src, in); err != nil && b.err == nil {
					b.err = err
				}
			}
			html := imageTag.ReplaceAllString(buf.String(), "[$1]")
			ce := cell{HTML: template.HTML(html)}
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
