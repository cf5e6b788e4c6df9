package site

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"workplan/generator/internal/history"
)

// Where the 변경 이력 and its Atom feed stand in the site.
const (
	HistoryPage = "history/index.html"
	HistoryFeed = "history/atom.xml"
)

// historyView is the 변경 이력 page.
type historyView struct {
	Page    *page
	Intro   string // what the page lists, with its bound
	Empty   string // why nothing is listed; "" when something is
	Feed    string // link to the Atom feed; "" without one
	Entries []historyEntry
}

type historyEntry struct {
	history.Entry
	Anchor string // the entry's id on the page
	Href   string // the plan's page; "" when the site no longer has it
	Label  string // 새마포담당관 2024년도 주요업무 계획
	Lines  []string
}

// History writes the 변경 이력 page into dir, and, when the site has a
// base URL, its Atom feed (Atom wants absolute IRIs; without a base URL
// there is no feed, and the page says nothing of one). The log comes from
// history.Read; a nil or empty one gives a page saying there is no
// history.
func (r *Renderer) History(dir string, h *history.Log) error {
	s := r.site
	if h == nil {
		h = &history.Log{}
	}
	root := relRoot(HistoryPage)
	v := &historyView{Page: &page{
		Kind: "history", Site: s, Root: root,
		Title:       "변경 이력 | " + s.Title,
		Description: s.District + " 주요업무 계획 변경 이력",
		Crumbs:      []crumb{{Label: "홈", Href: root + "index.html"}, {Label: "변경 이력"}},
	}}
	if s.BaseURL != "" {
		v.Page.Canonical = s.BaseURL + "history/"
	}
	published := map[string]bool{}
	for _, p := range s.Plans {
		published[p.Path] = true
	}
	for _, e := range h.Entries {
		he := historyEntry{Entry: e, Anchor: entryAnchor(e), Label: e.Dept + " " + e.Title, Lines: e.Lines}
		if published[e.Path] && e.Kind != history.Withdrawn {
			he.Href = root + e.Path + "index.html"
		}
		if e.More > 0 {
			he.Lines = append(he.Lines[:len(he.Lines):len(he.Lines)], fmt.Sprintf("외 %d건", e.More))
		}
		v.Entries = append(v.Entries, he)
	}
	switch {
	case !h.Repository:
		v.Empty = "계획 자료가 버전 관리(git) 저장소에 있지 않아 변경 이력이 없습니다."
	case len(v.Entries) == 0:
		v.Empty = "아직 공개된 변경 이력이 없습니다."
	default:
		v.Intro = fmt.Sprintf("계획 자료를 바꾼 최근 %d번의 기록까지 계획별로 무엇이 바뀌었는지 보여 줍니다. 날짜는 바꾼 기록의 날짜입니다.", h.Bound)
	}
	w := &writer{dir: dir}
	if s.BaseURL != "" && len(v.Entries) > 0 {
		v.Feed = "atom.xml"
		w.file(HistoryFeed, atomFeed(s.Title, s.BaseURL, v.Entries))
	}
	return w.page(r.t, HistoryPage, v.Page, v)
}

// entryAnchor names an entry on the page: r-<commit's first 12 digits>-<plan slug>.
func entryAnchor(e history.Entry) string {
	return "r-" + e.Commit[:min(12, len(e.Commit))] + "-" + e.Plan
}

// Atom 1.0 (RFC 4287) elements, as written.
type atomFeedXML struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Summary string   `xml:"summary"`
}

// atomFeed is the 변경 이력 as an Atom feed under base (absolute, ending
// in /): one entry per revision of a plan, newest first, dated by the
// commits; the feed's date is its newest entry's.
func atomFeed(title, base string, entries []historyEntry) []byte {
	page := base + "history/"
	newest := entries[0].Date
	for _, e := range entries {
		if e.Date.After(newest) {
			newest = e.Date
		}
	}
	f := atomFeedXML{
		Lang: "ko", ID: page, Title: title + " 변경 이력",
		Updated: newest.Format(time.RFC3339),
		Links:   []atomLink{{Rel: "self", Type: "application/atom+xml", Href: base + HistoryFeed}, {Rel: "alternate", Type: "text/html", Href: page}},
		Author:  atomAuthor{Name: title},
	}
	for _, e := range entries {
		summary := e.Summary
		if len(e.Lines) > 0 {
			summary += "\n" + strings.Join(e.Lines, "\n")
		}
		f.Entries = append(f.Entries, atomEntry{
			ID:      page + "#" + e.Anchor,
			Title:   e.Label + " " + string(e.Kind) + " (" + e.DateText + ")",
			Updated: e.Date.Format(time.RFC3339),
			Link:    atomLink{Rel: "alternate", Type: "text/html", Href: page + "#" + e.Anchor},
			Summary: summary,
		})
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil { // only strings: cannot fail
		panic(err)
	}
	b.WriteString("\n")
	return b.Bytes()
}
