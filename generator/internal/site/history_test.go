package site

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"workplan/generator/internal/golden"
	"workplan/generator/internal/history"
)

// testLog is a history as history.Read gives it: two revisions of one plan.
func testLog() *history.Log {
	d1 := time.Date(2024, 3, 5, 9, 30, 0, 0, time.FixedZone("", 9*3600))
	d0 := time.Date(2024, 2, 14, 10, 0, 0, 0, time.FixedZone("", 9*3600))
	return &history.Log{Repository: true, Bound: history.Bound, Entries: []history.Entry{
		{Commit: "b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0", Date: d1, DateText: "2024. 3. 5.", Plan: "2024-saemapo", Year: 2024,
			Title: "2024년도 주요업무 계획", Dept: "새마포담당관", Path: "2024/saemapo/", Kind: history.Changed,
			Summary: "변경 1건(수치 1건)", Lines: []string{"3. 구민 소통 활성화 › 소요예산: 16,366천원 → 17,000천원 (+634천원, +3.9%) <&>"}},
		{Commit: "a1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0", Date: d0, DateText: "2024. 2. 14.", Plan: "2024-saemapo", Year: 2024,
			Title: "2024년도 주요업무 계획", Dept: "새마포담당관", Path: "2024/saemapo/", Kind: history.Published, Summary: "새 계획 공개"},
	}}
}

// The 변경 이력 page and its Atom feed: golden, the feed valid Atom with
// absolute links, and the same log gives the same bytes.
func TestHistory(t *testing.T) {
	s := loadSite(t, "content")
	s.BaseURL = "https://www.mapo.go.kr/plans/"
	r, err := New(s, Options{Assets: fakeAssets()})
	if err != nil {
		t.Fatal(err)
	}
	var outs [2]string
	for i := range outs {
		outs[i] = t.TempDir()
		if err := r.History(outs[i], testLog()); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{HistoryPage, HistoryFeed} {
		a, err := os.ReadFile(filepath.Join(outs[0], f))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(outs[1], f))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two writes of one log", f)
		}
		golden.Check(t, filepath.Join("testdata", "golden", "history", f), a)
	}
	feed, _ := os.ReadFile(filepath.Join(outs[0], HistoryFeed))
	var f struct {
		XMLName xml.Name
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Summary string `xml:"summary"`
			Link    struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(feed, &f); err != nil {
		t.Fatal(err)
	}
	if f.XMLName.Space != "http://www.w3.org/2005/Atom" || f.XMLName.Local != "feed" || f.Updated != "2024-03-05T09:30:00+09:00" || len(f.Entries) != 2 {
		t.Fatalf("feed: %+v", f)
	}
	for _, e := range f.Entries {
		if e.ID == "" || e.Title == "" || e.Updated == "" || e.Summary == "" || !strings.HasPrefix(e.Link.Href, s.BaseURL) {
			t.Errorf("entry lacks an id, title, date, summary or absolute link: %+v", e)
		}
	}
}

// Without a base URL there is no feed; without a repository the page
// says there is no history.
func TestHistoryWithoutFeedOrRepository(t *testing.T) {
	s := loadSite(t, "content")
	s.BaseURL = ""
	r, err := New(s, Options{Assets: fakeAssets()})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := r.History(dir, testLog()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, HistoryFeed)); !os.IsNotExist(err) {
		t.Errorf("a feed without a base URL: %v", err)
	}
	if err := r.History(dir, &history.Log{}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, HistoryPage))
	if !strings.Contains(string(b), "변경 이력이 없습니다") {
		t.Errorf("the page does not say there is no history")
	}
}

// The 공약사업 현황 lists the rich fixture's 공약 item, linked to its
// plan's page; golden.
func TestPledgesPage(t *testing.T) {
	s := loadSite(t, "testdata/rich")
	r, err := New(s, Options{Assets: fakeAssets()})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := r.Pledges(dir); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, PledgesPage))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `<a href="../2025/culture/index.html#item-1-1">1-1. 생활문화센터 확충</a>`) {
		t.Error("the pledged item is not linked")
	}
	golden.Check(t, filepath.Join("testdata", "golden", "pledges", PledgesPage), b)
}
