package stage

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestCommitReplacesAndKeepsOthers(t *testing.T) {
	out := t.TempDir()
	write(t, filepath.Join(out, "README.md"), "keep")
	write(t, filepath.Join(out, "site", "old.html"), "old")
	s, err := Begin(out)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(s.Dir, "site", "index.html"), "new")
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(out, "site", "index.html")) != "new" || read(t, filepath.Join(out, "README.md")) != "keep" {
		t.Error("commit did not swap site/ or lost README.md")
	}
	if _, err := os.Stat(filepath.Join(out, "site", "old.html")); !os.IsNotExist(err) {
		t.Error("the old site/ survived the swap")
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if e.Name() != "README.md" && e.Name() != "site" && e.Name() != lockName {
			t.Errorf("leftover %s", e.Name())
		}
	}
}

func TestAbortLeavesOutputUntouched(t *testing.T) {
	out := t.TempDir()
	write(t, filepath.Join(out, "site", "index.html"), "old")
	s, err := Begin(out)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(s.Dir, "site", "index.html"), "half-written")
	s.Abort()
	if read(t, filepath.Join(out, "site", "index.html")) != "old" {
		t.Error("abort changed the output")
	}
}

func TestLeftoversOfAKilledBuildAreRemoved(t *testing.T) {
	out := t.TempDir()
	write(t, filepath.Join(out, ".build-123", "site", "x"), "stale")
	write(t, filepath.Join(out, ".old-site", "x"), "stale")
	s, err := Begin(out)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Abort()
	for _, name := range []string{".build-123", ".old-site"} {
		if _, err := os.Stat(filepath.Join(out, name)); !os.IsNotExist(err) {
			t.Errorf("%s survived", name)
		}
	}
}

func TestConcurrentBuildsDoNotInterleave(t *testing.T) {
	out := t.TempDir()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s, err := Begin(out)
			if err != nil {
				t.Error(err)
				return
			}
			content := string(rune('a' + i))
			for _, f := range []string{"a.html", "b.html", "c.html"} {
				write(t, filepath.Join(s.Dir, "site", f), content)
			}
			if err := s.Commit(); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	a := read(t, filepath.Join(out, "site", "a.html"))
	for _, f := range []string{"b.html", "c.html"} {
		if read(t, filepath.Join(out, "site", f)) != a {
			t.Errorf("site/ mixes two builds")
		}
	}
}

func TestInside(t *testing.T) {
	root := "/out/site"
	for _, rel := range []string{"2024/saemapo/index.html", "pdf/2024-saemapo.pdf"} {
		if _, err := Inside(root, rel); err != nil {
			t.Errorf("Inside(%q): %v", rel, err)
		}
	}
	for _, rel := range []string{"../x", "a/../../x", "/etc/passwd", ".."} {
		if p, err := Inside(root, rel); err == nil {
			t.Errorf("Inside(%q) = %q, want an error", rel, p)
		}
	}
}
