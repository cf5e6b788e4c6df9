// Package period reads the period wordings of Korean work plans
// ("2024. 2. ~ 4.", "연중 수시", "상반기", "매월 2째·4째주 수요일", "미정") and
// gives each a machine-readable span of months for charts, keeping the
// wording itself for display.
package period

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"workplan/generator/internal/i18n"
)

// Kind says how precise a period is.
type Kind int

const (
	Exact     Kind = iota // a day, a month, a year or a range of them
	Loose                 // 연중, 상반기, 2분기, 4월 중
	Recurring             // 매월 …, 연 2회, 분기별
	Undecided             // 미정: no span
)

func (k Kind) String() string {
	return [...]string{"exact", "loose", "recurring", "undecided"}[k]
}

// Month is an absolute month: year*12 + (month-1).
type Month int

// Of returns the absolute month of year y, month m (1-12).
func Of(y, m int) Month { return Month(y*12 + m - 1) }

// Year and Num split an absolute month.
func (m Month) Year() int { return int(m) / 12 }
func (m Month) Num() int  { return int(m)%12 + 1 }

// Span is a parsed period.
type Span struct {
	Text       string // the wording as written, shown to readers
	Kind       Kind
	Start, End Month // inclusive; meaningless when Kind is Undecided
	StartDay   int   // 0 when the start is given to the month only
	EndDay     int
	// OpenEnd marks a period without an end ("'25. 1.~", "'31. 이후",
	// "2022년 ~ 계속"): End is then the end of the later of its start
	// year and the plan year, for charts.
	OpenEnd bool
}

// HasSpan reports whether the period covers known months.
func (s Span) HasSpan() bool { return s.Kind != Undecided }

// MonthsIn returns the first and last month (1-12) of the span inside year
// y, and false when the span does not touch that year.
func (s Span) MonthsIn(y int) (from, to int, ok bool) {
	if !s.HasSpan() || s.End < Of(y, 1) || s.Start > Of(y, 12) {
		return 0, 0, false
	}
	lo, hi := max(s.Start, Of(y, 1)), min(s.End, Of(y, 12))
	return lo.Num(), hi.Num(), true
}

// Date is one calendar date given to the day, month or year, with the
// weekday and time a report date may print.
type Date struct {
	Year, Month, Day int    // Month and Day are 0 when not given
	Weekday          string // 목, as printed in "(목)"; "" when not given
	Time             string // 10:00; "" when not given
}

// String formats a date the official way: "2024. 2. 14.", "2024. 2.",
// "2024.", "2025. 2. 13.(목) 10:00".
func (d Date) String() string {
	var s string
	switch {
	case d.Month == 0:
		s = fmt.Sprintf("%d.", d.Year)
	case d.Day == 0:
		s = fmt.Sprintf("%d. %d.", d.Year, d.Month)
	default:
		s = fmt.Sprintf("%d. %d. %d.", d.Year, d.Month, d.Day)
	}
	if d.Weekday != "" {
		s += "(" + d.Weekday + ")"
	}
	if d.Time != "" {
		s += " " + d.Time
	}
	return s
}

var (
	timeRe    = regexp.MustCompile(`\s+([01]?\d|2[0-3]):([0-5]\d)$`)
	weekdayRe = regexp.MustCompile(`\s?\(([월화수목금토일])\)$`)
	weekdays  = []string{"일", "월", "화", "수", "목", "금", "토"}
)

// WeekdayError says a date's printed weekday is not its weekday. The
// date is read all the same (the loader warns: the source may print it
// so).
type WeekdayError struct {
	Date    Date
	Correct string
}

func (e *WeekdayError) Error() string { return e.Message().In(i18n.English) }

// Message and HintMsg say the error in any language (i18n.Messenger).
func (e *WeekdayError) Message() i18n.Msg {
	return i18n.M(i18n.WrongWeekday, e.Date.Year, e.Date.Month, e.Date.Day, e.Correct, e.Date.Weekday)
}
func (e *WeekdayError) HintMsg() i18n.Msg { return i18n.Msg{} }

