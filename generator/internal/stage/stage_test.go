package stage

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// tree reads every file under dir by slash path, but for this package's
// own staging and old folders; nil when dir is missing.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if leftover(strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		m[filepath.ToSlash(rel)] = read(t, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// commit writes files into a new staging folder of out and commits it.
func commit(t *testing.T, out string, files map[string]string) {
	t.Helper()
	s, err := Begin(out)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		write(t, filepath.Join(s.Dir, name), data)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
}

// modes are the three ways Commit swaps; each test runs in all of them.
var modes = []struct {
	name     string
	exchange func(a, b string) error
	inside   bool
}{
	{"exchange", exchange, false},
	{"two renames", func(a, b string) error { return errNoExchange }, false},
	{"inside", exchange, true},
}

func inModes(t *testing.T, f func(t *testing.T)) {
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			exchangeFolders, forceInside = m.exchange, m.inside
			t.Cleanup(func() { exchangeFolders, forceInside, crash = exchange, false, nil })
			f(t)
		})
	}
}

func TestCommitReplacesAndKeepsOthers(t *testing.T) {
	inModes(t, func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "output")
		write(t, filepath.Join(out, "README.md"), "keep")
		write(t, filepath.Join(out, "notes", "a.txt"), "keep too")
		write(t, filepath.Join(out, "site", "old.html"), "old")
		commit(t, out, map[string]string{"site/index.html": "new"})
		want := map[string]string{"README.md": "keep", "notes/a.txt": "keep too", "site/index.html": "new"}
		if got := tree(t, out); !maps.Equal(got, want) {
			t.Errorf("after commit: %v, want %v", got, want)
		}
		if got := names(filepath.Dir(out)); !slices.Equal(got, []string{"output"}) {
			t.Errorf("beside the output: %v", got)
		}
	})
}

func TestAbortLeavesOutputUntouched(t *testing.T) {
	inModes(t, func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "output")
		write(t, filepath.Join(out, "site", "index.html"), "old")
		s, err := Begin(out)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(s.Dir, "site", "index.html"), "half-written")
		s.Abort()
		if got := tree(t, out); !maps.Equal(got, map[string]string{"site/index.html": "old"}) {
			t.Errorf("abort changed the output: %v", got)
		}
	})
}

