// Package output writes a build into a staging folder and swaps it into the
// output folder only when the whole build succeeded, so a failed or
// interrupted build leaves the previous output as it was. A lock keeps two
// builds from writing the same output folder at once.
package stage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

const (
	lockName      = ".workplan.lock"
	stagingPrefix = ".build-"
	oldPrefix     = ".old-"
)

// Staging is a build in progress.
type Staging struct {
	Dir  string // write the new output here; its top-level entries replace those of out
	out  string
	lock *os.File
}

// Begin locks the output folder out (creating it if needed), clears what
// an interrupted build left behind and returns a fresh staging folder.
// It waits for another build of the same folder to finish.
func Begin(out string) (*Staging, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create output folder: %w", err)
	}
	lock, err := os.OpenFile(filepath.Join(out, lockName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot create lock file: %w", err)
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		lock.Close()
		return nil, fmt.Errorf("cannot lock %s: %w", out, err)
	}
	// Under the lock, any staging or old folder is a leftover of a build
	// that was killed: remove it.
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), stagingPrefix) || strings.HasPrefix(e.Name(), oldPrefix) {
			os.RemoveAll(filepath.Join(out, e.Name()))
		}
	}
	dir, err := os.MkdirTemp(out, stagingPrefix)
	if err != nil {
		unlock(lock)
		return nil, fmt.Errorf("cannot create staging folder: %w", err)
	}
	return &Staging{Dir: dir, out: out, lock: lock}, nil
}

func unlock(f *os.File) {
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	f.Close()
}

// Commit moves each top-level entry of the staging folder into the output
// folder, replacing the entry of the same name, then unlocks. Entries of
// the output folder that the build did not produce (a README) are kept.
func (s *Staging) Commit() error {
	defer unlock(s.lock)
	defer os.RemoveAll(s.Dir)
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	var errs []error
	for _, name := range names {
		dst := filepath.Join(s.out, name)
		old := filepath.Join(s.out, oldPrefix+name)
		hadOld := false
		if _, err := os.Lstat(dst); err == nil {
			if err := os.Rename(dst, old); err != nil {
				errs = append(errs, err)
				continue
			}
			hadOld = true
		}
		if err := os.Rename(filepath.Join(s.Dir, name), dst); err != nil {
			if hadOld {
				os.Rename(old, dst)
			}
			errs = append(errs, err)
			continue
		}
		if hadOld {
			os.RemoveAll(old)
		}
	}
	return errors.Join(errs...)
}

// Abort discards the staging folder and unlocks; the output is untouched.
func (s *Staging) Abort() {
	os.RemoveAll(s.Dir)
	unlock(s.lock)
}

// Inside joins rel to root and refuses results outside root, so that no
// slug or path from content can write elsewhere.
func Inside(root, rel string) (string, error) {
	p := filepath.Join(root, filepath.FromSlash(rel))
	r, err := filepath.Rel(root, p)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", fmt.Errorf("path %q leaves the output folder", rel)
	}
	return p, nil
}
