package serve

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeReloadsAndShowsErrors starts the preview on a loopback port,
// edits a file and sees the reload event and the new content; then breaks
// the file, sees the findings page, fixes it and sees the page again.
func TestServeReloadsAndShowsErrors(t *testing.T) {
	content := filepath.Join(t.TempDir(), "content")
	if err := os.CopyFS(content, os.DirFS("../../../content")); err != nil {
		t.Fatal(err)
	}
	s, err := Start(Options{Addr: "127.0.0.1:0", Content: content, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !strings.HasPrefix(s.URL(), "http://127.0.0.1:") {
		t.Fatalf("not on loopback: %s", s.URL())
	}
	page := s.URL() + "2024/saemapo/"

	body, code := get(t, page)
	if code != 200 || !strings.Contains(body, "16,366") || !strings.Contains(body, reloadPath) {
		t.Fatalf("first page: %d, has figure %v", code, strings.Contains(body, "16,366"))
	}

	events := subscribe(t, s.URL()+strings.TrimPrefix(eventsPath, "/"))
	first := <-events

	item := filepath.Join(content, "2024/saemapo/items/03-communication.yaml")
	data, _ := os.ReadFile(item)
	edit := strings.Replace(string(data), "total: 16,366", "total: 17,000", 1)
	edit = strings.Replace(edit, "amount: 11,204", "amount: 11,838", 1)
	os.WriteFile(item, []byte(edit), 0o644)
	waitEvent(t, events, first) // open pages are told to reload
	waitPage(t, page, func(body string, code int) bool { return code == 200 && strings.Contains(body, "17,000") })

	// A save can be seen half-written (an empty file) and then whole, as
	// two rebuilds, so the page is polled until it shows the saved state,
	// not read once after the first event.
	os.WriteFile(item, []byte(strings.Replace(edit, "title:", "titel:", 1)), 0o644)
	waitPage(t, page, func(body string, code int) bool {
		return code == 500 && strings.Contains(body, "03-communication.yaml:2:1: 알 수 없는 키") // the page is Korean by default, findings too
	})

	os.WriteFile(item, []byte(edit), 0o644)
	waitPage(t, page, func(body string, code int) bool { return code == 200 && strings.Contains(body, "17,000") })

	// Nothing outside the site is reachable.
	for _, p := range []string{"../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fetc%2fpasswd"} {
		if body, _ := get(t, s.URL()+p); strings.Contains(body, "root:") {
			t.Errorf("%s leaked a file outside the site", p)
		}
	}
}

// waitPage gets url until ok says the page is as expected, for up to 10 s.
func waitPage(t *testing.T, url string, ok func(body string, code int) bool) (string, int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		body, code := get(t, url)
		if ok(body, code) {
			return body, code
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: still %d after 10 s\n%.500s", url, code, body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func get(t *testing.T, url string) (string, int) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b), resp.StatusCode
}

// subscribe returns the data of each "build" event.
func subscribe(t *testing.T, url string) <-chan string {
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	ch := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				ch <- d
			}
		}
		close(ch)
	}()
	return ch
}

func waitEvent(t *testing.T, ch <-chan string, not string) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case d := <-ch:
			if d != not {
				return
			}
		case <-deadline:
			t.Fatal("no rebuild event within 10 s")
		}
	}
}
