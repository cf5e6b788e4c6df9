package hwpx

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// xmlDecl starts every XML part. 한글 writes the root element right after
// it on the same line, and so do we: parts carry no whitespace between
// elements, so no reader can mistake indentation for text.
const xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>`

// xw builds an XML part. Attributes are name/value pairs; values are
// escaped, names are trusted constants.
type xw struct{ b bytes.Buffer }

func newXW() *xw {
	w := &xw{}
	w.b.WriteString(xmlDecl)
	return w
}

func (w *xw) start(name string, attrs ...string) {
	w.b.WriteByte('<')
	w.b.WriteString(name)
	w.attrs(attrs)
	w.b.WriteByte('>')
}

func (w *xw) empty(name string, attrs ...string) {
	w.b.WriteByte('<')
	w.b.WriteString(name)
	w.attrs(attrs)
	w.b.WriteString("/>")
}

func (w *xw) end(name string) {
	w.b.WriteString("</")
	w.b.WriteString(name)
	w.b.WriteByte('>')
}

// elem writes <name attrs>text</name>.
func (w *xw) elem(name, text string, attrs ...string) {
	w.start(name, attrs...)
	escape(&w.b, text, false)
	w.end(name)
}

func (w *xw) text(s string) { escape(&w.b, s, false) }

func (w *xw) raw(s string) { w.b.WriteString(s) }

func (w *xw) bytes() []byte { return w.b.Bytes() }

func (w *xw) attrs(attrs []string) {
	if len(attrs)%2 != 0 {
		panic("hwpx: odd attribute list") // a programming error in this package
	}
	for i := 0; i < len(attrs); i += 2 {
		w.b.WriteByte(' ')
		w.b.WriteString(attrs[i])
		w.b.WriteString(`="`)
		escape(&w.b, attrs[i+1], true)
		w.b.WriteByte('"')
	}
}

// escape writes s as XML character data. Characters XML 1.0 forbids (most
// C0 controls) become U+FFFD, as encoding/xml does; in attributes, tab and
// newlines are written as references so they survive normalisation.
func escape(b *bytes.Buffer, s string, attr bool) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case attr && (r == '\t' || r == '\n' || r == '\r'):
			b.WriteString("&#" + strconv.Itoa(int(r)) + ";")
		case r == '\r':
			b.WriteString("&#13;")
		case !isXMLChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
}

func isXMLChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

func itoa[T ~int | ~int32 | ~int64](v T) string { return strconv.FormatInt(int64(v), 10) }

func bit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
