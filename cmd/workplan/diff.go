package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"workplan/generator"
)

func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("diff", stderr)
	dir := fs.String("content", "content", "content `folder`, also its path inside git revisions (default: found from the working folder, else content)")
	format := fs.String("format", "text", "output `format`: text, markdown, json, html, pdf or hwpx (the 신구대조표 for print or 한글; both need -o)")
	outFile := fs.String("o", "", "write to `file` instead of standard output")
	if fs.Parse(args) != nil {
		return 2
	}
	*dir = contentDir(fs, *dir)
	if fs.NArg() > 2 {
		fmt.Fprintln(stderr, "workplan diff: expected at most two versions: OLD and NEW")
		return 2
	}
	switch *format {
	case "text", "markdown", "json", "html", "pdf", "hwpx":
	default:
		fmt.Fprintf(stderr, "workplan diff: -format must be text, markdown, json, html, pdf or hwpx, got %q\n", *format)
		return 2
	}
	if (*format == "pdf" || *format == "hwpx") && *outFile == "" {
		fmt.Fprintf(stderr, "workplan diff: -format %s writes a file: give it with -o FILE\n", *format)
		return 2
	}
	oldSpec, newSpec := "HEAD", "" // "": the content folder

	if fs.NArg() >= 1 {
		oldSpec = fs.Arg(0)
	}
	if fs.NArg() == 2 {
		newSpec = fs.Arg(1)
	}
	date, err := generator.SourceDate()
	if err != nil {
		fmt.Fprintln(stderr, "workplan diff:", err)
		return 2
	}
	var buf bytes.Buffer
	changed, err := generator.Diff(generator.DiffOptions{Content: *dir, Old: oldSpec, New: newSpec, Format: *format,
		Color: *outFile == "" && colorOK(stdout), SourceDate: date}, &buf)
	if err == nil {
		if *outFile != "" {
			err = os.WriteFile(*outFile, buf.Bytes(), 0o644)
		} else {
			_, err = stdout.Write(buf.Bytes())
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "workplan diff:", err)
		return 2
	}
	if changed {
		return 1
	}
	return 0
}

// colorOK reports whether w is a terminal and NO_COLOR is not set.
func colorOK(w io.Writer) bool {
	if _, set := os.LookupEnv("NO_COLOR"); set {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