// ParseDate reads a single date given to the year, month or day
// ("2024.", "2024. 2.", "2024. 2. 14.", "'22.10.26."), with an optional
// weekday and time after a day ("2025. 2. 13.(목) 10:00"). A weekday
// that is not the date's returns the date with a *WeekdayError.
func ParseDate(text string) (Date, error) {
	s := normalize(text)
	if strings.Contains(s, "~") {
		return Date{}, i18n.Errorf(i18n.DateRange, text)
	}
	var d Date
	if m := timeRe.FindStringSubmatch(s); m != nil {
		d.Time = strings.TrimSpace(m[0])
		s = strings.TrimSpace(s[:len(s)-len(m[0])])
	}
	if m := weekdayRe.FindStringSubmatch(s); m != nil {
		d.Weekday = m[1]
		s = strings.TrimSpace(s[:len(s)-len(m[0])])
	}
	p, err := parsePart(s)
	if err != nil {
		return Date{}, i18n.Errorf(i18n.DateUnreadable, strings.TrimSpace(text), i18n.DateForms)
	}
	if !p.hasYear {
		return Date{}, i18n.Errorf(i18n.DateNeedsYear, strings.TrimSpace(text), i18n.DateForms)
	}
	f, _ := fromPart(p, full{})
	if err := validate(f); err != nil {
		return Date{}, err
	}
	d.Year, d.Month, d.Day = f.y, f.m, f.d
	if (d.Weekday != "" || d.Time != "") && d.Day == 0 {
		return Date{}, i18n.Errorf(i18n.DateNeedsDay, strings.TrimSpace(text), i18n.DateForms)
	}
	if d.Weekday != "" {
		if w := weekdays[time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Weekday()]; w != d.Weekday {
			return d, &WeekdayError{Date: d, Correct: w}
		}
	}
	return d, nil
}

var spaces = regexp.MustCompile(`\s+`)

func normalize(s string) string {
	s = strings.NewReplacer("∼", "~", "～", "~", "’", "'", "‘", "'", "`", "'", "·", "·", "ㆍ", "·", "∙", "·",
		"上半期", "상반기", "下半期", "하반기", "上半", "상반기", "下半", "하반기", "上", "상반기", "下", "하반기", "月", "월").Replace(s)
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

// periodForms are the accepted forms of a period, for messages.
func periodForms(y int) i18n.Msg {
	yy := y % 100
	return i18n.M(i18n.PeriodForms, y, y, yy, yy+1, yy, yy+6, yy)
}

// msgOf is err's message, in any language.
func msgOf(err error) i18n.Msg {
	m, _ := i18n.FromError(err)
	return m
}

// syntaxError is a wording the parser cannot read (as opposed to a date
// that does not exist): its message goes with the accepted forms.
type syntaxError struct{ msg i18n.Msg }

func (e syntaxError) Error() string     { return e.msg.In(i18n.English) }
func (e syntaxError) Message() i18n.Msg { return e.msg }
func (e syntaxError) HintMsg() i18n.Msg { return i18n.Msg{} }

// remarkRe is a remark after a period: "(4년간)", "(중단기)", "(토)",
// "(예정)"; deadlineRe a deadline mark: "限", "까지".
var (
	remarkRe   = regexp.MustCompile(`\s*\([^()]*\)$`)
	deadlineRe = regexp.MustCompile(`\s*(限|까지)$`)
	afterRe    = regexp.MustCompile(`\s*(이후|以後|부터)$`)
	ongoingRe  = regexp.MustCompile(`~\s*(계속|현재)$`)
)

// Parse reads a period wording. planYear fills in the year of wordings that
// do not state one ("연중", "4월 중"). The wording is kept as written in
// Text; trailing remarks in ( ) and deadline marks (限) are read past.
func Parse(text string, planYear int) (Span, error) {
	s := normalize(text)
	if s == "" {
		return Span{}, i18n.Errorf(i18n.PeriodEmpty, periodForms(planYear))
	}
	core := s
	for {
		c := strings.TrimSpace(deadlineRe.ReplaceAllString(remarkRe.ReplaceAllString(core, ""), ""))
		if c == core || c == "" {
			break
		}
		core = c
	}
	core = strings.TrimSpace(strings.TrimSuffix(core, "예정"))
	open := false
	if c := afterRe.ReplaceAllString(core, ""); c != core && c != "" {
		core, open = strings.TrimSpace(c), true
	}
	if c := ongoingRe.ReplaceAllString(core, ""); c != core {
		core, open = strings.TrimSpace(c), true
	}
	if c, ok := strings.CutSuffix(core, "~"); ok && strings.TrimSpace(c) != "" {
		core, open = strings.TrimSpace(c), true
	}
	var (
		sp  Span
		err error
	)
	switch {
	case core == "" || core == "미정" || strings.HasPrefix(core, "추후"):
		sp = Span{Kind: Undecided}
	case startsWithDigitOrQuote(core) && !strings.ContainsFunc(core, isHangul):
		sp, err = parseExact(core, planYear)
	default:
		sp, err = parseWords(core, planYear)
	}
	var se syntaxError
	switch {
	case errors.As(err, &se):
		return Span{}, i18n.Errorf(i18n.PeriodUnreadable, strings.TrimSpace(text), se.msg, periodForms(planYear))
	case err != nil:
		return Span{}, i18n.Errorf(i18n.PeriodWrong, strings.TrimSpace(text), msgOf(err))
	}
	if open && sp.HasSpan() {
		sp.OpenEnd, sp.EndDay = true, 0
		sp.End = Of(max(sp.Start.Year(), planYear), 12)
	}
	sp.Text = strings.TrimSpace(text)
	return sp, nil
}

func isHangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }

