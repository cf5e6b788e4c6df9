package pdf

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"workplan/generator/internal/diff"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/pdftools"
	"workplan/generator/internal/typeset"
)

// editedExample loads the example content with the edits of the CLI's
// diff script: a budget raised, an item renumbered, a schedule line added,
// a committee removed, and a sentence reworded.
func editedExample(t *testing.T) *model.Site {
	t.Helper()
	m := fstest.MapFS{}
	src := os.DirFS(filepath.Join(repoDir(t), "content"))
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, p)
		m[p] = &fstest.MapFile{Data: data, Mode: 0o644}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	edit := func(name string, pairs ...string) {
		f := m[name]
		if f == nil {
			t.Fatalf("no %s in content", name)
		}
		s := string(f.Data)
		for i := 0; i < len(pairs); i += 2 {
			if !strings.Contains(s, pairs[i]) {
				t.Fatalf("%s has no %q", name, pairs[i])
			}
			s = strings.Replace(s, pairs[i], pairs[i+1], 1)
		}
		f.Data = []byte(s)
	}
	edit("2024/saemapo/items/03-communication.yaml", "total: 16,366", "total: 17,000", "amount: 11,204", "amount: 11,838")
	edit("2024/saemapo/items/05-legal-affairs.yaml", `id: "5"`, `id: "6"`)
	edit("2024/saemapo/items/01-pledges.yaml",
		"  - when: 2024. 9. ~ 10.\n", "  - when: 2024. 7.\n    what: 공약이행 중간점검 실시\n  - when: 2024. 9. ~ 10.\n",
		"공약사업의 성공적 이행을 통한 구민과의 약속을 지키는 행정 실현", "공약사업의 차질 없는 이행을 통한 구민과의 약속을 지키는 책임 행정 실현")
	edit("2024/saemapo/status.yaml", "    - name: 규제개혁 위원회\n", "", "  total: 5\n", "  total: 4\n")
	site, l := load.Load(m, "content")
	if site == nil {
		t.Fatalf("loading the edited example:\n%v", l)
	}
	return site
}

func exampleReport(t *testing.T) *diff.Report {
	t.Helper()
	r := diff.Compare(loadSite(t, "content"), editedExample(t))
	if len(r.Changes) < 6 {
		t.Fatalf("the edits give %d changes", len(r.Changes))
	}
	return r
}

