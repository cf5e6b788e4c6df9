// Package markdown configures goldmark once for the whole tool: CommonMark
// with GitHub tables and strikethrough. Content is parsed once by the loader;
// renderers walk the resulting tree.
package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Engine is the shared goldmark configuration. Raw HTML is not enabled, so
// its renderer leaves HTML in content out of pages.
var Engine = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// Parse parses Markdown source into a document tree.
func Parse(src []byte) ast.Node {
	return Engine.Parser().Parse(text.NewReader(src))
}

// PlainText returns the text of a tree with inline markup removed and
// blocks separated by newlines, for search, labels and tests.
func PlainText(doc ast.Node, src []byte) string {
	var out []byte
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock && len(out) > 0 && out[len(out)-1] != '\n' {
				out = append(out, '\n')
			}
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			out = append(out, t.Segment.Value(src)...)
			if t.SoftLineBreak() {
				out = append(out, ' ')
			}
		case *ast.String:
			out = append(out, t.Value...)
		case *ast.CodeSpan:
			for c := t.FirstChild(); c != nil; c = c.NextSibling() {
				if tx, ok := c.(*ast.Text); ok {
					out = append(out, tx.Segment.Value(src)...)
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for len(out) > 0 && out[len(out)-1] == '\n' {
		out = out[:len(out)-1]
	}
	return string(out)
}
