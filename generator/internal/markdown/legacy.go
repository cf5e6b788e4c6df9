package markdown

// The HTML renderer below serves the site until it renders from the
// document tree; it goes with that change.

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

var (
	legacyEngine  = newEngine(false)
	legacyTrusted = newEngine(true)
)

func newEngine(trusted bool) goldmark.Markdown {
	m := goldmark.New(goldmark.WithExtensions(extension.Table))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(safeRenderer{}, 100)))
	if trusted {
		m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(trustedRaw{}, 50)), html.WithUnsafe())
	}
	return m
}

// For returns the HTML engine a site's settings ask for.
func For(trustedHTML bool) goldmark.Markdown {
	if trustedHTML {
		return legacyTrusted
	}
	return legacyEngine
}

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

type safeRenderer struct{}

func (safeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, rawHTML)
	reg.Register(ast.KindHTMLBlock, htmlBlock)
	reg.Register(ast.KindLink, link)
	reg.Register(ast.KindAutoLink, autoLink)
	reg.Register(ast.KindImage, image)
}

func rawHTML(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		v := n.(*ast.RawHTML).Segments.Value(src)
		if !IsComment(v) {
			w.Write(util.EscapeHTML(v))
		}
	}
	return ast.WalkSkipChildren, nil
}

func htmlBlock(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	text := HTMLBlockText(n.(*ast.HTMLBlock), src)
	if IsComment(text) {
		return ast.WalkSkipChildren, nil
	}
	w.WriteString("<p>")
	w.Write(util.EscapeHTML(bytes.TrimRight(text, "\n")))
	w.WriteString("</p>\n")
	return ast.WalkSkipChildren, nil
}

func link(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	l := n.(*ast.Link)
	href, ok := SafeHref(l.Destination)
	if !ok {
		return ast.WalkContinue, nil
	}
	if entering {
		w.WriteString(`<a href="`)
		w.Write(util.EscapeHTML([]byte(href)))
		w.WriteString(`">`)
	} else {
		w.WriteString("</a>")
	}
	return ast.WalkContinue, nil
}

func autoLink(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	l := n.(*ast.AutoLink)
	label := l.Label(src)
	dest := l.URL(src)
	if l.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(dest), []byte("mailto:")) {
		dest = append([]byte("mailto:"), dest...)
	}
	href, ok := SafeHref(dest)
	if !ok {
		w.Write(util.EscapeHTML(label))
		return ast.WalkSkipChildren, nil
	}
	w.WriteString(`<a href="`)
	w.Write(util.EscapeHTML([]byte(href)))
	w.WriteString(`">`)
	w.Write(util.EscapeHTML(label))
	w.WriteString("</a>")
	return ast.WalkSkipChildren, nil
}

func image(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		w.WriteString("[")
		w.Write(util.EscapeHTML([]byte(PlainText(n, src))))
		w.WriteString("]")
	}
	return ast.WalkSkipChildren, nil
}
