// Package markdown configures goldmark once for the whole tool: CommonMark
// with GitHub tables and strikethrough. Content is parsed once by the loader;
// renderers walk the resulting tree.
package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Engine is the shared goldmark configuration. Its HTML renderer is safe for
// content from many hands: raw HTML in Markdown is shown as text, links keep
// their href only for http(s), mailto and relative addresses, and images
// show their description instead of loading anything.
var Engine = newEngine(false)

// Trusted renders raw HTML as written, for sites whose settings opt in
// (trusted_html: true in site.yaml). Links and images stay restricted.
var Trusted = newEngine(true)

func newEngine(trusted bool) goldmark.Markdown {
	m := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(safeRenderer{}, 100)))
	if trusted {
		m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(trustedRaw{}, 50)), html.WithUnsafe())
	}
	return m
}

// For returns the engine a site's settings ask for.
func For(trustedHTML bool) goldmark.Markdown {
	if trustedHTML {
		return Trusted
	}
	return Engine
}

// trustedRaw hands raw HTML back to goldmark's own renderer, which writes it
// as is when html.WithUnsafe is set.
type trustedRaw struct{}

func (trustedRaw) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	def := html.NewRenderer(html.WithUnsafe()).(renderer.NodeRenderer)
	var funcs = map[ast.NodeKind]renderer.NodeRendererFunc{}
	def.RegisterFuncs(registerInto(funcs))
	reg.Register(ast.KindRawHTML, funcs[ast.KindRawHTML])
	reg.Register(ast.KindHTMLBlock, funcs[ast.KindHTMLBlock])
}

type registerInto map[ast.NodeKind]renderer.NodeRendererFunc

func (r registerInto) Register(k ast.NodeKind, f renderer.NodeRendererFunc) { r[k] = f }

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
