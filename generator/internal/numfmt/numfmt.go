// Package numfmt writes and reads numbers the way Korean official documents
// write them: thousands separators, △ for negatives in tables, one-decimal
// rates.
package numfmt

import (
	"strconv"
	"strings"
)

// Int writes n with thousands separators: 16366 → "16,366", -5 → "-5".
func Int(n int64) string {
	neg := n < 0
	var u uint64
	if neg {
		u = uint64(-(n + 1)) + 1 // safe for math.MinInt64
	} else {
		u = uint64(n)
	}
	s := strconv.FormatUint(u, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Rate writes a ratio given in hundredths of a percent (basis points) as a
// percentage with at most two decimals and no trailing zeros:
// 9000 → "90", 3333 → "33.33", 390 → "3.9".
func Rate(bp int64) string {
	neg := bp < 0
	if neg {
		bp = -bp
	}
	s := strconv.FormatInt(bp/100, 10)
	if frac := bp % 100; frac != 0 {
		f := strconv.FormatInt(frac+100, 10)[1:]
		s += "." + strings.TrimRight(f, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// DeltaRate writes a rate of change in basis points with one decimal and
// △ for decreases: 390 → "3.9%", -1250 → "△12.5%".
func DeltaRate(bp int64) string {
	neg := bp < 0
	if neg {
		bp = -bp
	}
	tenths := bp/10 + (bp%10+5)/10 // round half up to one decimal, without overflow
	s := strconv.FormatInt(tenths/10, 10) + "." + strconv.FormatInt(tenths%10, 10) + "%"
	if neg {
		return "△" + s
	}
	return s
}

// ChangeRate is a table's 증감률 cell: DeltaRate, or "-" when there is no
// base to compare with (ok false) or no change.
func ChangeRate(bp int64, ok bool) string {
	if !ok || bp == 0 {
		return "-"
	}
	return DeltaRate(bp)
}
