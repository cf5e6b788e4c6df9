// Package money holds amounts of Korean won and the units plans state them
// in (천원, 백만원, 억원). Amounts are exact integers of won, so sums never
// drift and any unit converts to any other.
package money

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"workplan/generator/internal/numfmt"
)

// Unit is a unit that plans state money in.
type Unit int

const (
	Won Unit = iota
	Thousand
	Million
	HundredMillion
)

var units = []struct {
	name   string
	factor int64
}{
	{"원", 1},
	{"천원", 1_000},
	{"백만원", 1_000_000},
	{"억원", 100_000_000},
}

// Names lists the accepted unit names.
func Names() []string {
	var out []string
	for _, u := range units {
		out = append(out, u.name)
	}
	return out
}

// ParseUnit reads a unit name.
func ParseUnit(s string) (Unit, error) {
	for i, u := range units {
		if strings.TrimSpace(s) == u.name {
			return Unit(i), nil
		}
	}
	return 0, fmt.Errorf("unknown money unit %q; expected one of %s", s, strings.Join(Names(), ", "))
}

func (u Unit) String() string { return units[u].name }

// Factor is the number of won in one u.
func (u Unit) Factor() int64 { return units[u].factor }

// Amount is an exact sum of won.
type Amount int64

// Parse reads a non-negative amount written in unit u, such as "16,366",
// "16366" or "1.5" (억원). It refuses fractions finer than one won and
// amounts too large to add safely.
func Parse(s string, u Unit) (Amount, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if t == "" {
		return 0, fmt.Errorf("expected an amount, got an empty value")
	}
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "△") {
		return 0, fmt.Errorf("amount %s is negative; amounts must be 0 or more", s)
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok || strings.ContainsAny(t, "eE/") || strings.EqualFold(t, "nan") || strings.Contains(strings.ToLower(t), "inf") {
		return 0, fmt.Errorf("expected an amount like 16,366, got %q", s)
	}
	r.Mul(r, new(big.Rat).SetInt64(u.Factor()))
	if !r.IsInt() {
		return 0, fmt.Errorf("amount %s %s is finer than one won", s, u)
	}
	// Keep a wide margin below MaxInt64 so that sums of many amounts cannot overflow.
	if r.Num().Cmp(big.NewInt(math.MaxInt64/1024)) > 0 {
		return 0, fmt.Errorf("amount %s %s is too large", s, u)
	}
	return Amount(r.Num().Int64()), nil
}

// In returns the amount as a number in unit u and whether it is whole.
func (a Amount) In(u Unit) (whole int64, exact bool) {
	return int64(a) / u.Factor(), int64(a)%u.Factor() == 0
}

// Number writes the amount in unit u without the unit: "16,366"; fractions
// show up to three decimals ("1.5").
func (a Amount) Number(u Unit) string {
	w, exact := a.In(u)
	if exact {
		return numfmt.Int(w)
	}
	r := new(big.Rat).SetFrac64(int64(a), u.Factor())
	s := strings.TrimRight(strings.TrimRight(r.FloatString(3), "0"), ".")
	intPart, frac, _ := strings.Cut(s, ".")
	var n big.Int
	n.SetString(intPart, 10)
	return numfmt.Int(n.Int64()) + "." + frac
}

// Format writes the amount with its unit: "16,366천원".
func (a Amount) Format(u Unit) string { return a.Number(u) + u.String() }

// Delta writes a change in unit u the way tables do: "△5", "18", "-".
func (a Amount) Delta(u Unit) string {
	if a < 0 {
		return "△" + (-a).Number(u)
	}
	if a == 0 {
		return "-"
	}
	return a.Number(u)
}

// Sum adds amounts.
func Sum(as ...Amount) Amount {
	var t Amount
	for _, a := range as {
		t += a
	}
	return t
}

// RateBP returns part/whole in basis points (1/100 of a percent), rounded
// half away from zero; 0 when whole is 0.
func RateBP(part, whole Amount) int64 {
	if whole == 0 {
		return 0
	}
	num := new(big.Int).Mul(big.NewInt(int64(part)), big.NewInt(10000))
	r := new(big.Rat).SetFrac(num, big.NewInt(int64(whole)))
	f, _ := r.Float64()
	return int64(math.Round(f))
}

// Share returns bp basis points of a, rounded down to the won.
func (a Amount) Share(bp int64) Amount {
	n := new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(bp))
	return Amount(n.Quo(n, big.NewInt(10000)).Int64())
}
