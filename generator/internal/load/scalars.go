package load

import (
	"math/big"
	"strings"

	"gopkg.in/yaml.v3"

	"workplan/generator/internal/i18n"
	"workplan/generator/internal/numfmt"
)

// amountText is an amount as written ("16,366" or 16366); it is parsed once
// the unit of its budget is known.
type amountText string

func (a *amountText) UnmarshalYAMLNode(n *yaml.Node) error {
	switch n.Tag {
	case "!!int", "!!float", "!!str":
		*a = amountText(n.Value)
		return nil
	}
	return i18n.Errorf(i18n.AmountWant, n.Value)
}

// ratioText is a share of a total: "90%", 90 or 33.33.
type ratioText struct{ bp int64 }

func (r *ratioText) UnmarshalYAMLNode(n *yaml.Node) error {
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(n.Value), "%"))
	digits, err := numfmt.Decimal(s)
	if err != nil || strings.Contains(digits, ",") {
		return i18n.Errorf(i18n.RatioWant, n.Value)
	}
	v, _ := new(big.Rat).SetString(digits)
	v.Mul(v, big.NewRat(100, 1))
	if !v.IsInt() {
		return i18n.Errorf(i18n.RatioDecimals, n.Value)
	}
	if v.Sign() < 0 || v.Cmp(big.NewRat(10000, 1)) > 0 {
		return i18n.Errorf(i18n.RatioRange, n.Value)
	}
	r.bp = v.Num().Int64()
	return nil
}

// rateText is a 증감률 as printed: "7.5%", "50", "△3.1%", "-3.1". It keeps
// the printed wording (with "%", △ for a decrease) and its value in basis
// points, at most two decimals.
type rateText struct {
	text string
	bp   int64
	// tolBP is half a unit of the last printed digit: a computed rate
	// within it agrees with the printed one ("7.5" covers 7.45–7.55).
	tolBP int64
}

func (r *rateText) UnmarshalYAMLNode(n *yaml.Node) error {
	raw := strings.TrimSpace(n.Value)
	s := strings.TrimSpace(strings.TrimSuffix(raw, "%"))
	neg := false
	switch {
	case strings.HasPrefix(s, "△"), strings.HasPrefix(s, "▽"):
		neg, s = true, strings.TrimSpace(s[len("△"):])
	case strings.HasPrefix(s, "-"):
		neg, s = true, s[1:]
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	}
	digits, err := numfmt.Decimal(s)
	if err != nil || strings.Contains(s, ",") {
		return i18n.Errorf(i18n.RateWant, n.Value)
	}
	v, _ := new(big.Rat).SetString(digits)
	v.Mul(v, big.NewRat(100, 1))
	if !v.IsInt() || v.Cmp(big.NewRat(1_000_000_000_000, 1)) > 0 {
		return i18n.Errorf(i18n.RateDecimals, n.Value)
	}
	r.bp = v.Num().Int64()
	r.tolBP = 50
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		r.tolBP = 50
		for range len(digits) - i - 1 {
			r.tolBP /= 10
		}
	}
	if neg {
		r.bp = -r.bp
		s = "△" + s
	}
	r.text = s + "%"
	return nil
}
