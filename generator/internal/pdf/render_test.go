package pdf

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
	"workplan/generator/internal/pdftools"
)

// example is the 2024 새마포담당관 plan, the real document in content/.
func example(t testing.TB) (*model.Site, *model.Plan) {
	t.Helper()
	site := loadSite(t, "content")
	if len(site.Plans) != 1 {
		t.Fatalf("content has %d plans", len(site.Plans))
	}
	return site, site.Plans[0]
}

// squeeze removes all white space, so text compares regardless of how
// lines were broken and how pdftotext spaced the words.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// pdfText extracts the text of pages first..last (0: all) in layout mode.
func pdfText(t *testing.T, file string, first, last int) string {
	t.Helper()
	args := []string{"-layout", "-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	return pdftools.Run(t, "pdftotext", append(args, file, "-")...)
}

// sourceOrder is every heading and figure of the source document
// (seed/000_bde1aeca84f07470.txt), in the source's order.
var sourceOrder = []string{
	// Cover.
	"2024년도 주요업무 계획", "제266회 마포구의회 임시회", "2024. 2.", "새마포담당관",
	// 순서.
	"순 서", "Ⅰ. 일반현황", "Ⅱ. 2024년도 주요업무 계획",
	// Ⅰ. 일반현황.
	"Ⅰ. 일반현황", "[조 직]", "새마포담당관", "새로운마포팀",
	"[인력현황]", "구 분 계 5급 6급 7급 8급 9급 비고",
	"정 원 20 1 6 6 6 1", "현 원 19 1 6 4 6 2",
	"※ 새로운마포팀 1명(8급 1) 선거사무추진반 지원 근무",
	"[예산현황]", "(단위: 백만원)", "구 분 합 계 일반회계 특별회계 기금", "2024년 418 418 - -",
	"【위원회 및 자치법규 현황】",
	"ㅇ 위원회: 총 5개(마포미래성장자문단, 제안심사위원회, 업무평가위원회, 규제개혁 위원회, 정책연구용역심의위원회)",
	"ㅇ 자치법규: 총 25건(조례 15, 규칙 10)",
	// Ⅱ. 2024년도 주요업무 계획.
	"Ⅱ. 2024년도 주요업무 계획",
	"1. 효율적이고 체계적인 민선8기 공약사업 추진",
	"민선8기 공약사업의 체계적 관리로 공약이행률을 제고하고 공약의 성공적 추진으로 구민과의 약속을 실천하는 책임행정을 구현하고자 함",
	"□ 사업개요", "ㅇ 추진근거: 「서울특별시 마포구청장 공약 관리 규칙」", "ㅇ 사업기간: 2024. 1. ~ 12.",
	"ㅇ 사업대상: 5대 전략과제, 37개 공약사업", "(단위: 사업 수)", "합 계", "37 6 9 8 9 5",
	"ㅇ 사업내용", "- 공약 추진 관리계획 수립 및 추진실적(이행과정) 관리",
	"- 구민이 직접 공약 이행현황을 점검하는 주민배심원 운영", "- 공약사업 이행실적 보고회 개최",
	"□ 세부추진계획", "ㅇ 2024. 2. : 공약 추진 관리계획 수립", "ㅇ 2024. 1. ~ 12. : 반기별 공약추진 보고회 개최",
	"ㅇ 2024. 2. ~ 4. : 한국매니페스토 기초단체장 공약 이행 및 정보공개 평가",
	"※ 평가방법: 공약이행 자료 평가 및 홈페이지 모니터링",
	"ㅇ 2024. 6. ~ 8. : 한국매니페스토 기초단체장 우수사례 경진대회",
	"ㅇ 2024. 9. ~ 10. : 공약사업 이행현황 점검을 위한 주민배심원 운영",
	"□ 소요예산: 19,600천원(구비)", "□ 기대효과", "ㅇ 공약사업의 성공적 이행을 통한 구민과의 약속을 지키는 행정 실현",

	"2. 민선8기 비전과 구정목표 실현을 위한 성과관리",
	// Two legal bases stand as - lines under their label (the document's
	// one form for a label with several values; the source prints the
	// second aligned after the first).
	"ㅇ 추진근거: 「정부업무평가 기본법」제18조(지방자치단체의 자체평가) 「서울특별시 마포구 업무 등의 평가에 관한 규칙」",
	"ㅇ 사업대상: 41개 부서(2담당관, 39과)", "- 도전적인 목푯값 설정을 통해 실질적인 성과 제고",
	"ㅇ 2024. 12. : 2024년 성과관리 종합평가 실시",
	"□ 소요예산: 18,880천원(구비)", "ㅇ 구정 핵심 업무에 대한 객관적인 성과측정을 통해 구정 운영의 효율성 제고",

	"3. 구민 소통 활성화(현장구청장실, 소통폰, 제안제도 운영)",
	"ㅇ 사업대상: 구민 및 마포구 공무원",
	"- 구민 접점 행정업무를 수행하는 각 동의 현장민원 청취를 통하여 지역 문제 파악 및 해결방안 모색",
	"ㅇ 현장구청장실", "- 우리동 현장속으로 일일동장: 매월 2째,4째주 수요일", "- 사회적 약자와의 소통 만남: 연중 수시",
	"- 365 안전마포 지킴이: 연중 수시", "ㅇ 365 구민소통폰: 구민 의견 접수 및 처리(연중)",
	"ㅇ 제안제도 운영: 제안심사위원회 연 2회 개최(예정)",
	"□ 소요예산: 16,366천원(구비)", "- 현장구청장실 운영: 3,700천원", "- 구민소통폰 운영: 1,462천원",
	"- 구민·공무원 제안제도 운영 등: 11,204천원",
	"ㅇ 구민과의 소통 강화 및 현장행정 도모로 구정 신뢰도 제고",

	"4. 구정 발전을 위한 마포미래성장자문단 운영",
	"ㅇ 추진근거: 「서울특별시 마포구 마포미래성장자문단 구성 및 운영에 관한 조례」",
	"ㅇ 사업내용: 마포미래성장자문단 구성 및 운영",
	"< 마포미래성장자문단 위원 구성 및 기능 >",
	"▶ 구 성: 위원장 및 부위원장 포함 120명 이내 위원(現 98명)",
	"▶ 대 상: 학계, 언론계, 법조계 등 풍부한 경험과 식견을 가진 사람",
	"▶ 임 기: 2년(연임 가능)", "▶ 회 의: 연 2회 정기회의 개최 ※ 임시회의: 필요 시 개최",
	"▶ 기 능: 정책결정 및 장·단기 발전 계획 등에 관한 자문 등",
	"※ 위촉완료 98명: 1차 위촉 32명('22.10.26.), 2차 위촉 46명('22.12.28.), 3차 위촉 20명('23.11.22.)",
	"ㅇ 2024. 1. ~ 12. : 마포미래성장자문단 신규위원 위촉",
	"- 정례회의 개최시 분과위원회별 자문 의견 공유 및 신규 사업 제시",
	"□ 소요예산: 18,040천원(구비)", "ㅇ 다양한 세대와 분야별 전문가들의 의견수렴을 통한 구정 발전 도모",

	"5. 효율적이고 체계적인 법무행정 구현",
	"「서울특별시 마포구 자치법규의 입법에 관한 조례」 등", "ㅇ 사업기간: 2024. 1. ~ 2024. 12.",
	"- 법적 사고력 및 소송 수행 능력 함양을 위한 법제교육 실시(상·하반기)",
	"ㅇ 내·외부 법률자문을 통한 법적 분쟁 선제적 대처",
	"□ 소요예산: 202,154천원(구비)",
	"ㅇ 직원 소송 실무 능력 상승으로 승소율 제고 및 패소 방지",
}

func TestExampleText(t *testing.T) {
	site, p := example(t)
	data, warns := render(t, site, p)
	if len(warns) > 0 {
		t.Errorf("unexpected warnings:\n%s", strings.Join(warns, "\n"))
	}
	file := pdftools.WriteTemp(t, "example.pdf", data)
	text := squeeze(pdfText(t, file, 0, 0))
	at := 0
	for _, want := range sourceOrder {
		w := squeeze(want)
		i := strings.Index(text[at:], w)
		if i < 0 {
			if j := strings.Index(text, w); j >= 0 {
				t.Errorf("%q is out of order (found before position %d)", want, at)
			} else {
				t.Errorf("%q is missing", want)
			}
			continue
		}
		at += i + len(w)
	}
	// The charts state their figures too.
	// (회계별 예산 has one account with a figure: no chart.)
	for _, want := range []string{"<직급별정원·현원>", "<전략과제별공약사업>", "<추진일정>"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q", want)
		}
	}
	// The seed prints no count or sum of its items, so neither does the PDF.
	for _, unstated := range []string{"<사업별소요예산>", "275,040", "총5개사업"} {
		if strings.Contains(text, unstated) {
			t.Errorf("the PDF states %q, which the source does not", unstated)
		}
	}
}

