package site

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// searchHit is one result the search page lists.
type searchHit struct {
	Text string `json:"text"`
	Href string `json:"href"`
	Mark int    `json:"mark"`
}

const searchHitsJS = `Array.from(document.querySelectorAll('#search-list > li')).map(function (li) {
  var a = li.querySelector('a');
  return {text: li.textContent, href: a ? a.getAttribute('href') : '', mark: li.querySelectorAll('mark').length};
})`

const searchStatusJS = `document.getElementById('search-status').textContent`

var searchStatusRe = regexp.MustCompile(`^검색 결과 [0-9,]+건`)

// TestSearchBrowser opens the example's search page in headless Chromium
// under the site's Content-Security-Policy: ?q=소통 lists the 구민 소통
// item linked to its anchor on the plan page; a query typed in the box
// and sent with Enter updates the results, the status and the address
// without leaving the page; axe-core finds no violations at 1280 and
// 360 px (checkPage, which also fails on console errors and requests
// off the site). Screenshots go to $SITE_SCREENSHOTS when set.
func TestSearchBrowser(t *testing.T) {
	chromium := needBrowser(t)
	axeSrc := axeSource(t)
	shots := screenshotDir(t)
	host := serveSites(t, map[string]string{"example": writeSite(t, "content", Options{PDF: true})})
	base := "http://" + host + "/example/"
	browser := startBrowser(t, chromium, 90*time.Second)
	pageURL := base + SearchPage + "?q=" + url.QueryEscape("소통")

	t.Run("query", func(t *testing.T) {
		tab, cancel := chromedp.NewContext(browser)
		defer cancel()
		if err := chromedp.Do(tab, chromedp.Navigate(pageURL), chromedp.WaitReady("body")); err != nil {
			t.Fatalf("opening %s: %v", pageURL, err)
		}
		hits := waitHits(t, tab, "")
		status, err := chromedp.Run(tab, chromedp.Evaluate[string](searchStatusJS))
		if err != nil {
			t.Fatal(err)
		}
		if !searchStatusRe.MatchString(status) || !strings.Contains(status, fmt.Sprintf(" %d건", len(hits))) {
			t.Errorf("status %q for %d results", status, len(hits))
		}
		itemHref := regexp.MustCompile(`^2024/saemapo/index\.html#item-[0-9-]+$`)
		ok := false
		for _, h := range hits {
			if (strings.Contains(h.Text, "소통폰") || strings.Contains(h.Text, "소통 활성화")) && itemHref.MatchString(h.Href) {
				ok = true
			}
			if h.Mark == 0 {
				t.Errorf("result %q marks no match", clip(h.Text))
			}
		}
		if !ok {
			t.Errorf("no result with 소통폰 or 소통 활성화 linked to an item of 2024/saemapo: %v", hits)
		}

		// The keyboard: focus the box, type a new query, press Enter.
		before := status
		if err := chromedp.Do(tab,
			chromedp.Focus("#search-q"),
			chromedp.Evaluate[chromedp.Void](`document.getElementById('search-q').select()`),
			chromedp.SendKeys("#search-q", "주민배심원"+kb.Enter),
		); err != nil {
			t.Fatal(err)
		}
		hits = waitHits(t, tab, before)
		for _, h := range hits {
			if !strings.Contains(strings.ReplaceAll(h.Text, " ", ""), "주민배심원") {
				t.Errorf("result %q lacks 주민배심원", clip(h.Text))
			}
		}
		state, err := chromedp.Run(tab, chromedp.Evaluate[[]string](
			`[document.getElementById('search-status').textContent, location.search, document.activeElement ? document.activeElement.id : '']`))
		if err != nil {
			t.Fatal(err)
		}
		if !searchStatusRe.MatchString(state[0]) || state[0] == before {
			t.Errorf("status after the typed query: %q (before %q)", state[0], before)
		}
		if want := "?q=" + url.QueryEscape("주민배심원"); state[1] != want {
			t.Errorf("address query %q, want %q", state[1], want)
		}
		if state[2] != "search-q" {
			t.Errorf("focus moved to %q after the search", state[2])
		}
	})
	t.Run("axe", func(t *testing.T) {
		checkPage(t, browser, pageURL, host, 0, axeSrc, filepath.Join(shots, "search"))
	})
}

// waitHits waits until the status is a count other than before and the
// list is drawn, and returns the results. At least one is expected.
func waitHits(t *testing.T, tab context.Context, before string) []searchHit {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		status, err := chromedp.Run(tab, chromedp.Evaluate[string](searchStatusJS))
		if err != nil {
			t.Fatal(err)
		}
		if searchStatusRe.MatchString(status) && status != before {
			hits, err := chromedp.Run(tab, chromedp.Evaluate[[]searchHit](searchHitsJS))
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 {
				t.Fatalf("status %q but no result listed", status)
			}
			return hits
		}
		if time.Now().After(deadline) {
			t.Fatalf("no results after 15 s; status %q", status)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
