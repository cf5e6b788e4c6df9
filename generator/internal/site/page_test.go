package site

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"workplan/generator/internal/assets/assetstest"

	"golang.org/x/net/html"

	"workplan/generator/internal/model"
)

// parsePage parses an HTML file of a written site.
func parsePage(t *testing.T, dir, rel string) *html.Node {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return doc
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	for _, c := range strings.Fields(v) {
		if c == class {
			return true
		}
	}
	return false
}

// walk calls fn for every element below n.
func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// text is the text of n with tags removed and runs of space made one.
func text(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// tableRows returns the text of every cell of the table whose caption
// starts with caption, row by row (head rows first).
func tableRows(doc *html.Node, caption string) [][]string {
	var rows [][]string
	walk(doc, func(n *html.Node) {
		if n.Data != "table" || rows != nil {
			return
		}
		var cap string
		walk(n, func(c *html.Node) {
			if c.Data == "caption" {
				cap = text(c)
			}
		})
		if !strings.HasPrefix(cap, caption) {
			return
		}
		rows = [][]string{}
		walk(n, func(tr *html.Node) {
			if tr.Data != "tr" {
				return
			}
			var row []string
			for c := tr.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
					row = append(row, text(c))
				}
			}
			rows = append(rows, row)
		})
	})
	return rows
}

// htmlFiles lists the HTML pages of a written site.
func htmlFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".html") {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// TestExampleFigures checks that every figure of the source document
// appears on the Mapo plan page, in its place.
func TestExampleFigures(t *testing.T) {
	out := writeSite(t, "content", Options{Assets: fakeAssets()})
	doc := parsePage(t, out, "2024/saemapo/index.html")
	page := text(doc)

	for _, want := range []string{
		"418백만원",
		"5대 전략과제, 37개 공약사업",
		"16,366천원(구비)",
		"※ 위촉완료 98명: 1차 위촉 32명('22.10.26.), 2차 위촉 46명('22.12.28.), 3차 위촉 20명('23.11.22.)",
		"위원장 및 부위원장 포함 120명 이내 위원(現 98명)",
		"자치법규: 총 25건(조례 15, 규칙 10)",
		"위원회: 총 5개(",
		"현장구청장실 운영: 3,700천원",
		"구민·공무원 제안제도 운영 등: 11,204천원",
		"마포미래성장자문단", "제안심사위원회", "업무평가위원회", "규제개혁 위원회", "정책연구용역심의위원회",
		"1. 효율적이고 체계적인 민선8기 공약사업 추진",
		"2. 민선8기 비전과 구정목표 실현을 위한 성과관리",
		"3. 구민 소통 활성화(현장구청장실, 소통폰, 제안제도 운영)",
		"4. 구정 발전을 위한 마포미래성장자문단 운영",
		"5. 효율적이고 체계적인 법무행정 구현",
		"19,600천원(구비)", "18,880천원(구비)", "16,366천원(구비)", "18,040천원(구비)", "202,154천원(구비)",
		"제266회 마포구의회 임시회", "2024. 2.",
		"2024. 2. ~ 4. : 한국매니페스토 기초단체장 공약 이행 및 정보공개 평가",
		"※ 평가방법: 공약이행 자료 평가 및 홈페이지 모니터링",
		"원문의 조직도는 그림으로 되어 있어 옮기지 못함",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the plan page lacks %q", want)
		}
	}

	tables := []struct {
		caption string
		want    [][]string
	}{
		{"직급별 인력 현황", [][]string{
			{"구 분", "계", "5급", "6급", "7급", "8급", "9급", "비고"},
			{"정 원", "20", "1", "6", "6", "6", "1", ""},
			{"현 원", "19", "1", "6", "4", "6", "2"},
		}},
		{"회계별 예산 현황", [][]string{
			{"구 분", "합 계", "일반회계", "특별회계", "기금"},
			{"2024년", "418", "418", "-", "-"},
		}},
		{"전략과제별 공약사업 수", [][]string{
			{"합 계", "진솔한 공감 소통 마포", "언제나 행복 동행 마포", "모두의 행복 상생 마포", "설렘이 가득 매력 마포", "365일 든든 안전 마포"},
			{"37", "6", "9", "8", "9", "5"},
		}},
	}
	for _, tc := range tables {
		got := tableRows(doc, tc.caption)
		if !equalRows(got, tc.want) {
			t.Errorf("table %s:\n got %q\nwant %q", tc.caption, got, tc.want)
		}
	}

	// The captions carry their units.
	for _, want := range []string{"(단위: 명)", "(단위: 백만원)", "(단위: 사업 수)"} {
		if !strings.Contains(page, want) {
			t.Errorf("the plan page lacks the unit caption %q", want)
		}
	}
	// The seed prints no count or sum of its items: neither does the page.
	for _, unstated := range []string{"총 5개 사업", "275,040", "사업 예산 합계"} {
		if strings.Contains(page, unstated) {
			t.Errorf("the plan page states %q, which the source does not", unstated)
		}
	}
}

