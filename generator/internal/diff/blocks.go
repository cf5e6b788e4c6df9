package diff

import (
	"fmt"
	"strings"

	"workplan/generator/internal/model"
	"workplan/generator/internal/numfmt"
)

// blocks compares blocks of the same type in order: the first table with
// the first table, and so on.
func (c *comparer) blocks(w []string, old, new []model.Block) {
	byType := func(bs []model.Block) map[string][]model.Block {
		m := map[string][]model.Block{}
		for _, b := range bs {
			t := blockName(b)
			m[t] = append(m[t], b)
		}
		return m
	}
	om, nm := byType(old), byType(new)
	for _, t := range blockOrder {
		ob, nb := om[t], nm[t]
		for i := 0; i < max(len(ob), len(nb)); i++ {
			label := t
			if max(len(ob), len(nb)) > 1 {
				label = fmt.Sprintf("%s %d", t, i+1)
			}
			var o, n model.Block
			if i < len(ob) {
				o = ob[i]
			}
			if i < len(nb) {
				n = nb[i]
			}
			c.block(at(w, label), o, n)
		}
	}
}

var blockOrder = []string{"글", "표", "성과지표", "행사일정", "상자", "공약사업", "집계"}

func blockName(b model.Block) string {
	switch b.(type) {
	case *model.Prose:
		return "글"
	case *model.Table:
		return "표"
	case *model.KPITable:
		return "성과지표"
	case *model.Calendar:
		return "행사일정"
	case *model.Box:
		return "상자"
	case *model.PledgeTable:
		return "공약사업"
	case *model.Tally:
		return "집계"
	}
	return ""
}

func (c *comparer) block(w []string, o, n model.Block) {
	if o == nil || n == nil {
		c.lines(w, blockLines(o), blockLines(n))
		return
	}
	switch ov := o.(type) {
	case *model.PledgeTable:
		nv := n.(*model.PledgeTable)
		c.count(at(w, "합계"), ov.Total, nv.Total, "")
		c.namedCounts(w, pledgeCounts(ov), pledgeCounts(nv), "")
	case *model.Tally:
		c.tally(w, ov, n.(*model.Tally))
	case *model.Box:
		nv := n.(*model.Box)
		c.text(at(w, "제목"), ov.Title, nv.Title)
		c.lines(w, boxLines(ov), boxLines(nv))
		if ov.Tally != nil || nv.Tally != nil {
			c.tally(at(w, "집계"), orEmpty(ov.Tally), orEmpty(nv.Tally))
		}
	default:
		c.lines(w, blockLines(o), blockLines(n))
	}
}

func orEmpty(t *model.Tally) *model.Tally {
	if t == nil {
		return &model.Tally{}
	}
	return t
}

func (c *comparer) tally(w []string, o, n *model.Tally) {
	c.count(at(w, o.Label+" 계"), o.Total, n.Total, n.Unit)
	c.count(at(w, "한도"), o.Cap, n.Cap, n.Unit)
	oc, nc := map[string]int{}, map[string]int{}
	var order []string
	for _, p := range o.Parts {
		oc[p.Label] = p.Count
	}
	for _, p := range n.Parts {
		nc[p.Label] = p.Count
		order = append(order, p.Label)
	}
	c.namedCountsOrdered(w, oc, nc, order, o.Parts, n.Unit)
}

func (c *comparer) namedCountsOrdered(w []string, oc, nc map[string]int, order []string, oldParts []model.TallyPart, unit string) {
	for _, name := range order {
		if old, ok := oc[name]; ok {
			c.count(at(w, name), old, nc[name], unit)
		} else {
			c.add(at(w, name), Added, "", numfmt.Int(int64(nc[name]))+unit)
		}
	}
	for _, p := range oldParts {
		if _, ok := nc[p.Label]; !ok {
			c.add(at(w, p.Label), Removed, numfmt.Int(int64(p.Count))+unit, "")
		}
	}
}

type named struct {
	name  string
	count int
}

func pledgeCounts(p *model.PledgeTable) []named {
	var out []named
	for _, t := range p.Tasks {
		out = append(out, named{t.Name, t.Count})
	}
	return out
}

