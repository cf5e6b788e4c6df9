package main

import (
	"fmt"
	"io"
	"time"

	"workplan/generator"
)

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", stderr)
	district := fs.String("district", "", "the district's `name`, e.g. 마포구 (default: ○○구, to fill in)")
	year := fs.Int("year", time.Now().Year(), "the first plan's `year`")
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "workplan init: give the new repository's folder: workplan init DIR")
		return 2
	}
	dir := fs.Arg(0)
	r, err := generator.Init(dir, generator.InitOptions{District: *district, Year: *year})
	if err != nil {
		fmt.Fprintln(stderr, "workplan init:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %d files written\n", r.Dir, len(r.Files))
	for _, f := range r.Files {
		fmt.Fprintln(stdout, "  "+f)
	}
	plan := r.Plan
	fmt.Fprintf(stdout, `
Next:
  cd %s
  edit content/site.yaml (district, title, base_url)
  rename %s to the department's slug, and fill in what is in ( ) in its files
  workplan check && workplan serve
  git init && git add . && git commit -m "first plan"
`, dir, plan)
	return 0
}
