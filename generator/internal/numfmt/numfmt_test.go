package numfmt

import (
	"math"
	"testing"
)

func TestInt(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 5: "5", 999: "999", 1000: "1,000", 16366: "16,366", 202154: "202,154",
		1234567: "1,234,567", -5: "-5", -16366: "-16,366", math.MinInt64: "-9,223,372,036,854,775,808"} {
		if got := Int(n); got != want {
			t.Errorf("Int(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestRates(t *testing.T) {
	for bp, want := range map[int64]string{9000: "90", 3333: "33.33", 390: "3.9", 10000: "100", 5: "0.05"} {
		if got := Rate(bp); got != want {
			t.Errorf("Rate(%d) = %q, want %q", bp, got, want)
		}
	}
	for bp, want := range map[int64]string{387: "3.9%", -1250: "△12.5%", 0: "0.0%", 444: "4.4%", 445: "4.5%"} {
		if got := DeltaRate(bp); got != want {
			t.Errorf("DeltaRate(%d) = %q, want %q", bp, got, want)
		}
	}
}

func TestDecimal(t *testing.T) {
	for in, want := range map[string]string{"0": "0", "16366": "16366", "16,366": "16366", "1,234,567.25": "1234567.25", "0.5": "0.5"} {
		if got, err := Decimal(in); err != nil || got != want {
			t.Errorf("Decimal(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for in, suggest := range map[string]string{"0x3FD7": "16,343", "1,6,3,6,6": "16,366", "+5": "5", "1_0": "10", "0x1p-2": "0.25",
		"1e99999": "", ".5": "0.5", "1.": "1", "십": "", "": "", "1/3": "", "-5": ""} {
		_, err := Decimal(in)
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("Decimal(%q) error = %v, want a syntax error", in, err)
		} else if se.Suggest != suggest {
			t.Errorf("Decimal(%q) suggestion %q, want %q", in, se.Suggest, suggest)
		}
	}
}