func startsWithDigitOrQuote(s string) bool {
	return s != "" && (s[0] == '\'' || (s[0] >= '0' && s[0] <= '9'))
}

// datePart is one side of a range: up to three numbers, the first of which
// may be a year (four digits, or 'YY).
type datePart struct {
	nums    []int
	hasYear bool
}

var partRe = regexp.MustCompile(`^('?\d{2}|\d{4}|\d{1,2})\.(?:\s?(\d{1,2})\.)?(?:\s?(\d{1,2})\.?)?$`)

func parsePart(s string) (datePart, error) {
	s = strings.TrimSpace(s)
	// Allow a missing final dot ("2024. 2").
	if s != "" && s[len(s)-1] != '.' {
		s += "."
	}
	m := partRe.FindStringSubmatch(s)
	if m == nil {
		return datePart{}, syntaxError{i18n.M(i18n.WordUnreadable, strings.TrimSuffix(s, "."))}
	}
	var p datePart
	first := m[1]
	switch {
	case strings.HasPrefix(first, "'"):
		y, _ := strconv.Atoi(first[1:])
		p.nums, p.hasYear = []int{2000 + y}, true
	case len(first) == 4:
		y, _ := strconv.Atoi(first)
		p.nums, p.hasYear = []int{y}, true
	default:
		n, _ := strconv.Atoi(first)
		p.nums = []int{n}
	}
	for _, g := range m[2:] {
		if g != "" {
			n, _ := strconv.Atoi(g)
			p.nums = append(p.nums, n)
		}
	}
	return p, nil
}

// full is a date with year, and month and day when given (0 otherwise).
type full struct{ y, m, d int }

func (f full) level() int {
	switch {
	case f.d != 0:
		return 3
	case f.m != 0:
		return 2
	}
	return 1
}

func fromPart(p datePart, base full) (full, error) {
	if p.hasYear {
		f := full{y: p.nums[0]}
		if len(p.nums) > 1 {
			f.m = p.nums[1]
		}
		if len(p.nums) > 2 {
			f.d = p.nums[2]
		}
		return f, nil
	}
	// Without a year, the part repeats the tail of base: "~ 12." after a month,
	// "~ 3. 15." or "~ 15." after a day.
	f := base
	switch {
	case base.level() == 3 && len(p.nums) == 1:
		f.d = p.nums[0]
	case base.level() == 3 && len(p.nums) == 2, base.level() == 2 && len(p.nums) == 2:
		f.m, f.d = p.nums[0], p.nums[1]
	case base.level() == 2 && len(p.nums) == 1:
		f.m, f.d = p.nums[0], 0
	default:
		return full{}, syntaxError{i18n.M(i18n.RangeEndYear)}
	}
	return f, nil
}

