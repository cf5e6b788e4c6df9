// Package golden is the one switch that rewrites every expected-output file
// in the tests (golden HTML, PDF layout snapshots, check output, testscript
// cmp targets, broken-content findings): run the tests with UPDATE_GOLDEN=1,
// then review the rewritten files as a diff before committing.
//
//	UPDATE_GOLDEN=1 go test ./...
package golden

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Update reports whether this test run rewrites expected files.
func Update() bool { return os.Getenv("UPDATE_GOLDEN") == "1" }

// Hint is what a failing golden comparison tells the reader to do.
const Hint = "if the change is intended, run UPDATE_GOLDEN=1 go test ./... and review the diff"

// Check compares got with the file at path, or rewrites the file when
// updating. It reports a mismatch through t with the first differing line.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if Update() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (%s)", err, Hint)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs:\n%s\n(%s)", path, FirstDiff(string(want), string(got)), Hint)
	}
}

// FirstDiff describes the first line where want and got differ.
func FirstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return "(equal)"
}
