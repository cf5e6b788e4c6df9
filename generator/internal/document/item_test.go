package document_test

import (
	"strings"
	"testing"
)

// TestSectionsAsNamed: labels set by the item, named sections after any
// place (purpose included), several labelled budgets and laws on one
// line stand in the tree in reading order, as the plan prints them.
func TestSectionsAsNamed(t *testing.T) {
	d := buildItem(t, `id: "➊"
title: 북항 랜드마크
purpose: 목적
labels: { overview: "사업개요(2015~2030)", schedule: 향후계획 }
schedule_chart: false
overview:
  basis: ["「가법」", "「나조례」"]
  target: 시민
schedule:
  - { when: "2024. 3.", what: 착공 }
budgets:
  - label: 총사업비
    kind: project
    unit: 억원
    total: 5,566
    sources: [{ name: 국비, amount: "2,000" }, { name: 민자, amount: "3,566" }]
  - label: "'25년 예산"
    unit: 억원
    total: "0.5"
sections:
  - { label: 현안 및 대책, after: overview, lines: [부지 협의] }
  - { label: 추진상황, after: overview, lines: [실시설계 완료] }
  - { label: 행사개요, after: purpose, value: "2024. 4.", lines: [장소 벡스코] }
blocks:
  - { markdown: "※ 목적 뒤의 주", after: purpose }
`)
	got := outline(d)
	want := []string{
		"북항 랜드마크\" depth=2",
		"paragraph 목적",
		"note ※ 목적 뒤의 주",
		`section □ "행사개요" value="2024. 4."`,
		"ㅇ 장소 벡스코",
		`section □ "사업개요(2015~2030)"`,
		"ㅇ <추진근거> 「가법」 「나조례」",
		`section □ "현안 및 대책"`,
		"ㅇ 부지 협의",
		`section □ "추진상황"`,
		"ㅇ 실시설계 완료",
		`section □ "향후계획"`,
		"ㅇ 2024. 3. : 착공",
		`section □ "총사업비" value="5,566억원(국비 2,000, 민자 3,566)"`,
		`section □ "'25년 예산" value="0.5억원"`,
	}
	at := 0
	for _, w := range want {
		i := strings.Index(got[at:], w)
		if i < 0 {
			t.Fatalf("%q not found after offset %d in:\n%s", w, at, got)
		}
		at += i + len(w)
	}
	for _, absent := range []string{"세부추진계획", "소요예산", "figure", "추진일정"} {
		if strings.Contains(got, absent) {
			t.Errorf("outline holds %q, which the item does not print:\n%s", absent, got)
		}
	}
}
