package linebreak

import (
	"math"
	"testing"
	"unicode/utf8"
)

// FuzzBreak checks, for any text and widths, that Break terminates, covers
// every non-space rune exactly once in order, and keeps lines inside the
// width unless a single rune is wider than the line.
func FuzzBreak(f *testing.F) {
	f.Add("민선8기 공약사업의 체계적 관리로 공약이행률을 제고하고(구비) 「서울특별시」", 120.0, 100.0)
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbb", 3.0, 0.5)
	f.Add("※ 위촉완료 98명: 1차 위촉 32명('22.10.26.),3차", 40.0, 40.0)
	f.Add("\n\n( ) 」 , . 「 (", 1.0, 1.0)
	f.Fuzz(func(t *testing.T, s string, first, rest float64) {
		if !utf8.ValidString(s) || len(s) > 1000 {
			return
		}
		for _, w := range []*float64{&first, &rest} {
			if math.IsNaN(*w) || math.IsInf(*w, 0) || *w < 0 || *w > 1e6 {
				*w = 50
			}
		}
		text := []rune(s)
		adv := make([]float64, len(text))
		for i, r := range text {
			adv[i] = float64(1 + int(r)%7)
		}
		lines := Break(text, adv, first, rest)
		next := 0
		for i, l := range lines {
			if l.Start < next || l.End < l.Start || l.End > len(text) {
				t.Fatalf("line %d [%d,%d) out of order after %d", i, l.Start, l.End, next)
			}
			for j := next; j < l.Start; j++ {
				if !isSpace(text[j]) && text[j] != '\n' {
					t.Fatalf("rune %d (%q) skipped", j, text[j])
				}
			}
			next = l.End
		}
		for j := next; j < len(text); j++ {
			if !isSpace(text[j]) && text[j] != '\n' {
				t.Fatalf("rune %d (%q) lost at the end", j, text[j])
			}
		}
	})
}
