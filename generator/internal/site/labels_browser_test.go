package site

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// labelBox is one text of a drawn chart, with its box and its chart's box
// in page coordinates.
type labelBox struct {
	Chart string  `json:"chart"`
	Text  string  `json:"text"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	CX    float64 `json:"cx"`
	CY    float64 `json:"cy"`
	CW    float64 `json:"cw"`
	CH    float64 `json:"ch"`
}

// labelsJS lists every visible text of every drawn chart. The chart's box
// is its container's: a label outside it is cut off or spills over the
// page.
const labelsJS = `(function () {
  var out = [];
  document.querySelectorAll('[role=img].chart').forEach(function (el) {
    var c = el.getBoundingClientRect();
    el.querySelectorAll('svg text').forEach(function (t) {
      var s = getComputedStyle(t);
      if (s.display === 'none' || s.visibility === 'hidden' || t.getAttribute('opacity') === '0' || !t.textContent.trim()) return;
      var r = t.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      out.push({chart: el.id, text: t.textContent, x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height,
        cx: c.left + scrollX, cy: c.top + scrollY, cw: c.width, ch: c.height});
    });
  });
  return out;
})()`

// TestChartLabelsFit opens the example's, the fixture's and the Busan
// case's plan pages at 360, 768, 1280 and 1920 px and checks that no
// chart text (axis labels, legends, org chart boxes) is cut off by its
// chart's box or overlaps another text of the same chart.
func TestChartLabelsFit(t *testing.T) {
	chromium := needBrowser(t)
	base := "http://" + serveSites(t, map[string]string{
		"example": writeSite(t, "content", Options{}),
		"rich":    writeSite(t, "testdata/rich", Options{}),
		"busan":   writeSite(t, "testdata/cases/busan-culture-sports-2025", Options{}),
	})
	browser := startBrowser(t, chromium, 5*time.Minute)

	for _, pg := range []struct{ name, path string }{
		{"example", "/example/2024/saemapo/index.html"},
		{"rich", "/rich/2025/culture/index.html"},
		{"busan", "/busan/2025/culture-sports/index.html"},
	} {
		t.Run(pg.name, func(t *testing.T) {
			tab, cancel := chromedp.NewContext(browser)
			defer cancel()
			for _, width := range []int64{1920, 1280, 768, 360} {
				if err := chromedp.Do(tab,
					chromedp.EmulateViewport(width, 900),
					chromedp.Navigate(base+pg.path),
					chromedp.WaitReady("body"),
				); err != nil {
					t.Fatalf("%d px: opening %s: %v", width, pg.path, err)
				}
				labels := drawnLabels(t, tab, width)
				t.Logf("%d px: %d texts", width, len(labels))
				if len(labels) == 0 {
					t.Errorf("%d px: no chart text found", width)
				}
				for _, p := range labelProblems(labels) {
					t.Errorf("%d px: %s", width, p)
				}
			}
		})
	}
}

// drawnLabels brings each chart not drawn yet into view, one at a time
// (a chart draws when it comes near the screen; scrolling past many at
// once shows the observer only the last), until every chart holds a
// drawing, then lists their texts.
func drawnLabels(t *testing.T, tab context.Context, width int64) []labelBox {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second) // a ceiling for a loaded machine, not a timing
	for {
		if err := chromedp.Do(tab, chromedp.Evaluate[chromedp.Void](scrollToUndrawnJS)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(400 * time.Millisecond)
		states, err := chromedp.Run(tab, chromedp.Evaluate[[]chartState](chartsJS))
		if err != nil {
			t.Fatal(err)
		}
		if allDrawn(states) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d px: charts not drawn after 60 s: %v", width, states)
		}
	}
	// Labels settle after the resize redraw (120 ms) and font loading.
	time.Sleep(300 * time.Millisecond)
	labels, err := chromedp.Run(tab, chromedp.Evaluate[[]labelBox](labelsJS))
	if err != nil {
		t.Fatal(err)
	}
	return labels
}

// labelProblems names each text outside its chart's box and each pair of
// texts of one chart that overlap. A pixel of slack absorbs rounding.
func labelProblems(labels []labelBox) []string {
	const slack = 1.0
	var out []string
	for _, l := range labels {
		if l.X < l.CX-slack || l.Y < l.CY-slack || l.X+l.W > l.CX+l.CW+slack || l.Y+l.H > l.CY+l.CH+slack {
			out = append(out, fmt.Sprintf("chart %s: %q (%.0f,%.0f %.0f×%.0f) is cut off by the chart's box (%.0f,%.0f %.0f×%.0f)",
				l.Chart, l.Text, l.X, l.Y, l.W, l.H, l.CX, l.CY, l.CW, l.CH))
		}
	}
	for i, a := range labels {
		for _, b := range labels[i+1:] {
			if a.Chart != b.Chart {
				continue
			}
			dx := min(a.X+a.W, b.X+b.W) - max(a.X, b.X)
			dy := min(a.Y+a.H, b.Y+b.H) - max(a.Y, b.Y)
			if dx > 2*slack && dy > 2*slack {
				out = append(out, fmt.Sprintf("chart %s: %q and %q overlap by %.0f×%.0f px", a.Chart, a.Text, b.Text, dx, dy))
			}
		}
	}
	return out
}
