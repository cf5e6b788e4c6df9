package pdf

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"workplan/bench/synth"
	"workplan/generator/internal/document"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/pdftools"
)

// renderBook renders a book into a temporary file.
func renderBook(t *testing.T, site *model.Site, bk *model.Book) string {
	t.Helper()
	data, warns, err := Book(bk, site, defaultFonts(t), BookOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Errorf("warnings: %v", warns)
	}
	return pdftools.WriteTemp(t, bk.Slug+".pdf", data)
}

// bookOf finds a site's book by year and slug.
func bookOf(t *testing.T, site *model.Site, year int, slug string) *model.Book {
	t.Helper()
	for _, bk := range site.Books() {
		if bk.Year == year && bk.Slug == slug {
			return bk
		}
	}
	t.Fatalf("no book %d/%s", year, slug)
	return nil
}

// synthSite writes and loads a synthetic district of n departments and
// one year (2025), with drafts for 2026.
func synthSite(t *testing.T, n int) *model.Site {
	t.Helper()
	dir := t.TempDir()
	if _, err := synth.Generate(dir, synth.Options{Depts: n, Years: 1, Drafts: 2}); err != nil {
		t.Fatal(err)
	}
	site, l := load.Load(os.DirFS(dir), "district")
	if site == nil {
		t.Fatal(l)
	}
	return site
}

// TestBookContents renders books in both numberings, with and without
// divider pages, and checks every 순서 entry (국, department, each
// chapter and item) against the page it names, through the page labels.
func TestBookContents(t *testing.T) {
	rich := loadSite(t, "testdata/rich")
	big := synthSite(t, 17)
	restart := *big
	restart.Book = model.BookSettings{Restart: true}
	for _, c := range []struct {
		name string
		site *model.Site
		year int
		slug string
	}{
		{"rich, dividers, continuous", rich, 2025, model.DistrictBook},
		{"rich committee", rich, 2025, "admin"},
		{"synthetic, dividers, continuous", big, 2025, model.DistrictBook},
		{"synthetic committee, no dividers, from 1 in each department", &restart, 2025, "welfare"},
	} {
		t.Run(c.name, func(t *testing.T) {
			bk := bookOf(t, c.site, c.year, c.slug)
			file := renderBook(t, c.site, bk)
			checkBook(t, c.site, bk, file)
		})
	}
}

