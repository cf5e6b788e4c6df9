package diff

import (
	"fmt"

	"workplan/generator/internal/model"
	"workplan/generator/internal/numfmt"
)

func (c *comparer) budget(w []string, o, n *model.Budget) {
	switch {
	case o == nil && n == nil:
		return
	case o == nil:
		c.add(w, Added, "", n.Total.Format(n.Unit))
		return
	case n == nil:
		c.add(w, Removed, o.Total.Format(o.Unit), "")
		return
	}
	u := n.Unit
	c.money(w, o.Total, n.Total, u)
	// Funding sources by name.
	os := map[string]model.FundingSource{}
	for _, s := range o.Sources {
		os[s.Name] = s
	}
	seen := map[string]bool{}
	for _, s := range n.Sources {
		seen[s.Name] = true
		old, ok := os[s.Name]
		switch {
		case ok && old.Form == model.SourceWhole && s.Form == model.SourceWhole:
			// One source paying the whole: its amount is the total, already shown.
		case !ok:
			c.add(at(w, "재원", s.Name), Added, "", sourceText(s, n))
		case old.Form == model.SourceRatio || s.Form == model.SourceRatio:
			c.text(at(w, "재원", s.Name), sourceText(old, o), sourceText(s, n))
		default:
			c.money(at(w, "재원", s.Name), old.Amount, s.Amount, u)
		}
	}
	for _, s := range o.Sources {
		if !seen[s.Name] {
			c.add(at(w, "재원", s.Name), Removed, sourceText(s, o), "")
		}
	}
	// Breakdown lines by label.
	ol := map[string]model.BudgetLine{}
	for _, l := range o.Breakdown {
		ol[l.Label] = l
	}
	seen = map[string]bool{}
	for _, l := range n.Breakdown {
		seen[l.Label] = true
		old, ok := ol[l.Label]
		if !ok {
			c.add(at(w, l.Label), Added, "", l.Amount.Format(u))
			continue
		}
		c.money(at(w, l.Label), old.Amount, l.Amount, u)
		c.text(at(w, l.Label, "산출근거"), old.Detail, l.Detail)
	}
	for _, l := range o.Breakdown {
		if !seen[l.Label] {
			c.add(at(w, l.Label), Removed, l.Amount.Format(o.Unit), "")
		}
	}
	oy := map[int]model.YearAmount{}
	for _, y := range o.Years {
		oy[y.Year] = y
	}
	ys := map[int]bool{}
	for _, y := range n.Years {
		ys[y.Year] = true
		label := fmt.Sprintf("%d년", y.Year)
		old, ok := oy[y.Year]
		if !ok {
			c.add(at(w, label), Added, "", y.Amount.Format(u))
			continue
		}
		c.money(at(w, label), old.Amount, y.Amount, u)
	}
	for _, y := range o.Years {
		if !ys[y.Year] {
			c.add(at(w, fmt.Sprintf("%d년", y.Year)), Removed, y.Amount.Format(o.Unit), "")
		}
	}
	c.text(at(w, "비고"), o.Note, n.Note)
}

func sourceText(s model.FundingSource, b *model.Budget) string {
	switch s.Form {
	case model.SourceRatio:
		return numfmt.Rate(s.RateBP) + "%"
	default:
		return s.Amount.Format(b.Unit)
	}
}
