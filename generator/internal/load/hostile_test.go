package load

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// writeTree writes the base tree with overrides into a real folder (some
// cases need symlinks, permissions and folders a MapFS cannot give).
func writeTree(t *testing.T, over map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{}
	for k, v := range baseTree {
		files[k] = v
	}
	for k, v := range over {
		files[k] = v
	}
	for p, data := range files {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadBounded loads dir as the command does and fails the test if loading
// takes too long. It returns the findings and whether any is an error.
func loadBounded(t *testing.T, dir string, limit time.Duration) (string, bool) {
	t.Helper()
	type result struct {
		out  string
		errs bool
	}
	done := make(chan result, 1)
	go func() {
		_, l := Dir(dir)
		var b strings.Builder
		for _, f := range l.Sorted() {
			b.WriteString(f.String() + "\n")
		}
		done <- result{b.String(), l.HasErrors()}
	}()
	select {
	case r := <-done:
		return r.out, r.errs
	case <-time.After(limit):
		t.Fatalf("loading took longer than %s", limit)
		return "", false
	}
}

func TestHostileInputs(t *testing.T) {
	manyItems := func(n int) map[string]string {
		m := map[string]string{}
		var refs strings.Builder
		for i := 1; i <= n; i++ {
			refs.WriteString(fmt.Sprintf("          - items/%04d.yaml\n", i))
			m[fmt.Sprintf("2024/a/items/%04d.yaml", i)] = fmt.Sprintf("id: \"%d\"\ntitle: 사업 %d\nbudget:\n  unit: 천원\n  total: %d\n", i, i, i)
		}
		m["2024/a/plan.yaml"] = "year: 2024\ntitle: t\ndepartment: {name: n, slug: a}\ndate: 2024. 2.\nchapters:\n  - title: c\n    blocks:\n      - items:\n" + refs.String()
		return m
	}
	cases := []struct {
		name  string
		setup func(t *testing.T) string
		want  []string // substrings of the findings; empty means it must load cleanly
	}{
		{"10 MB string", func(t *testing.T) string {
			return writeTree(t, map[string]string{"2024/a/items/01.yaml": "id: \"1\"\ntitle: " + strings.Repeat("가", 10<<20/3) + "\n"})
		}, []string{"items/01.yaml:1:1: file is", "the limit is 4194304 bytes"}},
		{"3 MB title is accepted", func(t *testing.T) string {
			return writeTree(t, map[string]string{"2024/a/items/01.yaml": "id: \"1\"\ntitle: " + strings.Repeat("x", 3<<20) + "\n"})
		}, nil},
		{"2,000 items", func(t *testing.T) string { return writeTree(t, manyItems(2000)) }, nil},
		{"deeply nested flow YAML", func(t *testing.T) string {
			return writeTree(t, map[string]string{"2024/a/items/01.yaml": "id: \"1\"\ntitle: x\neffects: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "\n"})
		}, []string{"items/01.yaml"}},
		{"100,000 keys", func(t *testing.T) string {
			var b strings.Builder
			b.WriteString("id: \"1\"\ntitle: x\n")
			for i := 0; i < 100000; i++ {
				fmt.Fprintf(&b, "k%d: v\n", i)
			}
			return writeTree(t, map[string]string{"2024/a/items/01.yaml": b.String()})
		}, []string{`unknown key "k0"`}},
		{"folder where a file is expected", func(t *testing.T) string {
			dir := writeTree(t, nil)
			os.Remove(filepath.Join(dir, "2024/a/items/01.yaml"))
			os.MkdirAll(filepath.Join(dir, "2024/a/items/01.yaml"), 0o755)
			return dir
		}, []string{"/2024/a/items/01.yaml is a folder; expected a file"}},
		{"symlink out of the content tree", func(t *testing.T) string {
			dir := writeTree(t, nil)
			secret := filepath.Join(t.TempDir(), "secret.yaml")
			os.WriteFile(secret, []byte("id: \"1\"\ntitle: 비밀\n"), 0o644)
			os.Remove(filepath.Join(dir, "2024/a/items/01.yaml"))
			os.Symlink(secret, filepath.Join(dir, "2024/a/items/01.yaml"))
			return dir
		}, []string{"/2024/a/items/01.yaml is a link that points outside the content folder"}},
		{"unreadable file", func(t *testing.T) string {
			if os.Geteuid() == 0 {
				t.Skip("root reads every file")
			}
			dir := writeTree(t, nil)
			os.Chmod(filepath.Join(dir, "2024/a/items/01.yaml"), 0)
			return dir
		}, []string{"cannot read"}},
		{"empty plan", func(t *testing.T) string {
			return writeTree(t, map[string]string{"2024/a/plan.yaml": ""})
		}, []string{"plan.yaml:1:1: file is empty"}},
		{"no content at all", func(t *testing.T) string { return t.TempDir() }, []string{"site.yaml does not exist", "no plans found"}},
		{"missing content folder", func(t *testing.T) string { return filepath.Join(t.TempDir(), "nowhere") }, []string{"cannot open the content folder"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs := loadBounded(t, c.setup(t), scaled(20*time.Second))
			if len(c.want) == 0 && errs {
				t.Errorf("want no errors, got\n%s", out)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("findings lack %q:\n%.2000s", w, out)
				}
			}
		})
	}
}

// deniedFS refuses to open one file, as a file without read permission
// does for users other than root (tests run as root in CI).
type deniedFS struct {
	fs.FS
	name string
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if name == d.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

func TestUnreadableFile(t *testing.T) {
	fsys := fstest.MapFS{}
	for p, s := range baseTree {
		fsys[p] = &fstest.MapFile{Data: []byte(s)}
	}
	site, l := Load(deniedFS{fsys, "2024/a/items/01.yaml"}, "content")
	if site != nil {
		t.Fatal("an unreadable item must stop the build")
	}
	if got := l.Error(); !strings.Contains(got, "content/2024/a/plan.yaml:11:13: chapters[1].blocks[1].items[1]: cannot read content/2024/a/items/01.yaml: permission denied") {
		t.Errorf("findings:\n%s", got)
	}
}
