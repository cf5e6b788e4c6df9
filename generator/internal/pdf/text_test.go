package pdf

import (
	"math"
	"strings"
	"testing"

	"workplan/generator/internal/fonts"
	"workplan/generator/internal/model"
)

func testBuilder(t *testing.T) *builder {
	t.Helper()
	return newBuilder(&model.Plan{Dir: "2024/x"}, &model.Site{}, newDoc(defaultFonts(t), portrait))
}

func TestShapeFallback(t *testing.T) {
	b := testBuilder(t)
	sh := b.shape(plain("가∼◎✔\u200b\ufe0f", bodyStyle))
	want := []fonts.Role{fonts.Regular, fonts.Fallback, fonts.Fallback}
	if len(sh.runes) != 4 {
		t.Fatalf("runes %q: invisible characters should be dropped", string(sh.runes))
	}
	for i, role := range want {
		if sh.face[i] != b.fonts.Face(role) {
			t.Errorf("%q: wrong face", sh.runes[i])
		}
	}
	if sh.face[3] != nil || sh.adv[3] <= 0 {
		t.Errorf("✔ must be missing but keep a width")
	}
	if len(b.warnings) != 1 || b.warnings[0].Pos.File != "2024/x/plan.yaml" {
		t.Errorf("warnings %v", b.warnings)
	}
	b.shape(plain("또 ✔", bodyStyle))
	if len(b.warnings) != 1 {
		t.Error("the same character in the same file is reported once")
	}
	if !b.usesFallback {
		t.Error("fallback use not recorded")
	}
}

func TestJustifiedLinesFillTheWidth(t *testing.T) {
	b := testBuilder(t)
	text := strings.Repeat("구민 접점 행정업무를 수행하는 각 동의 현장민원 청취를 통하여 지역 문제 파악 및 해결방안 모색 ", 3)
	const w = 300.0
	lines := b.setLines(plain(text, bodyStyle), w, 0, justify)
	if len(lines) < 4 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines[:len(lines)-1] {
		last := l.prim.runs[len(l.prim.runs)-1]
		if end := last.x + last.w; math.Abs(end-w) > 0.01 && len(l.prim.runs) > 1 {
			t.Errorf("line %d ends at %.2f of %.0f", i+1, end, w)
		}
	}
	tail := lines[len(lines)-1]
	if r := tail.prim.runs[len(tail.prim.runs)-1]; r.x+r.w > w-1 && len(tail.prim.runs) > 1 {
		t.Error("the last line is justified")
	}
}

func TestMarkerKeepsItsSpace(t *testing.T) {
	b := testBuilder(t)
	r := rungAt(1)
	hang := b.textWidth(r.marker+" ", r.st)
	text := r.marker + " " + strings.Repeat("공약사업 이행현황 점검을 위한 주민배심원 운영 ", 4)
	justified := 0
	for w := 200.0; w < 320; w += 5 {
		lines := b.setLines(plain(text, r.st), w, hang, justify)
		if x := lines[1].prim.runs[0].x; math.Abs(x-hang) > 0.01 {
			t.Errorf("width %.0f: second line starts at %.2f, want %.2f", w, x, hang)
		}
		first := lines[0].prim.runs
		if len(first) < 2 {
			continue // not justified: the gaps would be too wide
		}
		justified++
		// The marker keeps its one space: it shares a run with the first word.
		if first[0].text != r.marker+" 공약사업" || first[0].x != 0 {
			t.Errorf("width %.0f: first run %q at %.2f", w, first[0].text, first[0].x)
		}
	}
	if justified == 0 {
		t.Error("no first line was justified")
	}
}

func TestBalancedHeaderCell(t *testing.T) {
	b := testBuilder(t)
	ls := b.setBalanced(plain("진솔한 공감 소통 마포", tableStyle), b.textWidth("진솔한 공감 소통", tableStyle)+1, center)
	if len(ls) != 2 {
		t.Fatalf("%d lines", len(ls))
	}
	var got []string
	for _, l := range ls {
		var sb strings.Builder
		for _, r := range l.prim.runs {
			sb.WriteString(r.text)
		}
		got = append(got, sb.String())
	}
	if got[0] != "진솔한 공감" || got[1] != "소통 마포" {
		t.Errorf("lines %q", got)
	}
}
