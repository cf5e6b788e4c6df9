package generator

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"time"

	"workplan/generator/internal/diff"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/hwpx"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/pdf"
	"workplan/generator/internal/versions"
)

// DiffOptions say which two versions of the content to compare and how to
// write the result.
type DiffOptions struct {
	Content string // the content folder, also its path inside git revisions
	// Old and New are the versions to compare. A version written as a
	// path (./dir, ../dir, /dir) is a folder; anything else is a git
	// revision, even when a folder of that name exists. An empty New is
	// the Content folder in the working tree.
	Old, New string
	Format   string // text, markdown, json, html, pdf or hwpx
	Color    bool   // colour the text format
	// SourceDate is SOURCE_DATE_EPOCH (see SourceDate), the 신구대조표's
	// creation date; zero when unset, and the PDF then carries none.
	SourceDate time.Time
}

// DiffFormats are the formats Diff writes.
var DiffFormats = []string{"text", "markdown", "json", "html", "pdf", "hwpx"}

// Diff compares two versions of the content and writes the report to w. It
// reports whether they differ.
func Diff(opt DiffOptions, w io.Writer) (changed bool, err error) {
	oldSite, err := loadVersion(opt.Old, opt.Content)
	if err != nil {
		return false, err
	}
	to := opt.New
	if to == "" {
		to = opt.Content
	}
	newSite, err := loadVersion(opt.New, opt.Content)
	if err != nil {
		return false, err
	}
	r := diff.Compare(oldSite, newSite)
	r.From, r.To = opt.Old, to

	var buf bytes.Buffer
	switch opt.Format {
	case "text":
		r.Text(&buf, opt.Color)
	case "markdown":
		r.Markdown(&buf)
	case "json":
		err = r.JSON(&buf)
	case "html":
		err = r.HTML(&buf)
	case "pdf":
		err = writeComparison(&buf, r, opt.SourceDate)
	case "hwpx":
		var data []byte
		data, err = hwpx.Comparison(r, "신구대조표", hwpx.ComparisonOptions{Date: opt.SourceDate})
		buf.Write(data)
	default:
		return false, &UsageError{fmt.Sprintf("-format must be text, markdown, json, html, pdf or hwpx, got %q", opt.Format)}
	}
	if err != nil {
		return false, err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return false, err
	}
	return !r.Empty(), nil
}

// writeComparison typesets the report as a 신구대조표 PDF.
func writeComparison(w io.Writer, r *diff.Report, created time.Time) error {
	f, err := fonts.Default()
	if err != nil {
		return err
	}
	data, err := pdf.Comparison(r, "신구대조표", f, pdf.Options{Created: created})
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// loadVersion loads a version of the content (see DiffOptions): the
// content folder itself when spec is empty.
func loadVersion(spec, dir string) (*model.Site, error) {
	var (
		fsys fs.FS
		name = dir
		err  error
	)
	if spec == "" {
		fsys, err = versions.OpenFolder(dir)
	} else {
		fsys, name, err = versions.Open(spec, dir)
	}
	if err != nil {
		return nil, err
	}
	site, l := load.Load(fsys, name)
	if site == nil {
		return nil, fmt.Errorf("%s\n%s has errors; fix them first (workplan check)", l.Error(), name)
	}
	return site, nil
}
