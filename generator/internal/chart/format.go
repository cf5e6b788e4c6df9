package chart

import (
	"math"
	"strconv"
	"strings"

	"workplan/generator/internal/numfmt"
)

// Number writes a chart value as tables do: "19,600", "0.5". Every output
// labels values with it, and the data tables use it.
func Number(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return numfmt.Int(int64(v))
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	n, _ := strconv.ParseInt(whole, 10, 64)
	out := numfmt.Int(n) + "." + frac
	if v < 0 && n == 0 {
		out = "-" + out
	}
	return out
}

// Share is a part of a whole as a percentage with one decimal: "16.2%";
// "-" when the whole is 0.
func Share(part, whole float64) string {
	if whole == 0 {
		return "-"
	}
	return strconv.FormatFloat(math.Round(part/whole*1000)/10, 'f', 1, 64) + "%"
}
