package fonts

import "testing"

// The symbols Korean plans use print: each is in some built-in face.
func TestBuiltinFacesCoverPlanSymbols(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "□○ㅇ-·※❖◈▣▶▷▸▹►➠➡⇨→✔✓㎡㎞㎥【】〔〕「」『』➊➋❶①⑴ⅠⅦ㈜市上下月限∼～․‧’‘◎☞" {
		if !s.Covers(r) {
			t.Errorf("%q (U+%04X) is in no built-in face", r, r)
		}
	}
}

func TestUncoveredAtLineAndColumn(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("title: 가 ✔ 문화\n  - 태국 ก 글자 ก\n\u200b끝\n")
	got := s.Uncovered("2025/x/plan.yaml", data)
	if len(got) != 1 {
		t.Fatalf("findings %v, want one (the Thai letter, once)", got)
	}
	if p := got[0].Pos; p.File != "2025/x/plan.yaml" || p.Line != 2 || p.Col != 8 {
		t.Errorf("at %v, want 2025/x/plan.yaml:2:8", p)
	}
}
