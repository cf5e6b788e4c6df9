// Command pagetime opens a page in headless Chromium at a phone's size and
// prints what loading it cost: the main thread's time by kind (style,
// layout, script, all tasks), first and largest contentful paint, layout
// shift, and the bytes transferred by resource type. It complements
// bench/lighthouse where Lighthouse is not installed, and splits the
// main-thread time without Lighthouse's simulated slowdown. With -runs N it
// prints the median of N fresh loads (cache off).
//
//	go run ./bench/pagetime -url http://127.0.0.1:8080/2024/saemapo/ -runs 5
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
)

// sample is one load's figures.
type sample struct {
	Style, Layout, Script, Task float64 // ms of main-thread time
	Styles, Layouts             float64 // how many style recalculations and layouts
	FCP, LCP                    float64 // ms after navigation start
	CLS                         float64
	Bytes                       map[string]int64 // transferred, by resource type
	Requests                    map[string]int
}

// observeJS gathers LCP and layout shift from before the page's own
// scripts run; paintJS reads them with the first contentful paint.
const observeJS = `window.__lcp = 0; window.__cls = 0;
new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.__lcp = e.startTime; }); }).observe({type: "largest-contentful-paint", buffered: true});
new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { if (!e.hadRecentInput) window.__cls += e.value; }); }).observe({type: "layout-shift", buffered: true});`

const paintJS = `({FCP: (performance.getEntriesByName("first-contentful-paint")[0] || {startTime: 0}).startTime, LCP: window.__lcp, CLS: window.__cls})`

func main() {
	log.SetFlags(0)
	log.SetPrefix("pagetime: ")
	pageURL := flag.String("url", "", "page to load (serve it on 127.0.0.1)")
	runs := flag.Int("runs", 3, "fresh loads; the median is printed")
	width := flag.Int64("width", 412, "viewport width in CSS px (Lighthouse's phone: 412×823)")
	height := flag.Int64("height", 823, "viewport height")
	settle := flag.Duration("settle", 3*time.Second, "time to wait after the load event")
	chromium := flag.String("chromium", "", "Chromium binary (default: chromium on PATH)")
	asJSON := flag.Bool("json", false, "print the median as JSON")
	flag.Parse()
	if *pageURL == "" {
		log.Fatal("-url is required")
	}
	if *chromium == "" {
		p, err := exec.LookPath("chromium")
		if err != nil {
			log.Fatal("chromium not found; give -chromium")
		}
		*chromium = p
	}
	var samples []sample
	for i := 0; i < *runs; i++ {
		s, err := load(*chromium, *pageURL, *width, *height, *settle)
		if err != nil {
			log.Fatal(err)
		}
		samples = append(samples, s)
	}
	m := median(samples)
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(m)
		return
	}
	fmt.Printf("main thread: style %.0f ms (%.0f times), layout %.0f ms (%.0f times), script %.0f ms, all tasks %.0f ms\n", m.Style, m.Styles, m.Layout, m.Layouts, m.Script, m.Task)
	fmt.Printf("FCP %.0f ms, LCP %.0f ms, CLS %.3f (unthrottled)\n", m.FCP, m.LCP, m.CLS)
	var types []string
	for t := range m.Bytes {
		types = append(types, t)
	}
	sort.Strings(types)
	var total int64
	for _, t := range types {
		fmt.Printf("%-12s %3d requests %9d bytes\n", t, m.Requests[t], m.Bytes[t])
		total += m.Bytes[t]
	}
	fmt.Printf("%-12s %13s %9d bytes\n", "total", "", total)
}

// load opens url once in a fresh browser and returns its figures.
func load(chromium, url string, width, height int64, settle time.Duration) (sample, error) {
	s := sample{Bytes: map[string]int64{}, Requests: map[string]int{}}
	dir, err := os.MkdirTemp("", "pagetime-")
	if err != nil {
		return s, err
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(dir),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true))
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(alloc)
	defer cancelCtx()

	var mu sync.Mutex
	types := map[network.RequestID]string{}
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventResponseReceived:
			types[e.RequestID] = strings.ToLower(string(e.Type))
		case *network.EventLoadingFinished:
			t := types[e.RequestID]
			s.Bytes[t] += int64(e.EncodedDataLength)
			s.Requests[t]++
		}
	}); err != nil {
		return s, err
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		return s, err
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return s, err
	}
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{}); err != nil {
		return s, err
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: observeJS}); err != nil {
		return s, err
	}
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(width, height, chromedp.EmulateMobile, chromedp.EmulateScale(1.75)),
		chromedp.Navigate(url),
		chromedp.Sleep(settle),
	); err != nil {
		return s, err
	}
	paint, err := chromedp.Run(ctx, chromedp.Evaluate[struct{ FCP, LCP, CLS float64 }](paintJS))
	if err != nil {
		return s, err
	}
	res, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		return s, err
	}
	metrics := res.Metrics
	for _, m := range metrics {
		switch m.Name {
		case "RecalcStyleDuration":
			s.Style = m.Value * 1000
		case "LayoutDuration":
			s.Layout = m.Value * 1000
		case "ScriptDuration":
			s.Script = m.Value * 1000
		case "RecalcStyleCount":
			s.Styles = m.Value
		case "LayoutCount":
			s.Layouts = m.Value
		case "TaskDuration":
			s.Task = m.Value * 1000
		}
	}
	s.FCP, s.LCP, s.CLS = paint.FCP, paint.LCP, paint.CLS
	mu.Lock()
	defer mu.Unlock()
	return s, nil
}

// median takes each figure's median over the samples on its own.
func median(ss []sample) sample {
	pick := func(f func(sample) float64) float64 {
		v := make([]float64, len(ss))
		for i, s := range ss {
			v[i] = f(s)
		}
		sort.Float64s(v)
		return v[len(v)/2]
	}
	m := sample{
		Style:    pick(func(s sample) float64 { return s.Style }),
		Layout:   pick(func(s sample) float64 { return s.Layout }),
		Script:   pick(func(s sample) float64 { return s.Script }),
		Task:     pick(func(s sample) float64 { return s.Task }),
		Styles:   pick(func(s sample) float64 { return s.Styles }),
		Layouts:  pick(func(s sample) float64 { return s.Layouts }),
		FCP:      pick(func(s sample) float64 { return s.FCP }),
		LCP:      pick(func(s sample) float64 { return s.LCP }),
		CLS:      pick(func(s sample) float64 { return s.CLS }),
		Bytes:    map[string]int64{},
		Requests: map[string]int{},
	}
	for t := range ss[0].Bytes { // the same files on every load
		m.Bytes[t] = int64(pick(func(s sample) float64 { return float64(s.Bytes[t]) }))
		m.Requests[t] = int(pick(func(s sample) float64 { return float64(s.Requests[t]) }))
	}
	return m
}