// TestKillAtEveryStep stops Commit before each of its steps, as a kill
// would, then starts the next build (whose Begin recovers). Right after
// the kill the output is the old build or the new one, whole, except in
// the fallbacks' windows, which Begin closes; after Begin it always is,
// and a leftover old folder is put back, not deleted (issue 12.5). The
// recovery itself is killed at each of its steps too.
func TestKillAtEveryStep(t *testing.T) {
	oldFiles := map[string]string{"site/index.html": "old", "site/a.html": "old a", "pdf/p.pdf": "old pdf", ".workplan-manifest.json": "old"}
	newFiles := map[string]string{"site/index.html": "new", "site/b.html": "new b", "pdf/p.pdf": "new pdf", "pdf/q.pdf": "new q", ".workplan-manifest.json": "new"}
	withReadme := func(m map[string]string) map[string]string {
		m = maps.Clone(m)
		m["README.md"] = "keep"
		return m
	}
	oldTree, newTree := withReadme(oldFiles), withReadme(newFiles)
	inModes(t, func(t *testing.T) {
		// The steps of one commit.
		var steps []string
		crash = func(s string) error { steps = append(steps, s); return nil }
		out := filepath.Join(t.TempDir(), "output")
		commit(t, out, oldFiles)
		commit(t, out, newFiles)
		crash = nil
		if len(steps) < 3 {
			t.Fatalf("only steps %v", steps)
		}
		if exchangeFolders(t.TempDir(), t.TempDir()) == nil && !forceInside && slices.Contains(steps, "swap-in") {
			t.Errorf("steps %v: two renames where one exchange works", steps)
		}
		killed := errors.New("killed")
		for _, at := range steps {
			for _, recoverAt := range []string{"", "restore"} {
				out := filepath.Join(t.TempDir(), "output")
				write(t, filepath.Join(out, "README.md"), "keep")
				commit(t, out, oldFiles)
				s, err := Begin(out)
				if err != nil {
					t.Fatal(err)
				}
				for name, data := range newFiles {
					write(t, filepath.Join(s.Dir, name), data)
				}
				crash = func(s string) error {
					if s == at {
						return killed
					}
					return nil
				}
				if err := s.Commit(); !errors.Is(err, killed) {
					t.Fatalf("kill before %s: Commit = %v", at, err)
				}
				got := tree(t, out)
				whole := maps.Equal(got, oldTree) || maps.Equal(got, newTree)
				window := at == "swap-in" || strings.HasPrefix(at, "move-") || at == "commit"
				if !whole && !window {
					t.Errorf("killed before %s: the output is neither old nor new: %v", at, got)
				}
				if got == nil && at == "swap-in" {
					left := names(filepath.Dir(out))
					if !slices.ContainsFunc(left, func(n string) bool { return strings.HasPrefix(n, ".output.old-") }) {
						t.Errorf("killed before %s: %v beside the output, want the old one kept", at, left)
					}
				}
				// The next build's Begin, itself killed once while putting
				// the old output back, then again unhindered.
				crash = func(s string) error {
					if recoverAt != "" && strings.HasPrefix(s, recoverAt) {
						recoverAt = ""
						return killed
					}
					return nil
				}
				if s, err := Begin(out); err == nil {
					s.Abort()
				} else if !errors.Is(err, killed) {
					t.Fatal(err)
				}
				crash = nil
				s, err = Begin(out)
				if err != nil {
					t.Fatal(err)
				}
				got = tree(t, out)
				if !maps.Equal(got, oldTree) && !maps.Equal(got, newTree) {
					t.Errorf("killed before %s, then recovered: neither old nor new: %v", at, got)
				}
				if at == "swap-in" && !maps.Equal(got, oldTree) {
					t.Errorf("killed before %s: the old output was not put back: %v", at, got)
				}
				for _, n := range names(filepath.Dir(out)) {
					if n != "output" && filepath.Join(filepath.Dir(out), n) != s.Dir {
						t.Errorf("killed before %s, then recovered: leftover %s beside the output", at, n)
					}
				}
				for _, n := range names(out) {
					if leftover(n) && filepath.Join(out, n) != s.Dir {
						t.Errorf("killed before %s, then recovered: leftover %s", at, n)
					}
				}
				s.Abort()
				newer := map[string]string{"site/index.html": "newer", "pdf/p.pdf": "newer", ".workplan-manifest.json": "newer"}
				commit(t, out, newer)
				if got := tree(t, out); !maps.Equal(got, withReadme(newer)) {
					t.Errorf("killed before %s: the build after is %v", at, got)
				}
			}
		}
	})
}

// An .old-NAME folder of an earlier version (one rename per entry) whose
// NAME is missing is the last whole build's: it is put back.
func TestEarlierLeftoversArePutBack(t *testing.T) {
	out := filepath.Join(t.TempDir(), "output")
	write(t, filepath.Join(out, ".build-123", "site", "x"), "stale")
	write(t, filepath.Join(out, ".old-site", "index.html"), "old")
	write(t, filepath.Join(out, "pdf", "p.pdf"), "old pdf")
	write(t, filepath.Join(out, ".workplan.lock"), "")
	s, err := Begin(out)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Abort()
	if got := tree(t, out); !maps.Equal(got, map[string]string{"site/index.html": "old", "pdf/p.pdf": "old pdf"}) {
		t.Errorf("after Begin: %v", got)
	}
}

func TestConcurrentBuildsDoNotInterleave(t *testing.T) {
	inModes(t, func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "output")
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
	})
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

// The output folder keeps its permissions across the swap (the staging
// folder is made private), and a link to it stays a link.
func TestSwapKeepsModeAndLink(t *testing.T) {
	inModes(t, func(t *testing.T) {
		dir := t.TempDir()
		real := filepath.Join(dir, "real")
		write(t, filepath.Join(real, "site", "index.html"), "old")
		if err := os.Chmod(real, 0o751); err != nil {
			t.Fatal(err)
		}
		link := filepath.Join(dir, "output")
		if err := os.Symlink("real", link); err != nil {
			t.Fatal(err)
		}
		commit(t, link, map[string]string{"site/index.html": "new"})
		if l, err := os.Readlink(link); err != nil || l != "real" {
			t.Errorf("the link became %q, %v", l, err)
		}
		if got := read(t, filepath.Join(real, "site", "index.html")); got != "new" {
			t.Errorf("through the link: %q", got)
		}
		if info, err := os.Stat(real); err != nil || info.Mode().Perm() != 0o751 {
			t.Errorf("output folder mode %v, want 0751", info.Mode().Perm())
		}
	})
}
