package document

import "testing"

func TestIsFigure(t *testing.T) {
	for s, want := range map[string]bool{
		"16,366": true, "61,743건": true, "12명": true, "△3.9%": true, "△ 320": true, "-5": true, "0.5": true,
		"3.6%p": true, "1,200 ㎡": true, "418백만원": true,
		"": false, "-": false, "2024년": false, "3월": false, "서울 12위": false, "1.": false, "가1": false, "12명 내외": false,
	} {
		if got := IsFigure(s); got != want {
			t.Errorf("IsFigure(%q) = %v", s, got)
		}
	}
}

func TestPlainWordings(t *testing.T) {
	cases := []struct{ got, want string }{
		{(&Line{Marker: "ㅇ", Label: "추진근거", Text: Plain("「법」")}).Plain(), "ㅇ 추진근거: 「법」"},
		{(&Line{Marker: "ㅇ", Label: "사업내용"}).Plain(), "ㅇ 사업내용"},
		{(&Line{Marker: "-", Text: Plain("용역")}).Plain(), "- 용역"},
		{(&Section{Marker: "□", Label: "소요예산", Value: "1,000천원(구비)"}).Plain(), "□ 소요예산: 1,000천원(구비)"},
		{(&Section{Label: "[조 직]"}).Plain(), "[조 직]"},
		{note("n", "※ 기준: 2024. 1.").Plain(), "※ 기준: 2024. 1."},
		{note("n", "기준: 2024. 1.").Plain(), "※ 기준: 2024. 1."},
		{note("n", "* 별도 표시").Plain(), "* 별도 표시"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
