package main

import (
	"bufio"
	"bytes"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"workplan/generator"
)

// TestBinaryAlone is a district office's install: the built binary copied
// alone into an empty folder outside the repository, run with a PATH that
// holds no Go, npm or anything else and no node_modules anywhere above it.
// It starts a repository (init), checks, builds and serves it (one
// request), and the site and PDF it builds are byte for byte those of a
// build of the same content from the repository.
func TestBinaryAlone(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("stops serve with an interrupt, which Windows processes cannot receive")
	}
	if err := generator.Version().AssetsErr; err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skipf("the chart runtime is not embedded: %v", err)
	}
	bin := binary(t)
	office := t.TempDir()
	for d := office; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "node_modules")); err == nil {
			t.Fatalf("%s has node_modules; the test needs a folder with none above it", d)
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	alone := filepath.Join(office, "workplan")
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(alone, data, 0o755); err != nil {
		t.Fatal(err)
	}
	emptyPath := t.TempDir()
	env := []string{"PATH=" + emptyPath, "HOME=" + office, "TMPDIR=" + t.TempDir()}
	cmd := func(dir string, args ...string) *exec.Cmd {
		c := exec.Command(alone, args...)
		c.Dir, c.Env = dir, env
		return c
	}
	run := func(dir string, args ...string) string {
		t.Helper()
		out, err := cmd(dir, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("workplan %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}

	run(office, "init", "-district", "마포구", "-year", "2025", "repo")
	repo := filepath.Join(office, "repo")
	if out := run(repo, "check"); !strings.Contains(out, "content: ok, 1 plan, 1 item, 0 warnings") {
		t.Errorf("check: %s", out)
	}
	run(repo, "build", "-quiet")

	// The same content built from the repository, in this process.
	fromRepo := t.TempDir()
	if _, err := generator.Build(generator.BuildOptions{Content: filepath.Join(repo, "content"), Out: fromRepo}); err != nil {
		t.Fatal(err)
	}
	got, want := tree(t, filepath.Join(repo, "output")), tree(t, fromRepo)
	for p, w := range want {
		if g, ok := got[p]; !ok {
			t.Errorf("%s: missing from the binary's build", p)
		} else if !bytes.Equal(g, w) {
			t.Errorf("%s: differs from the repository's build", p)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s: only in the binary's build", p)
		}
	}
	if _, ok := got["pdf/2025-dept.pdf"]; !ok {
		t.Error("no PDF")
	}

	// serve: one request, then Ctrl+C.
	s := cmd(repo, "serve", "-addr", "127.0.0.1:0")
	stdout, err := s.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	s.Stderr = &stderr
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	defer s.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	_, url, ok := strings.Cut(strings.TrimSpace(line), " at ")
	url, _, _ = strings.Cut(url, " ")
	if err != nil || !ok {
		t.Fatalf("serve said %q (%v)\n%s", line, err, stderr.String())
	}
	resp, err := http.Get(url + "2025/dept/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(body, []byte("(사업명)")) {
		t.Errorf("serve: %d\n%.300s", resp.StatusCode, body)
	}
	s.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- s.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after Ctrl+C: %v\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Error("serve did not stop within 30 s of Ctrl+C")
	}
}

// tree reads every file of a build's site and pdf folders, by path.
func tree(t *testing.T, out string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, sub := range []string{"site", "pdf"} {
		err := filepath.WalkDir(filepath.Join(out, sub), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(out, p)
			data, err := os.ReadFile(p)
			files[filepath.ToSlash(rel)] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}
