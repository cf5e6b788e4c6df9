package stage

import (
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/windows"
)

// lockFolder takes an exclusive lock for the output folder out of parent.
// Windows cannot lock a folder, so the lock is a file beside the output
// (.output.lock); Windows releases it when the process ends, killed or not.
func lockFolder(parent, out string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(parent, "."+out+".lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK, 0, 1, 0, new(windows.Overlapped)); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func unlock(f *os.File) {
	windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, new(windows.Overlapped))
	f.Close()
}

// sameDevice reports whether a and b are on one volume, so that a rename
// can move between them.
func sameDevice(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	ab, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && strings.EqualFold(filepath.VolumeName(aa), filepath.VolumeName(ab))
}
