package site

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"
	"workplan/generator/internal/assets"

	"github.com/chromedp/chromedp"
)

// The browser tests' shared set-up: a Chromium, the sites served on
// loopback under the pages' own Content-Security-Policy, axe-core and a
// folder for screenshots.

// needBrowser skips (or, on CI, fails) a browser test when Chromium or the
// embedded chart runtime is missing, and returns Chromium's path.
func needBrowser(t *testing.T) string {
	t.Helper()
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("browser test skipped with -short")
	}
	chromium := findChromium()
	need(t, chromium != "", "Chromium (apt-get install chromium)")
	_, err := assets.FS()
	need(t, err == nil, fmt.Sprintf("the embedded chart runtime (%v)", err))
	return chromium
}

// axeSource is axe-core's script from the project's node_modules.
func axeSource(t *testing.T) string {
	t.Helper()
	nm := realNodeModules(t)
	need(t, nm != "", "node_modules (npm ci --ignore-scripts)")
	src, err := os.ReadFile(filepath.Join(nm, "axe-core", "axe.min.js"))
	need(t, err == nil, "axe-core in node_modules (npm ci --ignore-scripts)")
	return string(src)
}

// screenshotDir is $SITE_SCREENSHOTS when set, else a temporary folder.
func screenshotDir(t *testing.T) string {
	t.Helper()
	shots := os.Getenv("SITE_SCREENSHOTS")
	if shots == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	return shots
}

// serveSites serves each site folder under /name/ on 127.0.0.1 with the
// pages' Content-Security-Policy, until the test ends; it returns the
// server's host:port.
func serveSites(t *testing.T, sites map[string]string) string {
	t.Helper()
	mux := http.NewServeMux()
	for name, dir := range sites {
		mux.Handle("/"+name+"/", http.StripPrefix("/"+name+"/", http.FileServer(http.Dir(dir))))
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		mux.ServeHTTP(w, r)
	}), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return ln.Addr().String()
}

// startBrowser starts a headless Chromium for at most timeout, with the
// flags this machine's closed network needs, closed when the test ends.
func startBrowser(t *testing.T, chromium string, timeout time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("font-render-hinting", "none"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	t.Cleanup(cancelAlloc)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("starting %s: %v", chromium, err)
	}
	return browser
}
