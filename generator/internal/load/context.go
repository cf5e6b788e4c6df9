package load

import (
	"path"
	"strings"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
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
	// bad holds fields whose value was refused after decoding (an amount
	// in the wrong notation, a count out of range), so that sums they are
	// part of are not compared with stated totals.
	bad map[string]bool
	// printed holds the fields (block prefixes) marked as_printed: their
	// stated totals stand as printed, and a sum that disagrees is a
	// warning, not an error.
	printed map[string]bool
}

// markPrinted marks the totals stated under field as printed.
func (fc *fileCtx) markPrinted(field string, on bool) {
	if !on {
		return
	}
	if fc.printed == nil {
		fc.printed = map[string]bool{}
	}
	fc.printed[field] = true
}

// isPrinted reports whether field, or a block it stands in, is marked
// as printed.
func (fc *fileCtx) isPrinted(field string) bool {
	for f := field; f != ""; {
		if fc.printed[f] {
			return true
		}
		i := strings.LastIndexAny(f, ".[")
		if i < 0 {
			return false
		}
		f = f[:i]
	}
	return false
}

// refused reports whether the value at field was refused, in decoding or
// after.
func (fc *fileCtx) refused(field string) bool { return fc.bad[field] || fc.pos.Failed(field) }

func (fc *fileCtx) refuse(field string) {
	if fc.bad == nil {
		fc.bad = map[string]bool{}
	}
	fc.bad[field] = true
}

func (fc *fileCtx) at(field string) diag.Pos {
	p := fc.pos.At(field)
	if p.File == "" {
		p = diag.Pos{File: fc.file, Line: 1, Col: 1}
	}
	return p
}

// errorf, warnf and hintf record the message k at field; hintf adds a
// suggestion, fail an error's own message and suggestion.
func (fc *fileCtx) errorf(field string, k i18n.Key, args ...any) {
	fc.ld.l.ErrorMsg(fc.at(field), field, k, args...)
}

func (fc *fileCtx) warnf(field string, k i18n.Key, args ...any) {
	fc.ld.l.WarnMsg(fc.at(field), field, k, args...)
}

func (fc *fileCtx) hintf(field string, hint i18n.Msg, k i18n.Key, args ...any) {
	fc.ld.l.Add(diag.New(fc.at(field), diag.Error, field, k, args...).WithHintMsg(hint))
}

func (fc *fileCtx) fail(field string, err error) {
	fc.ld.l.Add(diag.FromError(fc.at(field), field, err))
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
		fc.fail(field, err)
		fc.refuse(field)
		return 0, false
	}
	return a, true
}

// MaxCount bounds every count and every sum of counts (people, laws,
// committees, pledges, tally parts): 10^8, above the population of Korea,
// so that no count or total can wrap even where int has 32 bits.
const MaxCount = 100_000_000

// count checks a stated count is within 0…MaxCount.
func (fc *fileCtx) count(field string, n *int) int {
	if n == nil {
		return 0
	}
	if *n < 0 {
		fc.errorf(field, i18n.CountNegative, *n)
		fc.refuse(field)
		return 0
	}
	if *n > MaxCount {
		fc.errorf(field, i18n.CountTooLarge, numfmt.Int(int64(*n)), numfmt.Int(MaxCount))
		fc.refuse(field)
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
		fc.fail(field, err)
		return nil
	}
	if warn && s.HasSpan() && fc.year != 0 {
		if _, _, ok := s.MonthsIn(fc.year); !ok {
			fc.warnf(field, i18n.PeriodOutsideYear, text, fc.year)
		}
	}
	return &s
}

// total adds up the parts of a figure (amounts in won, or counts) with
// every addition checked against a limit, so a sum can never wrap: the
// part that would take it past the limit is reported instead. It remembers
// where the parts stand, for messages that compare it with a stated total.
type total struct {
	fc          *fileCtx
	of          i18n.Msg           // what is summed, for messages: "budget.breakdown sums"
	limit       int64              // money.MaxAmount or MaxCount
	format      func(int64) string // writes a value: "16,366천원", "20"
	hint        i18n.Key           // what to check when the sum goes past the limit
	n           int64
	over        bool // went past the limit
	incomplete  bool // a part was refused: the sum says nothing
	first, last diag.Pos
}

func (fc *fileCtx) amountTotal(of i18n.Msg, u money.Unit) *total {
	return &total{fc: fc, of: of, limit: int64(money.MaxAmount), hint: i18n.CheckFigureUnit,
		format: func(n int64) string { return money.Amount(n).Format(u) }}
}

func (fc *fileCtx) countTotal(of i18n.Msg) *total {
	return &total{fc: fc, of: of, limit: MaxCount, hint: i18n.CheckFigure,
		format: func(n int64) string { return numfmt.Int(n) }}
}

// add counts v, stated at field, as a part; entry is where the part
// starts (its list entry), for the line range in messages.
func (t *total) add(entry, field string, v int64) {
	if t.first.File == "" {
		t.first = t.fc.at(entry)
	}
	if p := t.fc.at(field); p.Line >= t.last.Line {
		t.last = p
	}
	if t.fc.refused(field) || t.fc.refused(entry) {
		t.incomplete = true
	}
	if t.over {
		return
	}
	if v < 0 || v > t.limit-t.n {
		t.over = true
		t.fc.hintf(field, i18n.M(t.hint), i18n.SumPastLimit, t.of, t.format(t.limit), t.format(v))
		return
	}
	t.n += v
}

// value is the sum, and false when it went past the limit.
func (t *total) value() (int64, bool) { return t.n, !t.over }

// check compares a total stated at field with the sum of the parts.
func (t *total) check(field string, stated int64) { t.checkAt(field, field, stated) }

// checkAt reports at field a mismatch between the sum and the total that
// name states (they differ when, e.g., funding sources are compared with
// budget.total).
func (t *total) checkAt(field, name string, stated int64) {
	if t.over || t.incomplete || stated == t.n {
		return
	}
	at, statedAt := t.fc.at(field), t.fc.at(name)
	f := diag.New(at, diag.Error, field, i18n.SumMismatch, t.of, t.format(t.n), diag.Span(t.first, t.last),
		name, t.format(stated), diag.Span(statedAt, statedAt))
	if t.fc.isPrinted(name) {
		// The source's own inconsistency: shown as printed, never fixed.
		diff, word := stated-t.n, i18n.More
		if diff < 0 {
			diff, word = -diff, i18n.Less
		}
		f = diag.New(at, diag.Warning, field, i18n.SumKeptPrinted, f.Msg, t.format(diff), word)
	}
	if t.first.File != "" {
		f.Related = []diag.Pos{t.first, t.last}
	}
	if name != field {
		f.Related = append(f.Related, statedAt)
	}
	t.fc.ld.l.Add(f)
}

// printedCount is a stated count marked as printed, or the sum when the
// file states none (or one out of range, reported already).
func printedCount(stated *int, sum int) int {
	if stated == nil || *stated < 0 || *stated > MaxCount {
		return sum
	}
	return *stated
}

// checkCount compares a stated count with the parts' sum.
func (t *total) checkCount(field string, stated *int) {
	if stated == nil {
		return
	}
	if *stated < 0 || *stated > MaxCount {
		t.fc.count(field, stated)
		return
	}
	t.check(field, int64(*stated))
}
