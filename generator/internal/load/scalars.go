package load

import (
	"fmt"
	"math/big"
	"strings"

	"gopkg.in/yaml.v3"

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
	return fmt.Errorf("expected an amount like 16,366, got %q", n.Value)
}

// ratioText is a share of a total: "90%", 90 or 33.33.
type ratioText struct{ bp int64 }

func (r *ratioText) UnmarshalYAMLNode(n *yaml.Node) error {
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(n.Value), "%"))
	digits, err := numfmt.Decimal(s)
	if err != nil || strings.Contains(digits, ",") {
		return fmt.Errorf("expected a percentage like 90%% or 33.33, got %q", n.Value)
	}
	v, _ := new(big.Rat).SetString(digits)
	v.Mul(v, big.NewRat(100, 1))
	if !v.IsInt() {
		return fmt.Errorf("percentage %s has more than two decimals", n.Value)
	}
	if v.Sign() < 0 || v.Cmp(big.NewRat(10000, 1)) > 0 {
		return fmt.Errorf("percentage %s is outside 0%%–100%%", n.Value)
	}
	r.bp = v.Num().Int64()
	return nil
}
