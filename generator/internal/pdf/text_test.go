package pdf

import (
	"math"
	"strings"
	"testing"

	"workplan/generator/internal/document"
	"workplan/generator/internal/typeset"
)

func testBuilder(t *testing.T) *builder {
	t.Helper()
	return newBuilder(&document.Plan{}, "2024/x/plan.yaml", typeset.NewDoc(defaultFonts(t), typeset.Portrait))
}

func TestMarkerKeepsItsSpace(t *testing.T) {
	b := testBuilder(t)
	r, marker := rungAt(1), "ㅇ"
	hang := b.TextWidth(marker+" ", r.st)
	text := marker + " " + strings.Repeat("공약사업 이행현황 점검을 위한 주민배심원 운영 ", 4)
	justified := 0
	for w := 200.0; w < 320; w += 5 {
		lines := b.SetLines(typeset.Plain(text, r.st), w, hang, typeset.Justify)
		if x := lines[1].Text.Runs[0].X; math.Abs(x-hang) > 0.01 {
			t.Errorf("width %.0f: second line starts at %.2f, want %.2f", w, x, hang)
		}
		first := lines[0].Text.Runs
		if len(first) < 2 {
			continue // not justified: the gaps would be too wide
		}
		justified++
		// The marker keeps its one space: it shares a run with the first word.
		if first[0].Text != marker+" 공약사업" || first[0].X != 0 {
			t.Errorf("width %.0f: first run %q at %.2f", w, first[0].Text, first[0].X)
		}
	}
	if justified == 0 {
		t.Error("no first line was justified")
	}
}
