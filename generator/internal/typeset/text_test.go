package typeset

import (
	"math"
	"strings"
	"testing"

	"workplan/generator/internal/fonts"
)

func testDoc(t *testing.T) *Doc {
	t.Helper()
	f, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := NewDoc(f, Portrait)
	d.SetSource("2024/x/plan.yaml")
	return d
}

func TestShapeFallback(t *testing.T) {
	b := testDoc(t)
	sh := b.shape(Plain("가∼◎✔ก\u200b\ufe0f", Style{Size: 13, Color: Ink}))
	want := []fonts.Role{fonts.Regular, fonts.Fallback, fonts.Fallback, fonts.Symbols}
	if len(sh.runes) != 5 {
		t.Fatalf("runes %q: invisible characters should be dropped", string(sh.runes))
	}
	for i, role := range want {
		if sh.face[i] != b.Fonts.Face(role) {
			t.Errorf("%q: wrong face", sh.runes[i])
		}
	}
	if sh.face[4] != nil || sh.adv[4] <= 0 {
		t.Errorf("a Thai letter must be missing but keep a width")
	}
	if len(b.Warnings) != 1 || b.Warnings[0].Pos.File != "2024/x/plan.yaml" {
		t.Errorf("warnings %v", b.Warnings)
	}
	b.shape(Plain("또 ก", Style{Size: 13, Color: Ink}))
	if len(b.Warnings) != 1 {
		t.Error("the same character in the same file is reported once")
	}
	if !b.usesFallback || !b.usesSymbols {
		t.Error("fallback or symbols use not recorded")
	}
}

func TestJustifiedLinesFillTheWidth(t *testing.T) {
	b := testDoc(t)
	text := strings.Repeat("구민 접점 행정업무를 수행하는 각 동의 현장민원 청취를 통하여 지역 문제 파악 및 해결방안 모색 ", 3)
	const w = 300.0
	lines := b.SetLines(Plain(text, Style{Size: 13, Color: Ink}), w, 0, Justify)
	if len(lines) < 4 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines[:len(lines)-1] {
		last := l.Text.Runs[len(l.Text.Runs)-1]
		if end := last.X + last.W; math.Abs(end-w) > 0.01 && len(l.Text.Runs) > 1 {
			t.Errorf("line %d ends at %.2f of %.0f", i+1, end, w)
		}
	}
	tail := lines[len(lines)-1]
	if r := tail.Text.Runs[len(tail.Text.Runs)-1]; r.X+r.W > w-1 && len(tail.Text.Runs) > 1 {
		t.Error("the last line is justified")
	}
}

func TestBalancedHeaderCell(t *testing.T) {
	b := testDoc(t)
	ls := b.setBalanced(Plain("진솔한 공감 소통 마포", TableStyle), b.TextWidth("진솔한 공감 소통", TableStyle)+1, Center)
	if len(ls) != 2 {
		t.Fatalf("%d lines", len(ls))
	}
	var got []string
	for _, l := range ls {
		var sb strings.Builder
		for _, r := range l.Text.Runs {
			sb.WriteString(r.Text)
		}
		got = append(got, sb.String())
	}
	if got[0] != "진솔한 공감" || got[1] != "소통 마포" {
		t.Errorf("lines %q", got)
	}
}
