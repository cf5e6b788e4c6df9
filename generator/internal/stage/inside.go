package stage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// commitInside moves the staging folder's entries into the output folder
// one by one, when the staging folder had to be inside it. The entries
// they replace are kept together in one .old-* folder, with a list of
// what moves, until the last has moved; one rename of that folder to
// .trash-* then marks the commit whole. A build killed before that point
// is rolled back by the next Begin (recoverInside).
func (s *Staging) commitInside() error {
	moving := names(s.Dir)
	oldDir, err := os.MkdirTemp(s.out, oldInfix)
	if err != nil {
		s.Abort()
		return err
	}
	var list strings.Builder
	for _, name := range moving {
		had := "0"
		if _, err := os.Lstat(filepath.Join(s.out, name)); err == nil {
			had = "1"
		}
		list.WriteString(had + " " + name + "\n")
	}
	if err := os.WriteFile(filepath.Join(oldDir, movedList), []byte(list.String()), 0o644); err != nil {
		os.RemoveAll(oldDir)
		s.Abort()
		return err
	}
	for _, name := range moving {
		dst := filepath.Join(s.out, name)
		if err := step("move-out " + name); err != nil {
			return s.crashed(err)
		}
		if err := os.Rename(dst, filepath.Join(oldDir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return s.rollBack(oldDir, err)
		}
		if err := step("move-in " + name); err != nil {
			return s.crashed(err)
		}
		if err := os.Rename(filepath.Join(s.Dir, name), dst); err != nil {
			return s.rollBack(oldDir, err)
		}
	}
	if err := step("commit"); err != nil {
		return s.crashed(err)
	}
	trash := filepath.Join(s.out, trashPrefix+strings.TrimPrefix(filepath.Base(oldDir), oldInfix))
	if err := os.Rename(oldDir, trash); err != nil {
		return s.rollBack(oldDir, err)
	}
	if err := step("remove"); err != nil {
		return s.crashed(err)
	}
	os.RemoveAll(trash)
	s.Abort()
	return nil
}

// rollBack puts the old entries back after a failed move, and unlocks.
func (s *Staging) rollBack(oldDir string, err error) error {
	restore(s.out, oldDir)
	s.Abort()
	return err
}

// recoverInside rolls back a commit that was killed half way (an .old-*
// folder inside the output) and removes other leftovers.
func (s *Staging) recoverInside() error {
	for _, name := range names(s.out) {
		p := filepath.Join(s.out, name)
		switch {
		case strings.HasPrefix(name, oldInfix):
			if err := step("restore " + name); err != nil {
				return err
			}
			if err := restore(s.out, p); err != nil {
				return err
			}
		case strings.HasPrefix(name, stagingInfix), strings.HasPrefix(name, trashPrefix):
			os.RemoveAll(p)
		}
	}
	return nil
}

// restore puts the entries kept in oldDir back into out, removes those
// the commit had added, and removes oldDir. Without a list (an earlier
// version's .old-NAME) the folder is the old NAME itself.
func restore(out, oldDir string) error {
	data, err := os.ReadFile(filepath.Join(oldDir, movedList))
	if err != nil {
		name := strings.TrimPrefix(filepath.Base(oldDir), oldInfix)
		if _, err := os.Lstat(filepath.Join(out, name)); errors.Is(err, os.ErrNotExist) {
			return os.Rename(oldDir, filepath.Join(out, name))
		}
		return os.RemoveAll(oldDir)
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		had, name, ok := strings.Cut(line, " ")
		if !ok || name == "" || strings.ContainsAny(name, `/\`) || name == "." || name == ".." {
			continue
		}
		dst, kept := filepath.Join(out, name), filepath.Join(oldDir, name)
		if _, err := os.Lstat(kept); err == nil {
			if err := os.RemoveAll(dst); err != nil {
				return err
			}
			if err := os.Rename(kept, dst); err != nil {
				return err
			}
		} else if had == "0" {
			if err := os.RemoveAll(dst); err != nil {
				return err
			}
		}
		// Otherwise the entry had not been moved out yet: it is the old one.
	}
	return os.RemoveAll(oldDir)
}
