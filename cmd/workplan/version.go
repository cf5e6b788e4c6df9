package main

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"

	"workplan/generator"
)

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", stderr)
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "workplan version: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	writeVersion(stdout, generator.Version())
	return 0
}

// writeVersion prints the tool's version and what the binary embeds. A
// binary built without the chart runtime says so; it still checks and
// diffs content, so this is not an error.
func writeVersion(w io.Writer, v generator.VersionInfo) {
	fmt.Fprintf(w, "workplan %s\n", v.Tool)
	fmt.Fprintf(w, "built with %s for %s/%s\n", v.Go, runtime.GOOS, runtime.GOARCH)
	a := v.Assets
	switch {
	case v.AssetsErr != nil && errors.Is(v.AssetsErr, generator.ErrAssetsNotEmbedded):
		fmt.Fprintln(w, "chart runtime: not embedded; this binary checks and compares content but cannot build sites")
		fmt.Fprintf(w, "  (build it again after `%s`)\n", generator.AssetsSetupCommand)
	case v.AssetsErr != nil:
		fmt.Fprintf(w, "chart runtime: unusable: %v\n", v.AssetsErr)
	default:
		fmt.Fprintf(w, "chart runtime: ECharts %s (%s; %s)\n", a.ECharts, a.Bundler, strings.Join(a.Modules, " "))
	}
	fmt.Fprintf(w, "web font: %s %s\n", a.Font, a.FontVersion)
}
