package diff

import (
	"strconv"
	"strings"

	"workplan/generator/internal/document"
)

// entry is a block as the diff matches it: a named thing (a section, a
// labelled line, a table, a figure, a box, a group) matched by its key
// with its namesake on the other side, or a printed line (an unlabelled
// line, a note, a line of a paragraph) compared in sequence.
type entry struct {
	key   string // "" for a printed line
	label string // how the node is named in a change's location
	node  document.Node
	text  string // a printed line's text
}

// entries lists the blocks of a container as entries, in order. Lists and
// quotes stand for their lines; an unlabelled line's blocks follow it in
// the sequence, as printed. Items are compared on their own (matched by
// number and title across the plan), figures computed for display
// (Derived) are left out, as are a chart's data tables: the lines and
// tables the chart draws from carry its changes.
func entries(bs []document.Block) []entry {
	var out []entry
	count := map[string]int{}
	keyed := func(key, label string, n document.Node) {
		count[key]++
		if k := count[key]; k > 1 {
			key += "#" + strconv.Itoa(k)
		}
		out = append(out, entry{key: key, label: label, node: n})
	}
	printed := func(text string, n document.Node) {
		out = append(out, entry{text: text, node: n})
	}
	var walk func(bs []document.Block)
	walk = func(bs []document.Block) {
		for _, b := range bs {
			switch b := b.(type) {
			case *document.List:
				for _, l := range b.Lines {
					walk([]document.Block{l})
				}
			case *document.Quote:
				walk(b.Blocks)
			case *document.Item, *document.Rule:
			case *document.Group:
				keyed("group:"+b.Number+":"+groupKey(b), b.Label, b)
			case *document.Section:
				keyed("section:"+b.Key+":"+sectionKey(b), b.Label, b)
			case *document.Line:
				switch {
				case b.Derived:
				case b.Label != "":
					keyed("line:"+b.Label, b.Label, b)
				default:
					printed(b.Plain(), b)
					walk(b.Blocks)
				}
			case *document.Note:
				printed(b.Plain(), b)
			case *document.Paragraph:
				// Each line of each paragraph is a line of the sequence:
				// paragraph breaks and hard breaks stay where they were.
				for _, s := range strings.Split(b.Text.String(), "\n") {
					if strings.TrimSpace(s) != "" {
						printed(s, b)
					}
				}
			case *document.Heading:
				printed(b.Text.String(), b)
			case *document.Code:
				for _, s := range strings.Split(b.Text, "\n") {
					printed(s, b)
				}
			case *document.RawHTML:
				printed(b.HTML, b)
			case *document.Table:
				keyed("table:"+b.Role+":"+b.Caption, b.Caption, b)
			case *document.Figure:
				keyed("figure:"+b.Title, b.Title, b)
			case *document.Box:
				keyed("box:"+b.Title, b.Title, b)
			}
		}
	}
	walk(bs)
	return out
}

// groupKey matches groups by number, or by title when they have none.
func groupKey(g *document.Group) string {
	if g.Number != "" {
		return ""
	}
	return g.Title
}

// sectionKey matches sections by what they are (Key), or by their label
// when the document gives no key.
func sectionKey(s *document.Section) string {
	if s.Key != "" {
		return ""
	}
	return s.Label
}

// blocks compares two containers' blocks under where: named things with
// their namesakes, in the new order (removed ones after), and the printed
// lines as one sequence, at the place of the first.
func (c *comparer) blocks(w []string, old, new []document.Block) {
	oe, ne := entries(old), entries(new)
	var oseq, nseq []string
	om := map[string]entry{}
	for _, e := range oe {
		if e.key == "" {
			oseq = append(oseq, e.text)
		} else {
			om[e.key] = e
		}
	}
	for _, e := range ne {
		if e.key == "" {
			nseq = append(nseq, e.text)
		}
	}
	seqDone := false
	seq := func() {
		if !seqDone {
			seqDone = true
			c.lines(w, oseq, nseq)
		}
	}
	seen := map[string]bool{}
	for _, e := range ne {
		if e.key == "" {
			seq()
			continue
		}
		seen[e.key] = true
		c.entry(w, om[e.key].node, e.node)
	}
	seq()
	for _, e := range oe {
		if e.key != "" && !seen[e.key] {
			c.entry(w, e.node, nil)
		}
	}
}

