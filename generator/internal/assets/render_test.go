package assets

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// renderPage draws every chart of window.drawings with the bundle, as the
// site's helper does (SVG renderer), and reports what each one drew.
const renderPage = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>bundle</title></head>
<body><script src="echarts.min.js"></script><script src="drawings.js"></script><script src="render.js"></script></body></html>`

const renderJS = `window.results = drawings.map(function (d) {
  var el = document.createElement("div");
  el.id = d.id;
  el.style.width = "800px";
  el.style.height = d.height + "px";
  document.body.appendChild(el);
  var r = {id: d.id, kind: d.kind, missing: [], texts: []};
  try {
    var chart = echarts.init(el, null, {renderer: "svg"});
    chart.setOption(d.option);
    var model = chart.getModel();
    r.series = model.getSeriesCount();
    ["legend", "grid", "xAxis", "yAxis", "tooltip", "title", "dataset"].forEach(function (k) {
      if (d.option[k] && !model.getComponent(k)) {
        r.missing.push(k);
      }
    });
    var svg = el.querySelector("svg");
    r.shapes = svg ? svg.querySelectorAll("path, rect, text").length : 0;
    r.patterns = svg ? svg.querySelectorAll("pattern").length : 0;
    r.text = svg ? Array.from(svg.querySelectorAll("text")).map(function (t) { return t.textContent; }).join("\n") : "";
    r.aria = el.getAttribute("aria-label") || "";
  } catch (e) {
    r.error = String(e && e.stack || e);
  }
  return r;
});`

// rendered is what the page reports about one chart.
type rendered struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Error    string   `json:"error"`
	Series   int      `json:"series"`
	Missing  []string `json:"missing"`
	Shapes   int      `json:"shapes"`
	Patterns int      `json:"patterns"`
	Text     string   `json:"text"`
	Aria     string   `json:"aria"`
}

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

// TestBundleRenders draws every golden chart (every kind the chart model
// has) with the embedded bundle in headless Chromium and checks each one
// drew its series, components, labels, aria label and decals, with
// nothing logged as an error.
func TestBundleRenders(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("browser test skipped with -short")
	}
	chromium := findChromium()
	if chromium == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("Chromium is missing; CI must install it")
		}
		t.Skip("Chromium is missing (apt-get install chromium); skipping the browser test")
	}
	fsys := embedded(t)
	ds := readDrawings(t)
	raw, err := json.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	js, err := fs.ReadFile(fsys, ECharts)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"/":               renderPage,
		"/drawings.js":    "window.drawings = " + string(raw) + ";\n",
		"/render.js":      renderJS,
		"/echarts.min.js": string(js),
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if strings.HasSuffix(r.URL.Path, ".js") {
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		} else {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		fmt.Fprint(w, body)
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()

	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("starting %s: %v", chromium, err)
	}
	page, cancelPage := chromedp.NewContext(browser)
	defer cancelPage()
	var mu sync.Mutex
	var logged []string
	err = chromedp.Listen(page, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				var args []string
				for _, a := range e.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				mu.Lock()
				logged = append(logged, string(e.Type)+": "+strings.Join(args, " "))
				mu.Unlock()
			}
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			desc := d.Text
			if d.Exception != nil {
				desc += " " + d.Exception.Description
			}
			mu.Lock()
			logged = append(logged, "exception: "+desc)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(page, runtime.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(page, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatalf("opening the page: %v", err)
	}
	results, err := chromedp.Run(page, chromedp.Poll[[]rendered]("window.results", chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		t.Fatalf("drawing the charts: %v", err)
	}
	mu.Lock()
	for _, l := range logged {
		t.Errorf("page logged %s", l)
	}
	mu.Unlock()
	if len(results) != len(ds) {
		t.Fatalf("%d charts drawn, want %d", len(results), len(ds))
	}
	for i, r := range results {
		checkRendered(t, ds[i], r)
	}
}

// checkRendered checks one drawn chart against its option.
func checkRendered(t *testing.T, d drawing, r rendered) {
	t.Helper()
	name := d.ID + " (" + d.Kind + ")"
	if r.Error != "" {
		t.Errorf("%s: %s", name, r.Error)
		return
	}
	series, _ := d.Option["series"].([]any)
	if r.Series != len(series) {
		t.Errorf("%s: %d series drawn, the option has %d", name, r.Series, len(series))
	}
	if len(r.Missing) > 0 {
		t.Errorf("%s: no component for %v: the bundle lacks its module", name, r.Missing)
	}
	if r.Shapes < 3 {
		t.Errorf("%s: %d shapes drawn", name, r.Shapes)
	}
	aria, _ := d.Option["aria"].(map[string]any)
	label, _ := aria["label"].(map[string]any)
	if desc, _ := label["description"].(string); desc != "" && r.Aria != desc {
		t.Errorf("%s: aria-label %q, want the description %q", name, r.Aria, desc)
	}
	if decal, _ := aria["decal"].(map[string]any); decal["show"] == true && d.Kind != "gantt" && r.Patterns == 0 {
		t.Errorf("%s: decals are on but no pattern was drawn", name)
	}
	// Every value label, pie share and tree unit is drawn as text.
	for _, want := range labels(series) {
		if !strings.Contains(r.Text, want) {
			t.Errorf("%s: text %q not drawn", name, want)
		}
	}
}

// labels returns the texts a chart's series ask to be drawn: formatted
// data labels, and the names of tree nodes.
func labels(series []any) []string {
	var out []string
	var walk func(n map[string]any)
	walk = func(n map[string]any) {
		if name, _ := n["name"].(string); name != "" {
			out = append(out, name)
		}
		kids, _ := n["children"].([]any)
		for _, k := range kids {
			if m, ok := k.(map[string]any); ok {
				walk(m)
			}
		}
	}
	for _, s := range series {
		sm, _ := s.(map[string]any)
		data, _ := sm["data"].([]any)
		for _, item := range data {
			m, _ := item.(map[string]any)
			if sm["type"] == "tree" {
				walk(m)
				continue
			}
			if l, _ := m["label"].(map[string]any); l["show"] == true {
				if f, _ := l["formatter"].(string); f != "" {
					out = append(out, f)
				}
			}
		}
	}
	return out
}
