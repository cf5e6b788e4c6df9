// Package versions opens one version of the content for the loader: a
// folder on disk, or the content folder as a git revision holds it. The
// two are told apart by how they are written, never by what happens to
// exist: a version written as a path (./dir, ../dir, /dir, or . itself)
// is a folder, anything else a git revision. A folder named like a branch
// (origin/main) therefore cannot stand in for it.
package versions

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// IsFolder reports whether spec is written as a path, and so names a folder
// rather than a git revision.
func IsFolder(spec string) bool {
	if spec == "." || spec == ".." || filepath.IsAbs(spec) {
		return true
	}
	for _, p := range []string{"./", "../", "/"} {
		if strings.HasPrefix(spec, p) {
			return true
		}
	}
	if filepath.Separator != '/' {
		for _, p := range []string{`.\`, `..\`, `\`} {
			if strings.HasPrefix(spec, p) {
				return true
			}
		}
	}
	return false
}

// Folder writes dir as a folder version: as it is when it already reads as
// a path, else with ./ in front.
func Folder(dir string) string {
	if IsFolder(dir) {
		return dir
	}
	return "./" + filepath.ToSlash(dir)
}

// Open returns the content tree spec names, and how to name it in
// messages: the folder spec when it is written as a path, else the
// revision spec's copy of contentDir, read from the git repository around
// the current folder.
func Open(spec, contentDir string) (fsys fs.FS, name string, err error) {
	if IsFolder(spec) {
		fsys, err := OpenFolder(spec)
		return fsys, spec, err
	}
	fsys, err = gitTree(spec, contentDir)
	if errors.Is(err, errNotRevision) {
		if info, serr := os.Stat(spec); serr == nil && info.IsDir() {
			return nil, "", fmt.Errorf("%q is not a git revision; to compare the folder, write it as a path: %s", spec, Folder(spec))
		}
		return nil, "", fmt.Errorf("%q is not a git revision (a folder is written as a path, e.g. %s)", spec, Folder(spec))
	}
	if err != nil {
		return nil, "", err
	}
	return fsys, spec + ":" + filepath.ToSlash(contentDir), nil
}

// OpenFolder opens the folder dir, however it is written. Through an
// os.Root, links cannot reach outside the folder; the root stays open for
// the life of the command.
func OpenFolder(dir string) (fs.FS, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return nil, fmt.Errorf("folder %s does not exist", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return root.FS(), nil
}
