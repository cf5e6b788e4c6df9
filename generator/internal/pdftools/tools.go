// Package pdftools finds the command-line PDF tools the tests check output
// with (qpdf, pdftotext, pdftoppm from Debian's qpdf and poppler-utils).
// Tests fail when CI=true and a tool is missing, and skip otherwise.
package pdftools

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
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

// PageLabels returns every page's label as a viewer shows it ("표지",
// "1"), read by qpdf; pages without a label get their physical number.
func PageLabels(t testing.TB, file string) []string {
	t.Helper()
	var js struct {
		Pages []struct {
			Label *struct {
				P  string `json:"/P"`
				S  string `json:"/S"`
				St int    `json:"/St"`
			} `json:"label"`
		} `json:"pages"`
	}
	if err := json.Unmarshal([]byte(Run(t, "qpdf", "--json", "--json-key=pages", file)), &js); err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	out := make([]string, len(js.Pages))
	for i, pg := range js.Pages {
		l := pg.Label
		if l == nil {
			out[i] = strconv.Itoa(i + 1)
			continue
		}
		// qpdf writes text strings as "u:…" (Unicode) or "b:…" (bytes).
		label := strings.TrimPrefix(strings.TrimPrefix(l.P, "u:"), "b:")
		n := max(l.St, 1)
		switch l.S {
		case "":
		case "/D":
			label += strconv.Itoa(n)
		case "/r", "/R":
			r := roman(n)
			if l.S == "/r" {
				r = strings.ToLower(r)
			}
			label += r
		case "/a", "/A":
			// a … z, then aa … zz, and so on.
			c := byte('A') + byte((n-1)%26)
			if l.S == "/a" {
				c += 'a' - 'A'
			}
			label += strings.Repeat(string(c), (n-1)/26+1)
		default:
			t.Fatalf("page %d: unknown page label style %s", i+1, l.S)
		}
		out[i] = label
	}
	return out
}

func roman(n int) string {
	var b strings.Builder
	for _, d := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= d.v; n -= d.v {
			b.WriteString(d.s)
		}
	}
	return b.String()
}
