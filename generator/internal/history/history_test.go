package history

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// repo makes a git repository in a new working folder holding a copy of
// the example content, committed on main at a fixed date.
func repo(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	src, err := filepath.Abs("../../../content")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("HOME", dir)
	gitRun(t, "init", "-q", "-b", "main")
	commit(t, "2024-02-14T10:00:00+09:00", "first")
}

func gitRun(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func commit(t *testing.T, date, msg string) {
	t.Helper()
	t.Setenv("GIT_COMMITTER_DATE", date)
	t.Setenv("GIT_AUTHOR_DATE", date)
	gitRun(t, "add", "-A")
	gitRun(t, "-c", "user.name=t", "-c", "user.email=t@example.go.kr", "commit", "-q", "--allow-empty", "-m", msg)
}

func edit(t *testing.T, file, old, new string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", file, old)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Each commit touching the content is a revision: the first publishes
// the plan, a budget change is listed with its difference, a commit
// outside the content and one whose content has errors are not, and the
// dates are the committer's.
func TestRead(t *testing.T) {
	repo(t)
	edit(t, "content/2024/saemapo/items/03-communication.yaml", "total: 16,366", "total: 17,000")
	edit(t, "content/2024/saemapo/items/03-communication.yaml", "11,204", "11,838")
	commit(t, "2024-03-05T09:30:00+09:00", "budget")
	os.WriteFile("README.md", []byte("not content\n"), 0o644)
	commit(t, "2024-03-06T09:30:00+09:00", "readme")
	edit(t, "content/2024/saemapo/plan.yaml", "title:", "title: [")
	commit(t, "2024-03-07T09:30:00+09:00", "broken")

	l, err := Read("content")
	if err != nil {
		t.Fatal(err)
	}
	if !l.Repository || l.Bound != Bound {
		t.Fatalf("log: %+v", l)
	}
	var got []string
	for _, e := range l.Entries {
		got = append(got, e.DateText+" "+e.Plan+" "+string(e.Kind)+" "+e.Summary+" "+strings.Join(e.Lines, "; "))
	}
	want := []string{
		"2024. 3. 5. 2024-saemapo 변경 변경 2건(수치 2건) 3. 구민 소통 활성화(현장구청장실, 소통폰, 제안제도 운영) › 소요예산: 16,366천원 → 17,000천원 (+634천원, +3.9%); " +
			"3. 구민 소통 활성화(현장구청장실, 소통폰, 제안제도 운영) › 소요예산 › 구민·공무원 제안제도 운영 등: 11,204천원 → 11,838천원 (+634천원, +5.7%)",
		"2024. 2. 14. 2024-saemapo 공개 새 계획 공개 ",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d := l.Entries[0].Date.Format("2006-01-02T15:04:05-07:00"); d != "2024-03-05T09:30:00+09:00" {
		t.Errorf("date %s, want the committer's", d)
	}
	again, err := Read("content")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(l, again) {
		t.Error("the same repository gave another log")
	}
}

// A content folder in no repository has no history.
func TestReadNoRepository(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	os.Mkdir("content", 0o755)
	l, err := Read("content")
	if err != nil || l.Repository || len(l.Entries) != 0 {
		t.Errorf("Read = %+v, %v", l, err)
	}
}