// checkBook checks a book's page labels, its 순서 and its outline.
func checkBook(t *testing.T, site *model.Site, bk *model.Book, file string) {
	labels := pdftools.PageLabels(t, file)
	pages := strings.Split(pdftools.Run(t, "pdftotext", "-layout", "-enc", "UTF-8", file, "-"), "\f")
	if len(pages) < len(labels) {
		t.Fatalf("%d pages of text, %d labels", len(pages), len(labels))
	}
	if labels[0] != "표지" || !strings.HasPrefix(labels[1], "순서") {
		t.Fatalf("labels %q", labels)
	}
	cover := squeeze(pages[0])
	for _, want := range []string{bk.For, bk.Title, bk.Occasion, bk.Date, site.District} {
		if !strings.Contains(cover, squeeze(want)) {
			t.Errorf("the cover lacks %q: %s", want, cover)
		}
	}
	// Where each department's numbered pages start, and the divider of
	// each 국.
	var starts []int
	dividers := map[string]int{}
	tocLast := 1
	for i, l := range labels {
		switch {
		case strings.HasPrefix(l, "순서"):
			tocLast = i
		case l == "1" || (!site.Book.Restart && len(starts) == 0 && isNumber(l)):
			starts = append(starts, i)
		case !isNumber(l) && i > 1:
			dividers[l] = i
		}
	}
	// The entries the 순서 must list, in order, and what department each
	// stands under.
	type entry struct {
		label  string
		dept   int  // index of its department in the book; -1 for a 국
		header bool // a department's own line
	}
	var want []entry
	var docs []*document.Plan
	for _, bu := range bk.Bureaus {
		want = append(want, entry{bu.Bureau.Name, -1, false})
		for _, p := range bu.Plans {
			doc, err := document.Build(site, p)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, doc)
			k := len(docs) - 1
			want = append(want, entry{doc.Department, k, true})
			var walk func(es []*document.Entry)
			walk = func(es []*document.Entry) {
				for _, e := range es {
					want = append(want, entry{e.Label, k, false})
					walk(e.Sub)
				}
			}
			walk(doc.Contents)
		}
	}
	if !site.Book.Restart && len(starts) != 1 || site.Book.Restart && len(starts) != len(docs) {
		t.Fatalf("%d runs of page numbers for %d departments (restart %v): %q", len(starts), len(docs), site.Book.Restart, labels)
	}
	// The 순서's lines: a title (joined over its wrapped lines) and its
	// page number; a 국 before a divider page has none.
	bureauNames := map[string]bool{}
	for _, bu := range bk.Bureaus {
		bureauNames[squeeze(bu.Bureau.Name)] = true
	}
	var got [][2]string
	pending := ""
	for _, pg := range pages[1 : tocLast+1] {
		for _, ln := range strings.Split(pg, "\n") {
			if m := tocLineRe.FindStringSubmatch(ln); m != nil {
				got = append(got, [2]string{squeeze(pending + m[1]), m[2]})
				pending = ""
				continue
			}
			s := squeeze(ln)
			switch {
			case s == "" || s == "순서":
			case pending == "" && bureauNames[s] && site.Book.Dividers:
				got = append(got, [2]string{s, ""})
			default:
				pending += ln
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("순서 has %d entries, want %d:\n%q", len(got), len(want), got)
	}
	dept := -1
	checked := 0
	for i, e := range want {
		if e.dept >= 0 {
			dept = e.dept
		}
		label, num := got[i][0], got[i][1]
		if label != squeeze(e.label) {
			t.Errorf("entry %d is %q, want %q", i+1, label, e.label)
			continue
		}
		if e.dept < 0 && site.Book.Dividers {
			if num != "" {
				t.Errorf("%s: a 국 before a divider page has no number, got %s", e.label, num)
			}
			if p, ok := dividers[e.label]; !ok || squeeze(pages[p]) != squeeze(e.label) {
				t.Errorf("%s: no divider page labelled so holding its name alone", e.label)
			}
			continue
		}
		if e.dept < 0 {
			dept++ // a 국's line points at its first department
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			t.Errorf("%s: no page number", e.label)
			continue
		}
		page := 0
		if site.Book.Restart {
			page = starts[dept] + n - 1
		} else {
			page = indexOf(labels, num)
		}
		if page < 0 || page >= len(labels) || labels[page] != num {
			t.Errorf("%s: 순서 says page %s, which no page is labelled", e.label, num)
			continue
		}
		text := squeeze(pages[page])
		if e.dept >= 0 && !e.header && !strings.Contains(text, squeeze(e.label)) {
			t.Errorf("%q: 순서 says page %s (physical %d), which does not hold it", e.label, num, page+1)
		}
		if e.header || e.dept < 0 {
			if first := squeeze(docs[dept].Chapters[0].Label); !strings.Contains(text, first) {
				t.Errorf("%s: page %s is not its first chapter's (%s)", e.label, num, first)
			}
		}
		if !strings.HasSuffix(text, "-"+num+"-") {
			t.Errorf("page %s's footer is not - %s -: …%s", num, num, tail(text, 20))
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d entries checked", checked)
	}
	checkBookOutline(t, bk, docs, file, starts, site.Book)
}

// checkBookOutline reads the outline with qpdf: 국 › department › the
// plan's 순서 tree (chapters, groups, items), each department pointing at
// its first page.
func checkBookOutline(t *testing.T, bk *model.Book, docs []*document.Plan, file string, starts []int, set model.BookSettings) {
	type node struct {
		Title string `json:"title"`
		Page  int    `json:"destpageposfrom1"`
		Kids  []node `json:"kids"`
	}
	var out struct {
		Outlines []node `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(pdftools.Run(t, "qpdf", "--json", "--json-key=outlines", file)), &out); err != nil {
		t.Fatal(err)
	}
	var same func(ns []node, es []*document.Entry) bool
	same = func(ns []node, es []*document.Entry) bool {
		if len(ns) != len(es) {
			return false
		}
		for i := range ns {
			if ns[i].Title != es[i].Label || !same(ns[i].Kids, es[i].Sub) {
				return false
			}
		}
		return true
	}
	if len(out.Outlines) != len(bk.Bureaus) {
		t.Fatalf("%d top bookmarks for %d 국", len(out.Outlines), len(bk.Bureaus))
	}
	k := 0
	for i, bu := range bk.Bureaus {
		b := out.Outlines[i]
		if b.Title != bu.Bureau.Name || len(b.Kids) != len(bu.Plans) {
			t.Errorf("bookmark %d: %q with %d departments, want %q with %d", i+1, b.Title, len(b.Kids), bu.Bureau.Name, len(bu.Plans))
			continue
		}
		for _, d := range b.Kids {
			doc := docs[k]
			if d.Title != doc.Department || !same(d.Kids, doc.Contents) {
				t.Errorf("bookmarks of %s do not follow its 순서", d.Title)
			}
			if set.Restart && d.Page != starts[k]+1 {
				t.Errorf("%s's bookmark points at page %d, its first page is %d", d.Title, d.Page, starts[k]+1)
			}
			k++
		}
	}
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

func indexOf(ss []string, s string) int {
	for i, x := range ss {
		if x == s {
			return i
		}
	}
	return -1
}

// TestBookLeavesDraftsOut: a draft plan is in no book, its department
// in no 순서, outline or page.
func TestBookLeavesDraftsOut(t *testing.T) {
	site := loadSite(t, "testdata/rich")
	for _, p := range site.Plans {
		if p.Slug == "2025-safety" {
			p.Draft = true
		}
	}
	bk := bookOf(t, site, 2025, model.DistrictBook)
	if len(bk.Plans()) != 1 || bk.Plans()[0].Slug != "2025-culture" {
		t.Fatalf("the 2025 book binds %d plans", len(bk.Plans()))
	}
	file := renderBook(t, site, bk)
	text := pdftools.Run(t, "pdftotext", "-enc", "UTF-8", file, "-")
	outline := pdftools.Run(t, "qpdf", "--json", "--json-key=outlines", file)
	for _, s := range []string{"안전재난과", "빗물받이", "행정관리국"} {
		if strings.Contains(text, s) || strings.Contains(outline, s) {
			t.Errorf("the book holds %q, from a draft", s)
		}
	}
	if !strings.Contains(text, "문화관광과") {
		t.Error("the published plan is missing")
	}
}

// TestBookDeterministic: the same book twice gives the same bytes.
func TestBookDeterministic(t *testing.T) {
	site := loadSite(t, "testdata/rich")
	bk := bookOf(t, site, 2025, "admin")
	a, _, err := Book(bk, site, defaultFonts(t), BookOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, _, _ := Book(bk, site, defaultFonts(t), BookOptions{})
	if string(a) != string(b) {
		t.Fatal("two renders of a book differ")
	}
	info := pdftools.Run(t, "pdfinfo", "-isodates", pdftools.WriteTemp(t, "b.pdf", a))
	for _, want := range []string{"Title:           행정건설위원회 소관 2025년도 주요업무 계획", "Author:          가상구", "CreationDate:    2025-02-14T00:00:00+09"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

// TestLargeBook renders the whole district's newest book of a content
// folder named by WORKPLAN_BOOK_CONTENT (a bench/gen district), for
// measuring with /usr/bin/time; skipped otherwise.
func TestLargeBook(t *testing.T) {
	dir := os.Getenv("WORKPLAN_BOOK_CONTENT")
	if dir == "" {
		t.Skip("WORKPLAN_BOOK_CONTENT is not set")
	}
	site, l := load.Load(os.DirFS(dir), dir)
	if site == nil {
		t.Fatal(l)
	}
	site = site.Published()
	bk := site.Books()[0]
	start := time.Now()
	data, _, err := Book(bk, site, defaultFonts(t), BookOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d/%s: %d departments, %d bytes in %v", bk.Year, bk.Slug, len(bk.Plans()), len(data), time.Since(start))
	if pages := strings.Count(pdftools.Run(t, "pdfinfo", pdftools.WriteTemp(t, "big.pdf", data)), "Pages:"); pages != 1 {
		t.Fatal("pdfinfo cannot read the book")
	}
}
