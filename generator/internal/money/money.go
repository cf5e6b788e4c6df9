// Package money holds amounts of Korean won and the units plans state them
// in (천원, 백만원, 억원). Amounts are exact integers of won, so sums never
// drift and any unit converts to any other.
package money

import (
	"errors"
	"math"
	"math/big"
	"strings"

	"workplan/generator/internal/i18n"
	"workplan/generator/internal/numfmt"
)

// Unit is a unit that plans state money in.
type Unit int

const (
	Won Unit = iota
	Thousand
	Million
	HundredMillion
	Trillion // 조원
	// Dollar units: their amounts count dollars, not won, and are never
	// summed with or converted into won.
	Dollar
	TenThousandDollar // 만달러
)

var units = []struct {
	name   string
	factor int64
}{
	{"원", 1},
	{"천원", 1_000},
	{"백만원", 1_000_000},
	{"억원", 100_000_000},
	{"조원", 1_000_000_000_000},
	{"달러", 1},
	{"만달러", 10_000},
}

// Currency is "원" or "달러": amounts of different currencies never add up.
func (u Unit) Currency() string {
	if u >= Dollar {
		return "달러"
	}
	return "원"
}

// Names lists the accepted unit names.
func Names() []string {
	var out []string
	for _, u := range units {
		out = append(out, u.name)
	}
	return out
}

// ParseUnit reads a unit name; "억", "천", "백만" and "조" stand for
// 억원, 천원, 백만원 and 조원, as tables write them.
func ParseUnit(s string) (Unit, error) {
	t := strings.TrimSpace(s)
	for i, u := range units {
		if t == u.name || (u.name != "원" && t+"원" == u.name) {
			return Unit(i), nil
		}
	}
	return 0, i18n.Errorf(i18n.UnknownUnit, s, strings.Join(Names(), ", "))
}

func (u Unit) String() string { return units[u].name }

// Factor is the number of won in one u.
func (u Unit) Factor() int64 { return units[u].factor }

// Amount is an exact sum of won.
type Amount int64

// MaxAmount bounds every amount and every sum of amounts the loader
// accepts: 10^15 won (1,000조원), above any budget a Korean public body
// states (the national budget is under 700조원). Sums of bounded amounts
// are checked against it too, so no figure in the model can wrap, and
// rates of change between two amounts stay well inside int64.
const MaxAmount Amount = 1_000_000_000_000_000

// Parse reads a non-negative amount written in unit u as plain decimal
// digits, with or without correct thousands separators: "16,366", "16366"
// or "1.5" (억원). It refuses other notations (0x3FD7, 1_0, 1e3, +5,
// "1,6,3,6,6"; the error's Hint suggests the right form), fractions finer
// than one won and amounts above MaxAmount.
//
// In won units below 조원 an amount may lead with whole 조, as plans
// write large figures: "1조 8,416" (억원) is 18,416억원.
func Parse(s string, u Unit) (Amount, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, i18n.Errorf(i18n.AmountEmpty)
	}
	if jo, rest, ok := strings.Cut(t, "조"); ok && u < Trillion {
		n, err := Parse(jo, Trillion)
		if err != nil || n%Amount(units[Trillion].factor) != 0 {
			return 0, i18n.Errorf(i18n.AmountJo, s)
		}
		var r Amount
		if strings.TrimSpace(rest) != "" {
			if r, err = Parse(rest, u); err != nil {
				return 0, err
			}
			if r >= Amount(units[Trillion].factor) {
				return 0, i18n.Errorf(i18n.AmountJoRest, s)
			}
		}
		if n+r > MaxAmount {
			return 0, i18n.Errorf(i18n.AmountTooLarge, s, u, MaxAmount.Format(Won))
		}
		return n + r, nil
	}
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "△") {
		return 0, i18n.Errorf(i18n.AmountNegative, s)
	}
	digits, err := numfmt.Decimal(t)
	if err != nil {
		var se *numfmt.SyntaxError
		if errors.As(err, &se) && se.Suggest == "" && !strings.ContainsAny(t, "0123456789") {
			return 0, i18n.Errorf(i18n.AmountWant, s)
		}
		return 0, &SyntaxError{se}
	}
	if _, frac, ok := strings.Cut(digits, "."); ok && len(frac) > 8 && u.Factor() > 100_000_000 {
		return 0, i18n.Errorf(i18n.AmountDecimals, s, u)
	}
	r, _ := new(big.Rat).SetString(digits)
	r.Mul(r, new(big.Rat).SetInt64(u.Factor()))
	if !r.IsInt() {
		return 0, i18n.Errorf(i18n.AmountFine, s, u)
	}
	if r.Num().Cmp(big.NewInt(int64(MaxAmount))) > 0 {
		return 0, i18n.Errorf(i18n.AmountTooLarge, s, u, MaxAmount.Format(Won))
	}
	return Amount(r.Num().Int64()), nil
}