func comparison(t *testing.T, r *diff.Report) (data []byte, file string) {
	t.Helper()
	data, err := Comparison(r, "신구대조표", defaultFonts(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	file = pdftools.WriteTemp(t, "comparison.pdf", data)
	if out := pdftools.Run(t, "qpdf", "--check", file); !strings.Contains(out, "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	return data, file
}

func TestComparison(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	os.Unsetenv("SOURCE_DATE_EPOCH")
	r := exampleReport(t)
	data, file := comparison(t, r)
	text := squeeze(pdfText(t, file, 0, 0))
	for _, want := range []string{
		"신구대조표", squeeze(r.Summary()), "2024년도주요업무계획(새마포담당관)",
		"구분현행변경안비고",
		// A figure: old, new and the difference.
		"소요예산16,366천원17,000천원+634천원,+3.9%",
		"11,204천원11,838천원+634천원,+5.7%",
		// Removed, added, renumbered.
		"【위원회및자치법규현황】›총5개", "규제개혁위원회,",
		"2024.7.:공약이행중간점검실시추가",
		"번호56번호변경",
		// A sentence reworded: both versions, whole (pdftotext interleaves
		// the lines of cells side by side, so only parts of lines are
		// checked).
		"기대효과ㅇ공약사업의성공적이행을",
		"공약사업의차질없는이행을", "책임행정실현",
		"-1-",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
	// Section rows name the item once, above its changes.
	if n := strings.Count(text, "3.구민소통활성화"); n != 1 {
		t.Errorf("3. 구민 소통 활성화 stands %d times", n)
	}

	// The lines are drawn in the colours of deleted and inserted text.
	qdf := filepath.Join(t.TempDir(), "qdf.pdf")
	pdftools.Run(t, "qpdf", "--qdf", "--object-streams=disable", file, qdf)
	raw, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]typeset.RGB{"deleted": deletedInk, "inserted": insertedInk} {
		stroke := fmt.Sprintf("%.3f %.3f %.3f RG", float64(c.R)/255, float64(c.G)/255, float64(c.B)/255)
		if !bytes.Contains(raw, []byte(stroke)) {
			t.Errorf("no line in the %s colour (%s)", name, stroke)
		}
	}

	// Deterministic, with no date unless the options give one; the
	// environment is not read.
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	again, _ := Comparison(r, "신구대조표", defaultFonts(t), Options{})
	if !bytes.Equal(data, again) {
		t.Error("two renders differ")
	}
	if bytes.Contains(data, []byte("/CreationDate")) {
		t.Error("a creation date without Options.Created")
	}
	dated, err := Comparison(r, "", nil, Options{Created: time.Unix(1700000000, 0).UTC()})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(dated, []byte("/CreationDate (D:20231114221320Z)")) {
		t.Error("Options.Created is not the creation date")
	}
}

// TestComparisonSides checks what each kind of change puts in 현행 and
// 변경안: struck and underlined words exactly where the words changed.
func TestComparisonSides(t *testing.T) {
	st := typeset.Style{Size: 10, Color: typeset.Ink}
	show := func(spans []typeset.Span) string {
		var sb strings.Builder
		for _, s := range spans {
			switch s.Style.Deco {
			case typeset.Strike:
				sb.WriteString("[-" + s.Text + "-]")
			case typeset.Underline:
				sb.WriteString("{+" + s.Text + "+}")
			default:
				sb.WriteString(s.Text)
			}
		}
		return sb.String()
	}
	for _, tc := range []struct {
		c              diff.Change
		old, new, note string
	}{
		{diff.Change{Kind: diff.Changed, Old: "가 나 다 라", New: "가 마 다 라 바", Words: diff.Words("가 나 다 라", "가 마 다 라 바")},
			"가 [-나-] 다 라", "가 {+마+} 다 라 {+바+}", "변경"},
		{diff.Change{Kind: diff.Changed, Old: "16,366천원", New: "17,000천원", Delta: "+634천원, +3.9%"},
			"[-16,366천원-]", "{+17,000천원+}", "+634천원, +3.9%"},
		{diff.Change{Kind: diff.Added, New: "새 일정"}, "", "{+새 일정+}", "추가"},
		{diff.Change{Kind: diff.Removed, Old: "옛 위원회"}, "[-옛 위원회-]", "", "삭제"},
		{diff.Change{Kind: diff.Renamed, Old: "5", New: "6"}, "[-5-]", "{+6+}", "번호 변경"},
		{diff.Change{Kind: diff.Changed, Old: "옛 글", New: "새 글"}, "[-옛 글-]", "{+새 글+}", "변경"},
	} {
		old, new, note := sides(tc.c, st)
		if show(old) != tc.old || show(new) != tc.new || note != tc.note {
			t.Errorf("%+v:\n got %q | %q | %q\nwant %q | %q | %q", tc.c, show(old), show(new), note, tc.old, tc.new, tc.note)
		}
	}
}

// longReport has many changes, some of them long sentences, and one text
// too long for a page.
func longReport() *diff.Report {
	r := &diff.Report{Plans: []diff.PlanInfo{{Slug: "2025-test", Title: "2025년도 주요업무 계획 (시험과)"}, {Slug: "2025-other", Title: "2025년도 주요업무 계획 (다른과)"}}}
	sentence := "구민 생활과 밀접한 행정서비스를 개선하여 구정 만족도를 높이고 현장 중심의 소통 행정을 구현한다"
	for i := 1; i <= 30; i++ {
		item := fmt.Sprintf("%d. 시험 사업 %d", i/4+1, i/4+1)
		newer := strings.Replace(sentence, "개선하여", "전면 개선하여", 1) + fmt.Sprintf(" (%d번째)", i)
		r.Changes = append(r.Changes,
			diff.Change{Plan: "2025-test", Where: []string{item, "기대효과"}, Kind: diff.Changed, Old: sentence, New: newer, Words: diff.Words(sentence, newer)},
			diff.Change{Plan: "2025-test", Where: []string{item, "소요예산"}, Kind: diff.Changed, Old: "10,000천원", New: fmt.Sprintf("%d천원", 10000+i), Delta: fmt.Sprintf("+%d천원, +0.%d%%", i, i%10)})
	}
	huge := strings.Repeat(sentence+". ", 90)
	r.Changes = append(r.Changes, diff.Change{Plan: "2025-other", Where: []string{"목적"}, Kind: diff.Added, New: huge})
	return r
}

func TestComparisonLong(t *testing.T) {
	r := longReport()
	b := typeset.NewDoc(defaultFonts(t), typeset.Landscape)
	layComparison(b, r, "신구대조표")
	res := b.Layout().Result
	for i, pg := range res.Pages {
		for _, it := range pg.Items {
			if it.Y+it.H > b.Page.CH+0.01 {
				t.Errorf("page %d: a row at %.1f+%.1f runs past the bottom (%.1f)", i+1, it.Y, it.H, b.Page.CH)
			}
		}
	}

	_, file := comparison(t, r)
	pages := len(pdftools.PageLabels(t, file))
	if pages < 3 {
		t.Fatalf("the long report takes %d pages", pages)
	}
	all := squeeze(pdfText(t, file, 0, 0))
	for _, want := range []string{"(30번째)", squeeze("구정 만족도를 높이고 현장 중심의 소통 행정을 구현한다. ")} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q", want)
		}
	}
	for n := 1; n <= pages; n++ {
		page := squeeze(pdfText(t, file, n, n))
		// Every page holding table rows starts them under the header.
		if strings.Contains(page, "기대효과") || strings.Contains(page, "목적") {
			if !strings.Contains(page, "구분현행변경안비고") {
				t.Errorf("page %d continues a table without its header", n)
			}
		}
		if !strings.HasSuffix(page, "-"+strconv.Itoa(n)+"-") {
			t.Errorf("page %d's footer is not - %d -: …%s", n, n, tail(page, 20))
		}
	}
}

func TestComparisonEmpty(t *testing.T) {
	for _, r := range []*diff.Report{{}, nil} {
		_, file := comparison(t, r)
		text := squeeze(pdfText(t, file, 0, 0))
		if !strings.Contains(text, "신구대조표변경사항없음") || strings.Contains(text, "현행") {
			t.Errorf("empty report: %s", text)
		}
		if !strings.HasSuffix(text, "-1-") {
			t.Errorf("no footer: %s", text)
		}
	}
}

// TestComparisonDump writes the example's 신구대조표 and the long one to
// $WORKPLAN_PDF_DUMP for looking at.
func TestComparisonDump(t *testing.T) {
	dir := os.Getenv("WORKPLAN_PDF_DUMP")
	if dir == "" {
		t.Skip("set WORKPLAN_PDF_DUMP to a directory")
	}
	for name, r := range map[string]*diff.Report{"comparison": exampleReport(t), "comparison-long": longReport(), "comparison-empty": {}} {
		data, err := Comparison(r, "", defaultFonts(t), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".pdf"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
