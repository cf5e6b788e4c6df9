package money

import (
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
		"1e9":                  "expected an amount",
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
