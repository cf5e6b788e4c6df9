package build

import (
	"os"
	"runtime/debug"
	"sync"
)

// A build allocates heavily and briefly (each PDF compresses its streams
// with fresh deflate state), and its live heap is small: the model and one
// document per worker. Collecting at the default GOGC=100 spends about a
// fifth of the CPU in the collector, so builds run with GOGC=400 under a
// soft limit of 450 MB, unless GOGC or GOMEMLIMIT is set in the
// environment. The previous settings come back when the last concurrent
// build ends.
const (
	buildGCPercent  = 400
	buildMemLimitMB = 450
)

var gcTune struct {
	sync.Mutex
	active         int
	percent, limit int64
}

// tuneGC applies the build's collector settings and returns the function
// that restores them.
func tuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	gcTune.Lock()
	defer gcTune.Unlock()
	if gcTune.active == 0 {
		gcTune.limit = debug.SetMemoryLimit(-1)
		gcTune.percent = int64(debug.SetGCPercent(buildGCPercent))
		debug.SetMemoryLimit(min(gcTune.limit, buildMemLimitMB<<20))
	}
	gcTune.active++
	return func() {
		gcTune.Lock()
		defer gcTune.Unlock()
		if gcTune.active--; gcTune.active == 0 {
			debug.SetGCPercent(int(gcTune.percent))
			debug.SetMemoryLimit(gcTune.limit)
		}
	}
}
