package load

import (
	"fmt"
	"path"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/money"
	"workplan/generator/internal/period"
	"workplan/generator/internal/yamlstrict"
)

// fileCtx is one decoded file: its name for messages and where each field
// stood, so that checks made after decoding can point at the right spot.
type fileCtx struct {
	ld   *loader
	file string // display name
	rel  string // path in the content tree
	pos  yamlstrict.Positions
	year int // the plan's year, for periods that do not state one
}

func (fc *fileCtx) at(field string) diag.Pos {
	p := fc.pos.At(field)
	if p.File == "" {
		p = diag.Pos{File: fc.file, Line: 1, Col: 1}
	}
	return p
}

func (fc *fileCtx) errorf(field, format string, args ...any) {
	fc.ld.l.Errorf(fc.at(field), field, format, args...)
}

func (fc *fileCtx) warnf(field, format string, args ...any) {
	fc.ld.l.Warnf(fc.at(field), field, format, args...)
}

func (fc *fileCtx) hintf(field, hint, format string, args ...any) {
	fc.ld.l.Add(diag.Finding{Pos: fc.at(field), Severity: diag.Error, Field: field, Message: fmt.Sprintf(format, args...), Hint: hint})
}

// sibling resolves a path written in this file relative to its folder.
func (fc *fileCtx) sibling(p string) string {
	return path.Join(path.Dir(fc.rel), p)
}

// amount parses an amount field in unit u; ok is false after an error.
func (fc *fileCtx) amount(field string, t *amountText, u money.Unit) (money.Amount, bool) {
	if t == nil || fc.pos.Failed(field) {
		return 0, false
	}
	a, err := money.Parse(string(*t), u)
	if err != nil {
		fc.errorf(field, "%v", err)
		return 0, false
	}
	return a, true
}

// count checks a stated count is not negative.
func (fc *fileCtx) count(field string, n *int) int {
	if n == nil {
		return 0
	}
	if *n < 0 {
		fc.errorf(field, "count %d is negative; expected 0 or more", *n)
		return 0
	}
	return *n
}

// span parses a period wording; warn is true for periods that should fall
// inside the plan's year.
func (fc *fileCtx) span(field, text string, warn bool) *period.Span {
	if text == "" {
		return nil
	}
	s, err := period.Parse(text, fc.year)
	if err != nil {
		fc.errorf(field, "%v", err)
		return nil
	}
	if warn && s.HasSpan() && fc.year != 0 {
		if _, _, ok := s.MonthsIn(fc.year); !ok {
			fc.warnf(field, "period %q lies outside the plan year %d", text, fc.year)
		}
	}
	return &s
}

// checkStated compares a total the file states with the one derived from
// its parts.
func (fc *fileCtx) checkStated(field string, stated *int, derived int, parts string) {
	if stated != nil && *stated != derived {
		fc.errorf(field, "%s sum to %d but %s is %d", parts, derived, field, *stated)
	}
}
