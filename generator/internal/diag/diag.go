// Package diag holds findings: problems found in content, each tied to a
// position in a file so that editors can jump straight to it.
package diag

import (
	"fmt"
	"sort"
	"strings"

	"workplan/generator/internal/i18n"
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

// Finding is one problem: where, which field, and what is wrong. Findings
// are made with New (or List.Errorf, List.Warnf, FromError) from catalogue
// messages and written in the reader's language when printed (Text,
// MessageIn, HintIn).
type Finding struct {
	Pos      Pos
	Severity Severity
	Field    string // dotted path of the field, e.g. "budget.total"; empty for file-level problems
	// Msg is what is wrong and what was expected; HintMsg a suggestion,
	// e.g. `did you mean "purpose"?` (zero when none).
	Msg     i18n.Msg `json:"-"`
	HintMsg i18n.Msg `json:"-"`
	// Message and Hint are Msg and HintMsg in English, for tools and
	// tests that read findings in one language; a finding made without a
	// catalogue message has only these, and reads the same in any
	// language.
	Message string
	Hint    string
	// Related are other places the message speaks of, such as the first
	// and last of the lines a stated total is compared with.
	Related []Pos `json:",omitempty"`
	// Source is the text of the line at Pos, when the loader had it; text
	// output shows it under the finding.
	Source string `json:",omitempty"`
}

// New is a finding with the message k and its arguments.
func New(pos Pos, sev Severity, field string, k i18n.Key, args ...any) Finding {
	m := i18n.M(k, args...)
	return Finding{Pos: pos, Severity: sev, Field: field, Msg: m, Message: m.In(i18n.English)}
}

// FromError is an error finding whose message and suggestion are err's
// (see i18n.FromError).
func FromError(pos Pos, field string, err error) Finding {
	m, h := i18n.FromError(err)
	f := Finding{Pos: pos, Severity: Error, Field: field, Msg: m, Message: m.In(i18n.English)}
	return f.WithHintMsg(h)
}

// WithHint returns f with the suggestion k.
func (f Finding) WithHint(k i18n.Key, args ...any) Finding { return f.WithHintMsg(i18n.M(k, args...)) }

// WithHintMsg returns f with the suggestion h (none when h is zero).
func (f Finding) WithHintMsg(h i18n.Msg) Finding {
	f.HintMsg, f.Hint = h, h.In(i18n.English)
	return f
}

// Code is the key of the finding's message, stable across languages and
// releases, for tools: "budget.sum-mismatch"; "" for a finding made
// without a catalogue message.
func (f Finding) Code() string { return f.Msg.Key.String() }

// MessageIn is the finding's message in language l.
func (f Finding) MessageIn(l i18n.Lang) string {
	if f.Msg.IsZero() {
		return f.Message
	}
	return f.Msg.In(l)
}

// HintIn is the finding's suggestion in language l; "" when it has none.
func (f Finding) HintIn(l i18n.Lang) string {
	if f.HintMsg.IsZero() {
		return f.Hint
	}
	return f.HintMsg.In(l)
}

// Lines writes where a run of related positions lies, for messages:
// "(line 24)" or "(lines 24–28)"; "" when the positions have no lines.
func Lines(first, last Pos) string {
	switch {
	case first.Line == 0 && last.Line == 0:
		return ""
	case first.Line == 0 || first.Line == last.Line:
		return fmt.Sprintf("(line %d)", max(first.Line, last.Line))
	case last.Line == 0:
		return fmt.Sprintf("(line %d)", first.Line)
	}
	return fmt.Sprintf("(lines %d–%d)", min(first.Line, last.Line), max(first.Line, last.Line))
}

// Span is Lines as a message argument in any language: " (line 24)" or
// " (lines 24–28)" in English, "(24행)" or "(24–28행)" in Korean, each
// written to follow a value directly; "" when the positions have no lines.
func Span(first, last Pos) i18n.Localized { return span{first, last} }

type span struct{ first, last Pos }

func (s span) In(l i18n.Lang) string {
	first, last := s.first, s.last
	switch {
	case first.Line == 0 && last.Line == 0:
		return ""
	case first.Line == 0 || first.Line == last.Line:
		return i18n.T(l, i18n.LineOne, max(first.Line, last.Line))
	case last.Line == 0:
		return i18n.T(l, i18n.LineOne, first.Line)
	}
	return i18n.T(l, i18n.LineRange, min(first.Line, last.Line), max(first.Line, last.Line))
}

// Excerpt writes the finding's source line and a caret under its column,
// indented, for text output; "" when there is no source line. Tabs are
// kept so that the caret lines up; other control characters cannot reach
// here (the loader refuses them before a line is quoted).
func (f Finding) Excerpt() string {
	if f.Source == "" || f.Pos.Line == 0 {
		return ""
	}
	num := fmt.Sprint(f.Pos.Line)
	var b strings.Builder
	b.WriteString("    " + num + " | " + f.Source + "\n")
	if f.Pos.Col > 0 {
		b.WriteString("    " + strings.Repeat(" ", len(num)) + " | ")
		col := 1
		for _, r := range f.Source {
			if col >= f.Pos.Col {
				break
			}
			if r == '\t' {
				b.WriteByte('\t')
			} else {
				b.WriteString(strings.Repeat(" ", runeWidth(r)))
			}
			col++
		}
		b.WriteString("^\n")
	}
	return b.String()
}

// runeWidth is how many columns a terminal gives r: two for Hangul and
// other East Asian wide characters, one otherwise.
func runeWidth(r rune) int {
	switch {
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000 && r <= 0x3FFFD:
		return 2
	}
	return 1
}

// String is the finding as one line in English; see Text.
func (f Finding) String() string { return f.Text(i18n.English) }

// Text is the finding as one line in language l, the form editors parse:
// `path:line:col: [warning: ][field: ]message[ (hint)]`. The field is left
// out when the message names it.
func (f Finding) Text(l i18n.Lang) string {
	var b strings.Builder
	b.WriteString(f.Pos.String())
	b.WriteString(": ")
	if f.Severity == Warning {
		b.WriteString(i18n.T(l, i18n.WarningLabel))
		b.WriteString(": ")
	}
	msg := f.MessageIn(l)
	if f.Field != "" && !strings.Contains(msg, f.Field) {
		b.WriteString(f.Field)
		b.WriteString(": ")
	}
	b.WriteString(msg)
	if h := f.HintIn(l); h != "" {
		b.WriteString(" (")
		b.WriteString(h)
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

// ErrorMsg records an error at pos for field: the message k with args.
func (l *List) ErrorMsg(pos Pos, field string, k i18n.Key, args ...any) {
	l.Add(New(pos, Error, field, k, args...))
}

// WarnMsg records a warning at pos for field: the message k with args.
func (l *List) WarnMsg(pos Pos, field string, k i18n.Key, args ...any) {
	l.Add(New(pos, Warning, field, k, args...))
}

// Errorf records an error at pos for field in English only, for checks
// whose message has no catalogue entry yet; prefer ErrorMsg.
func (l *List) Errorf(pos Pos, field, format string, args ...any) {
	l.Add(Finding{Pos: pos, Severity: Error, Field: field, Message: fmt.Sprintf(format, args...)})
}

// Warnf records a warning in English only; prefer WarnMsg.
func (l *List) Warnf(pos Pos, field, format string, args ...any) {
	l.Add(Finding{Pos: pos, Severity: Warning, Field: field, Message: fmt.Sprintf(format, args...)})
}

// Each lets fn amend every finding in place (e.g. to add its source line).
func (l *List) Each(fn func(f *Finding)) {
	for i := range l.items {
		fn(&l.items[i])
	}
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
		if len(dedup) > 0 && same(f, dedup[len(dedup)-1]) {
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

// same reports whether two findings say the same thing at the same place.
func same(a, b Finding) bool {
	if a.Pos != b.Pos || a.Severity != b.Severity || a.Field != b.Field || a.Message != b.Message ||
		a.Hint != b.Hint || a.Source != b.Source || len(a.Related) != len(b.Related) {
		return false
	}
	for i := range a.Related {
		if a.Related[i] != b.Related[i] {
			return false
		}
	}
	return true
}