func TestQPDFCheck(t *testing.T) {
	for _, tree := range []string{"content", "testdata/rich"} {
		site := loadSite(t, tree)
		for _, p := range site.Plans {
			t.Run(p.Slug, func(t *testing.T) {
				data, warns := render(t, site, p)
				for _, w := range warns {
					t.Errorf("warning: %s", w)
				}
				file := pdftools.WriteTemp(t, p.Slug+".pdf", data)
				out := pdftools.Run(t, "qpdf", "--check", file)
				if !strings.Contains(out, "No syntax or stream encoding errors found") {
					t.Errorf("qpdf --check:\n%s", out)
				}
			})
		}
	}
}

var (
	tocLineRe = regexp.MustCompile(`^\s*(.+?)\s*(?:\.\s*){3,}(\d+)\s*$`)
	footerRe  = regexp.MustCompile(`^-\s*\d+\s*-$`)
)

// TestContentsPageNumbers checks each 순서 entry against the page its
// heading lands on, extracting that page alone.
func TestContentsPageNumbers(t *testing.T) {
	for _, tree := range []string{"content", "testdata/rich"} {
		site := loadSite(t, tree)
		for _, p := range site.Plans {
			t.Run(p.Slug, func(t *testing.T) {
				data, _ := render(t, site, p)
				checkContents(t, site, p, pdftools.WriteTemp(t, p.Slug+".pdf", data))
			})
		}
	}
}

