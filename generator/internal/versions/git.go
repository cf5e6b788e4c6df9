package versions

import (
	"archive/tar"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
)

// maxFile bounds one file read from a revision; the loader refuses far
// smaller ones, but an archive is read into memory first.
const maxFile = 64 << 20

// errNotRevision is gitTree's answer to a name git does not know.
var errNotRevision = errors.New("not a git revision")

// gitTree reads contentDir at revision rev with `git archive` into memory.
func gitTree(rev, contentDir string) (fs.FS, error) {
	if rev == "" || strings.HasPrefix(rev, "-") {
		return nil, errNotRevision
	}
	prefix, err := git("rev-parse", "--show-prefix")
	if err != nil {
		return nil, fmt.Errorf("%q is not a folder path, and there is no git repository here to read it as a revision", rev)
	}
	if _, err := git("rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		return nil, errNotRevision
	}
	dir := path.Clean(path.Join(strings.TrimSpace(string(prefix)), filepath.ToSlash(contentDir)))
	out, err := git("archive", "--format=tar", rev, "--", dir)
	if err != nil {
		return nil, fmt.Errorf("revision %s has no %s folder", rev, dir)
	}
	files := map[string][]byte{}
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
		if h.Typeflag != tar.TypeReg || rel == "" || !fs.ValidPath(rel) {
			continue
		}
		if h.Size > maxFile {
			return nil, fmt.Errorf("%s at %s: %d bytes, more than the %d a content file may have", path.Join(dir, rel), rev, h.Size, maxFile)
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		files[rel] = data
	}
	return newMemFS(files), nil
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