func equalRows(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], "\x00") != strings.Join(b[i], "\x00") {
			return false
		}
	}
	return true
}

// TestStructure checks every page of both sites for the rules of KWCAG
// and the site's Content-Security-Policy.
func TestStructure(t *testing.T) {
	for _, rel := range []string{"content", "testdata/rich"} {
		out := writeSite(t, rel, Options{Assets: fakeAssets(), PDF: true})
		for _, page := range htmlFiles(t, out) {
			t.Run(rel+"/"+page, func(t *testing.T) {
				checkStructure(t, parsePage(t, out, page))
			})
		}
	}
}

var onAttr = regexp.MustCompile(`^on[a-z]+$`)

func checkStructure(t *testing.T, doc *html.Node) {
	ids := map[string]int{}
	var h1 int
	last := 0
	var links []string
	walk(doc, func(n *html.Node) {
		if id, ok := attr(n, "id"); ok {
			ids[id]++
		}
		for _, a := range n.Attr {
			if a.Key == "style" {
				t.Errorf("<%s> has an inline style; the CSP forbids it", n.Data)
			}
			if onAttr.MatchString(a.Key) {
				t.Errorf("<%s> has an inline handler %s", n.Data, a.Key)
			}
		}
		switch n.Data {
		case "html":
			if lang, _ := attr(n, "lang"); lang != "ko" {
				t.Errorf(`<html lang=%q>, want "ko"`, lang)
			}
		case "script":
			src, ok := attr(n, "src")
			if !ok || n.FirstChild != nil {
				t.Errorf("inline script; the CSP forbids it")
			}
			if strings.Contains(src, "//") {
				t.Errorf("script from another host: %s", src)
			}
		case "style":
			t.Errorf("<style> element; the CSP forbids it")
		case "img", "iframe", "video", "audio", "source", "object", "embed":
			t.Errorf("<%s> element: the site has none", n.Data)
		case "link":
			if href, _ := attr(n, "href"); strings.Contains(href, "//") {
				if rel, _ := attr(n, "rel"); rel != "canonical" {
					t.Errorf("<link rel=%s> to another host: %s", rel, href)
				}
			}
		case "a":
			if href, ok := attr(n, "href"); ok && strings.HasPrefix(href, "#") {
				links = append(links, href[1:])
			}
			if text(n) == "" {
				if label, _ := attr(n, "aria-label"); label == "" {
					t.Errorf("link %v has no text", n.Attr)
				}
			}
		case "h1", "h2", "h3", "h4", "h5", "h6":
			level := int(n.Data[1] - '0')
			if level == 1 {
				h1++
			}
			if level > last+1 {
				t.Errorf("heading %q is h%d after h%d", text(n), level, last)
			}
			if text(n) == "" {
				t.Errorf("empty h%d", level)
			}
			last = level
		case "table":
			var caption string
			walk(n, func(c *html.Node) {
				if c.Data == "caption" {
					caption = text(c)
				}
			})
			if caption == "" {
				t.Errorf("a table has no caption")
			}
		case "th":
			if scope, _ := attr(n, "scope"); scope == "" {
				t.Errorf("<th>%s</th> has no scope", text(n))
			}
		}
		if hasClass(n, "chart") {
			id, _ := attr(n, "id")
			if role, _ := attr(n, "role"); role != "img" {
				t.Errorf("chart %s: role=%q, want img", id, role)
			}
			if label, _ := attr(n, "aria-label"); label == "" {
				t.Errorf("chart %s has no aria-label", id)
			}
			fig := n.Parent
			if fig == nil || fig.Data != "figure" {
				t.Errorf("chart %s stands outside a figure", id)
				return
			}
			tables := 0
			walk(fig, func(c *html.Node) {
				if c.Data == "table" {
					tables++
				}
			})
			if tables == 0 {
				t.Errorf("chart %s has no data table beside it", id)
			}
		}
	})
	if h1 != 1 {
		t.Errorf("%d h1 elements, want 1", h1)
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q is used %d times", id, n)
		}
	}
	for _, l := range links {
		if ids[l] == 0 {
			t.Errorf("link to #%s, which no element has", l)
		}
	}
	if ids["main"] == 0 {
		t.Errorf("no #main for the skip link")
	}
}

