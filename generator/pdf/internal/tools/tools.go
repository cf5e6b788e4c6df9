// Package tools finds the command-line PDF tools the tests check output
// with (qpdf, pdftotext, pdftoppm from Debian's qpdf and poppler-utils).
// Tests fail when CI=true and a tool is missing, and skip otherwise.
package tools

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Require returns the path of the named tool, or ends the test.
func Require(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required in CI (install qpdf and poppler-utils): %v", name, err)
	}
	t.Skipf("%s not installed: %v", name, err)
	return ""
}

// Run runs a tool and returns its standard output; it fails the test with
// standard error when the tool exits non-zero.
func Run(t testing.TB, name string, args ...string) string {
	t.Helper()
	path := Require(t, name)
	cmd := exec.Command(path, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s%s", name, args, err, out.String(), errb.String())
	}
	return out.String()
}

// WriteTemp writes data to a file in the test's temporary directory.
func WriteTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
