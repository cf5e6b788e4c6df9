package money

import "testing"

// FuzzParse: any text either is refused or gives an amount within the
// bounds that reads back the same from its own formatting.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"16,366", "0x3FD7", "1,6,3,6,6", "4.5", "10,000,000", "1e3", "+5", "0.001"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, unit int) {
		u := Unit(((unit % 4) + 4) % 4)
		a, err := Parse(s, u)
		if err != nil {
			return
		}
		if a < 0 || a > MaxAmount {
			t.Fatalf("Parse(%q, %s) = %d, outside 0…MaxAmount", s, u, a)
		}
		if b, err := Parse(a.Number(u), u); err != nil || b != a {
			t.Fatalf("Parse(%q) = %d; its formatting %q reads back as %d, %v", s, a, a.Number(u), b, err)
		}
	})
}
