package markdown

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// SafeURL reports whether a link destination may become an href: http,
// https and mailto addresses, and relative ones (paths and #anchors).
func SafeURL(dest []byte) bool {
	s := strings.TrimSpace(string(dest))
	if s == "" {
		return false
	}
	// Browsers ignore tabs and newlines inside schemes ("java\tscript:").
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return true
	case "":
		// A relative reference; refuse "//host/…", which leaves the site.
		return !strings.HasPrefix(s, "//") && !strings.HasPrefix(s, `\\`)
	}
	return false
}

// safeRenderer overrides the HTML of nodes that could carry script or reach
// other hosts: raw HTML is shown as text, unsafe links lose their href,
// images show their description (the site never loads remote images).
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
		segs := n.(*ast.RawHTML).Segments
		for i := 0; i < segs.Len(); i++ {
			s := segs.At(i)
			w.Write(util.EscapeHTML(s.Value(src)))
		}
	}
	return ast.WalkSkipChildren, nil
}

func htmlBlock(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	b := n.(*ast.HTMLBlock)
	var text bytes.Buffer
	lines := b.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		text.Write(s.Value(src))
	}
	if b.HasClosure() {
		text.Write(b.ClosureLine.Value(src))
	}
	w.WriteString("<p>")
	w.Write(util.EscapeHTML(bytes.TrimRight(text.Bytes(), "\n")))
	w.WriteString("</p>\n")
	return ast.WalkSkipChildren, nil
}

func link(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	l := n.(*ast.Link)
	if !SafeURL(l.Destination) {
		return ast.WalkContinue, nil // the link's text alone
	}
	if entering {
		w.WriteString(`<a href="`)
		w.Write(util.EscapeHTML(util.URLEscape(l.Destination, true)))
		w.WriteByte('"')
		if len(l.Title) > 0 {
			w.WriteString(` title="`)
			w.Write(util.EscapeHTML(l.Title))
			w.WriteByte('"')
		}
		w.WriteByte('>')
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
	if !SafeURL(dest) {
		w.Write(util.EscapeHTML(label))
		return ast.WalkSkipChildren, nil
	}
	w.WriteString(`<a href="`)
	w.Write(util.EscapeHTML(util.URLEscape(dest, false)))
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
