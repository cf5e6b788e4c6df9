// Package markdown configures goldmark once for the whole tool: CommonMark
// with GitHub tables. Content is parsed once by the loader; the document
// package converts the tree into document nodes, with one meaning for
// every output:
//
//   - no strikethrough: a single ~ is the Korean range sign ('23.9.~'24.8.,
//     40~42쪽) and ~~ prints as written;
//   - backslash escapes and character references are resolved in text
//     (Text), so `\~` is a literal ~ everywhere;
//   - HTML comments are hidden everywhere (IsComment);
//   - a link keeps its destination only when SafeHref accepts it.
package markdown

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Engine is the shared goldmark configuration.
var Engine = goldmark.New(goldmark.WithExtensions(extension.Table))

// Parse parses Markdown source into a document tree.
func Parse(src []byte) ast.Node {
	return Engine.Parser().Parse(text.NewReader(src))
}

// Text is the text of a text node as a reader sees it: backslash escapes
// and character references resolved (a raw node, inside a code span, is
// taken as written), NUL replaced.
func Text(t *ast.Text, src []byte) string {
	v := t.Segment.Value(src)
	if t.IsRaw() {
		return string(bytes.ReplaceAll(v, []byte{0}, []byte("\uFFFD")))
	}
	return Decode(v)
}

// Decode resolves backslash escapes of punctuation and character
// references (&amp; &#106; &#x6A; &colon;) as CommonMark does in text and
// link destinations, and replaces NUL.
func Decode(v []byte) string {
	if bytes.IndexAny(v, "\\&\x00") < 0 {
		return string(v)
	}
	var b []byte
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]):
			b = append(b, v[i+1])
			i++
		case c == 0:
			b = append(b, "\uFFFD"...)
		case c == '&':
			r, n := reference(v[i:])
			if n == 0 {
				b = append(b, c)
				continue
			}
			b = append(b, r...)
			i += n - 1
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// reference reads a character reference at the start of v and returns
// what it stands for and its length; 0 when v starts with none.
func reference(v []byte) ([]byte, int) {
	end := bytes.IndexByte(v, ';')
	if end < 2 || end > 40 {
		return nil, 0
	}
	name := v[1:end]
	if name[0] == '#' {
		var n uint64
		var err error
		switch {
		case len(name) > 1 && (name[1] == 'x' || name[1] == 'X'):
			if len(name) < 3 || len(name) > 8 {
				return nil, 0
			}
			n, err = strconv.ParseUint(string(name[2:]), 16, 32)
		default:
			if len(name) < 2 || len(name) > 8 {
				return nil, 0
			}
			n, err = strconv.ParseUint(string(name[1:]), 10, 32)
		}
		if err != nil {
			return nil, 0
		}
		r := rune(n)
		if r == 0 || !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		return utf8.AppendRune(nil, r), end + 1
	}
	e, ok := util.LookUpHTML5EntityByName(string(name))
	if !ok {
		return nil, 0
	}
	return e.Characters, end + 1
}

// IsComment reports whether raw HTML is an HTML comment (or several, with
// space between), which no output shows.
func IsComment(raw []byte) bool {
	s := bytes.TrimSpace(raw)
	if len(s) == 0 {
		return false
	}
	for len(s) > 0 {
		if !bytes.HasPrefix(s, []byte("<!--")) {
			return false
		}
		end := bytes.Index(s[4:], []byte("-->"))
		if end < 0 {
			return false
		}
		s = bytes.TrimSpace(s[4+end+3:])
	}
	return true
}

// HTMLBlockText is the source of an HTML block, as written.
func HTMLBlockText(b *ast.HTMLBlock, src []byte) []byte {
	var out bytes.Buffer
	lines := b.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		out.Write(s.Value(src))
	}
	if b.HasClosure() {
		out.Write(b.ClosureLine.Value(src))
	}
	return bytes.TrimRight(out.Bytes(), "\n")
}

// PlainText returns the text of a tree with inline markup removed and
// blocks separated by newlines, for search, open data and the diff. It
// reads text as every output does (Text) and leaves comments out.
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
			out = append(out, Text(t, src)...)
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
		case *ast.RawHTML:
			if v := t.Segments.Value(src); !IsComment(v) {
				out = append(out, v...)
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			if v := HTMLBlockText(t, src); !IsComment(v) {
				out = append(out, v...)
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			out = append(out, t.Label(src)...)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for len(out) > 0 && out[len(out)-1] == '\n' {
		out = out[:len(out)-1]
	}
	return string(out)
}