func validate(f full) error {
	if f.y < 1900 || f.y > 2200 {
		return i18n.Errorf(i18n.YearRange, f.y)
	}
	if f.m != 0 && (f.m < 1 || f.m > 12) {
		return i18n.Errorf(i18n.NoMonth, f.m)
	}
	if f.d != 0 {
		if f.m == 0 {
			return i18n.Errorf(i18n.DayNeedsMonth)
		}
		if f.d < 1 || f.d > daysIn(f.y, f.m) {
			return i18n.Errorf(i18n.NoDay, f.y, f.m, f.d)
		}
	}
	return nil
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func parseExact(s string, planYear int) (Span, error) {
	left, right, isRange := strings.Cut(s, "~")
	lp, err := parsePart(left)
	if err != nil {
		return Span{}, err
	}
	if !lp.hasYear && len(lp.nums) == 2 && planYear != 0 {
		// A month and day without a year ("4.24.~4.29.", as calendars of
		// one year print them) lie in the plan's year.
		lp = datePart{nums: append([]int{planYear}, lp.nums...), hasYear: true}
	}
	if !lp.hasYear {
		return Span{}, syntaxError{i18n.M(i18n.RangeNeedsYear, planYear, strings.TrimSpace(left))}
	}
	a, _ := fromPart(lp, full{})
	if err := validate(a); err != nil {
		return Span{}, err
	}
	b := a
	if isRange {
		rp, err := parsePart(right)
		if err != nil {
			return Span{}, err
		}
		if b, err = fromPart(rp, a); err != nil {
			return Span{}, err
		}
		if err := validate(b); err != nil {
			return Span{}, err
		}
	}
	sp := Span{Kind: Exact, Start: startOf(a), End: endOf(b), StartDay: a.d, EndDay: b.d}
	if sp.End < sp.Start || (sp.Start == sp.End && b.d != 0 && a.d > b.d) {
		return Span{}, i18n.Errorf(i18n.EndsBeforeStart)
	}
	return sp, nil
}

func startOf(f full) Month {
	if f.m == 0 {
		return Of(f.y, 1)
	}
	return Of(f.y, f.m)
}

func endOf(f full) Month {
	if f.m == 0 {
		return Of(f.y, 12)
	}
	return Of(f.y, f.m)
}

var (
	yearPrefix = regexp.MustCompile(`^(?:(\d{4})년|'(\d{2})(?:년|\.)?)\s*`)
	monthRange = regexp.MustCompile(`^(\d{1,2})월?\s*~\s*(\d{1,2})월(?:\s*(중|초|말|경))?$`)
	oneMonth   = regexp.MustCompile(`^(\d{1,2})월(?:\s*(중|초|중순|하순|상순|말|경))?$`)
	quarter    = regexp.MustCompile(`^(?:제\s?)?([1-4])(?:/4)?\s*분기(?:\s*중)?$`)
	recurring  = regexp.MustCompile(`^(매월|매주|매일|매년|매분기|격월|격주|분기별|반기별|월별|연\s?\d+\s?회|월\s?\d+\s?회|주\s?\d+\s?회|분기\s?\d+\s?회|반기\s?\d+\s?회)`)
)

// within is the kind of a month wording by its qualifier: none or 중 is
// the month itself; 초, 말, 경, 상순 … are approximate.
func within(q string) Kind {
	if q == "" || q == "중" {
		return Exact
	}
	return Loose
}

func parseWords(s string, planYear int) (Span, error) {
	year := planYear
	if m := yearPrefix.FindStringSubmatch(s); m != nil {
		if m[1] != "" {
			year, _ = strconv.Atoi(m[1])
		} else {
			year, _ = strconv.Atoi(m[2])
			year += 2000
		}
		s = strings.TrimSpace(s[len(m[0]):])
	}
	whole := Span{Kind: Loose, Start: Of(year, 1), End: Of(year, 12)}
	months := func(k Kind, a, b int) (Span, error) {
		if a < 1 || a > 12 || b < 1 || b > 12 {
			return Span{}, i18n.Errorf(i18n.MonthRange, s)
		}
		if b < a {
			return Span{}, i18n.Errorf(i18n.EndsBeforeStart)
		}
		return Span{Kind: k, Start: Of(year, a), End: Of(year, b)}, nil
	}
	switch {
	case s == "연중" || s == "상시" || s == "수시" || strings.HasPrefix(s, "연중 ") || s == "연간" || s == "통년":
		return whole, nil
	case s == "상반기":
		return months(Exact, 1, 6)
	case s == "하반기":
		return months(Exact, 7, 12)
	case s == "상·하반기" || s == "상하반기" || s == "상/하반기":
		whole.Kind = Recurring
		return whole, nil
	case recurring.MatchString(s):
		whole.Kind = Recurring
		return whole, nil
	}
	// Months, quarters and halves stated are those months (Exact); only
	// 초, 말, 경 and the like within a month are approximate (Loose).
	if m := quarter.FindStringSubmatch(s); m != nil {
		q, _ := strconv.Atoi(m[1])
		return months(Exact, q*3-2, q*3)
	}
	if m := monthRange.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		return months(within(m[3]), a, b)
	}
	if m := oneMonth.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		return months(within(m[2]), a, a)
	}
	return Span{}, syntaxError{i18n.M(i18n.UnknownWording, s)}
}
