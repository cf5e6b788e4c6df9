// Command workplan publishes district work plans from YAML and Markdown:
// `workplan check` validates the content, `workplan build` writes the site
// and PDFs. Run `workplan help` for the commands.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"workplan/generator/check"
	"workplan/generator/load"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `workplan publishes a district's annual work plans.

Usage:
  workplan check [-content DIR] [-format text|json]
  workplan build [-content DIR] [-out DIR]
  workplan diff [-content DIR] [-format text|markdown|json|html] [-o FILE] [OLD [NEW]]
  workplan schema [site|plan|status|item]
  workplan help

Commands:
  check   load and validate every plan; print each problem as path:line:col
  build   check, then write the site and PDFs into the output folder
  diff    compare two versions of the content (folders or git revisions;
          OLD defaults to HEAD, NEW to the working tree); exit 0 when equal,
          1 when they differ, 2 on error
  schema  print the JSON Schema of content files (all kinds, or one), for
          editors that validate and complete YAML as you type
`

// run is the whole command; it returns the exit code: 0 ok, 1 problems
// found, 2 usage error.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "build":
		return runBuild(args[1:], stdout, stderr)
	case "diff":
		return runDiff(args[1:], stdout, stderr)
	case "schema":
		return runSchema(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "workplan: unknown command %q\n\n%s", args[0], usage)
	return 2
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("workplan "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	dir := fs.String("content", "content", "content `folder`")
	format := fs.String("format", "text", "output `format`: text or json")
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "workplan check: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "workplan check: -format must be text or json, got %q\n", *format)
		return 2
	}
	r := check.Dir(*dir)
	if *format == "json" {
		if err := r.WriteJSON(stdout); err != nil {
			fmt.Fprintln(stderr, "workplan check:", err)
			return 2
		}
	} else {
		r.WriteText(stderr)
		if r.Errors > 0 {
			fmt.Fprintln(stderr, r.Summary(*dir))
		} else {
			fmt.Fprintln(stdout, r.Summary(*dir))
		}
	}
	if r.Errors > 0 {
		return 1
	}
	return 0
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	return runCheck(args, stdout, stderr)
}

func runSchema(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("schema", stderr)
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "workplan schema: expected at most one kind: site, plan, status or item")
		return 2
	}
	b, err := load.Schema(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "workplan schema:", err)
		return 2
	}
	stdout.Write(append(b, '\n'))
	return 0
}
