// Package generator is workplan's one public surface: everything the
// command and end-to-end tests call. Content flows one way through the
// packages under internal/: load (content files → checked, computed model)
// → document (the renderer-neutral document) → renderers (site, PDF, diff,
// open data) → staged output.
package generator

import (
	"time"

	"workplan/generator/internal/build"
	"workplan/generator/internal/load"
	"workplan/generator/internal/serve"
	"workplan/generator/internal/sourcedate"
)

// CheckReport is what checking a content folder found: the findings, their
// counts, and the loaded site when there were no errors.
type CheckReport = load.Report

// Check loads and validates every plan under the content folder dir, and
// trial-embeds the fonts a build would use.
func Check(dir string) CheckReport {
	r, _ := build.Check(dir)
	return r
}

// BuildOptions and BuildResult describe one build.
type (
	BuildOptions = build.Options
	BuildResult  = build.Result
)

// ErrContent is returned by Build when the content has errors; nothing was
// written.
var ErrContent = build.ErrContent

// Build checks the content and writes the site and PDFs into the output
// folder, swapping them in only when everything succeeded.
func Build(opt BuildOptions) (*BuildResult, error) { return build.Run(opt) }

// ServeOptions and Server are the preview server's.
type (
	ServeOptions = serve.Options
	Server       = serve.Server
)

// Serve builds the content into a private folder and serves it, rebuilding
// on every saved change.
func Serve(opt ServeOptions) (*Server, error) { return serve.Start(opt) }

// Schema returns the JSON Schema of one kind of content file (site, plan,
// status or item), or of all kinds when kind is empty.
func Schema(kind string) ([]byte, error) { return load.Schema(kind) }

// SourceDate parses the environment's SOURCE_DATE_EPOCH once, for
// BuildOptions, ServeOptions and DiffOptions: the zero time when unset, an
// error naming the variable and its value when it is not whole seconds
// from 1970 to the end of year 9999 (the dates a PDF can hold).
func SourceDate() (time.Time, error) {
	t, _, err := sourcedate.FromEnv()
	return t, err
}
