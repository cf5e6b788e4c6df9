package document

// Walk calls fn for every node of the plan in document order: each
// chapter, then its blocks depth first (a group's intro and items, an
// item's purpose and blocks, a line's blocks, a figure's data table and
// its Alt blocks, a table's notes). fn returning false skips the node's
// children.
func Walk(p *Plan, fn func(Node) bool) {
	for _, f := range p.Overview {
		walkBlock(f, fn)
	}
	for _, c := range p.Chapters {
		if fn(c) {
			walkBlocks(c.Blocks, fn)
		}
	}
}

// WalkBlocks calls fn for every node of bs and under them, as Walk does.
func WalkBlocks(bs []Block, fn func(Node) bool) { walkBlocks(bs, fn) }

func walkBlocks(bs []Block, fn func(Node) bool) {
	for _, b := range bs {
		walkBlock(b, fn)
	}
}

func walkBlock(b Block, fn func(Node) bool) {
	if !fn(b) {
		return
	}
	switch b := b.(type) {
	case *Group:
		walkBlocks(b.Intro, fn)
		for _, it := range b.Items {
			walkBlock(it, fn)
		}
	case *Item:
		walkBlocks(b.Purpose, fn)
		walkBlocks(b.Blocks, fn)
	case *Section:
		walkBlocks(b.Blocks, fn)
	case *List:
		for _, l := range b.Lines {
			walkBlock(l, fn)
		}
	case *Line:
		walkBlocks(b.Blocks, fn)
	case *Box:
		walkBlocks(b.Blocks, fn)
	case *Quote:
		walkBlocks(b.Blocks, fn)
	case *Table:
		for _, n := range b.Notes {
			walkBlock(n, fn)
		}
	case *Figure:
		if b.Data != nil {
			walkBlock(b.Data, fn)
		}
		walkBlocks(b.Alt, fn)
	}
}
