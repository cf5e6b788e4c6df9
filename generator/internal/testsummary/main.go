// Command testsummary runs or reads `go test -json` and prints what plain
// `go test` prints (a line per package, the output of failed tests), then
// the tests that were skipped, grouped by reason ("3 tests skipped:
// Chromium is missing …"), so a run without chromium, poppler or qpdf is
// not mistaken for a full one, and last a line CI can read:
// "N passed, N failed". It exits non-zero when anything failed.
//
//	go run ./generator/internal/testsummary -race ./...        # runs go test -json -race ./...
//	go test -race -json ./... | go run ./generator/internal/testsummary
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run reads the events from go test when args are given (they are go
// test's), else from stdin, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		s := newSummary(stdout)
		if err := s.read(stdin); err != nil {
			fmt.Fprintln(stderr, "testsummary:", err)
			return 2
		}
		return s.finish()
	}
	cmd := exec.Command("go", append([]string{"test", "-json"}, args...)...)
	cmd.Stderr = stderr
	cmd.Stdin = stdin
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Fprintln(stderr, "testsummary:", err)
		return 2
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(stderr, "testsummary:", err)
		return 2
	}
	s := newSummary(stdout)
	readErr := s.read(pipe)
	waitErr := cmd.Wait()
	code := s.finish()
	switch {
	case readErr != nil:
		fmt.Fprintln(stderr, "testsummary:", readErr)
		return 2
	case waitErr != nil && code == 0:
		// go test failed in a way no event shows (a bad flag, say).
		fmt.Fprintln(stderr, "testsummary: go test:", waitErr)
		return 1
	}
	return code
}

// event is one line of go test -json (cmd/test2json).
type event struct {
	Action     string
	Package    string
	Test       string
	Output     string
	ImportPath string // build-output and build-fail events
}

type summary struct {
	out            io.Writer
	passed, failed int
	skips          map[string][]string // reason → tests (package.Test)
	logs           map[string][]string // package + "\x00" + test → output lines, until the test ends
	pkgSkips       map[string]int      // skipped tests per package, for its "ok" line
	failedPkgs     map[string]bool     // packages with a failed test
	events         int
}

func newSummary(w io.Writer) *summary {
	return &summary{out: w, skips: map[string][]string{}, logs: map[string][]string{},
		pkgSkips: map[string]int{}, failedPkgs: map[string]bool{}}
}

func (s *summary) read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			// Not an event (go vet's or the go command's own words): as is.
			fmt.Fprintf(s.out, "%s\n", line)
			continue
		}
		s.events++
		s.add(e)
	}
	return sc.Err()
}

func (s *summary) add(e event) {
	key := e.Package + "\x00" + e.Test
	switch e.Action {
	case "build-output":
		fmt.Fprint(s.out, e.Output)
	// build-fail needs nothing: the package's own fail event follows.
	case "output":
		if e.Test == "" {
			s.packageLine(e)
			return
		}
		s.logs[key] = append(s.logs[key], e.Output)
	case "pass":
		if e.Test != "" {
			s.passed++
			delete(s.logs, key)
		}
	case "skip":
		if e.Test != "" {
			reason := skipReason(s.logs[key])
			s.skips[reason] = append(s.skips[reason], e.Package+"."+e.Test)
			s.pkgSkips[e.Package]++
			delete(s.logs, key)
		}
	case "fail":
		if e.Test != "" {
			s.failed++
			s.failedPkgs[e.Package] = true
			s.printLog(key)
			return
		}
		if !s.failedPkgs[e.Package] {
			// The package failed outside any finished test: a panic, a
			// timeout, TestMain. Show what the unfinished tests printed.
			s.failed++
			s.failedPkgs[e.Package] = true
			var open []string
			for k := range s.logs {
				if strings.HasPrefix(k, e.Package+"\x00") {
					open = append(open, k)
				}
			}
			sort.Strings(open)
			for _, k := range open {
				s.printLog(k)
			}
		}
	}
}

// packageLine prints a package's own output as plain go test does: its
// "ok" or "FAIL" line (with the count of skipped tests), "no test files",
// and anything the test binary printed outside a test; not the bare
// PASS that -json's verbose mode adds.
func (s *summary) packageLine(e event) {
	if e.Output == "PASS\n" {
		return
	}
	if n := s.pkgSkips[e.Package]; n > 0 && strings.HasPrefix(e.Output, "ok  \t") {
		fmt.Fprintf(s.out, "%s (%d skipped)\n", strings.TrimSuffix(e.Output, "\n"), n)
		return
	}
	fmt.Fprint(s.out, e.Output)
}

// printLog prints a test's output without the === RUN/PAUSE/CONT/NAME lines
// that plain go test leaves out.
func (s *summary) printLog(key string) {
	for _, l := range s.logs[key] {
		if strings.HasPrefix(l, "=== ") {
			continue
		}
		fmt.Fprint(s.out, l)
	}
	delete(s.logs, key)
}

// skipReason is the message a test skipped with: its last line of output
// before "--- SKIP", without the file:line prefix, up to the first ": "
// (the detail, such as a path lookup's error, varies), or "no reason given".
func skipReason(lines []string) string {
	var msg string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- ") {
			continue
		}
		msg = t
	}
	if msg == "" {
		return "no reason given"
	}
	// "browser_test.go:50: Chromium is missing" → "Chromium is missing"
	if i := strings.Index(msg, ": "); i > 0 && strings.Contains(msg[:i], ".go:") {
		msg = msg[i+2:]
	}
	if i := strings.Index(msg, ": "); i > 0 {
		msg = msg[:i]
	}
	return msg
}

// finish prints the skipped tests by reason, most first, and the closing
// line, and returns the exit status.
func (s *summary) finish() int {
	reasons := make([]string, 0, len(s.skips))
	skipped := 0
	for r, tests := range s.skips {
		reasons = append(reasons, r)
		skipped += len(tests)
	}
	sort.Slice(reasons, func(i, j int) bool {
		a, b := len(s.skips[reasons[i]]), len(s.skips[reasons[j]])
		if a != b {
			return a > b
		}
		return reasons[i] < reasons[j]
	})
	if skipped > 0 {
		fmt.Fprintln(s.out)
		for _, r := range reasons {
			n := len(s.skips[r])
			fmt.Fprintf(s.out, "%d %s skipped: %s\n", n, plural(n, "test"), r)
			names := s.skips[r]
			sort.Strings(names)
			if len(names) > 3 {
				names = append(names[:3:3], fmt.Sprintf("and %d more", len(s.skips[r])-3))
			}
			fmt.Fprintf(s.out, "    %s\n", strings.Join(names, ", "))
		}
	}
	fmt.Fprintf(s.out, "%d passed, %d failed\n", s.passed, s.failed)
	switch {
	case s.failed > 0:
		return 1
	case s.events == 0:
		fmt.Fprintln(s.out, "no test events read: go test -json stopped before running any test")
		return 1
	}
	return 0
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
