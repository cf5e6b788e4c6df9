package build

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress draws a single updating line ("plans 120/205") on a terminal,
// but only once a build has run for longer than a second, so quick builds
// stay quiet. The line is cleared when the build ends.
type progress struct {
	w     io.Writer
	start time.Time

	mu          sync.Mutex
	phase       string
	done, total int
	shown       string // the line on screen, "" when none

	quit chan struct{}
	wg   sync.WaitGroup
}

// progressDelay is how long a build runs before progress shows.
const progressDelay = time.Second

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now()}
	if w == nil {
		return p
	}
	p.quit = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.quit:
				return
			case <-t.C:
				if time.Since(p.start) >= progressDelay {
					p.draw()
				}
			}
		}
	}()
	return p
}

// set starts a phase of total steps (0 when unknown).
func (p *progress) set(phase string, done, total int) {
	p.mu.Lock()
	p.phase, p.done, p.total = phase, done, total
	p.mu.Unlock()
}

// add counts n steps done.
func (p *progress) add(n int) {
	p.mu.Lock()
	p.done += n
	p.mu.Unlock()
}

func (p *progress) line() string {
	if p.total > 0 {
		return fmt.Sprintf("workplan build: %s %d/%d …", p.phase, p.done, p.total)
	}
	return fmt.Sprintf("workplan build: %s …", p.phase)
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if l := p.line(); l != p.shown {
		fmt.Fprint(p.w, "\r\x1b[K"+l)
		p.shown = l
	}
}

// stop ends the drawing and clears the line.
func (p *progress) stop() {
	if p.quit == nil {
		return
	}
	close(p.quit)
	p.wg.Wait()
	if p.shown != "" {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
