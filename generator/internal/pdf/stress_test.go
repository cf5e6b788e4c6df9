package pdf

import (
	"fmt"
	"strings"
	"testing"

	"workplan/generator/internal/markdown"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/pdftools"
	"workplan/generator/internal/period"
	"workplan/generator/internal/typeset"
)

func prose(src string) *model.Prose {
	return &model.Prose{Source: []byte(src), Doc: markdown.Parse([]byte(src))}
}

func when(t *testing.T, text string) *period.Span {
	t.Helper()
	s, err := period.Parse(text, 2025)
	if err != nil {
		t.Fatal(err)
	}
	return &s
}

// stressPlan is a plan built to break layouts: a table longer than a
// page, a box taller than a page, a schedule too long for one chart, an
// organisation too wide to draw, long words and long titles.
func stressPlan(t *testing.T) *model.Plan {
	t.Helper()
	var rows [][]string
	for i := 1; i <= 90; i++ {
		rows = append(rows, []string{fmt.Sprintf("행 %d", i), "가나다라마바사 아자차카타파하 " + strings.Repeat("길다", i%7), fmt.Sprintf("%d,000", i*37)})
	}
	table := &model.Table{Caption: "긴 표", Unit: "천원", Header: []string{"항목명", "내용", "금액"}, Rows: rows, Numeric: []bool{false, false, true}}
	var lines []model.BoxLine
	for i := 1; i <= 45; i++ {
		lines = append(lines, model.BoxLine{Label: fmt.Sprintf("항목 %d", i), Text: "상자 안의 설명이 길게 이어지는 줄로서 여러 줄에 걸쳐 나뉠 수도 있다", Note: "비고"})
	}
	box := &model.Box{Title: "아주 긴 상자", Lines: lines}
	var sched []*model.ScheduleEntry
	for i := 1; i <= 48; i++ {
		m := i%12 + 1
		sched = append(sched, &model.ScheduleEntry{Period: when(t, fmt.Sprintf("2025. %d.", m)), Lead: true, Text: fmt.Sprintf("세부 일정 %d번 활동", i)})
	}
	var units []*model.OrgUnit
	for i := 1; i <= 12; i++ {
		units = append(units, &model.OrgUnit{Name: fmt.Sprintf("아주긴이름을가진%d번째팀", i), Role: "업무 총괄"})
	}
	item := &model.Item{
		ID: "1", Anchor: "item-1", File: "stress/items/1.yaml",
		Title:   strings.Repeat("제목이 매우 긴 사업 ", 8),
		Tags:    []string{"공약", "신규", "중점", "공모"},
		Purpose: prose("https://example.go.kr/" + strings.Repeat("very-long-path-segment/", 12) + " 에 게시한다."),
		Overview: model.Overview{
			Basis:    []string{"「" + strings.Repeat("아주긴법령이름", 12) + "」"},
			Period:   when(t, "2025. 1. ~ 12."),
			Target:   "구민",
			Contents: []string{"하나", "둘"},
		},
		Schedule: sched,
		Budget: &model.Budget{Unit: money.Thousand, Total: 50_000_000, Sources: []model.FundingSource{
			{Name: "국비", Form: model.SourceAmount, Amount: 20_000_000}, {Name: "구비", Form: model.SourceAmount, Amount: 30_000_000},
		}},
		Effects: []string{"효과"},
		Blocks:  []model.PlacedBlock{{After: model.AfterContents, Block: box}},
	}
	status := &model.Status{Organisation: &model.Organisation{Units: []*model.OrgUnit{{Name: "본부", Units: units}}}}
	p := &model.Plan{
		Year: 2025, Title: "스트레스 시험", Department: model.Department{Name: "시험과", Slug: "stress"},
		Date: period.Date{Year: 2025, Month: 2}, Dir: "stress",
		Chapters: []*model.Chapter{
			{Number: 1, Numeral: "Ⅰ", Title: "일반현황", Anchor: "chapter-1", Blocks: []model.Block{status}},
			{Number: 2, Numeral: "Ⅱ", Title: "표", Anchor: "chapter-2", Blocks: []model.Block{table, prose("- 가\n  - 나\n    - 다\n      - 라\n        - 마\n\n1. 첫째\n2. 둘째\n\n> ※ 인용문\n\n---\n\n# 제목\n")}},
			{Number: 3, Numeral: "Ⅲ", Title: "사업", Anchor: "chapter-3", Blocks: []model.Block{item}},
		},
		Items: []*model.Item{item},
	}
	p.Status = status
	return p
}

func TestStressLayout(t *testing.T) {
	p := stressPlan(t)
	b := lay(t, &model.Site{District: "가상구"}, p)
	res := b.Layout().Result
	for i, pg := range res.Pages {
		for _, it := range pg.Items {
			if it.Y+it.H > typeset.Portrait.CH+0.01 {
				t.Errorf("page %d: an item at %.1f+%.1f runs past the bottom (%.1f)", i+1, it.Y, it.H, typeset.Portrait.CH)
			}
		}
	}
	if b.planFile != "stress/plan.yaml" {
		t.Errorf("plan file %q", b.planFile)
	}

	data, warns, err := Render(p, &model.Site{}, defaultFonts(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Errorf("warnings: %v", warns)
	}
	file := pdftools.WriteTemp(t, "stress.pdf", data)
	pdftools.Run(t, "qpdf", "--check", file)

	// The long table repeats its header on every page it spans.
	pages := 0
	for n := 3; n <= len(res.Pages); n++ {
		text := squeeze(pdfText(t, file, n, n))
		if strings.Contains(text, "행45") || strings.Contains(text, "행88") || strings.Contains(text, "행20") {
			pages++
			if !strings.Contains(text, "항목명내용금액") {
				t.Errorf("page %d continues the table without its header", n)
			}
		}
	}
	if pages < 2 {
		t.Errorf("the long table spans %d pages", pages)
	}
	all := squeeze(pdfText(t, file, 0, 0))
	for _, want := range []string{
		"아주긴이름을가진12번째팀:업무총괄", // the tree is too wide: listed instead
		"<추진일정>",
		"https://example.go.kr/very-long-path-segment/",
		"50,000천원(국비20,000,구비30,000)",
		"ㅇ나", "-다", "·라", "1.첫째", "※인용문",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q", want)
		}
	}
}

// TestEmptyPlan renders a plan with nothing in it.
func TestEmptyPlan(t *testing.T) {
	p := &model.Plan{Year: 2025, Title: "빈 계획"}
	data, _, err := Render(p, nil, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	pdftools.Run(t, "qpdf", "--check", pdftools.WriteTemp(t, "empty.pdf", data))
}
