// Command vulncheck reads `govulncheck -format json` on standard input and
// fails when code calls a vulnerable function of a module we require.
// Vulnerabilities of the Go standard library are listed but do not fail:
// they are fixed by the machine's Go release, which this project does not
// choose (the toolchain is fixed at the machine's go1.26).
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
)

type frame struct {
	Module   string `json:"module"`
	Version  string `json:"version"`
	Package  string `json:"package"`
	Function string `json:"function"`
}

type message struct {
	Finding *struct {
		OSV          string  `json:"osv"`
		FixedVersion string  `json:"fixed_version"`
		Trace        []frame `json:"trace"`
	} `json:"finding"`
}

func main() {
	dec := json.NewDecoder(os.Stdin)
	called := map[string]string{} // osv → "module@version (fixed in …)"
	stdlib := map[string]string{}
	for {
		var m message
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			fmt.Fprintln(os.Stderr, "vulncheck:", err)
			os.Exit(2)
		}
		f := m.Finding
		if f == nil || len(f.Trace) == 0 || f.Trace[0].Function == "" {
			continue // not reached from our code
		}
		t := f.Trace[0]
		line := fmt.Sprintf("%s: %s@%s %s.%s (fixed in %s)", f.OSV, t.Module, t.Version, t.Package, t.Function, f.FixedVersion)
		if t.Module == "stdlib" {
			stdlib[f.OSV] = line
		} else {
			called[f.OSV] = line
		}
	}
	print := func(title string, m map[string]string) {
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if len(keys) > 0 {
			fmt.Println(title)
		}
		for _, k := range keys {
			fmt.Println("  " + m[k])
		}
	}
	print("Standard library (fixed by a newer Go release on the machine):", stdlib)
	print("Required modules:", called)
	if len(called) > 0 {
		os.Exit(1)
	}
	fmt.Println("govulncheck: no called vulnerability in required modules")
}
