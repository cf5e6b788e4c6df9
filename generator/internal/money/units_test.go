package money

import (
	"strings"
	"testing"
)

// TestLargeAndForeignUnits: 조 leads large 억원 figures as plans write
// them, 조원 and 만달러 are units, decimals of 억 are exact, and dollars
// are their own currency.
func TestLargeAndForeignUnits(t *testing.T) {
	cases := []struct {
		text, unit, want string
	}{
		{"1조 8,416", "억원", "1조 8,416억원"},
		{"18,416", "억원", "1조 8,416억원"},
		{"2조", "억원", "2조원"},
		{"3,672", "억", "3,672억원"},
		{"0.5", "억원", "0.5억원"},
		{"0.021", "억원", "0.021억원"},
		{"1.2", "조원", "1.2조원"},
		{"150", "만달러", "150만달러"},
	}
	for _, c := range cases {
		u, err := ParseUnit(c.unit)
		if err != nil {
			t.Fatalf("unit %q: %v", c.unit, err)
		}
		a, err := Parse(c.text, u)
		if err != nil || a.Format(u) != c.want {
			t.Errorf("Parse(%q, %s) = %s, %v; want %s", c.text, c.unit, a.Format(u), err, c.want)
		}
	}
	if Thousand.Currency() == TenThousandDollar.Currency() {
		t.Errorf("won and dollars share a currency")
	}
	for text, want := range map[string]string{
		"1조 1,0000": "not written in decimal digits",
		"1.5조 3":    "expected whole 조",
		"1조 20,000": "less than 1조",
	} {
		if _, err := Parse(text, HundredMillion); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) error %v, want %q", text, err, want)
		}
	}
	if _, err := Parse("0.123456789", Trillion); err == nil || !strings.Contains(err.Error(), "more than 8 decimals") {
		t.Errorf("0.123456789조원: %v", err)
	}
	if _, err := Parse("1,4620", Thousand); err == nil {
		t.Errorf("1,4620 read as a number")
	} else if se, ok := err.(*SyntaxError); !ok || se.Hint() == "" || !strings.Contains(se.Hint(), "14,620") {
		t.Errorf("1,4620: %v, want a hint suggesting 14,620", err)
	}
}
