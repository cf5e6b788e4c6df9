package model

import (
	"strings"

	"workplan/generator/internal/numfmt"
)

// Wording shared by every renderer, so the site, the PDF and the diff write
// the same figures the same way.

// Summary is □ 소요예산 as official documents write it, sources in the form
// they were given: "19,600천원(구비)", "50,000천원(시비 20,000, 구비 30,000)",
// "2,500백만원(국비 30%, 시비 20%, 구비 50%)".
func (b *Budget) Summary() string {
	s := b.Total.Format(b.Unit)
	if src := b.SourcesText(); src != "" {
		s += "(" + src + ")"
	}
	return s
}

// SourcesText lists the funding sources without parentheses: "구비",
// "시비 20,000, 구비 30,000", "국비 30%, 시비 20%, 구비 50%".
func (b *Budget) SourcesText() string {
	var parts []string
	for _, src := range b.Sources {
		switch src.Form {
		case SourceAmount:
			parts = append(parts, src.Name+" "+src.Amount.Number(b.Unit))
		case SourceRatio:
			parts = append(parts, src.Name+" "+numfmt.Rate(src.RateBP)+"%")
		default:
			parts = append(parts, src.Name)
		}
	}
	return strings.Join(parts, ", ")
}

// RateText is an account's 증감률 as tables write it: "3.9%", "△12.5%",
// or "-" when either year has no figure or nothing changed.
func (a *Account) RateText() string {
	if a.RatePrinted != "" {
		return a.RatePrinted
	}
	return numfmt.ChangeRate(a.ChangeBP, a.HasRate && !a.None && !a.PrevNone)
}

// RateText is the budget's overall 증감률.
func (b *AccountBudget) RateText() string {
	if b.RatePrinted != "" {
		return b.RatePrinted
	}
	return numfmt.ChangeRate(b.ChangeBP, b.HasRate)
}

// Line is a tally as plans write it: "위촉완료 98명(120명 이내): 1차 위촉
// 32명('22.10.26.), 2차 위촉 46명('22.12.28.)". withCap states the cap;
// a tally inside a box leaves it to the box's lines.
func (t *Tally) Line(withCap bool) string {
	var s strings.Builder
	if t.Label != "" {
		s.WriteString(t.Label + " ")
	}
	s.WriteString(numfmt.Int(int64(t.Total)) + t.Unit)
	if withCap && t.Cap > 0 {
		s.WriteString("(" + numfmt.Int(int64(t.Cap)) + t.Unit + " 이내)")
	}
	var parts []string
	for _, p := range t.Parts {
		part := numfmt.Int(int64(p.Count)) + t.Unit
		if p.Label != "" {
			part = p.Label + " " + part
		}
		if p.When != nil && p.When.Text != "" {
			part += "(" + p.When.Text + ")"
		}
		parts = append(parts, part)
	}
	if len(parts) > 0 {
		s.WriteString(": " + strings.Join(parts, ", "))
	}
	return s.String()
}
