package pdfmeta

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/signintech/gopdf"

	"workplan/generator/internal/fonts"
	"workplan/generator/internal/pdftools"
)

func sample(t *testing.T, pages int) []byte {
	t.Helper()
	return sampleLevel(t, pages, false)
}

// sampleLevel is sample, with the page contents left uncompressed when raw.
func sampleLevel(t *testing.T, pages int, raw bool) []byte {
	t.Helper()
	fs, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	if raw {
		pdf.SetNoCompression()
	}
	if err := fs.AddTo(pdf); err != nil {
		t.Fatal(err)
	}
	for i := range pages {
		pdf.AddPage()
		if err := pdf.SetFont(fs.Face(fonts.Regular).Family, "", 14); err != nil {
			t.Fatal(err)
		}
		pdf.SetXY(72, 100)
		if err := pdf.Text("쪽 " + string(rune('1'+i))); err != nil {
			t.Fatal(err)
		}
	}
	b, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestApply(t *testing.T) {
	src := sample(t, 3)
	opt := Options{
		PageHeight: gopdf.PageSizeA4.H,
		Lang:       "ko-KR",
		Info: Info{Title: "2024년도 주요업무 계획", Author: "새마포담당관", Subject: "제266회 마포구의회 임시회",
			Creator: "workplan", Created: time.Date(2024, 2, 1, 0, 0, 0, 0, time.FixedZone("KST", 9*3600))},
		Outlines: []*Outline{
			{Title: "Ⅰ. 일반현황", Page: 0, Top: 50},
			{Title: "Ⅱ. 2024년도 주요업무 계획", Page: 1, Top: 50, Children: []*Outline{
				{Title: "1. 공약사업 😀", Page: 1, Top: 120},
				{Title: "2. 성과관리", Page: 2, Top: 50, Children: []*Outline{{Title: "가. 세부", Page: 2, Top: 300}}},
			}},
		},
	}
	out, err := Apply(src, opt)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Apply(src, opt)
	if !bytes.Equal(out, again) {
		t.Error("Apply is not deterministic")
	}
	for _, want := range []string{"/Lang (ko-KR)", "/PageMode /UseOutlines", "/CreationDate (D:20240201000000+09'00')", "/ID [<"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("output lacks %s", want)
		}
	}
	p := pdftools.WriteTemp(t, "out.pdf", out)
	pdftools.Run(t, "qpdf", "--check", p)

	var js struct {
		Outlines []struct {
			Title string `json:"title"`
			Dest  []any  `json:"dest"`
			Kids  []struct {
				Title string `json:"title"`
				Kids  []struct {
					Title string `json:"title"`
				} `json:"kids"`
			} `json:"kids"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(pdftools.Run(t, "qpdf", "--json", "--json-key=outlines", p)), &js); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range js.Outlines {
		got = append(got, o.Title)
		for _, k := range o.Kids {
			got = append(got, "  "+k.Title)
			for _, kk := range k.Kids {
				got = append(got, "    "+kk.Title)
			}
		}
	}
	want := []string{"Ⅰ. 일반현황", "Ⅱ. 2024년도 주요업무 계획", "  1. 공약사업 😀", "  2. 성과관리", "    가. 세부"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	info := pdftools.Run(t, "pdfinfo", p)
	for _, w := range []string{"Title:           2024년도 주요업무 계획", "Author:          새마포담당관", "Pages:           3"} {
		if !strings.Contains(info, w) {
			t.Errorf("pdfinfo lacks %q:\n%s", w, info)
		}
	}
}

func TestDate(t *testing.T) {
	if got := Date(time.Unix(1700000000, 0).UTC()); got != "D:20231114221320Z" {
		t.Error(got)
	}
	if got := Date(time.Date(2024, 2, 1, 0, 0, 0, 0, time.FixedZone("", -(3*3600+30*60)))); got != "D:20240201000000-03'30'" {
		t.Error(got)
	}
}

func TestApplyRejectsGarbage(t *testing.T) {
	if _, err := Apply([]byte("%PDF-1.7\nnot really"), Options{}); err == nil {
		t.Error("want an error")
	}
}

func TestPageLabels(t *testing.T) {
	opt := Options{PageHeight: gopdf.PageSizeA4.H, PageLabels: []PageLabel{
		{Page: 0, Prefix: "표지"},
		{Page: 1, Prefix: "순서 ", Style: Decimal},
		{Page: 3, Style: Decimal},
		{Page: 5, Prefix: "부록 ", Style: UpperRoman, Start: 4},
		{Page: 6, Style: LowerLetters, Start: 27},
	}}
	out, err := Apply(sample(t, 7), opt)
	if err != nil {
		t.Fatal(err)
	}
	// Prefixes are text strings: UTF-16BE with a byte order mark.
	want := "/PageLabels << /Nums [0 << /P <FEFFD45CC9C0> >> 1 << /S /D /P <FEFFC21CC11C0020> >> 3 << /S /D >> " +
		"5 << /S /R /P <FEFFBD80B85D0020> /St 4 >> 6 << /S /a /St 27 >>] >>"
	if !bytes.Contains(out, []byte(want)) {
		t.Errorf("catalog lacks\n%s", want)
	}
	p := pdftools.WriteTemp(t, "labels.pdf", out)
	pdftools.Run(t, "qpdf", "--check", p)
	got := strings.Join(pdftools.PageLabels(t, p), "|")
	if got != "표지|순서 1|순서 2|1|2|부록 IV|aa" {
		t.Errorf("labels %s", got)
	}

	for _, bad := range [][]PageLabel{
		{{Page: 1, Style: Decimal}},            // page 0 has no label
		{{Page: 0}, {Page: 2}, {Page: 2}},      // out of order
		{{Page: 0}, {Page: 7, Style: Decimal}}, // past the last page
		{{Page: 0, Style: "x"}},                // no such style
		{{Page: 0, Style: Decimal, Start: -1}}, // negative start
	} {
		if _, err := Apply(sample(t, 7), Options{PageLabels: bad}); err == nil {
			t.Errorf("%v: want an error", bad)
		}
	}
}