func (c *comparer) namedCounts(w []string, o, n []named, unit string) {
	om := map[string]int{}
	for _, x := range o {
		om[x.name] = x.count
	}
	nm := map[string]bool{}
	for _, x := range n {
		nm[x.name] = true
		if old, ok := om[x.name]; ok {
			c.count(at(w, x.name), old, x.count, unit)
		} else {
			c.add(at(w, x.name), Added, "", numfmt.Int(int64(x.count))+unit)
		}
	}
	for _, x := range o {
		if !nm[x.name] {
			c.add(at(w, x.name), Removed, numfmt.Int(int64(x.count))+unit, "")
		}
	}
}

func boxLines(b *model.Box) []string {
	var out []string
	for _, l := range b.Lines {
		s := "▶ " + l.Label + ": " + l.Text
		if l.Note != "" {
			s += " ※ " + l.Note
		}
		out = append(out, s)
	}
	for _, n := range b.Notes {
		out = append(out, "※ "+n)
	}
	return out
}

// blockLines is a block as lines of text, for blocks compared line by line.
func blockLines(b model.Block) []string {
	switch v := b.(type) {
	case nil:
		return nil
	case *model.Prose:
		return strings.Split(proseText(v), "\n")
	case *model.Table:
		out := []string{strings.Join(v.Header, " | ")}
		for _, r := range v.Rows {
			out = append(out, strings.Join(r, " | "))
		}
		for _, n := range v.Notes {
			out = append(out, "※ "+n)
		}
		return out
	case *model.KPITable:
		var out []string
		for _, r := range v.Rows {
			out = append(out, strings.Join([]string{r.Task, r.Indicator, r.Unit, r.Previous, r.Target, r.Note}, " | "))
		}
		return out
	case *model.Calendar:
		var out []string
		for _, e := range v.Events {
			out = append(out, strings.Join([]string{e.When.Text, e.Name, e.Venue, e.Department, e.Note}, " | "))
		}
		return out
	case *model.Box:
		return append([]string{v.Title}, boxLines(v)...)
	case *model.PledgeTable:
		var out []string
		for _, t := range v.Tasks {
			out = append(out, fmt.Sprintf("%s %d", t.Name, t.Count))
		}
		return out
	case *model.Tally:
		var out []string
		for _, p := range v.Parts {
			out = append(out, fmt.Sprintf("%s %d%s", p.Label, p.Count, v.Unit))
		}
		return out
	}
	return nil
}

// chapterBlocks compares the blocks that stand directly in chapters (prose,
// tables …; items and status are compared on their own).
func (c *comparer) chapterBlocks(op, np *model.Plan) {
	for i := 0; i < max(len(op.Chapters), len(np.Chapters)); i++ {
		var ob, nb []model.Block
		label := ""
		if i < len(op.Chapters) {
			ob = ownBlocks(op.Chapters[i].Blocks)
			label = op.Chapters[i].Numeral + ". " + op.Chapters[i].Title
		}
		if i < len(np.Chapters) {
			nb = ownBlocks(np.Chapters[i].Blocks)
			label = np.Chapters[i].Numeral + ". " + np.Chapters[i].Title
		}
		c.blocks([]string{label}, ob, nb)
		c.groups([]string{label}, groupsOf(ob0(op, i)), groupsOf(ob0(np, i)))
	}
}

func ob0(p *model.Plan, i int) []model.Block {
	if i < len(p.Chapters) {
		return p.Chapters[i].Blocks
	}
	return nil
}

func ownBlocks(bs []model.Block) []model.Block {
	var out []model.Block
	for _, b := range bs {
		if blockName(b) != "" {
			out = append(out, b)
		}
	}
	return out
}

func groupsOf(bs []model.Block) []*model.Group {
	var out []*model.Group
	for _, b := range bs {
		if g, ok := b.(*model.Group); ok {
			out = append(out, g)
		}
	}
	return out
}

func (c *comparer) groups(w []string, o, n []*model.Group) {
	om := map[string]*model.Group{}
	for _, g := range o {
		om[g.ID] = g
	}
	for _, g := range n {
		old := om[g.ID]
		if old == nil {
			c.add(at(w, "전략 "+g.ID), Added, "", g.Title)
			continue
		}
		c.text(at(w, "전략 "+g.ID), old.Title, g.Title)
		c.text(at(w, "전략 "+g.ID, "개요"), proseText(old.Intro), proseText(g.Intro))
		delete(om, g.ID)
	}
	for _, g := range o {
		if om[g.ID] != nil {
			c.add(at(w, "전략 "+g.ID), Removed, g.Title, "")
		}
	}
}
