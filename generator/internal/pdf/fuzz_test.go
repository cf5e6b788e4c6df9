package pdf

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"workplan/generator/internal/fonts"
	"workplan/generator/internal/markdown"
	"workplan/generator/internal/model"
	"workplan/generator/internal/period"
)

// FuzzMarkdownPDF typesets arbitrary Markdown as a chapter's prose: it must
// never panic or hang, and always produce a PDF.
func FuzzMarkdownPDF(f *testing.F) {
	for _, s := range []string{
		"민선8기 **공약사업**의 체계적 관리\n\n- ㅇ 하나\n  - 둘\n    - 셋\n\n※ 주석",
		"| 구분 | 목표 |\n| --- | ---: |\n| 강좌 | 120회 |",
		"<script>alert(1)</script>\n\n<div>블록</div>",
		"[링크](javascript:x) ![그림](https://x.example/a.png) `code` ~~취소~~",
		"# 제목\n## 소제목\n> 인용\n\n1. 하나\n2. 둘\n\n---\n\n```\ncode\n```",
		"가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라마바사아자차카타파하",
		"✔ ≒ ◎ ➊ \u200b\u00ad\ufeff",
	} {
		f.Add(s)
	}
	faces, err := fonts.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) || len(src) > 2000 {
			return
		}
		b := []byte(src)
		p := &model.Plan{Year: 2024, Title: "시험", Department: model.Department{Name: "시험과", Slug: "t"},
			Date: period.Date{Year: 2024, Month: 2}, Slug: "2024-t", Path: "2024/t/",
			Chapters: []*model.Chapter{{Number: 1, Numeral: "Ⅰ", Title: "본문", Anchor: "chapter-1",
				Blocks: []model.Block{&model.Prose{Source: b, Doc: markdown.Parse(b)}}}}}
		data, _, err := Render(p, &model.Site{District: "시험구", Title: "시험"}, faces, Options{})
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		if !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
	})
}
