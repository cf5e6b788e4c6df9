// Package stage writes a build into a staging folder and swaps it into the
// output folder only when the whole build succeeded, so that the output
// folder holds the previous build or the new one, whole, whatever instant
// a build is killed at. A lock keeps two builds of one output folder from
// running at once.
//
// The staging folder stands beside the output folder (.output.build-*).
// On Linux one renameat2(RENAME_EXCHANGE) swaps the two: there is no
// instant without a whole output/. Elsewhere two renames do (output/ to
// .output.old-*, the staging folder to output/); a build killed between
// them leaves no output/, and the next build's Begin renames the old one
// back. When the output folder is a mount point, or its parent cannot be
// written, the staging folder is inside it instead and its entries (site/,
// pdf/ …) move one by one, with the old ones kept together in one folder
// until the last has moved: Begin puts them back after a kill.
package stage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

const (
	stagingInfix = ".build-" // .output.build-*, or .build-* inside the output
	oldInfix     = ".old-"   // .output.old-*, or .old-* inside the output
	trashPrefix  = ".trash-" // inside the output: old entries after a whole commit
	movedList    = ".moved"  // in an inside .old-* folder: the entries moved in
	legacyLock   = ".workplan.lock"
)

// crash, when set (tests only), is called before every step of Commit and
// of Begin's recovery; an error stops there, as if the process had been
// killed: nothing is cleaned up, only the lock is released.
var crash func(step string) error

// Tests force the other ways of swapping: without an exchange, and with
// the staging folder inside the output folder.
var (
	exchangeFolders = exchange
	forceInside     bool
)

func step(name string) error {
	if crash != nil {
		return crash(name)
	}
	return nil
}

// Staging is a build in progress.
type Staging struct {
	Dir    string // write the new output here; its top-level entries replace those of out
	out    string
	parent string
	inside bool // Dir is inside out: entries move one by one
	lock   *os.File
}

// Begin locks the output folder out (creating it if needed), puts back or
// clears what an interrupted build left behind and returns a fresh
// staging folder. It waits for another build of the same folder to finish.
func Begin(out string) (*Staging, error) {
	out, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	// An output folder that is a link is swapped where it points: the
	// link stays.
	if real, err := filepath.EvalSymlinks(out); err == nil {
		out = real
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create output folder: %w", err)
	}
	// The lock is on the parent folder: the output folder itself is
	// swapped, and a lock file inside it would be swapped with it.
	lock, err := lockFolder(parent, filepath.Base(out))
	if err != nil {
		return nil, fmt.Errorf("cannot lock %s: %w", out, err)
	}
	s := &Staging{out: out, parent: parent, lock: lock}
	if err := s.recover(); err != nil {
		unlock(lock)
		return nil, fmt.Errorf("cannot put back what an interrupted build left in %s: %w", out, err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		unlock(lock)
		return nil, fmt.Errorf("cannot create output folder: %w", err)
	}
	if !forceInside && sameDevice(out, parent) {
		s.Dir, err = os.MkdirTemp(parent, s.sibling(stagingInfix))
		if err == nil {
			// The staging folder becomes the output folder: give it the
			// output folder's permissions (MkdirTemp makes it private),
			// so a web server can still read what it publishes.
			if info, serr := os.Stat(out); serr == nil {
				err = os.Chmod(s.Dir, info.Mode().Perm())
			}
		}
	}
	if s.Dir == "" {
		s.inside = true
		s.Dir, err = os.MkdirTemp(out, stagingInfix)
	}
	if err != nil {
		unlock(lock)
		return nil, fmt.Errorf("cannot create staging folder: %w", err)
	}
	return s, nil
}

// sibling is the name prefix of a folder beside the output folder:
// .output.build-, .output.old-.
func (s *Staging) sibling(infix string) string {
	return "." + filepath.Base(s.out) + infix
}

// crashed releases the lock as a killed process's exit would.
func (s *Staging) crashed(err error) error {
	s.lock.Close()
	return err
}

// Commit swaps the staging folder in as the output folder and unlocks.
// Entries of the output folder that the build did not produce (a README)
// are kept.
func (s *Staging) Commit() error {
	if s.inside {
		return s.commitInside()
	}
	if err := step("carry"); err != nil {
		return s.crashed(err)
	}
	if err := carry(s.out, s.Dir); err != nil {
		s.Abort()
		return err
	}
	if err := step("swap"); err != nil {
		return s.crashed(err)
	}
	old := s.Dir // after an exchange, the old output is where the staging folder was
	if err := exchangeFolders(s.Dir, s.out); err != nil {
		if !errors.Is(err, errNoExchange) {
			s.Abort()
			return err
		}
		// Two renames: between them there is no output folder, and
		// Begin renames the old one back.
		dir, err := os.MkdirTemp(s.parent, s.sibling(oldInfix))
		if err != nil {
			s.Abort()
			return err
		}
		old = filepath.Join(dir, "output")
		if err := os.Rename(s.out, old); err != nil {
			os.Remove(dir)
			s.Abort()
			return err
		}
		if err := step("swap-in"); err != nil {
			return s.crashed(err)
		}
		if err := os.Rename(s.Dir, s.out); err != nil {
			os.Rename(old, s.out)
			os.RemoveAll(dir)
			s.Abort()
			return err
		}
		old = dir
	}
	if err := step("remove"); err != nil {
		return s.crashed(err)
	}
	os.RemoveAll(old)
	unlock(s.lock)
	return nil
}

// carry links (or copies) the entries of out that the build did not
// produce into dir, so the swap keeps them.
func carry(out, dir string) error {
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if leftover(name) {
			continue
		}
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			continue // the build's own
		}
		if err := linkTree(filepath.Join(out, name), filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("cannot keep %s: %w", filepath.Join(out, name), err)
		}
	}
	return nil
}

