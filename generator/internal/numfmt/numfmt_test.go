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
