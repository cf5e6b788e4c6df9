package site

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// csp is the policy the test server sends, the one the pages state.
const csp = ContentSecurityPolicy

// findChromium returns the path of a Chromium to drive, or "".
func findChromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// need skips the test when something it needs is missing, except on CI,
// where a missing browser or npm install is a failure.
func need(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing; CI must install it", what)
	}
	t.Skipf("%s is missing; skipping the browser test", what)
}

// TestBrowser opens the example's and the fixture's pages in headless
// Chromium under a strict Content-Security-Policy and checks that every
// chart draws, that nothing is logged as an error, that no request leaves
// the site, and that axe-core finds no violations, at 1280 and 360 px.
// Screenshots go to $SITE_SCREENSHOTS when set.
func TestBrowser(t *testing.T) {
	chromium := needBrowser(t)
	axeSrc := axeSource(t)
	shots := screenshotDir(t)
	host := serveSites(t, map[string]string{
		"example": writeSite(t, "content", Options{PDF: true}),
		"rich":    writeSite(t, "testdata/rich", Options{PDF: true}),
	})
	base := "http://" + host
	browser := startBrowser(t, chromium, 90*time.Second)

	pages := []struct {
		name, path string
		charts     int // at least this many charts
	}{
		{"example-plan", "/example/2024/saemapo/index.html", 4},
		{"rich-plan", "/rich/2025/culture/index.html", 8},
		{"example-index", "/example/index.html", 0},
		{"rich-index", "/rich/index.html", 0},
	}
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			checkPage(t, browser, base+pg.path, host, pg.charts, axeSrc, filepath.Join(shots, pg.name))
		})
	}
}

// chartState is what the page reports about one chart container.
type chartState struct {
	ID     string  `json:"id"`
	Label  string  `json:"label"`
	Width  float64 `json:"w"`
	Height float64 `json:"h"`
}

type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

const chartsJS = `Array.from(document.querySelectorAll('[role=img].chart')).map(function (el) {
  var g = el.querySelector('svg, canvas');
  var r = g ? g.getBoundingClientRect() : {width: 0, height: 0};
  return {id: el.id, label: el.getAttribute('aria-label') || '', w: r.width, h: r.height};
})`

// scrollToUndrawnJS brings the first chart without a drawing into view.
const scrollToUndrawnJS = `(function () {
  var el = Array.from(document.querySelectorAll('[role=img].chart')).find(function (el) {
    var g = el.querySelector('svg, canvas');
    return !g || g.getBoundingClientRect().width <= 0;
  });
  if (el) el.scrollIntoView({block: 'center'});
})()`

const axeJS = `axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  return r.violations.map(function (v) {
    return {id: v.id, impact: v.impact || '', help: v.help,
      nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })};
  });
})`

func checkPage(t *testing.T, browser context.Context, pageURL, host string, minCharts int, axeSrc, shot string) {
	ctx, cancel := chromedp.NewContext(browser)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 40*time.Second)
	defer cancelT()

	var mu sync.Mutex
	var problems []string
	report := func(format string, args ...any) {
		mu.Lock()
		problems = append(problems, fmt.Sprintf(format, args...))
		mu.Unlock()
	}
	// Problems are reported when the page's checks end, even by t.Fatal.
	flushed := false
	flushProblems := func() {
		mu.Lock()
		defer mu.Unlock()
		if flushed {
			return
		}
		flushed = true
		for _, p := range problems {
			t.Error(p)
		}
	}
	defer flushProblems()
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning || e.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range e.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				report("console %s: %s", e.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			desc := ""
			if d.Exception != nil {
				desc = d.Exception.Description
			}
			report("exception: %s %s at %s:%d", d.Text, desc, d.URL, d.LineNumber+1)
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
				report("log %s (%s): %s %s", e.Entry.Level, e.Entry.Source, e.Entry.Text, e.Entry.URL)
			}
		case *network.EventRequestWillBeSent:
			u, err := url.Parse(e.Request.URL)
			if err != nil {
				report("request to unreadable URL %q", e.Request.URL)
				return
			}
			if u.Scheme == "data" || u.Scheme == "blob" || u.Scheme == "about" {
				return
			}
			if u.Host != host {
				report("request to another host: %s", e.Request.URL)
			}
		case *network.EventLoadingFailed:
			report("loading failed: %s %s", e.ErrorText, e.BlockedReason)
		case *network.EventResponseReceived:
			if e.Response.Status >= 400 {
				report("HTTP %d for %s", e.Response.Status, e.Response.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(pageURL),
		chromedp.WaitReady("body"),
	); err != nil {
		t.Fatalf("opening %s: %v", pageURL, err)
	}

	for _, width := range []int64{1280, 360} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}

		// Charts redraw 120 ms after a resize, and draw when they come into
		// view: scroll to each one not drawn yet until every one has a
		// drawing of some size.
		var states []chartState
		deadline := time.Now().Add(10 * time.Second)
		for {
			if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](scrollToUndrawnJS)); err != nil {
				t.Fatal(err)
			}
			time.Sleep(300 * time.Millisecond)
			var err error
			if states, err = chromedp.Run(ctx, chromedp.Evaluate[[]chartState](chartsJS)); err != nil {
				t.Fatal(err)
			}
			if allDrawn(states) || time.Now().After(deadline) {
				break
			}
		}
		if len(states) < minCharts {
			t.Errorf("%d px: %d chart containers, want at least %d", width, len(states), minCharts)
		}
		for _, s := range states {
			if s.Width <= 0 || s.Height <= 0 {
				t.Errorf("%d px: chart %s has not drawn (drawing %gx%g)", width, s.ID, s.Width, s.Height)
			}
			if s.Label == "" {
				t.Errorf("%d px: chart %s has no aria-label", width, s.ID)
			}
			if s.Width > float64(width) {
				t.Errorf("%d px: chart %s is %g px wide, wider than the screen", width, s.ID, s.Width)
			}
		}
		overflow, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
		if err != nil {
			t.Fatal(err)
		}
		if overflow > 0 {
			t.Errorf("%d px: the page scrolls sideways by %g px", width, overflow)
		}

		// Code evaluated through the DevTools protocol is not subject to the page's CSP.
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`typeof axe === "undefined" ? (function () {`+axeSrc+"\n})() : 0")); err != nil {
			t.Fatalf("%d px: loading axe: %v", width, err)
		}
		violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](axeJS, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%d px: running axe: %v", width, err)
		}
		for _, v := range violations {
			t.Errorf("%d px: axe %s (%s): %s at %s", width, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "; "))
		}

		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(fmt.Sprintf("%s-%d.png", shot, width), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

}

func allDrawn(states []chartState) bool {
	for _, s := range states {
		if s.Width <= 0 || s.Height <= 0 {
			return false
		}
	}
	return true
}
