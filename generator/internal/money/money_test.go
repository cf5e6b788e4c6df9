package money

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestParseAndFormat(t *testing.T) {
	cases := []struct {
		in   string
		unit Unit
		won  int64
		out  string
	}{
		{"16,366", Thousand, 16_366_000, "16,366천원"},
		{"16366", Thousand, 16_366_000, "16,366천원"},
		{"418", Million, 418_000_000, "418백만원"},
		{"4.5", HundredMillion, 450_000_000, "4.5억원"},
		{"0", Thousand, 0, "0천원"},
		{"1,234,567", Won, 1_234_567, "1,234,567원"},
	}
	for _, c := range cases {
		a, err := Parse(c.in, c.unit)
		if err != nil || int64(a) != c.won || a.Format(c.unit) != c.out {
			t.Errorf("Parse(%q, %s) = %d (%s), %v; want %d (%s)", c.in, c.unit, a, a.Format(c.unit), err, c.won, c.out)
		}
	}
}

func TestConvert(t *testing.T) {
	a, _ := Parse("418", Million)
	if got := a.Format(Thousand); got != "418,000천원" {
		t.Errorf("418백만원 in 천원 = %s", got)
	}
	if got := a.Format(HundredMillion); got != "4.18억원" {
		t.Errorf("418백만원 in 억원 = %s", got)
	}
	b, _ := Parse("275,040", Thousand)
	if got := b.Format(Million); got != "275.04백만원" {
		t.Errorf("275,040천원 in 백만원 = %s", got)
	}
}

func TestParseErrors(t *testing.T) {
	for in, want := range map[string]string{
		"-5":                   "negative",
		"△5":                   "negative",
		"NaN":                  "expected an amount",
		"Inf":                  "expected an amount",
		"1e9":                  "not written in decimal digits",
		"0.0001":               "finer than one won",
		"99999999999999999999": "too large",
		"":                     "empty",
		"십만":                   "expected an amount",
	} {
		if _, err := Parse(in, Thousand); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) error = %v, want %q", in, err, want)
		}
	}
}

func TestDeltaAndRates(t *testing.T) {
	if got := Amount(-320_000_000).Delta(Million); got != "△320" {
		t.Errorf("Delta = %s", got)
	}
	if got := Amount(0).Delta(Million); got != "-" {
		t.Errorf("zero Delta = %s", got)
	}
	if got := RateBP(634, 16366); got != 387 {
		t.Errorf("RateBP = %d, want 387", got)
	}
	if got := RateBP(1, 0); got != 0 {
		t.Errorf("RateBP over zero = %d", got)
	}
	big := Amount(math.MaxInt64 / 1024)
	if got := RateBP(big, big); got != 10000 {
		t.Errorf("RateBP of huge amounts = %d", got)
	}
	if got := Amount(50_000_000).Share(3000); got != 15_000_000 {
		t.Errorf("Share = %d", got)
	}
}

// TestParseStrict: only plain decimal with correct grouping is an amount;
// other notations are refused with the value written correctly as a hint.
func TestParseStrict(t *testing.T) {
	for in, hint := range map[string]string{
		"0x3FD7":    "write 16,343",
		"0o15":      "write 13",
		"1_0":       "write 10",
		"0x1p-2":    "write 0.25",
		"1,6,3,6,6": "write 16,366",
		"+5":        "write 5",
		"16366,000": "write 16,366,000",
		"007":       "write 7",
		"1e3":       "write 1,000",
		"1e99999":   "write digits only, with commas every three digits, e.g. 16,366",
		"1,0000":    "write 10,000",
		" 1 000":    "write digits only, with commas every three digits, e.g. 16,366",
	} {
		_, err := Parse(in, Thousand)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Parse(%q) error = %v, want a syntax error", in, err)
			continue
		}
		if se.Hint() != hint {
			t.Errorf("Parse(%q) hint = %q, want %q", in, se.Hint(), hint)
		}
	}
	for _, in := range []string{"0", "0.5", "1,000", "999", "1,234,567.25", "16366"} {
		if _, err := Parse(in, HundredMillion); err != nil {
			t.Errorf("Parse(%q) = %v", in, err)
		}
	}
}

func TestBounds(t *testing.T) {
	if _, err := Parse("10,000,000", HundredMillion); err != nil {
		t.Errorf("the limit itself (10,000,000억원) must parse: %v", err)
	}
	if _, err := Parse("10,000,000.000000001", HundredMillion); err == nil || !strings.Contains(err.Error(), "finer than one won") {
		t.Errorf("err = %v", err)
	}
	if _, err := Parse("10,000,001", HundredMillion); err == nil || !strings.Contains(err.Error(), "too large; the limit is 1,000,000,000,000,000원") {
		t.Errorf("over the limit: err = %v", err)
	}
	if s, ok := Add(MaxAmount, 0); !ok || s != MaxAmount {
		t.Errorf("Add at the limit = %d, %v", s, ok)
	}
	if _, ok := Add(MaxAmount, 1); ok {
		t.Error("Add past the limit must fail")
	}
	if _, ok := Add(math.MaxInt64, math.MaxInt64); ok {
		t.Error("Add that wraps int64 must fail")
	}
	if _, ok := Add(math.MinInt64, -1); ok {
		t.Error("Add that wraps below int64 must fail")
	}
	if bp, ok := RateBPChecked(MaxAmount, 1); ok || bp != MaxRateBP {
		t.Errorf("rate from a 1-won base = %d, %v; want clamped and not ok", bp, ok)
	}
	if bp, ok := RateBPChecked(-MaxAmount, 1); ok || bp != -MaxRateBP {
		t.Errorf("negative rate from a 1-won base = %d, %v", bp, ok)
	}
	for _, c := range []struct {
		part, whole Amount
		want        int64
	}{{1, 3, 3333}, {2, 3, 6667}, {-1, 8, -1250}, {1, 20000, 1}, {-1, 20000, -1}, {1, -3, -3333}, {5, 100000, 1}} {
		if got, ok := RateBPChecked(c.part, c.whole); !ok || got != c.want {
			t.Errorf("RateBP(%d, %d) = %d, want %d", c.part, c.whole, got, c.want)
		}
	}
}

// TestNumberExact: a part of a unit is written with all its decimals.
func TestNumberExact(t *testing.T) {
	for _, c := range []struct {
		a    Amount
		u    Unit
		want string
	}{{10_000, HundredMillion, "0.0001"}, {1_234_567, Million, "1.234567"}, {-1_500_000, Million, "-1.5"}, {450_000_000, HundredMillion, "4.5"}, {1, HundredMillion, "0.00000001"}} {
		if got := c.a.Number(c.u); got != c.want {
			t.Errorf("Amount(%d).Number(%s) = %q, want %q", c.a, c.u, got, c.want)
		}
	}
}
