package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"workplan/generator/internal/golden"
)

// TestSummary reads a recorded go test -json run (a module with a passing,
// a skipping, a failing, a panicking and a broken package) and prints
// what plain go test prints, the skips by reason and the closing line.
func TestSummary(t *testing.T) {
	in, err := os.Open("testdata/events.json")
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var out bytes.Buffer
	if code := run(nil, in, &out, &out); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	golden.Check(t, "testdata/summary.golden", out.Bytes())
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if last := lines[len(lines)-1]; last != "3 passed, 3 failed" {
		t.Errorf("last line %q", last)
	}
}

// TestSummaryPassing: only passes and skips exit 0, and the skips are
// still listed.
func TestSummaryPassing(t *testing.T) {
	in := `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"    a_test.go:9: qpdf not installed: exec: \"qpdf\": executable file not found in $PATH\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"--- SKIP: TestA (0.00s)\n"}
{"Action":"skip","Package":"p","Test":"TestA"}
{"Action":"pass","Package":"p","Test":"TestB"}
{"Action":"output","Package":"p","Output":"PASS\n"}
{"Action":"output","Package":"p","Output":"ok  \tp\t0.01s\n"}
{"Action":"pass","Package":"p"}
`
	var out bytes.Buffer
	if code := run(nil, strings.NewReader(in), &out, &out); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	want := "ok  \tp\t0.01s (1 skipped)\n\n1 test skipped: qpdf not installed\n    p.TestA\n1 passed, 0 failed\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

// TestSummaryNothing: no events at all (go test stopped before running) is
// a failure, not "0 passed, 0 failed" and exit 0.
func TestSummaryNothing(t *testing.T) {
	var out bytes.Buffer
	if code := run(nil, strings.NewReader(""), &out, &out); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
}