// TestRichBlocks checks that every block type of the rich fixture shows,
// each by a string only it puts on the page.
func TestRichBlocks(t *testing.T) {
	s := loadSite(t, "testdata/rich")
	kinds := map[string]bool{}
	var visit func(b model.Block)
	visit = func(b model.Block) {
		switch x := b.(type) {
		case *model.Group:
			kinds["group"] = true
			for _, it := range x.Items {
				visit(it)
			}
		case *model.Item:
			kinds["item"] = true
			for _, pb := range x.Blocks {
				visit(pb.Block)
			}
		case *model.Prose:
			kinds["prose"] = true
		case *model.Status:
			kinds["status"] = true
		case *model.Table:
			kinds["table"] = true
		case *model.KPITable:
			kinds["kpi"] = true
		case *model.Calendar:
			kinds["calendar"] = true
		case *model.Box:
			kinds["box"] = true
		case *model.PledgeTable:
			kinds["pledges"] = true
		case *model.Tally:
			kinds["tally"] = true
		}
	}
	for _, p := range s.Plans {
		for _, ch := range p.Chapters {
			for _, b := range ch.Blocks {
				visit(b)
			}
		}
	}
	if len(kinds) != 10 {
		t.Fatalf("the fixture has block types %v; want all 10", kinds)
	}

	out := t.TempDir()
	if err := writeAll(s, out, Options{Assets: fakeAssets()}); err != nil {
		t.Fatal(err)
	}
	read := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return text(must(html.Parse(bytes.NewReader(b))))
	}
	culture := read("2025/culture/index.html")
	for kind, want := range map[string][]string{
		"prose":    {"2024년에는 생활문화 거점을 늘리고", "비전: 문화로 행복한 가상구", "3,412명"},
		"status":   {"문화시설특별회계", "증감률", "△320", "△15.2%", "문화정책 총괄, 문화시설 운영", "「가상구 문화예술 진흥 조례」 제5조", "조례: 「가상구", "7급: 육아휴직 1"},
		"group":    {"1. 일상 속 문화 향유 확대", "생활권 문화시설을 넓히고 참여 프로그램을 늘린다."},
		"item":     {"1-1. 생활문화센터 확충", "연면적 1,200㎡", "과장 홍길동 ☎ 1234"},
		"table":    {"2024년 주요 축제 방문객", "△3,200", "※ 방문객은 통신 자료 기반 추정치임"},
		"kpi":      {"관광 만족도 순위", "서울 10위 이내", "서울시 조사"},
		"calendar": {"2025년 주요 행사 일정", "2025. 4. 5. ~ 6.", "우천 시 연기"},
		"box":      {"안내판 정비 기준", "※ 보행로 폭 2m 미만 구간은 소형", "※ 2025. 6. 기준 정비율 50% 목표"},
		"pledges":  {"분야별 관련 공약", "(단위: 개)"},
		"tally":    {"ㅇ 강좌 운영 계획 54회(60회 이내): 상반기 24회, 하반기 30회"},
		"budgets":  {"2,500백만원(국비 30%, 시비 20%, 구비 50%)", "50,000천원(시비 20,000, 구비 30,000)", "4.5억원(국비 1.5, 시비 2.5, 구비 0.5)", "연도별 소요예산", "4,500"},
	} {
		for _, w := range want {
			if !strings.Contains(culture, w) {
				t.Errorf("%s: the 2025 culture page lacks %q", kind, w)
			}
		}
	}
	if !strings.Contains(read("2025/safety/index.html"), "빗물받이 일제 정비") {
		t.Error("the safety page lacks its item")
	}

	// The year-over-year charts stand on the newest plan of the department only.
	js := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if c := js("assets/charts/2025-culture.js"); !strings.Contains(c, `"id": "yoy_budget"`) || !strings.Contains(c, `"id": "yoy_headcount"`) {
		t.Error("the 2025 culture page lacks the year-over-year charts")
	}
	if strings.Contains(js("assets/charts/2024-culture.js"), "yoy_") {
		t.Error("the 2024 culture page has year-over-year charts; only the newest plan should")
	}
	index := read("index.html")
	for _, w := range []string{"2025년도 주요업무 계획", "2024년도 주요업무 계획", "12,480백만원", "안전재난과"} {
		if !strings.Contains(index, w) {
			t.Errorf("the index lacks %q", w)
		}
	}
	if strings.Contains(index, "3,000,000천원") {
		t.Error("the index shows a sum of item budgets no plan asked for")
	}
	if strings.Index(index, "2025년도 주요업무 계획") > strings.Index(index, "2024년도 주요업무 계획") {
		t.Error("the index does not list the newest year first")
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// readTree reads every file under dir.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestDeterministic writes each site several times, at once from several
// goroutines, and compares every byte.
func TestDeterministic(t *testing.T) {
	nm := fakeAssets()
	for _, rel := range []string{"content", "testdata/rich"} {
		s := loadSite(t, rel)
		dirs := make([]string, 4)
		errs := make([]error, len(dirs))
		var wg sync.WaitGroup
		for i := range dirs {
			dirs[i] = t.TempDir()
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				errs[i] = writeAll(s, dirs[i], Options{Assets: nm, PDF: i%2 == 0})
			}(i)
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		// Same options, same bytes.
		for _, pair := range [][2]int{{0, 2}, {1, 3}} {
			a, b := readTree(t, dirs[pair[0]]), readTree(t, dirs[pair[1]])
			if len(a) != len(b) {
				t.Fatalf("%s: %d files and %d files", rel, len(a), len(b))
			}
			for name, data := range a {
				if !bytes.Equal(data, b[name]) {
					t.Errorf("%s: %s differs between two writes", rel, name)
				}
			}
		}
		// PDF links appear only when asked for.
		withPDF, without := readTree(t, dirs[0]), readTree(t, dirs[1])
		for _, p := range s.Plans {
			link := "pdf/" + p.Slug + ".pdf"
			if !bytes.Contains(withPDF[p.Path+"index.html"], []byte(link)) {
				t.Errorf("%s: no PDF link with Options.PDF", p.Slug)
			}
			if bytes.Contains(without[p.Path+"index.html"], []byte(link)) {
				t.Errorf("%s: a PDF link without Options.PDF", p.Slug)
			}
		}
	}
}

// TestScriptSafety puts markup into labels that reach charts and pages and
// checks that it stays text.
func TestScriptSafety(t *testing.T) {
	s := loadSite(t, "content")
	evil := `</script><script>alert(1)</script>{a}`
	p := s.Plans[0]
	p.Items[0].Title += evil
	p.Items[0].Schedule[0].Text += evil
	out := t.TempDir()
	if err := writeAll(s, out, Options{Assets: fakeAssets()}); err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile(filepath.Join(out, "assets", "charts", p.Slug+".js"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(js, []byte("</")) || bytes.Contains(js, []byte("<script")) {
		t.Error("a chart script holds markup unescaped")
	}
	if !bytes.Contains(js, []byte(`\u003c/script\u003e`)) {
		t.Error("the label did not reach the chart script")
	}
	page, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(p.Path), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(page, []byte("<script>alert")) {
		t.Error("the page holds the label's markup unescaped")
	}
}

// TestSitemap checks the sitemap: the base URL and every plan, sorted, no
// dates.
func TestSitemap(t *testing.T) {
	out := writeSite(t, "testdata/rich", Options{Assets: fakeAssets()})
	b, err := os.ReadFile(filepath.Join(out, "sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	locs := regexp.MustCompile(`<loc>([^<]*)</loc>`).FindAllStringSubmatch(string(b), -1)
	var got []string
	for _, l := range locs {
		got = append(got, l[1])
	}
	want := []string{
		"https://example.go.kr/plans/",
		"https://example.go.kr/plans/2024/culture/",
		"https://example.go.kr/plans/2025/culture/",
		"https://example.go.kr/plans/2025/safety/",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("sitemap locations %q, want %q", got, want)
	}
	if bytes.Contains(b, []byte("lastmod")) {
		t.Error("the sitemap has dates")
	}
}

// TestAssets checks the copied runtime, fonts and licences, and that a
// missing or mismatched chart runtime is reported.
func TestAssets(t *testing.T) {
	out := writeSite(t, "content", Options{Assets: fakeAssets()})
	for _, f := range []string{
		"assets/echarts/echarts.min.js", "assets/echarts/LICENSE", "assets/echarts/NOTICE", "assets/echarts/LICENSE-zrender",
		"assets/fonts/LICENSE.txt",
		"assets/site.css", "assets/site.js", "assets/favicon.svg", "404.html",
	} {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(f))); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
	s := loadSite(t, "content")
	if err := writeAll(s, t.TempDir(), Options{Assets: fstest.MapFS{}}); err == nil || !strings.Contains(err.Error(), "go generate") {
		t.Errorf("Write without a chart runtime: %v; want an error that says to run go generate", err)
	}
	if err := writeAll(s, t.TempDir(), Options{Assets: assetstest.FS("6.0.0")}); err == nil || !strings.Contains(err.Error(), EChartsVersion) {
		t.Errorf("Write with echarts 6.0.0: %v; want an error naming %s", err, EChartsVersion)
	}
}
