//go:build linux

package stage

import (
	"errors"
	"os"
	"runtime"
	"syscall"
	"unsafe"
)

// renameat2's number where the syscall package lacks it.
var sysRenameat2 = map[string]uintptr{"amd64": 316, "arm64": 276, "riscv64": 276, "loong64": 276}[runtime.GOARCH]

// exchange swaps the folders a and b in one step (renameat2 with
// RENAME_EXCHANGE). errNoExchange when the kernel or file system cannot.
func exchange(a, b string) error {
	if sysRenameat2 == 0 {
		return errNoExchange
	}
	pa, err := syscall.BytePtrFromString(a)
	if err != nil {
		return err
	}
	pb, err := syscall.BytePtrFromString(b)
	if err != nil {
		return err
	}
	const atFDCWD, renameExchange = -100, 1 << 1
	fd := atFDCWD
	_, _, errno := syscall.Syscall6(sysRenameat2, uintptr(fd), uintptr(unsafe.Pointer(pa)), uintptr(fd), uintptr(unsafe.Pointer(pb)), renameExchange, 0)
	runtime.KeepAlive(pa)
	runtime.KeepAlive(pb)
	switch {
	case errno == 0:
		return nil
	case errno == syscall.ENOSYS || errno == syscall.EINVAL || errno == syscall.ENOTSUP:
		return errNoExchange
	}
	return &os.LinkError{Op: "exchange", Old: a, New: b, Err: errno}
}

var errNoExchange = errors.New("no atomic exchange here")
