package linebreak

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// widths gives Hangul and other wide characters 1, Latin letters, digits,
// punctuation and spaces 0.5.
func widths(t []rune) []float64 {
	adv := make([]float64, len(t))
	for i, r := range t {
		if r < 0x1100 {
			adv[i] = 0.5
		} else {
			adv[i] = 1
		}
	}
	return adv
}

func lines(text string, first, rest float64) []string {
	t := []rune(text)
	var out []string
	for _, l := range Break(t, widths(t), first, rest) {
		out = append(out, string(t[l.Start:l.End]))
	}
	return out
}

func TestBreak(t *testing.T) {
	for _, c := range []struct {
		name        string
		text        string
		first, rest float64
		want        []string
	}{
		{"korean words", "가나다 라마바 사아자", 7, 7, []string{"가나다 라마바", "사아자"}},
		{"exact fit", "가나다 라마바", 6.5, 6.5, []string{"가나다 라마바"}},
		{"hanging indent", "가나 다라 마바 사아", 5, 2, []string{"가나 다라", "마바", "사아"}},
		{"long word by characters", "가나다라마바사아자차", 4, 4, []string{"가나다라", "마바사아", "자차"}},
		{"long word fills the open line", "가 나다라마바사아자차카", 6, 6, []string{"가 나다라마", "바사아자차카"}},
		{"latin", "The quick brown fox jumps", 5, 5, []string{"The quick", "brown fox", "jumps"}},
		{"long latin word", "see https://example.go.kr/plans", 6, 6, []string{"see https://", "example.go.k", "r/plans"}},
		{"no opening bracket at line end", "가나다라(마바)", 5, 5, []string{"가나다라", "(마바)"}},
		{"no closing bracket at line start", "가나다라마),바", 5, 5, []string{"가나다라", "마),바"}},
		{"closing after a space stays", "가나다 라마 ) 바사", 5.5, 5.5, []string{"가나다", "라마 ) 바사"}},
		{"opening before a space stays", "가나 「 라마 바사", 3.5, 4, []string{"가나", "「 라마", "바사"}},
		{"dates stay whole", "ㅇ 2024. 1. ~ 12. : 반기별 공약추진 보고회", 8, 8, []string{"ㅇ", "2024. 1. ~ 12. :", "반기별 공약추진", "보고회"}},
		{"a long date breaks at its spaces", "2024. 10. 26. ~ 2024. 12. 28.", 5, 5, []string{"2024. 10.", "26. ~", "2024. 12.", "28."}},
		{"a note sign stays with its word", "가나다라 ※ 비고", 5.5, 5.5, []string{"가나다라", "※ 비고"}},
		{"newline forces a break", "가나\n다라 마바", 10, 10, []string{"가나", "다라 마바"}},
		{"spaces collapse at edges", "  가나   다라  ", 2, 2, []string{"가나", "다라"}},
		{"too narrow terminates", "가나다", 0.1, 0.1, []string{"가", "나", "다"}},
		{"zero width", "가나 다", 0, 0, []string{"가", "나", "다"}},
		{"empty", "", 5, 5, nil},
		{"only spaces", "   ", 5, 5, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := lines(c.text, c.first, c.rest)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestLastFlag(t *testing.T) {
	text := []rune("가나 다라\n마바 사아")
	ls := Break(text, widths(text), 2, 2)
	var last []bool
	for _, l := range ls {
		last = append(last, l.Last)
	}
	want := []bool{false, true, false, true}
	if len(last) != len(want) {
		t.Fatalf("lines %v", ls)
	}
	for i := range want {
		if last[i] != want[i] {
			t.Errorf("line %d Last=%v", i, last[i])
		}
	}
}

// TestInvariants breaks random text at random widths: every non-space
// character comes out once and in order, no line is wider than allowed
// unless it holds one character, and punctuation rules hold wherever a
// line could have been broken otherwise.
func TestInvariants(t *testing.T) {
	alphabet := []rune("가나다라마바 사아 자차 abc de ()「」,.·~20 24. 1.")
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for range rng.Intn(40) {
			sb.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		text := []rune(sb.String())
		adv := widths(text)
		first := rng.Float64() * 8
		rest := rng.Float64() * 8
		ls := Break(text, adv, first, rest)
		var got, want []rune
		for _, r := range text {
			if !isSpace(r) {
				want = append(want, r)
			}
		}
		for i, l := range ls {
			if l.Start >= l.End {
				t.Fatalf("%q: empty line %d", string(text), i)
			}
			for _, r := range text[l.Start:l.End] {
				if !isSpace(r) {
					got = append(got, r)
				}
			}
			avail := rest
			if i == 0 {
				avail = first
			}
			if l.Width > avail+1e-9 && utf8.RuneCountInString(string(text[l.Start:l.End])) > 1 {
				t.Errorf("%q at %.2f/%.2f: line %q is %.2f wide", string(text), first, rest, string(text[l.Start:l.End]), l.Width)
			}
			if isSpace(text[l.Start]) || isSpace(text[l.End-1]) {
				t.Errorf("%q: line %q has edge spaces", string(text), string(text[l.Start:l.End]))
			}
		}
		if string(got) != string(want) {
			t.Fatalf("%q: characters lost or reordered: %q", string(text), string(got))
		}
	}
}

func TestPunctuationAtWordBreaks(t *testing.T) {
	// At word breaks the rules always hold: a closing bracket after a space
	// or an opening one before a space never sits at a line edge.
	text := []rune("가나다라 ( 마바 ) 사아 「 자차 」 카타 , 파하")
	adv := widths(text)
	for w := 2.5; w < 14; w += 0.5 {
		for _, l := range Break(text, adv, w, w) {
			if noLineStart(text[l.Start]) {
				t.Errorf("width %.1f: line starts with %q", w, text[l.Start])
			}
			if noLineEnd(text[l.End-1]) {
				t.Errorf("width %.1f: line ends with %q", w, text[l.End-1])
			}
		}
	}
}

func BenchmarkBreak(b *testing.B) {
	text := []rune(strings.Repeat("구민 접점 행정업무를 수행하는 각 동의 현장민원 청취를 통하여 지역 문제 파악 및 해결방안 모색 ", 20))
	adv := widths(text)
	for b.Loop() {
		Break(text, adv, 30, 28)
	}
}
