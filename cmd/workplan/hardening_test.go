package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/html"

	"workplan/generator"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// binary builds the workplan command once for tests that run it as a
// separate process (to kill it, or to give it another environment).
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	if err := generator.Version().AssetsErr; err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skipf("the chart runtime is not embedded: %v", err)
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "workplan-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "workplan")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// project returns a fresh folder holding content copied from src.
func project(t *testing.T, parent, src string) string {
	t.Helper()
	dir := filepath.Join(parent, "proj")
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// hashes maps every file under dir to its SHA-256.
func hashes(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		rel, _ := filepath.Rel(dir, p)
		m[rel] = hex.EncodeToString(sum[:])
		return nil
	})
	return m
}

func sameTrees(t *testing.T, a, b map[string]string) {
	t.Helper()
	if len(a) != len(b) {
		t.Errorf("%d files against %d", len(a), len(b))
	}
	for k, v := range a {
		if b[k] != v {
			t.Errorf("%s differs", k)
		}
	}
}

func buildIn(t *testing.T, bin, dir string, env ...string) {
	t.Helper()
	cmd := exec.Command(bin, "build", "-out", "out")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build in %s: %v\n%s", dir, err, out)
	}
}

// TestReproducibleAcrossMachines builds the example in two different paths
// with different time zones and locales and compares every output file.
func TestReproducibleAcrossMachines(t *testing.T) {
	bin := binary(t)
	a := project(t, t.TempDir(), "../../content")
	b := project(t, filepath.Join(t.TempDir(), "다른", "경로"), "../../content")
	buildIn(t, bin, a, "TZ=Asia/Seoul", "LANG=ko_KR.UTF-8", "LC_ALL=ko_KR.UTF-8")
	buildIn(t, bin, b, "TZ=America/Los_Angeles", "LANG=C", "LC_ALL=C")
	ha, hb := hashes(t, filepath.Join(a, "out")), hashes(t, filepath.Join(b, "out"))
	if len(ha) < 20 {
		t.Fatalf("only %d files built", len(ha))
	}
	sameTrees(t, ha, hb)
}

// TestKilledBuildLeavesOutput kills builds at several moments and checks
// that the previous output is intact each time.
func TestKilledBuildLeavesOutput(t *testing.T) {
	bin := binary(t)
	dir := project(t, t.TempDir(), "../../testdata/rich")
	buildIn(t, bin, dir)
	before := hashes(t, filepath.Join(dir, "out"))
	// Change the content so a finished build would change the output.
	item := filepath.Join(dir, "content/2025/culture/items/1-2.yaml")
	data, _ := os.ReadFile(item)
	os.WriteFile(item, []byte(strings.Replace(string(data), "total: 50,000", "total: 50,000\n  note: 바뀜", 1)), 0o644)
	for _, delay := range []time.Duration{2, 10, 30, 60, 120} {
		cmd := exec.Command(bin, "build", "-out", "out")
		cmd.Dir = dir
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		after := hashes(t, filepath.Join(dir, "out"))
		for name := range after {
			if strings.HasPrefix(name, ".build-") || strings.HasPrefix(name, ".old-") || name == ".workplan.lock" || strings.HasPrefix(name, ".workplan") {
				delete(after, name)
			}
		}
		if err == nil {
			// The build finished before the kill: the new output is whole.
			if len(after) != len(before) {
				t.Errorf("after a finished build: %d files, want %d", len(after), len(before))
			}
			continue
		}
		for name := range before {
			if strings.HasPrefix(name, ".") {
				delete(before, name)
			}
		}
		sameTrees(t, before, after)
	}
	// The next build cleans up what the killed ones left, in out/ and
	// beside it (.out.build-*, .out.old-*).
	buildIn(t, bin, dir)
	entries, _ := os.ReadDir(filepath.Join(dir, "out"))
	beside, _ := os.ReadDir(dir)
	for _, e := range append(entries, beside...) {
		if strings.HasPrefix(e.Name(), ".build-") || strings.HasPrefix(e.Name(), ".old-") || strings.HasPrefix(e.Name(), ".out.") {
			t.Errorf("leftover %s", e.Name())
		}
	}
}

// TestConcurrentBuilds runs two builds of one output folder at once: the
// lock makes them take turns, and the result equals a single build.
func TestConcurrentBuilds(t *testing.T) {
	bin := binary(t)
	dir := project(t, t.TempDir(), "../../content")
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buildIn(t, bin, dir)
		}()
	}
	wg.Wait()
	ref := project(t, t.TempDir(), "../../content")
	buildIn(t, bin, ref)
	strip := func(m map[string]string) map[string]string {
		for k := range m {
			if strings.HasPrefix(k, ".") {
				delete(m, k)
			}
		}
		return m
	}
	sameTrees(t, strip(hashes(t, filepath.Join(ref, "out"))), strip(hashes(t, filepath.Join(dir, "out"))))
}

// TestHostileMarkdownEndToEnd builds a plan whose prose carries script,
// frames, event handlers, dangerous links and remote images, and checks
// the published page carries none of them live; the PDF still builds.
func TestHostileMarkdownEndToEnd(t *testing.T) {
	bin := binary(t)
	dir := project(t, t.TempDir(), "../../content")
	item := filepath.Join(dir, "content/2024/saemapo/items/01-pledges.yaml")
	data, _ := os.ReadFile(item)
	hostile := `purpose: |
  목적 <script>alert("x")</script> <iframe src="https://evil.example/"></iframe>
  <img src=x onerror="alert(1)"> [링크](javascript:alert(1)) [데이터](data:text/html,x)
  ![추적](https://evil.example/pixel.png) ` + strings.Repeat("가", 5000) + `

  <div onclick="alert(1)">블록</div>
`
	s := string(data)
	start := strings.Index(s, "purpose:")
	end := strings.Index(s, "overview:")
	os.WriteFile(item, []byte(s[:start]+hostile+s[end:]), 0o644)
	buildIn(t, bin, dir)
	page, _ := os.ReadFile(filepath.Join(dir, "out/site/2024/saemapo/index.html"))
	doc, err := html.Parse(strings.NewReader(string(page)))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "iframe", "img", "object", "embed":
				t.Errorf("page has a live <%s>", n.Data)
			case "script":
				for _, a := range n.Attr {
					if a.Key == "src" && !strings.Contains(a.Val, "assets/") {
						t.Errorf("script from %s", a.Val)
					}
				}
				if n.FirstChild != nil {
					t.Errorf("inline script: %q", n.FirstChild.Data)
				}
			}
			for _, a := range n.Attr {
				v := strings.ToLower(a.Val)
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
				if (a.Key == "href" || a.Key == "src") && (strings.Contains(v, "javascript:") || strings.Contains(v, "data:") || strings.Contains(v, "evil.example")) {
					t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	text := string(page)
	for _, shown := range []string{"&lt;script&gt;alert", "[추적]", "링크"} {
		if !strings.Contains(text, shown) {
			t.Errorf("page does not show %q as text", shown)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "out/pdf/2024-saemapo.pdf")); err != nil || fi.Size() == 0 {
		t.Errorf("no PDF: %v", err)
	}
}