// checkContents checks a rendered plan's numbering: the cover and 순서
// are labelled 표지 and 순서 (순서 1, 순서 2 … over several pages) and carry
// no footer; the body's pages are labelled 1, 2, 3 from the first chapter
// and carry "- n -"; every 순서 entry names the page its heading is on.
// pdftotext counts pages physically, so labels are translated to pages.
func checkContents(t *testing.T, site *model.Site, p *model.Plan, file string) {
	t.Helper()
	labels := pdftools.PageLabels(t, file)
	if len(labels) < 3 || labels[0] != "표지" {
		t.Fatalf("page labels %q", labels)
	}
	physical := map[string]int{} // label → 1-based page for pdftotext
	tocFirst, tocLast, body := 0, 0, 0
	for i, l := range labels {
		physical[l] = i + 1
		switch {
		case l == "순서" || strings.HasPrefix(l, "순서 "):
			if tocFirst == 0 {
				tocFirst = i + 1
			}
			tocLast = i + 1
			if want := "순서 " + strconv.Itoa(i+2-tocFirst); l != "순서" && l != want {
				t.Errorf("page %d is labelled %q, want %q", i+1, l, want)
			}
		case i > 0:
			if body == 0 {
				body = i + 1
			}
			if want := strconv.Itoa(i + 2 - body); l != want {
				t.Errorf("page %d is labelled %q, want %q", i+1, l, want)
			}
		}
	}
	if tocFirst != 2 || body != tocLast+1 {
		t.Fatalf("want 표지, 순서 … then the body; labels %q", labels)
	}
	if tocFirst != tocLast && labels[tocFirst-1] != "순서 1" {
		t.Errorf("a 순서 over several pages is labelled %q", labels[tocFirst-1:tocLast])
	}
	// Front pages carry no footer.
	for n := 1; n < body; n++ {
		for _, ln := range strings.Split(pdfText(t, file, n, n), "\n") {
			if footerRe.MatchString(strings.TrimSpace(ln)) {
				t.Errorf("front page %d (%s) carries a page number %q", n, labels[n-1], strings.TrimSpace(ln))
			}
		}
	}
	// The first chapter starts page 1.
	if len(p.Chapters) > 0 {
		first := squeeze(pdfText(t, file, body, body))
		if !strings.Contains(first, squeeze(p.Chapters[0].Numeral+". "+p.Chapters[0].Title)) || !strings.HasSuffix(first, "-1-") {
			t.Errorf("the first body page is not the first chapter's, numbered - 1 -: %s", tail(first, 40))
		}
	}

	toc := pdfText(t, file, tocFirst, tocLast)
	// Join a wrapped title with the line that carries its number.
	var entries [][2]string
	pending := ""
	for _, ln := range strings.Split(toc, "\n") {
		if m := tocLineRe.FindStringSubmatch(ln); m != nil {
			entries = append(entries, [2]string{squeeze(pending + m[1]), m[2]})
			pending = ""
			continue
		}
		if s := strings.TrimSpace(ln); s != "" && squeeze(s) != "순서" {
			pending += s
		}
	}
	// Every entry of the document's 순서, at any depth.
	doc, err := document.Build(site, p)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	var walk func(es []*document.Entry)
	walk = func(es []*document.Entry) {
		for _, e := range es {
			want = append(want, squeeze(e.Label))
			walk(e.Sub)
		}
	}
	walk(doc.Contents)
	if len(entries) != len(want) {
		t.Fatalf("순서 has %d entries, want %d:\n%s", len(entries), len(want), toc)
	}
	for i, e := range entries {
		if e[0] != want[i] {
			t.Errorf("entry %d is %q, want %q", i+1, e[0], want[i])
		}
		n, ok := physical[e[1]]
		if !ok {
			t.Errorf("%q: 순서 says page %s, which no page is labelled", want[i], e[1])
			continue
		}
		page := squeeze(pdfText(t, file, n, n))
		if !strings.Contains(page, want[i]) {
			t.Errorf("%q: 순서 says page %s (physical page %d), which does not hold it", want[i], e[1], n)
		}
		if !strings.HasSuffix(page, "-"+e[1]+"-") {
			t.Errorf("page %s's footer is not - %s -: …%s", e[1], e[1], tail(page, 20))
		}
	}
}

