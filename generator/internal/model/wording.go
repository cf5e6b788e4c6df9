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
	return numfmt.ChangeRate(a.ChangeBP, a.HasRate && !a.None && !a.PrevNone)
}

// RateText is the budget's overall 증감률.
func (b *AccountBudget) RateText() string {
	return numfmt.ChangeRate(b.ChangeBP, b.HasRate)
}
