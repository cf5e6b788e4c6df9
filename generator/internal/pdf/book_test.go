package pdf

import (
	"regexp"
	"strings"
	"testing"

	"workplan/generator/internal/document"
	"workplan/generator/internal/typeset"
)

// TestSeveralPlansInOneDoc lays the plans of testdata/rich out as a
// council book would (issue 14): one 순서 over every plan, each plan's
// entries under its department, then every plan's chapters, numbered on
// through the book. Anchors are prefixed per plan, as node ids are unique
// within a plan only. Every 순서 entry must name the page its heading
// lands on.
func TestSeveralPlansInOneDoc(t *testing.T) {
	site := loadSite(t, "testdata/rich")
	d := typeset.NewDoc(defaultFonts(t), typeset.Portrait)
	d.FrontPart("순서", contentsAnchor)
	var bs []*builder
	skip := map[string]bool{}
	for _, p := range site.Plans {
		doc, err := document.Build(site, p)
		if err != nil {
			t.Fatal(err)
		}
		b := newBuilder(doc, planFile(p), d)
		b.prefix = p.Slug + ":"
		bs = append(bs, b)
	}
	bs[0].contentsTitle()
	for _, b := range bs {
		st := typeset.Style{Bold: true, Size: 16, Color: typeset.Navy}
		label := b.doc.Department + " " + b.doc.Title
		skip[label] = true // it names the plan, not a heading
		d.ContentsLine(typeset.Plain(label, st), st, 0, 0, 18, b.anchor(b.doc.Chapters[0].ID))
		b.contents(b.doc.Contents, 1)
	}
	for _, b := range bs {
		node := d.Bookmark(nil, b.doc.Department, b.anchor(b.doc.Chapters[0].ID))
		b.body(node, false)
	}
	checkSnapshotContents(t, d.Snapshot(), 10, skip)
}

var (
	snapPageRe = regexp.MustCompile(`^=== page \d+ \((.*)\) ===$`)
	snapLineRe = regexp.MustCompile(`^\s*(\d+)\s+(\d+)\s+\S+\s+(.*)$`)
)

// checkSnapshotContents reads a layout snapshot's 순서 pages (entries
// and the numbers at their right on the same baseline) and checks that
// each entry stands on the page of that name; the book should have at
// least minPages numbered pages. Entries in skip are not headings.
func checkSnapshotContents(t *testing.T, snap string, minPages int, skip map[string]bool) {
	t.Helper()
	pages := map[string]string{} // page name → its text
	type entry struct{ label, page string }
	var entries []entry
	name := ""
	byY := map[string]*entry{}
	for _, ln := range strings.Split(snap, "\n") {
		if m := snapPageRe.FindStringSubmatch(ln); m != nil {
			name = m[1]
			byY = map[string]*entry{}
			continue
		}
		m := snapLineRe.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		if name != "순서" {
			pages[name] += m[3] + "\n"
			continue
		}
		e := byY[m[1]]
		if e == nil {
			entries = append(entries, entry{})
			e = &entries[len(entries)-1]
			byY[m[1]] = e
		}
		switch {
		case m[3] == "…":
		case regexp.MustCompile(`^\d+$`).MatchString(m[3]) && len(m[2]) == 3 && m[2] >= "500":
			e.page = m[3]
		default:
			e.label = m[3]
		}
	}
	numbered := 0
	for n := range pages {
		if regexp.MustCompile(`^\d+$`).MatchString(n) {
			numbered++
		}
	}
	if numbered < minPages {
		t.Errorf("%d numbered pages, want at least %d", numbered, minPages)
	}
	checked := 0
	for _, e := range entries {
		if e.label == "" || e.label == "순   서" || skip[e.label] {
			continue
		}
		if e.page == "" {
			t.Errorf("%q has no page number", e.label)
			continue
		}
		if !strings.Contains(pages[e.page], e.label) {
			t.Errorf("%q: 순서 says page %s, which does not hold it", e.label, e.page)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d 순서 entries checked", checked)
	}
}
