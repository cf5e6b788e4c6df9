package hwpx

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"workplan/generator/internal/diff"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
)

// editedExample compares the example with a copy in which one item's
// budget and one of its sentences are edited, one contents line is
// rewritten word by word and one is removed: a real report of every
// change the 신구대조표 shows.
func editedExample(t *testing.T) *diff.Report {
	t.Helper()
	root := filepath.Join(repoRoot(t), "content")
	orig, edited := fstest.MapFS{}, fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(root), ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			return err
		}
		orig[p] = &fstest.MapFile{Data: b}
		if strings.HasSuffix(p, "01-pledges.yaml") {
			s := string(b)
			for _, r := range [][2]string{
				{"total: 19,600", "total: 21,000"},
				{"공약 추진 관리계획 수립 및 추진실적(이행과정) 관리", "공약 추진 관리계획 수립 및 분기별 추진실적 점검"},
				{"    - 공약사업 이행실적 보고회 개최\n", ""},
			} {
				if !strings.Contains(s, r[0]) {
					t.Fatalf("the example's 01-pledges.yaml no longer holds %q; update this test", r[0])
				}
				s = strings.Replace(s, r[0], r[1], 1)
			}
			b = []byte(s)
		}
		edited[p] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	site := func(fsys fs.FS) *model.Site {
		s, l := load.Load(fsys, "content")
		if s == nil {
			t.Fatal(l)
		}
		return s
	}
	r := diff.Compare(site(orig), site(edited))
	r.From, r.To = "HEAD", "content"
	return r
}

// TestComparisonPackage: the 신구대조표 of a real report is a valid package,
// reproducible, with every change's text in order, deleted words struck
// and added words underlined.
func TestComparisonPackage(t *testing.T) {
	r := editedExample(t)
	kinds := map[diff.Kind]bool{}
	words := false
	for _, c := range r.Changes {
		kinds[c.Kind] = true
		words = words || len(c.Words) > 0
	}
	if len(r.Changes) < 3 || !words || !kinds[diff.Changed] {
		t.Fatalf("the edited example gives %d changes (kinds %v, word changes %v); want a figure, a sentence and a line", len(r.Changes), kinds, words)
	}
	b, err := Comparison(r, "", ComparisonOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := Comparison(r, "", ComparisonOptions{}); !bytes.Equal(b, again) {
		t.Error("two renderings differ")
	}
	entries := unzip(t, b)
	checkWellFormed(t, entries)
	checkReachable(t, entries)
	checkReferences(t, entries, "charPr", "paraPr", "style", "borderFill")
	header, err := parseXML(partData(t, entries, "Contents/header.xml"))
	if err != nil {
		t.Fatal(err)
	}
	section, err := parseXML(partData(t, entries, "Contents/section0.xml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tbl := range section.all("tbl") {
		checkGrid(t, tbl, PlanPage().TextWidth())
	}

	// Every change in order: where, old and new words, 비고.
	var want []string
	for _, c := range r.Changes {
		want = append(want, c.Where[len(c.Where)-1])
		for _, op := range c.Words {
			want = append(want, op.Text)
		}
		if len(c.Words) == 0 {
			want = append(want, c.Old, c.New)
		}
		want = append(want, c.Delta)
	}
	checkTextInOrder(t, want, bodyText(section), 3)

	// Marks: each removed word is in a struck run, each added word in an
	// underlined run, in 현행 and 변경안 respectively.
	charPr := map[string]*node{}
	for _, c := range header.all("charPr") {
		charPr[c.must("id")] = c
	}
	marked := map[string][2]bool{} // run text → struck, underlined
	for _, run := range section.all("run") {
		if tt := run.child("t"); tt != nil {
			c := charPr[run.must("charPrIDRef")]
			m := marked[tt.text]
			m[0] = m[0] || c.child("strikeout").must("shape") != "NONE"
			m[1] = m[1] || c.child("underline").must("type") != "NONE"
			marked[tt.text] = m
		}
	}
	checked := 0
	for _, c := range r.Changes {
		for _, op := range c.Words {
			switch op.Kind {
			case '-':
				checked++
				if !marked[op.Text][0] {
					t.Errorf("deleted %q is not struck through", op.Text)
				}
			case '+':
				checked++
				if !marked[op.Text][1] {
					t.Errorf("added %q is not underlined", op.Text)
				}
			}
		}
		if c.Figure() {
			checked += 2
			if !marked[c.Old][0] || !marked[c.New][1] {
				t.Errorf("figure %s → %s: old struck %v, new underlined %v", c.Old, c.New, marked[c.Old][0], marked[c.New][1])
			}
		}
	}
	if checked < 3 {
		t.Errorf("only %d marked runs checked", checked)
	}
	for _, s := range []string{"구 분", "현 행", "변 경 안", "비 고"} {
		if _, ok := marked[s]; !ok {
			t.Errorf("no header cell %q", s)
		}
	}
}

// TestComparisonEmpty: no changes still make a valid file that says so.
func TestComparisonEmpty(t *testing.T) {
	b, err := Comparison(&diff.Report{}, "", ComparisonOptions{})
	if err != nil {
		t.Fatal(err)
	}
	entries := unzip(t, b)
	checkWellFormed(t, entries)
	section, err := parseXML(partData(t, entries, "Contents/section0.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if got := bodyText(section); got != "신구대조표변경 사항 없음" {
		t.Errorf("body %q", got)
	}
}

// TestComparisonKinds: each kind of change shows as the PDF shows it.
func TestComparisonKinds(t *testing.T) {
	for _, c := range []struct {
		ch       diff.Change
		old, new string // runs joined, struck parts in [-…-], underlined in {+…+}
		note     string
	}{
		{diff.Change{Kind: diff.Added, New: "3. 라"}, "", "{+3. 라+}", "추가"},
		{diff.Change{Kind: diff.Removed, Old: "2. 나"}, "[-2. 나-]", "", "삭제"},
		{diff.Change{Kind: diff.Renamed, Old: "3", New: "2"}, "[-3-]", "{+2+}", "번호 변경"},
		{diff.Change{Kind: diff.Changed, Old: "19,600천원", New: "21,000천원", Delta: "+1,400천원, +7.1%"}, "[-19,600천원-]", "{+21,000천원+}", "+1,400천원, +7.1%"},
		{diff.Change{Kind: diff.Changed, Old: "가 나", New: "가 다", Words: diff.Words("가 나", "가 다")}, "가 [-나-]", "가 {+다+}", "변경"},
	} {
		old, new, note := sides(c.ch)
		show := func(rs []Run) string {
			var b strings.Builder
			for _, r := range rs {
				switch {
				case r.Strike:
					b.WriteString("[-" + r.Text + "-]")
				case r.Underline:
					b.WriteString("{+" + r.Text + "+}")
				default:
					b.WriteString(r.Text)
				}
			}
			return b.String()
		}
		if show(old) != c.old || show(new) != c.new || note != c.note {
			t.Errorf("%+v: %q | %q | %q, want %q | %q | %q", c.ch, show(old), show(new), note, c.old, c.new, c.note)
		}
	}
}