// entry compares one named node with its namesake; either may be nil
// (added, removed). A node whose parts show no change on their own when
// added or removed (a section without value or blocks) is reported whole.
func (c *comparer) entry(w []string, o, n document.Node) {
	before := len(c.r.Changes)
	label := func(n document.Node) string {
		switch n := n.(type) {
		case *document.Group:
			return n.Label
		case *document.Section:
			return n.Label
		case *document.Line:
			return n.Label
		case *document.Table:
			return n.Caption
		case *document.Figure:
			return n.Title
		case *document.Box:
			return n.Title
		}
		return ""
	}
	ref := n
	if ref == nil {
		ref = o
	}
	where := at(w, label(ref))
	// A renamed section or group: same key, another label.
	if o != nil && n != nil && label(o) != label(n) {
		c.value(where, label(o), label(n))
	}
	switch ref.(type) {
	case *document.Group:
		og, _ := o.(*document.Group)
		ng, _ := n.(*document.Group)
		if og == nil || ng == nil {
			c.whole(where, o, n)
			return
		}
		c.blocks(where, og.Intro, ng.Intro)
	case *document.Section:
		os, _ := o.(*document.Section)
		ns, _ := n.(*document.Section)
		c.value(where, sectionValue(os), sectionValue(ns))
		c.blocks(where, sectionBlocks(os), sectionBlocks(ns))
	case *document.Line:
		ol, _ := o.(*document.Line)
		nl, _ := n.(*document.Line)
		c.value(where, lineText(ol), lineText(nl))
		c.blocks(where, lineBlocks(ol), lineBlocks(nl))
	case *document.Table:
		ot, _ := o.(*document.Table)
		nt, _ := n.(*document.Table)
		c.table(where, ot, nt)
	case *document.Figure:
		of, _ := o.(*document.Figure)
		nf, _ := n.(*document.Figure)
		if of == nil || nf == nil {
			c.whole(where, o, n)
		}
		c.blocks(w, figureAlt(of), figureAlt(nf))
	case *document.Box:
		ob, _ := o.(*document.Box)
		nb, _ := n.(*document.Box)
		c.blocks(where, boxBlocks(ob), boxBlocks(nb))
	}
	if len(c.r.Changes) == before && (o == nil) != (n == nil) {
		c.whole(where, o, n)
	}
}

// whole reports a node added or removed as one change, in its words.
func (c *comparer) whole(where []string, o, n document.Node) {
	if n != nil {
		c.add(where, Added, "", wording(n))
	} else {
		c.add(where, Removed, wording(o), "")
	}
}

// wording is how a node added or removed whole is shown.
func wording(n document.Node) string {
	switch n := n.(type) {
	case *document.Group:
		return n.Label
	case *document.Section:
		return n.Plain()
	case *document.Line:
		return n.Plain()
	case *document.Table:
		return n.Name
	case *document.Figure:
		if n.Summary != "" {
			return n.Summary
		}
		return n.Title
	case *document.Box:
		return n.Title
	}
	return ""
}

func sectionValue(s *document.Section) string {
	if s == nil {
		return ""
	}
	return s.Value
}

func sectionBlocks(s *document.Section) []document.Block {
	if s == nil {
		return nil
	}
	return s.Blocks
}

func lineText(l *document.Line) string {
	if l == nil {
		return ""
	}
	return l.Text.String()
}

func lineBlocks(l *document.Line) []document.Block {
	if l == nil {
		return nil
	}
	return l.Blocks
}

func figureAlt(f *document.Figure) []document.Block {
	if f == nil {
		return nil
	}
	return f.Alt
}

func boxBlocks(b *document.Box) []document.Block {
	if b == nil {
		return nil
	}
	return b.Blocks
}
