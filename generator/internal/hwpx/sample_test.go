package hwpx

import (
	"archive/zip"
	"bytes"
	"image"
	"image/color"
	"image/png"
	"io"
	"testing"
	"time"
)

// samplePNG is a small deterministic image standing in for a chart.
func samplePNG(t testing.TB) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for y := range 20 {
		for x := range 40 {
			c := color.RGBA{0x1f, 0x4e, 0x79, 0xff}
			if x > y*2 {
				c = color.RGBA{0xdd, 0xe6, 0xf0, 0xff}
			}
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sampleComparison is a small 신구대조표 in the shape the diff renderer will
// give: one changed sentence, one added paragraph.
func sampleComparison() *Table {
	return ComparisonTable("현행", "변경안", []ComparisonRow{
		{
			Current:  [][]Change{{{Text: "□ 청년 일자리 "}, {Text: "300개", Kind: Deleted}, {Text: " 창출"}}},
			Proposed: [][]Change{{{Text: "□ 청년 일자리 "}, {Text: "350개", Kind: Added}, {Text: " 창출"}}},
		},
		{
			Current:  [][]Change{{{Text: "<신 설>"}}},
			Proposed: [][]Change{{{Text: "※ 예산: 16,366천원 (단위: 천원)", Kind: Added}}},
		},
	})
}

// sampleDocument exercises every block, style and table feature.
func sampleDocument(t testing.TB) Document {
	chart := samplePNG(t)
	return Document{
		Props: Properties{
			Title:      "2024년 주요업무 계획",
			Subject:    "주요업무 계획",
			Author:     "기획예산과",
			Department: "부산광역시 예시구",
			Date:       time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC),
		},
		Page:        A4(15, 15, 20, 20),
		PageNumbers: true,
		Blocks: []Block{
			Text(Title, "2024년 주요업무 계획"),
			&Paragraph{Style: Body, Align: AlignRight, Runs: []Run{{Text: "기획예산과"}}},
			PageBreak{},
			Text(Outline1, "□ 추진 배경"),
			&Paragraph{Style: Outline2, Runs: []Run{
				{Text: "○ 지역 경제 활성화를 위한 "},
				{Text: "청년 일자리", Bold: true},
				{Text: " 확대 & <지원>"},
			}},
			Text(Outline3, "- 세부 과제: 창업 지원\n(2024. 2.)"),
			Text(Outline4, "· 대상\t청년 창업자"),
			Text(Note, "※ 자료: 2023년 고용동향"),
			&Table{
				Columns:    []Length{MM(30), MM(50), MM(45), MM(45)},
				HeaderRows: 2,
				Rows: [][]Cell{
					{
						{Paragraphs: []*Paragraph{Text(TableText, "구분")}, RowSpan: 2, Fill: "#DDE6F0"},
						{Paragraphs: []*Paragraph{Text(TableText, "사업명")}, RowSpan: 2, Fill: "#DDE6F0"},
						{Paragraphs: []*Paragraph{Text(TableText, "예산")}, ColSpan: 2, Fill: "#DDE6F0"},
					},
					{
						{Paragraphs: []*Paragraph{Text(TableText, "2023년")}, Fill: "#DDE6F0"},
						{Paragraphs: []*Paragraph{Text(TableText, "2024년")}, Fill: "#DDE6F0"},
					},
					{TextCell("일자리"), TextCell("청년 창업 지원"), TextCell("12,000"), TextCell("16,366")},
					{TextCell("복지"), {Paragraphs: []*Paragraph{
						Text(TableText, "경로당 운영"),
						{Style: TableText, Align: AlignLeft, Runs: []Run{{Text: "(신규)", Size: Pt(9), Color: "#C00000"}}},
					}}, TextCell("-"), {}},
					{{Paragraphs: []*Paragraph{Text(TableText, "합계")}, ColSpan: 2,
						Borders: Borders{Top: Line{Style: LineDouble, Width: 0.5}}}, TextCell("12,000"), TextCell("16,366")},
				},
			},
			&Picture{PNG: chart, Width: MM(120), Alt: "연도별 예산 추이"},
			&Picture{PNG: chart, Width: MM(60), Height: MM(20), Alt: "같은 그림, 다른 크기"},
			sampleComparison(),
			Text(Body, ""),
		},
	}
}

type entry struct {
	name   string
	method uint16
	mod    time.Time
	data   []byte
}

func unzip(t testing.TB, b []byte) []entry {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out = append(out, entry{f.Name, f.Method, f.Modified, data})
	}
	return out
}

func writeSample(t testing.TB) []entry {
	t.Helper()
	b, err := Write(sampleDocument(t))
	if err != nil {
		t.Fatal(err)
	}
	return unzip(t, b)
}

func partData(t testing.TB, entries []entry, name string) []byte {
	t.Helper()
	for _, e := range entries {
		if e.name == name {
			return e.data
		}
	}
	t.Fatalf("no part %s", name)
	return nil
}
