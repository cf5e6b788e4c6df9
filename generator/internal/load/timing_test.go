package load

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

// Time limits in these tests only catch hangs and quadratic blow-ups, which
// take minutes or forever; they must never fail because the machine is
// slow, busy (two cores shared with other test binaries) or running the
// race detector. scaled stretches a limit set for an idle developer
// machine by the race detector's slowdown and by how much slower than that
// machine this process runs now, measured on a fixed loading workload.

// calibrationReference is how long the calibration workload takes on an
// idle developer machine without the race detector.
const calibrationReference = 15 * time.Millisecond

// calibration is this process's slowdown against the reference (at least
// 1), measured once: the best of three runs of the workload.
var calibration = sync.OnceValue(func() float64 { return max(1, float64(calibrate())/float64(calibrationReference*raceSlowdown)) })

func calibrate() time.Duration {
	fsys := fstest.MapFS{}
	for p, s := range baseTree {
		fsys[p] = &fstest.MapFile{Data: []byte(s)}
	}
	var b strings.Builder
	b.WriteString("id: \"1\"\ntitle: x\n")
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&b, "k%d: v\n", i)
	}
	fsys["2024/a/items/01.yaml"] = &fstest.MapFile{Data: []byte(b.String())}
	best := time.Duration(1 << 62)
	for i := 0; i < 3; i++ {
		start := time.Now()
		Load(fsys, "content")
		best = min(best, time.Since(start))
	}
	return best
}

// scaled returns limit stretched for the race detector and this machine's
// measured speed, never less than limit.
func scaled(limit time.Duration) time.Duration {
	return time.Duration(float64(limit) * raceSlowdown * calibration())
}

func TestScaled(t *testing.T) {
	if got := scaled(time.Second); got < time.Second*raceSlowdown {
		t.Errorf("scaled(1s) = %s; limits must only grow", got)
	}
	t.Logf("calibration factor %.2f (workload %s now, %s reference), race slowdown %d", calibration(), calibrate(), calibrationReference, raceSlowdown)
}
