// Command workplan publishes district work plans from YAML and Markdown:
// `workplan check` validates the content, `workplan build` writes the site
// and PDFs. Run `workplan help` for the commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"workplan/generator"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `workplan publishes a district's annual work plans.

Usage:
  workplan check [-content DIR] [-format text|json]
  workplan build [-content DIR] [-out DIR] [-base-url URL] [-incremental] [-quiet]
  workplan diff [-content DIR] [-format text|markdown|json|html|pdf|hwpx] [-o FILE] [OLD [NEW]]
  workplan serve [-content DIR] [-addr 127.0.0.1:8080] [-base-url URL]
  workplan new -from DIR [-year YEAR] [-to DIR]
  workplan init [-district NAME] -year YEAR DIR
  workplan schema [site|plan|status|item]
  workplan version
  workplan help

Commands:
  check   load and validate every plan; print each problem as path:line:col
  build   check, then write the site and PDFs into the output folder
  diff    compare two versions of the content: git revisions (HEAD~1,
          origin/main) or folders written as paths (./old, /srv/content);
          OLD defaults to HEAD, NEW to the content folder; exit 0 when
          equal, 1 when they differ, 2 on error
  serve   build and serve the site for preview; rebuild and reload open
          pages on every saved change; show check findings while broken
  new     start next year's plan from this year's: copy the plan folder,
          move its year and dates forward, print what to update
  init    start a district's content repository in a new folder: site
          settings, .gitattributes, a CI workflow, a README and a first
          plan to fill in
  schema  print the JSON Schema of content files (all kinds, or one), for
          editors that validate and complete YAML as you type
  version print the tool's version and the chart runtime and web font
          versions it holds

