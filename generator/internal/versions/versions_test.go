package versions

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestIsFolder(t *testing.T) {
	for spec, want := range map[string]bool{
		".": true, "..": true, "./content": true, "../old/content": true, "/tmp/content": true,
		"content": false, "HEAD": false, "HEAD~1": false, "origin/main": false, "main^{commit}": false, "v2024": false,
	} {
		if got := IsFolder(spec); got != want {
			t.Errorf("IsFolder(%q) = %v, want %v", spec, got, want)
		}
	}
	if got := Folder("content"); got != "./content" {
		t.Errorf("Folder(content) = %q", got)
	}
	if got := Folder("/abs/content"); got != "/abs/content" {
		t.Errorf("Folder(/abs/content) = %q", got)
	}
}

func TestMemFS(t *testing.T) {
	m := newMemFS(map[string][]byte{
		"site.yaml":                    []byte("district: 마포구\n"),
		"2024/saemapo/plan.yaml":       []byte("title: 계획\n"),
		"2024/saemapo/items/01-a.yaml": []byte("id: \"1\"\n"),
		"2024/saemapo/items/02-b.yaml": []byte("id: \"2\"\n"),
		"2025/saemapo/plan.yaml":       []byte(""),
	})
	if err := fstest.TestFS(m, "site.yaml", "2024/saemapo/plan.yaml", "2024/saemapo/items/01-a.yaml", "2025/saemapo/plan.yaml"); err != nil {
		t.Fatal(err)
	}
	if _, err := fs.Stat(m, "2024/nothing"); !os.IsNotExist(err) {
		t.Errorf("Stat of a missing file: %v", err)
	}
	if _, err := m.Open("../site.yaml"); err == nil {
		t.Error("opened a path outside the tree")
	}
}

// repo makes a git repository in a new folder holding content/site.yaml,
// commits it on main, and makes it the working folder.
func repo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("HOME", dir)
	write(t, "content/site.yaml", "budget: 16,366\n")
	for _, args := range [][]string{
		{"init", "-q", "-b", "main"},
		{"add", "-A"},
		{"-c", "user.name=t", "-c", "user.email=t@example.go.kr", "commit", "-q", "-m", "base"},
		{"update-ref", "refs/remotes/origin/main", "HEAD"},
	} {
		if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	return dir
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, fsys fs.FS, name string) string {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A folder named like a revision never stands in for it (issue 12.2): a
// pull request that changes a budget and adds origin/main/ holding a copy
// of the changed content must still be compared with the real origin/main.
func TestFolderNamedLikeARevision(t *testing.T) {
	repo(t)
	write(t, "content/site.yaml", "budget: 99,366\n")
	write(t, "origin/main/site.yaml", "budget: 99,366\n")

	fsys, name, err := Open("origin/main", "content")
	if err != nil {
		t.Fatal(err)
	}
	if got := read(t, fsys, "site.yaml"); got != "budget: 16,366\n" || name != "origin/main:content" {
		t.Errorf("origin/main read as %s: %q, want the revision's 16,366", name, got)
	}
	fsys, name, err = Open("./origin/main", "content")
	if err != nil {
		t.Fatal(err)
	}
	if got := read(t, fsys, "site.yaml"); got != "budget: 99,366\n" || name != "./origin/main" {
		t.Errorf("./origin/main read as %s: %q, want the folder's 99,366", name, got)
	}
}

func TestOpenErrors(t *testing.T) {
	repo(t)
	write(t, "old/site.yaml", "budget: 1\n")
	for spec, want := range map[string]string{
		"old":          `"old" is not a git revision; to compare the folder, write it as a path: ./old`,
		"nosuchrev":    `"nosuchrev" is not a git revision (a folder is written as a path, e.g. ./nosuchrev)`,
		"./nosuchdir":  `folder ./nosuchdir does not exist`,
		"--output=x":   `"--output=x" is not a git revision (a folder is written as a path, e.g. ./--output=x)`,
		"main:content": `"main:content" is not a git revision (a folder is written as a path, e.g. ./main:content)`,
	} {
		_, _, err := Open(spec, "content")
		if err == nil || err.Error() != want {
			t.Errorf("Open(%q) = %v\nwant %s", spec, err, want)
		}
	}
	if _, _, err := Open("main", "nosuch"); err == nil || !strings.Contains(err.Error(), "revision main has no nosuch folder") {
		t.Errorf("a revision without the content folder: %v", err)
	}
}
