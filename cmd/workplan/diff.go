package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"workplan/generator/diff"
	"workplan/generator/fonts"
	"workplan/generator/load"
	"workplan/generator/model"
	"workplan/generator/pdf"
)

func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("diff", stderr)
	dir := fs.String("content", "content", "content `folder` (also its path inside git revisions)")
	format := fs.String("format", "text", "output `format`: text, markdown, json, html or pdf (the 신구대조표; needs -o)")
	outFile := fs.String("o", "", "write to `file` instead of standard output")
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() > 2 {
		fmt.Fprintln(stderr, "workplan diff: expected at most two versions: OLD and NEW")
		return 2
	}
	switch *format {
	case "text", "markdown", "json", "html", "pdf":
	default:
		fmt.Fprintf(stderr, "workplan diff: -format must be text, markdown, json, html or pdf, got %q\n", *format)
		return 2
	}
	if *format == "pdf" && *outFile == "" {
		fmt.Fprintln(stderr, "workplan diff: -format pdf writes a file: give it with -o FILE")
		return 2
	}
	oldSpec, newSpec := "HEAD", *dir
	if fs.NArg() >= 1 {
		oldSpec = fs.Arg(0)
	}
	if fs.NArg() == 2 {
		newSpec = fs.Arg(1)
	}
	oldSite, ok := loadVersion(oldSpec, *dir, stderr)
	if !ok {
		return 2
	}
	newSite, ok := loadVersion(newSpec, *dir, stderr)
	if !ok {
		return 2
	}
	r := diff.Compare(oldSite, newSite)
	r.From, r.To = oldSpec, newSpec

	var buf bytes.Buffer
	var err error
	switch *format {
	case "text":
		r.Text(&buf, *outFile == "" && colorOK(stdout))
	case "markdown":
		r.Markdown(&buf)
	case "json":
		err = r.JSON(&buf)
	case "html":
		err = r.HTML(&buf)
	case "pdf":
		err = writeComparison(&buf, r)
	}
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
	if r.Empty() {
		return 0
	}
	return 1
}

// writeComparison typesets the report as a 신구대조표 PDF.
func writeComparison(w io.Writer, r *diff.Report) error {
	f, err := fonts.Default()
	if err != nil {
		return err
	}
	data, err := pdf.Comparison(r, "신구대조표", f)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// loadVersion loads a content folder or a git revision of it.
func loadVersion(spec, dir string, stderr io.Writer) (*model.Site, bool) {
	fsys, name, err := diff.Open(spec, dir)
	if err != nil {
		fmt.Fprintln(stderr, "workplan diff:", err)
		return nil, false
	}
	site, l := load.Load(fsys, name)
	if site == nil {
		fmt.Fprintln(stderr, l.Error())
		fmt.Fprintf(stderr, "workplan diff: %s has errors; fix them first (workplan check)\n", name)
		return nil, false
	}
	return site, true
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