Without -content, the content folder is found from the working folder (it,
its content/ folder, or the same further up). -lang ko|en sets the language
of summaries and the preview's page; by default LC_ALL, LC_MESSAGES or LANG.
`

// run is the whole command; it returns the exit code: 0 ok, 1 problems
// found, 2 usage error.
func run(args []string, stdout, stderr io.Writer) int {
	args = langFirst(args)
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
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "new":
		return runNew(args[1:], stdout, stderr)
	case "init":
		return runInit(args[1:], stdout, stderr)
	case "schema":
		return runSchema(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		return runVersion(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "workplan: unknown command %q\n\n%s", args[0], usage)
	return 2
}

// langFirst moves a -lang given before the command name to after it, so
// that -lang is accepted anywhere on the command line.
func langFirst(args []string) []string {
	var lang []string
	for len(args) > 0 {
		a := args[0]
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			break
		}
		n := 1
		if !hasValue && len(args) > 1 {
			n = 2
		}
		lang, args = append(lang, args[:n]...), args[n:]
	}
	if len(lang) == 0 || len(args) == 0 {
		return append(args, lang...)
	}
	return append(append([]string{args[0]}, lang...), args[1:]...)
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("workplan "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.String("lang", "", "message `language`: ko or en (default: from LC_ALL, LC_MESSAGES or LANG)")
	return fs
}

// language is the -lang of parsed flags, else the environment's; false
// after saying what is wrong with it.
func language(fs *flag.FlagSet, stderr io.Writer) (generator.Lang, bool) {
	s := fs.Lookup("lang").Value.String()
	if s == "" {
		return generator.LangFromEnv(), true
	}
	l, err := generator.ParseLang(s)
	if err != nil {
		fmt.Fprintf(stderr, "%s: -lang: %v\n", fs.Name(), err)
		return l, false
	}
	return l, true
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	dir := fs.String("content", "content", "content `folder` (default: found from the working folder, else content)")
	format := fs.String("format", "text", "output `format`: text or json")
	if fs.Parse(args) != nil {
		return 2
	}
	*dir = contentDir(fs, *dir)
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "workplan check: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "workplan check: -format must be text or json, got %q\n", *format)
		return 2
	}
	lang, ok := language(fs, stderr)
	if !ok {
		return 2
	}
	r := generator.Check(*dir)
	if *format == "json" {
		if err := r.WriteJSONIn(stdout, lang); err != nil {
			fmt.Fprintln(stderr, "workplan check:", err)
			return 2
		}
	} else {
		r.WriteTextIn(stderr, lang)
		if r.Errors > 0 {
			fmt.Fprintln(stderr, generator.CheckSummary(lang, r, *dir))
		} else {
			fmt.Fprintln(stdout, generator.CheckSummary(lang, r, *dir))
		}
	}
	if r.Errors > 0 {
		return 1
	}
	return 0
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", stderr)
	dir := fs.String("content", "content", "content `folder` (default: found from the working folder, else content)")
	out := fs.String("out", "output", "output `folder` (default: output beside a content folder found from the working folder)")
	incremental := fs.Bool("incremental", false, "render only the plans whose inputs changed since the last build of the output folder")
	quiet := fs.Bool("quiet", false, "print problems only: no progress line, no summary")
	base := baseURLFlag(fs)
	if fs.Parse(args) != nil {
		return 2
	}
	*dir = contentDir(fs, *dir)
	*out = outputDir(fs, *dir, *out)
	baseURL, ok := base.value(stderr)
	if !ok {
		return 2
	}
	lang, ok := language(fs, stderr)
	if !ok {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "workplan build: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	date, err := generator.SourceDate()
	if err != nil {
		fmt.Fprintln(stderr, "workplan build:", err)
		return 2
	}
	opt := generator.BuildOptions{Content: *dir, Out: *out, Incremental: *incremental, SourceDate: date, BaseURL: baseURL}
	if !*quiet && isTerminal(stderr) {
		opt.Progress = stderr
	}
	r, err := generator.Build(opt)
	r.Check.WriteTextIn(stderr, lang)
	for _, w := range r.Warns {
		fmt.Fprintln(stderr, w.Text(lang))
	}
	if errors.Is(err, generator.ErrContent) {
		fmt.Fprintln(stderr, generator.CheckSummary(lang, r.Check, *dir))
		fmt.Fprintln(stderr, generator.NothingWritten(lang, *out))
		return 1
	}
	if err != nil {
		fmt.Fprintln(stderr, "workplan build:", err)
		return 1
	}
	if *quiet {
		return 0
	}
	fmt.Fprintln(stdout, generator.BuildSummary(lang, *dir, *out, r.Plans, len(r.PDFs)))
	if *incremental {
		fmt.Fprintf(stdout, "rendered %d of %d PDFs and %d of %d pages; the rest were unchanged\n", len(r.RenderedPDFs), r.Plans, len(r.RenderedPages), r.Plans)
	}
	return 0
}

// isTerminal reports whether w is a terminal (a character device), where
// a progress line can be redrawn in place.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
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
	b, err := generator.Schema(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "workplan schema:", err)
		return 2
	}
	stdout.Write(append(b, '\n'))
	return 0
}

func runNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", stderr)
	from := fs.String("from", "", "this year's plan `folder`, e.g. content/2024/saemapo")
	year := fs.Int("year", 0, "the new plan's `year` (default: the next year)")
	to := fs.String("to", "", "the new plan `folder` (default: the same department under the new year)")
	if fs.Parse(args) != nil {
		return 2
	}
	if *from == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "workplan new: give the plan to start from: -from content/2024/saemapo")
		return 2
	}
	r, fromYear, err := generator.NewPlan(*from, *to, *year)
	var usage *generator.UsageError
	if errors.As(err, &usage) {
		fmt.Fprintln(stderr, "workplan new:", err)
		return 2
	}
	if err != nil {
		fmt.Fprintln(stderr, "workplan new:", err)
		return 1
	}
	if *year == 0 {
		*year = fromYear + 1
	}
	fmt.Fprintf(stdout, "%s: %d files written, %d dates moved from %d to %d\n\n", r.Dir, len(r.Files), r.Moved, fromYear, *year)
	fmt.Fprintln(stdout, "To update before the plan is ready:")
	for _, c := range r.Checklist {
		fmt.Fprintln(stdout, "  [ ] "+c)
	}
	return 0
}
