package serve

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"workplan/generator/internal/build"
)

func TestHostCheck(t *testing.T) {
	loop := allowedHosts("127.0.0.1:8080", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080})
	named := allowedHosts("plans.lan:8080", &net.TCPAddr{IP: net.IPv4(192, 168, 0, 5), Port: 8080})
	all := allowedHosts(":8080", &net.TCPAddr{IP: net.IPv4zero, Port: 8080})
	for _, c := range []struct {
		h    hostCheck
		host string
		want bool
	}{
		{loop, "127.0.0.1:8080", true},
		{loop, "localhost:8080", true},
		{loop, "LOCALHOST.:8080", true},
		{loop, "[::1]:8080", true},
		{loop, "127.0.0.2:8080", true},
		{loop, "attacker.example", false},
		{loop, "attacker.example:8080", false},
		{loop, "localhost:9090", false},
		{loop, "127.0.0.1", false}, // port 80
		{loop, "", false},
		{loop, "192.168.0.5:8080", false},
		{named, "plans.lan:8080", true},
		{named, "192.168.0.5:8080", true},
		{named, "localhost:8080", true},
		{named, "evil.lan:8080", false},
		{all, "10.1.2.3:8080", true},
		{all, "[fe80::1]:8080", true},
		{all, "attacker.example:8080", false},
	} {
		if got := c.h.ok(c.host); got != c.want {
			t.Errorf("%v.ok(%q) = %v, want %v", c.h.names, c.host, got, c.want)
		}
	}
}

// fakeBuild writes a two-page site, or panics when told to.
func fakeBuild(panics *bool) func(build.Options) (*build.Result, error) {
	return func(bo build.Options) (*build.Result, error) {
		if *panics {
			var s []int
			_ = s[5]
		}
		for _, f := range []string{"site/index.html", "site/2024/index.html", "site/404.html"} {
			p := filepath.Join(bo.Out, f)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return nil, err
			}
			if err := os.WriteFile(p, []byte("<html><body>"+f+"</body></html>"), 0o644); err != nil {
				return nil, err
			}
		}
		return &build.Result{}, nil
	}
}

// startFake starts a server on 127.0.0.1 over fakeBuild, logging to log.
func startFake(t *testing.T, panics *bool, addr string) (*Server, *strings.Builder) {
	t.Helper()
	runBuild = fakeBuild(panics)
	t.Cleanup(func() { runBuild = build.Run })
	var mu sync.Mutex
	log := &strings.Builder{}
	s, err := Start(Options{Addr: addr, Content: t.TempDir(), Log: func(f string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(log, f+"\n", a...)
	}})
	if err != nil {
		t.Fatal(err)
	}
	return s, log
}

// do sends "GET path" with the given Host header over a new connection,
// the path as written (a client would turn //2024 into a host), and
// returns the response without following redirects.
func do(t *testing.T, s *Server, host, path string) (*http.Response, string) {
	t.Helper()
	conn, err := net.Dial("tcp", s.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, host)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// The preview answers only to its own names, so a page elsewhere cannot
// read it through DNS rebinding, and never redirects off-site (issue
// 12.8).
func TestServeHostAndRedirects(t *testing.T) {
	no := false
	s, log := startFake(t, &no, "127.0.0.1:0")
	defer s.Close()
	own := strings.TrimSuffix(strings.TrimPrefix(s.URL(), "http://"), "/")
	_, port, _ := net.SplitHostPort(own)

	for _, host := range []string{own, "localhost:" + port, "[::1]:" + port} {
		if resp, body := do(t, s, host, "/2024/"); resp.StatusCode != 200 || !strings.Contains(body, "site/2024/index.html") {
			t.Errorf("Host %s: %d %q", host, resp.StatusCode, body)
		}
	}
	for _, host := range []string{"attacker.example", "attacker.example:" + port, "localhost:1"} {
		resp, body := do(t, s, host, "/2024/")
		if resp.StatusCode != http.StatusMisdirectedRequest || strings.Contains(body, "site/2024") ||
			!strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") || !strings.Contains(body, "answers only to "+s.URL()) {
			t.Errorf("Host %s: %d %q", host, resp.StatusCode, body)
		}
	}
	for path, want := range map[string]string{"//2024": "/2024/", "/2024": "/2024/", "///2024": "/2024/", "//2024/": "/2024/", "/./2024": "/2024/"} {
		resp, _ := do(t, s, own, path)
		if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusMovedPermanently || loc != want {
			t.Errorf("GET %s: %d Location %q, want %q", path, resp.StatusCode, loc, want)
		}
	}
	if strings.Contains(log.String(), "warning") {
		t.Errorf("a loopback server warned: %s", log)
	}
}

func TestServeWarnsBeyondLoopback(t *testing.T) {
	no := false
	s, log := startFake(t, &no, "0.0.0.0:0")
	defer s.Close()
	if !strings.Contains(log.String(), "warning: listening on ") || !strings.Contains(log.String(), "beyond this computer") {
		t.Errorf("no warning for 0.0.0.0: %q", log)
	}
}

// A panic inside a build (a damaged font in gopdf, say) is shown on every
// page; the server lives on, recovers with the next build, and removes
// its folder when closed (issue 12.6).
func TestServeSurvivesAPanickingBuild(t *testing.T) {
	panics := true
	s, log := startFake(t, &panics, "127.0.0.1:0")
	own := strings.TrimSuffix(strings.TrimPrefix(s.URL(), "http://"), "/")
	resp, body := do(t, s, own, "/2024/")
	if resp.StatusCode != 500 || !strings.Contains(body, "the build stopped inside a library") || !strings.Contains(body, "index out of range") {
		t.Errorf("after a panic: %d %s", resp.StatusCode, body)
	}
	if !strings.Contains(log.String(), "build failed: the build stopped inside a library") {
		t.Errorf("log: %q", log)
	}
	panics = false
	s.rebuild()
	if resp, body := do(t, s, own, "/2024/"); resp.StatusCode != 200 {
		t.Errorf("after a good build: %d %s", resp.StatusCode, body)
	}
	work := s.work
	if err := s.Close(); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(work); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Close left %s behind", work)
	}
}