// TestContentsOverSeveralPages renders a plan with so many items that its
// 순서 takes more than one page.
func TestContentsOverSeveralPages(t *testing.T) {
	p := &model.Plan{Year: 2025, Title: "긴 순서 시험", Department: model.Department{Name: "시험과"}}
	for c := 1; c <= 3; c++ {
		ch := &model.Chapter{Number: c, Numeral: []string{"Ⅰ", "Ⅱ", "Ⅲ"}[c-1], Title: fmt.Sprintf("%d장 제목", c), Anchor: fmt.Sprintf("chapter-%d", c)}
		for i := 1; i <= 22; i++ {
			it := &model.Item{ID: fmt.Sprintf("%d-%d", c, i), Anchor: fmt.Sprintf("item-%d-%d", c, i),
				Title:   fmt.Sprintf("%d장의 %d번째 사업: 구민 생활과 밀접한 행정서비스 개선", c, i),
				Effects: []string{"구민 만족도 제고"}}
			ch.Blocks = append(ch.Blocks, it)
			p.Items = append(p.Items, it)
		}
		p.Chapters = append(p.Chapters, ch)
	}
	data, _, err := Render(p, nil, defaultFonts(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	file := pdftools.WriteTemp(t, "long.pdf", data)
	pdftools.Run(t, "qpdf", "--check", file)
	labels := pdftools.PageLabels(t, file)
	if len(labels) < 4 || labels[1] != "순서 1" || labels[2] != "순서 2" {
		t.Fatalf("want a 순서 of several pages; labels %q", labels[:min(len(labels), 5)])
	}
	checkContents(t, &model.Site{}, p, file)
}

func tail(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[len(r)-n:])
}

// TestPageLabels checks the example's labels and how they are written:
// the front matter by name, as UTF-16BE text strings, the body from 1.
func TestPageLabels(t *testing.T) {
	site, p := example(t)
	data, _ := render(t, site, p)
	file := pdftools.WriteTemp(t, "example.pdf", data)
	got := pdftools.PageLabels(t, file)
	want := []string{"표지", "순서"}
	for n := 1; n <= len(got)-2; n++ {
		want = append(want, strconv.Itoa(n))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("labels %q, want %q", got, want)
	}
	if !bytes.Contains(data, []byte("/PageLabels << /Nums [0 << /P <FEFFD45CC9C0> >> 1 << /P <FEFFC21CC11C> >> 2 << /S /D >>] >>")) {
		t.Error("the catalog's /PageLabels is not 표지, 순서, then decimal from page 3")
	}
	// The source's 순서: Ⅰ. 일반현황 … 1.
	toc := squeeze(pdfText(t, file, 2, 2))
	if !strings.Contains(toc, "Ⅰ.일반현황") || !regexp.MustCompile(`Ⅰ\.일반현황\.+1Ⅱ\.`).MatchString(toc) {
		t.Errorf("순서 does not put 일반현황 on page 1: %s", toc)
	}
}

func TestCoverHasNoPageNumber(t *testing.T) {
	site, p := example(t)
	data, _ := render(t, site, p)
	file := pdftools.WriteTemp(t, "example.pdf", data)
	if cover := squeeze(pdfText(t, file, 1, 1)); strings.Contains(cover, "-1-") {
		t.Errorf("the cover carries a page number: %s", cover)
	}
}

func TestDeterministic(t *testing.T) {
	site, p := example(t)
	first, _ := render(t, site, p)
	second, _ := render(t, site, p)
	if !bytes.Equal(first, second) {
		t.Fatal("two renders differ")
	}
	// Concurrent renders from one font set give the same bytes (run with -race).
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			data, _, err := Render(p, site, defaultFonts(t), Options{})
			if err != nil {
				t.Error(err)
				return
			}
			if !bytes.Equal(data, first) {
				t.Errorf("concurrent render %d differs", i)
			}
		}()
	}
	wg.Wait()
}

