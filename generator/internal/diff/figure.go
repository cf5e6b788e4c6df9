package diff

import (
	"strconv"
	"strings"

	"workplan/generator/internal/document"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
)

// figure is a change of a number between two texts that say the same
// around it: "16,366천원(구비)" → "17,000천원(구비)".
type figure struct {
	old, new string // the figures as printed: "16,366천원"
	delta    string // "+634천원, +3.9%"
}

// figureChange finds a change of the leading figure of two texts: a whole
// number as the document prints it (commas, △ or - for a decrease) with
// the same unit of counts or money (document.IsFigure) and the same words
// after it. Fractions and other changes are text changes.
func figureChange(old, new string) (figure, bool) {
	on, ounit, orest, ok1 := leadingFigure(old)
	nn, nunit, nrest, ok2 := leadingFigure(new)
	if !ok1 || !ok2 || ounit != nunit || orest != nrest || on == nn {
		return figure{}, false
	}
	d := nn - on
	delta := numfmt.Int(d) + nunit
	if d >= 0 {
		delta = "+" + delta
	}
	if on > 0 {
		// A rate of a negative figure (a decrease, △) would mislead.
		delta += ", " + percent(money.RateBP(money.Amount(d), money.Amount(on)))
	}
	return figure{
		old:   strings.TrimSuffix(old, orest),
		new:   strings.TrimSuffix(new, nrest),
		delta: delta,
	}, true
}

// leadingFigure splits "16,366천원(구비)" into 16366, "천원" and "(구비)".
func leadingFigure(s string) (n int64, unit, rest string, ok bool) {
	neg := false
	body := s
	for _, sign := range []string{"△", "-"} {
		if strings.HasPrefix(body, sign) {
			neg, body = true, strings.TrimPrefix(body, sign)
			break
		}
	}
	i := 0
	for i < len(body) && (body[i] >= '0' && body[i] <= '9' || body[i] == ',') {
		i++
	}
	// The unit runs to the first space or parenthesis.
	j := i
	for j < len(body) && body[j] != ' ' && body[j] != '(' {
		j++
	}
	num, unit, rest := body[:i], body[i:j], body[j:]
	if num == "" || !document.IsFigure(num+unit) || strings.HasPrefix(unit, ".") {
		return 0, "", "", false
	}
	digits, err := numfmt.Decimal(num)
	if err != nil {
		return 0, "", "", false
	}
	v, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || v > 1<<50 {
		return 0, "", "", false
	}
	if neg {
		v = -v
	}
	return v, unit, rest, true
}

// percent writes a rate of change with one decimal: "+3.9%", "-12.5%".
func percent(bp int64) string {
	s := strings.TrimPrefix(numfmt.DeltaRate(bp), "△")
	if bp < 0 {
		return "-" + s
	}
	return "+" + s
}