// leftover reports whether name, inside the output folder, is this
// package's own: a staging or old folder, or an earlier version's lock.
func leftover(name string) bool {
	return strings.HasPrefix(name, stagingInfix) || strings.HasPrefix(name, oldInfix) ||
		strings.HasPrefix(name, trashPrefix) || name == legacyLock
}

// linkTree recreates src at dst: folders made, files hard-linked (copied
// where links are not possible), symbolic links recreated.
func linkTree(src, dst string) error {
	return filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		switch {
		case info.IsDir():
			return os.Mkdir(target, info.Mode().Perm()|0o700)
		case info.Mode()&os.ModeSymlink != 0:
			l, err := os.Readlink(p)
			if err != nil {
				return err
			}
			return os.Symlink(l, target)
		case info.Mode().IsRegular():
			if os.Link(p, target) == nil {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(target, data, info.Mode().Perm())
		}
		return nil // devices, sockets: not ours to keep
	})
}

// Abort discards the staging folder and unlocks; the output is untouched.
func (s *Staging) Abort() {
	os.RemoveAll(s.Dir)
	unlock(s.lock)
}

// recover puts the output folder back as the last whole build left it:
// under the lock, any staging, old or trash folder is a leftover of a
// build that was killed.
func (s *Staging) recover() error {
	entries, err := os.ReadDir(s.parent)
	if err != nil {
		return err
	}
	var olds, stale []string
	for _, e := range entries {
		switch name := e.Name(); {
		case strings.HasPrefix(name, s.sibling(oldInfix)):
			olds = append(olds, filepath.Join(s.parent, name))
		case strings.HasPrefix(name, s.sibling(stagingInfix)):
			stale = append(stale, filepath.Join(s.parent, name))
		}
	}
	if _, err := os.Lstat(s.out); errors.Is(err, os.ErrNotExist) {
		// Killed between the two renames: the old output is whole.
		for _, dir := range olds {
			if err := step("restore"); err != nil {
				return err
			}
			if os.Rename(filepath.Join(dir, "output"), s.out) == nil {
				break
			}
		}
	}
	for _, p := range append(olds, stale...) {
		os.RemoveAll(p)
	}
	return s.recoverInside()
}

// Sorted names of dir's entries; none when it cannot be read.
func names(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var ns []string
	for _, e := range entries {
		ns = append(ns, e.Name())
	}
	sort.Strings(ns)
	return ns
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
