package diff

import (
	"archive/tar"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing/fstest"
)

// Open returns the content tree named by spec: a folder when one exists at
// that path, otherwise a git revision (HEAD, main, HEAD~1, a commit) whose
// copy of contentDir is read from the repository around the current folder.
// name is how the tree is named in messages.
func Open(spec, contentDir string) (fsys fs.FS, name string, err error) {
	if info, err := os.Stat(spec); err == nil && info.IsDir() {
		// Through an os.Root, links cannot reach outside the folder. The
		// root stays open for the life of the command.
		root, err := os.OpenRoot(spec)
		if err != nil {
			return nil, "", err
		}
		return root.FS(), spec, nil
	}
	fsys, err = gitTree(spec, contentDir)
	if err != nil {
		return nil, "", err
	}
	return fsys, spec + ":" + filepath.ToSlash(contentDir), nil
}

// gitTree reads contentDir at revision rev with `git archive` into memory.
func gitTree(rev, contentDir string) (fs.FS, error) {
	if strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("%q is neither a folder nor a git revision", rev)
	}
	prefix, err := git("rev-parse", "--show-prefix")
	if err != nil {
		return nil, fmt.Errorf("%q is not a folder, and there is no git repository here to read it as a revision", rev)
	}
	if _, err := git("rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("%q is neither a folder nor a git revision", rev)
	}
	dir := path.Clean(path.Join(strings.TrimSpace(string(prefix)), filepath.ToSlash(contentDir)))
	out, err := git("archive", "--format=tar", rev, "--", dir)
	if err != nil {
		return nil, fmt.Errorf("revision %s has no %s folder", rev, dir)
	}
	m := fstest.MapFS{}
	tr := tar.NewReader(bytes.NewReader(out))
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s at %s: %w", dir, rev, err)
		}
		rel := h.Name
		if dir != "." {
			rel = strings.TrimPrefix(strings.TrimPrefix(rel, dir), "/")
		}
		if h.Typeflag != tar.TypeReg || rel == "" {
			continue
		}
		data, err := io.ReadAll(io.LimitReader(tr, 64<<20))
		if err != nil {
			return nil, err
		}
		m[rel] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return m, nil
}

func git(args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}
