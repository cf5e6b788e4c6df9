package history

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/versions"
)

// Read reads the history of the content folder dir (see the package
// comment). Without git, or when dir is in no git repository, the Log is
// empty and says so. Revisions are read through package versions, as
// `workplan diff` reads them, from the repository around the working
// folder: dir must be inside that repository.
func Read(dir string) (*Log, error) {
	l := &Log{Bound: Bound}
	if _, err := exec.LookPath("git"); err != nil {
		return l, nil
	}
	top, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return l, nil // not in a repository
	}
	l.Repository = true
	if here, err := git("", "rev-parse", "--show-toplevel"); err != nil || here != top {
		return nil, fmt.Errorf("history: %s is in the git repository %s; run from inside it to read its history", dir, top)
	}
	if _, err := git("", "rev-parse", "--verify", "--quiet", "HEAD^{commit}"); err != nil {
		return l, nil // no commit yet
	}
	rel, err := relative(dir)
	if err != nil {
		return nil, err
	}
	out, err := git("", "log", "--first-parent", "-n", strconv.Itoa(Bound+1), "--format=%H %cI", "--", rel)
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	var revs []revision // newest first
	for _, line := range strings.Split(out, "\n") {
		hash, date, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		t, err := time.Parse(time.RFC3339, date)
		if err != nil {
			return nil, fmt.Errorf("history: commit %s: date %q: %w", hash, date, err)
		}
		revs = append(revs, revision{commit: hash, date: t})
	}
	// With more than Bound commits, the oldest read is only the base the
	// next one is compared with; otherwise the oldest is the content's
	// first commit, compared with nothing.
	first := len(revs) - 1
	var prev *model.Site
	if len(revs) > Bound {
		if prev, err = loadAt(revs[first].commit, rel); err != nil {
			return nil, err
		}
		first--
	}
	for i := first; i >= 0; i-- {
		rev := revs[i]
		if rev.site, err = loadAt(rev.commit, rel); err != nil {
			return nil, err
		}
		if rev.site == nil {
			continue // content with errors was never published
		}
		l.Entries = append(entries(prev, rev), l.Entries...)
		prev = rev.site
	}
	return l, nil
}

// loadAt loads the published plans of the content folder rel as commit
// holds it; nil when the content has errors there.
func loadAt(commit, rel string) (*model.Site, error) {
	fsys, name, err := versions.Open(commit, rel)
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	s, _ := load.Load(fsys, name)
	if s == nil {
		return nil, nil
	}
	return s.Published(), nil
}

// relative is dir relative to the working folder, slash-separated, as
// versions.Open and git pathspecs take it.
func relative(dir string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("history: %w", err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("history: %w", err)
	}
	rel, err := filepath.Rel(wd, abs)
	if err != nil {
		return "", fmt.Errorf("history: %w", err)
	}
	return filepath.ToSlash(rel), nil
}

// git runs git in dir ("" for the working folder) and returns its output
// without the final newline.
func git(dir string, args ...string) (string, error) {
	if dir != "" {
		args = append([]string{"-C", dir}, args...)
	}
	cmd := exec.Command("git", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", errors.New("git " + strings.Join(args, " ") + ": " + err.Error() + ": " + strings.TrimSpace(stderr.String()))
	}
	return strings.TrimRight(string(out), "\n"), nil
}