// SyntaxError is an amount in a notation other than plain decimal.
type SyntaxError struct{ *numfmt.SyntaxError }

func (e *SyntaxError) Error() string { return e.Message().In(i18n.English) }

// Message says the error in any language; HintMsg comes with
// numfmt.SyntaxError.
func (e *SyntaxError) Message() i18n.Msg { return i18n.M(i18n.AmountNotDecimal, e.Value) }

// Add returns a+b and whether the sum stays within ±MaxAmount. It is
// exact for any two int64 amounts: a sum that would wrap is reported, not
// returned.
func Add(a, b Amount) (Amount, bool) {
	if (b > 0 && a > math.MaxInt64-b) || (b < 0 && a < math.MinInt64-b) {
		return 0, false
	}
	s := a + b
	return s, s <= MaxAmount && s >= -MaxAmount
}

// In returns the amount as a number in unit u and whether it is whole.
func (a Amount) In(u Unit) (whole int64, exact bool) {
	return int64(a) / u.Factor(), int64(a)%u.Factor() == 0
}

// Number writes the amount in unit u without the unit: "16,366"; a part
// of a unit shows as many decimals as it has ("1.5", "0.0001" 억원), so
// the figure is exact.
func (a Amount) Number(u Unit) string {
	w, exact := a.In(u)
	if exact {
		return numfmt.Int(w)
	}
	neg := a < 0
	r := new(big.Rat).SetFrac64(int64(a), u.Factor())
	if neg {
		r.Neg(r)
	}
	s := numfmt.FormatRat(r) // exact: at most 8 decimals of a power-of-ten factor
	if neg {
		s = "-" + s
	}
	return s
}

// Format writes the amount with its unit: "16,366천원"; in 억원 an
// amount of 1조 or more leads with its 조, as plans write it: "1조
// 8,416억원", "2조원".
func (a Amount) Format(u Unit) string {
	jo := Amount(units[Trillion].factor)
	if u == HundredMillion && a >= jo {
		s := numfmt.Int(int64(a/jo)) + "조"
		if rest := a % jo; rest != 0 {
			return s + " " + rest.Number(u) + u.String()
		}
		return s + "원"
	}
	return a.Number(u) + u.String()
}

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

// RateBP returns part/whole in basis points (1/100 of a percent), rounded
// half away from zero; 0 when whole is 0. A rate beyond ±MaxRateBP (a
// change of more than 10^13 percent, only possible from a tiny base) is
// clamped to it; RateBPChecked says when that happens.
func RateBP(part, whole Amount) int64 {
	bp, _ := RateBPChecked(part, whole)
	return bp
}

// MaxRateBP bounds rates: 10^15 basis points.
const MaxRateBP = 1_000_000_000_000_000

// RateBPChecked is RateBP and whether the rate is within ±MaxRateBP.
func RateBPChecked(part, whole Amount) (int64, bool) {
	if whole == 0 {
		return 0, true
	}
	num := new(big.Int).Mul(big.NewInt(int64(part)), big.NewInt(10000))
	den := big.NewInt(int64(whole))
	if den.Sign() < 0 {
		num.Neg(num)
		den.Neg(den)
	}
	// Round half away from zero: (2·num ± den) / (2·den), truncated.
	num.Mul(num, big.NewInt(2))
	if num.Sign() >= 0 {
		num.Add(num, den)
	} else {
		num.Sub(num, den)
	}
	q := num.Quo(num, den.Mul(den, big.NewInt(2)))
	switch {
	case q.Cmp(big.NewInt(MaxRateBP)) > 0:
		return MaxRateBP, false
	case q.Cmp(big.NewInt(-MaxRateBP)) < 0:
		return -MaxRateBP, false
	}
	return q.Int64(), true
}

// Share returns bp basis points of a, rounded down to the won.
func (a Amount) Share(bp int64) Amount {
	n := new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(bp))
	return Amount(n.Quo(n, big.NewInt(10000)).Int64())
}
