package hwpx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
)

// node is a parsed XML element, namespaces resolved, for the tests to walk.
type node struct {
	name     xml.Name
	attr     []xml.Attr
	children []*node
	text     string // character data directly inside, concatenated
}

// parseXML decodes a part strictly with encoding/xml, a reader independent
// of how the part was written.
func parseXML(data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var root *node
	var stack []*node
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name, attr: tok.Attr}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			} else if root != nil {
				return nil, fmt.Errorf("second root element %s", tok.Name.Local)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(tok)
			} else if strings.TrimSpace(string(tok)) != "" {
				return nil, fmt.Errorf("text outside the root element: %q", tok)
			}
		}
	}
	if root == nil {
		return nil, fmt.Errorf("no root element")
	}
	return root, nil
}

func (n *node) get(local string) (string, bool) {
	for _, a := range n.attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value, true
		}
	}
	return "", false
}

func (n *node) must(local string) string {
	v, ok := n.get(local)
	if !ok {
		panic(fmt.Sprintf("%s has no attribute %s", n.name.Local, local))
	}
	return v
}

// walk visits n and its descendants in document order.
func (n *node) walk(f func(*node)) {
	f(n)
	for _, c := range n.children {
		c.walk(f)
	}
}

// all is every descendant (and n) with the local name.
func (n *node) all(local string) []*node {
	var out []*node
	n.walk(func(c *node) {
		if c.name.Local == local {
			out = append(out, c)
		}
	})
	return out
}

func (n *node) child(local string) *node {
	for _, c := range n.children {
		if c.name.Local == local {
			return c
		}
	}
	return nil
}

// indent renders a compact XML part one element per line for golden files,
// so a change shows as a readable diff. Text stays inline with its element.
func indent(data []byte) ([]byte, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var out bytes.Buffer
	depth := 0
	var pending *xml.StartElement // a start tag not yet closed with > or />
	inline := false               // pending follows text: keep it on the text's line
	flush := func(selfClose bool) {
		if pending == nil {
			return
		}
		if !inline {
			out.WriteString("\n" + strings.Repeat("  ", depth))
		}
		out.WriteString("<" + rawName(pending.Name))
		for _, a := range pending.Attr {
			out.WriteString(" " + rawName(a.Name) + `="`)
			escape(&out, a.Value, true)
			out.WriteString(`"`)
		}
		if selfClose {
			out.WriteString("/>")
		} else {
			out.WriteString(">")
			depth++
		}
		pending = nil
	}
	lastText := false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.ProcInst:
			out.WriteString("<?" + tok.Target + " " + string(tok.Inst) + "?>")
		case xml.StartElement:
			flush(false)
			se := tok.Copy()
			pending, inline = &se, lastText
			lastText = false
		case xml.EndElement:
			if pending != nil {
				flush(true)
				continue
			}
			depth--
			if !lastText {
				out.WriteString("\n" + strings.Repeat("  ", depth))
			}
			out.WriteString("</" + rawName(tok.Name) + ">")
			lastText = false
		case xml.CharData:
			flush(false)
			escape(&out, string(tok), false)
			lastText = true
		}
	}
	out.WriteString("\n")
	return out.Bytes(), nil
}

func rawName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// sectionRE names a section part.
var sectionRE = regexp.MustCompile(`^Contents/section[0-9]+\.xml$`)

// sectionNames lists the package's section parts in package order.
func sectionNames(entries []entry) []string {
	var out []string
	for _, e := range entries {
		if sectionRE.MatchString(e.name) {
			out = append(out, e.name)
		}
	}
	return out
}

// body parses every section and joins their paragraphs under one hs:sec
// node, in order: the document's body.
func body(t testing.TB, entries []entry) *node {
	t.Helper()
	root := &node{name: xml.Name{Space: nsSection, Local: "sec"}}
	for _, name := range sectionNames(entries) {
		n, err := parseXML(partData(t, entries, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		root.children = append(root.children, n.children...)
	}
	if len(root.children) == 0 {
		t.Fatal("no section holds a paragraph")
	}
	return root
}
