// Report is the loader run over a content folder, with its findings counted
// and written as text lines or JSON, for `workplan check` and for tools.
package load

import (
	"encoding/json"
	"fmt"
	"io"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/model"
)

// Report is what checking a content folder found.
type Report struct {
	Site     *model.Site // nil when there are errors
	Findings []diag.Finding
	Errors   int
	Warnings int
}

// Check loads the content folder dir and counts its findings.
func Check(dir string) Report {
	site, l := Dir(dir)
	r := Report{Site: site, Findings: l.Sorted()}
	for _, f := range r.Findings {
		if f.Severity == diag.Error {
			r.Errors++
		} else {
			r.Warnings++
		}
	}
	return r
}

// WriteText writes each finding as a `path:line:col: message` line, which
// editors parse, followed by the source line it points at with a caret
// under the column.
func (r Report) WriteText(w io.Writer) { r.WriteTextIn(w, i18n.English) }

// WriteTextIn is WriteText with the messages in language l.
func (r Report) WriteTextIn(w io.Writer, l i18n.Lang) {
	for _, f := range r.Findings {
		fmt.Fprintln(w, f.Text(l))
		fmt.Fprint(w, f.Excerpt())
	}
}

// Summary is a one-line account of the result.
func (r Report) Summary(dir string) string {
	if r.Errors > 0 {
		return fmt.Sprintf("%s: %d %s, %d %s", dir, r.Errors, plural(r.Errors, "error"), r.Warnings, plural(r.Warnings, "warning"))
	}
	plans, items := 0, 0
	if r.Site != nil {
		plans = len(r.Site.Plans)
		for _, p := range r.Site.Plans {
			items += len(p.Items)
		}
	}
	return fmt.Sprintf("%s: ok, %d %s, %d %s, %d %s", dir, plans, plural(plans, "plan"), items, plural(items, "item"), r.Warnings, plural(r.Warnings, "warning"))
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

type jsonFinding struct {
	File     string    `json:"file"`
	Line     int       `json:"line"`
	Column   int       `json:"column"`
	Severity string    `json:"severity"`
	Field    string    `json:"field,omitempty"`
	Code     string    `json:"code,omitempty"` // the message's key, the same in every language
	Message  string    `json:"message"`
	Hint     string    `json:"hint,omitempty"`
	Related  []jsonPos `json:"related,omitempty"`
}

type jsonPos struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// WriteJSON writes the findings as a JSON document for tools.
func (r Report) WriteJSON(w io.Writer) error { return r.WriteJSONIn(w, i18n.English) }

// WriteJSONIn is WriteJSON with messages and hints in language l; each
// finding's code stays the same in every language.
func (r Report) WriteJSONIn(w io.Writer, l i18n.Lang) error {
	out := struct {
		Errors   int           `json:"errors"`
		Warnings int           `json:"warnings"`
		Findings []jsonFinding `json:"findings"`
	}{r.Errors, r.Warnings, []jsonFinding{}}
	for _, f := range r.Findings {
		jf := jsonFinding{File: f.Pos.File, Line: f.Pos.Line, Column: f.Pos.Col,
			Severity: f.Severity.String(), Field: f.Field, Code: f.Code(), Message: f.MessageIn(l), Hint: f.HintIn(l)}
		for _, p := range f.Related {
			jf.Related = append(jf.Related, jsonPos{p.File, p.Line, p.Col})
		}
		out.Findings = append(out.Findings, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
