package main

import (
	"fmt"
	"io"

	"workplan/generator"
)

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", stderr)
	district := fs.String("district", "", "the district's `name`, e.g. 마포구 (default: ○○구, to fill in)")
	// The year goes into the content (folder, plan year, dates), and
	// content never takes a date from the clock: it is asked for.
	year := fs.Int("year", 0, "the first plan's `year` (required)")
	if fs.Parse(args) != nil {
		return 2
	}
	lang, ok := language(fs, stderr)
	if !ok {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, generator.Message(lang, generator.MsgInitNeedsDir))
		return 2
	}
	if *year == 0 {
		fmt.Fprintln(stderr, generator.Message(lang, generator.MsgInitNeedsYear))
		return 2
	}
	dir := fs.Arg(0)
	r, err := generator.Init(dir, generator.InitOptions{District: *district, Year: *year})
	if err != nil {
		fmt.Fprintln(stderr, "workplan init:", err)
		return 1
	}
	fmt.Fprintln(stdout, generator.Message(lang, generator.MsgFilesWritten, r.Dir, len(r.Files)))
	for _, f := range r.Files {
		fmt.Fprintln(stdout, "  "+f)
	}
	plan := r.Plan
	fmt.Fprint(stdout, generator.Message(lang, generator.MsgInitNext, dir, plan))
	return 0
}
