// Package diag holds findings: problems found in content, each tied to a
// position in a file so that editors can jump straight to it.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a content file. Line and Col are 1-based; zero means
// unknown (a finding about a whole file has Line 0).
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Severity says whether a finding stops a build.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Finding is one problem: where, which field, and what is wrong.
type Finding struct {
	Pos      Pos
	Severity Severity
	Field    string // dotted path of the field, e.g. "budget.total"; empty for file-level problems
	Message  string // what is wrong and what was expected
	Hint     string // a suggestion, e.g. `did you mean "purpose"?`
}

func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Pos.String())
	b.WriteString(": ")
	if f.Severity == Warning {
		b.WriteString("warning: ")
	}
	if f.Field != "" && !strings.Contains(f.Message, f.Field) {
		b.WriteString(f.Field)
		b.WriteString(": ")
	}
	b.WriteString(f.Message)
	if f.Hint != "" {
		b.WriteString(" (")
		b.WriteString(f.Hint)
		b.WriteString(")")
	}
	return b.String()
}

// List collects findings. The zero value is ready to use.
type List struct {
	items []Finding
}

// Add records a finding.
func (l *List) Add(f Finding) { l.items = append(l.items, f) }

// Errorf records an error at pos for field.
func (l *List) Errorf(pos Pos, field, format string, args ...any) {
	l.Add(Finding{Pos: pos, Severity: Error, Field: field, Message: fmt.Sprintf(format, args...)})
}

// Warnf records a warning at pos for field.
func (l *List) Warnf(pos Pos, field, format string, args ...any) {
	l.Add(Finding{Pos: pos, Severity: Warning, Field: field, Message: fmt.Sprintf(format, args...)})
}

// Merge appends all findings of o.
func (l *List) Merge(o *List) { l.items = append(l.items, o.items...) }

// HasErrors reports whether any finding is an error.
func (l *List) HasErrors() bool {
	for _, f := range l.items {
		if f.Severity == Error {
			return true
		}
	}
	return false
}

// Len is the number of findings.
func (l *List) Len() int { return len(l.items) }

// Sorted returns the findings ordered by file, line, column, then message,
// without duplicates, so output never depends on the order of checks.
func (l *List) Sorted() []Finding {
	out := append([]Finding(nil), l.items...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.String() < b.String()
	})
	dedup := out[:0]
	for _, f := range out {
		if len(dedup) > 0 && f == dedup[len(dedup)-1] {
			continue
		}
		dedup = append(dedup, f)
	}
	return dedup
}

// Error makes a List usable as an error once it holds errors.
func (l *List) Error() string {
	var lines []string
	for _, f := range l.Sorted() {
		lines = append(lines, f.String())
	}
	return strings.Join(lines, "\n")
}