func TestDocumentInfo(t *testing.T) {
	site, p := example(t)
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000") // not read: the options say
	data, _ := render(t, site, p)
	info := pdftools.Run(t, "pdfinfo", "-isodates", pdftools.WriteTemp(t, "x.pdf", data))
	for _, want := range []string{
		"Title:           2024년도 주요업무 계획",
		"Author:          새마포담당관",
		"Subject:         제266회 마포구의회 임시회",
		"CreationDate:    2024-02-01T00:00:00+09",
	} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	data2, _, err := Render(p, site, defaultFonts(t), Options{Created: time.Unix(1700000000, 0).UTC()})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data2, []byte("/CreationDate (D:20231114221320Z)")) {
		t.Error("Options.Created is not the creation date")
	}
}

func TestOutline(t *testing.T) {
	site, p := example(t)
	data, _ := render(t, site, p)
	out := pdftools.Run(t, "qpdf", "--json", "--json-key=outlines", pdftools.WriteTemp(t, "x.pdf", data))
	for _, want := range []string{`"title": "Ⅰ. 일반현황"`, `"title": "Ⅱ. 2024년도 주요업무 계획"`, `"title": "5. 효율적이고 체계적인 법무행정 구현"`} {
		if !strings.Contains(out, want) {
			t.Errorf("outline lacks %s", want)
		}
	}
}

// TestMissingGlyphs checks the font fallback and that a character no font
// has is reported with the file it stands in, not dropped silently.
func TestMissingGlyphs(t *testing.T) {
	site := loadSite(t, "content")
	p := site.Plans[0]
	it := p.Items[0]
	saved := it.Effects
	defer func() { it.Effects = saved }()
	it.Effects = append(append([]string(nil), saved...), "목표 달성률 ≒ 100% ◎ 점검 ✔ 완료 ➠ ▸ 태국 ก")
	data, warns, err := Render(p, site, defaultFonts(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 {
		t.Fatalf("want one warning, got %v", warns)
	}
	w := warns[0]
	if w.Pos.File != it.File || !strings.Contains(w.Message, "U+0E01") || !strings.Contains(w.Message, "태국 ก") {
		t.Errorf("warning %s", w)
	}
	text := squeeze(pdfText(t, pdftools.WriteTemp(t, "x.pdf", data), 0, 0))
	if !strings.Contains(text, "ㅇ목표달성률≒100%◎점검✔완료➠▸태국") {
		t.Errorf("the fallback glyphs are missing from the text")
	}
}

func TestRenderNeedsNoContentFiles(t *testing.T) {
	site, p := example(t)
	wd, _ := os.Getwd()
	dir := t.TempDir()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	if _, _, err := Render(p, site, defaultFonts(t), Options{}); err != nil {
		t.Fatal(err)
	}
}

func TestExampleSizeAndSpeed(t *testing.T) {
	site, p := example(t)
	f := defaultFonts(t)
	start := time.Now()
	data, _, err := Render(p, site, f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	t.Logf("%d bytes in %v", len(data), el)
	if len(data) > 200_000 {
		t.Errorf("the example PDF is %d bytes; the budget is 200 KB", len(data))
	}
}

func BenchmarkRenderExample(b *testing.B) {
	site, p := example(b)
	f := defaultFonts(b)
	var size int
	for b.Loop() {
		data, _, err := Render(p, site, f, Options{})
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}
