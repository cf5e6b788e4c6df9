//go:build unix

package stage

import (
	"os"
	"syscall"
)

// lockFolder takes an exclusive lock on the folder that holds the output
// (the output folder itself is swapped, so a lock inside it would be
// swapped with it). The lock goes with the process, also when it is killed.
func lockFolder(parent, _ string) (*os.File, error) {
	f, err := os.Open(parent)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func unlock(f *os.File) {
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	f.Close()
}

// sameDevice reports whether a and b are on one file system, so that a
// rename can move between them; false when either cannot be read.
func sameDevice(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	if err1 != nil || err2 != nil {
		return false
	}
	sa, ok1 := ia.Sys().(*syscall.Stat_t)
	sb, ok2 := ib.Sys().(*syscall.Stat_t)
	return ok1 && ok2 && sa.Dev == sb.Dev
}
