package period

import (
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct {
		text       string
		kind       Kind
		from, to   string // "2024-2"
		dFrom, dTo int
	}{
		{"2024. 2.", Exact, "2024-2", "2024-2", 0, 0},
		{"2024. 2. 14.", Exact, "2024-2", "2024-2", 14, 14},
		{"2024. 1. ~ 12.", Exact, "2024-1", "2024-12", 0, 0},
		{"2024. 1.~12.", Exact, "2024-1", "2024-12", 0, 0},
		{"2024. 1. ~ 2024. 12.", Exact, "2024-1", "2024-12", 0, 0},
		{"2024. 2. ~ 4.", Exact, "2024-2", "2024-4", 0, 0},
		{"2024. 11. ~ 2025. 2.", Exact, "2024-11", "2025-2", 0, 0},
		{"2025. 4. 5. ~ 6.", Exact, "2025-4", "2025-4", 5, 6},
		{"2025. 4. 28. ~ 5. 3.", Exact, "2025-4", "2025-5", 28, 3},
		{"2023. ~ 2026.", Exact, "2023-1", "2026-12", 0, 0},
		{"'22.10.26.", Exact, "2022-10", "2022-10", 26, 26},
		{"’25. 3.", Exact, "2025-3", "2025-3", 0, 0},
		{"2024. 2", Exact, "2024-2", "2024-2", 0, 0},
		{"연중", Loose, "2024-1", "2024-12", 0, 0},
		{"연중 수시", Loose, "2024-1", "2024-12", 0, 0},
		{"상반기", Exact, "2024-1", "2024-6", 0, 0},
		{"하반기", Exact, "2024-7", "2024-12", 0, 0},
		{"상·하반기", Recurring, "2024-1", "2024-12", 0, 0},
		{"2분기", Exact, "2024-4", "2024-6", 0, 0},
		{"3/4분기", Exact, "2024-7", "2024-9", 0, 0},
		{"4월 중", Exact, "2024-4", "2024-4", 0, 0},
		{"3~5월", Exact, "2024-3", "2024-5", 0, 0},
		{"2025년 상반기", Exact, "2025-1", "2025-6", 0, 0},
		{"매월 2째,4째주 수요일", Recurring, "2024-1", "2024-12", 0, 0},
		{"매월 2째·4째주 수요일", Recurring, "2024-1", "2024-12", 0, 0},
		{"연 2회", Recurring, "2024-1", "2024-12", 0, 0},
		{"분기별", Recurring, "2024-1", "2024-12", 0, 0},
		{"4월 중(예정)", Exact, "2024-4", "2024-4", 0, 0},
		{"4월 초", Loose, "2024-4", "2024-4", 0, 0},
		{"3월", Exact, "2024-3", "2024-3", 0, 0},
		// Half-year and month signs, years written 'YY.
		{"'25.上", Exact, "2025-1", "2025-6", 0, 0},
		{"'25.下", Exact, "2025-7", "2025-12", 0, 0},
		{"'25년 상반기", Exact, "2025-1", "2025-6", 0, 0},
		{"'25 상반기", Exact, "2025-1", "2025-6", 0, 0},
		{"上半期", Exact, "2024-1", "2024-6", 0, 0},
		{"’25.1月", Exact, "2025-1", "2025-1", 0, 0},
		// Fuzzy and planned months.
		{"4~5월 중", Exact, "2024-4", "2024-5", 0, 0},
		{"10월 중(예정)", Exact, "2024-10", "2024-10", 0, 0},
		// Spans across years, trailing remarks and deadlines.
		{"'23.9.~'24.8.", Exact, "2023-9", "2024-8", 0, 0},
		{"'23.~'26.(4년간)", Exact, "2023-1", "2026-12", 0, 0},
		{"2024. 4. 6.(토)", Exact, "2024-4", "2024-4", 6, 6},
		{"'25. ~ '27. (중단기)", Exact, "2025-1", "2027-12", 0, 0},
		{"'25.2.28. 限", Exact, "2025-2", "2025-2", 28, 28},
		{"`23.4", Exact, "2023-4", "2023-4", 0, 0},
		// Month and day without a year: the plan's year.
		{"4.24.~4.29.", Exact, "2024-4", "2024-4", 24, 29},
		{"6.20.~7.5.", Exact, "2024-6", "2024-7", 20, 5},
		{"12.1.~12.5.", Exact, "2024-12", "2024-12", 1, 5},
	}
	for _, c := range cases {
		s, err := Parse(c.text, 2024)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.text, err)
			continue
		}
		from := itoa(s.Start.Year()) + "-" + itoa(s.Start.Num())
		to := itoa(s.End.Year()) + "-" + itoa(s.End.Num())
		if s.Kind != c.kind || from != c.from || to != c.to || s.StartDay != c.dFrom || s.EndDay != c.dTo || s.Text != c.text {
			t.Errorf("Parse(%q) = %v %s..%s days %d..%d text %q; want %v %s..%s days %d..%d",
				c.text, s.Kind, from, to, s.StartDay, s.EndDay, s.Text, c.kind, c.from, c.to, c.dFrom, c.dTo)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestParseOpenEnds: a period without an end keeps its start and runs to
// the end of the later of its start year and the plan year, for charts.
func TestParseOpenEnds(t *testing.T) {
	cases := []struct {
		text     string
		from, to Month
	}{
		{"'25. 1.~", Of(2025, 1), Of(2025, 12)},
		{"'31. 이후", Of(2031, 1), Of(2031, 12)},
		{"2022. ~ 계속", Of(2022, 1), Of(2025, 12)},
		{"'23. 4.~ (계속)", Of(2023, 4), Of(2025, 12)},
	}
	for _, c := range cases {
		s, err := Parse(c.text, 2025)
		if err != nil || !s.OpenEnd || s.Start != c.from || s.End != c.to || s.Text != c.text {
			t.Errorf("Parse(%q) = %+v, %v; want open from %d-%d to %d-%d", c.text, s, err, c.from.Year(), c.from.Num(), c.to.Year(), c.to.Num())
		}
	}
}

func TestParseUndecided(t *testing.T) {
	for _, text := range []string{"미정", "추후 결정"} {
		s, err := Parse(text, 2024)
		if err != nil || s.Kind != Undecided || s.HasSpan() {
			t.Errorf("Parse(%q) = %+v, %v; want undecided", text, s, err)
		}
		if _, _, ok := s.MonthsIn(2024); ok {
			t.Errorf("%q must not be charted", text)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := map[string]string{
		"2024. 2. 30.":   "2024. 2. has no day 30",
		"2023. 2. 29.":   "2023. 2. has no day 29",
		"2024. 13.":      "month 13 does not exist",
		"2024. 5. ~ 3.":  "the period ends before it starts",
		"2. ~ 4.":        `cannot read "2. ~ 4." as a period: a date needs a year first, like "2024. 2."`,
		"곧":              `cannot read "곧" as a period: unknown wording "곧"; write e.g. "2024. 2."`,
		"":               `period is empty; write e.g. "2024. 2."`,
		"~ 2025. 3.":     `cannot read "~ 2025. 3." as a period: unknown wording`,
		"9999. 1.":       "year 9999 is out of range",
		"13월 중":          "month out of range",
		"2024. 2. 3. 4.": `cannot read "2024. 2. 3. 4" as a date`,
	}
	for text, want := range cases {
		_, err := Parse(text, 2024)
		if err == nil || !contains(err.Error(), want) {
			t.Errorf("Parse(%q) error = %v, want it to contain %q", text, err, want)
		}
	}
	if _, err := Parse("2024. 2. 29.", 2024); err != nil {
		t.Errorf("2024 is a leap year: %v", err)
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestMonthsIn(t *testing.T) {
	s, _ := Parse("2023. 11. ~ 2024. 2.", 2024)
	if from, to, ok := s.MonthsIn(2024); !ok || from != 1 || to != 2 {
		t.Errorf("MonthsIn(2024) = %d %d %v", from, to, ok)
	}
	if _, _, ok := s.MonthsIn(2025); ok {
		t.Errorf("span must not touch 2025")
	}
}

func TestParseDate(t *testing.T) {
	for text, want := range map[string]string{"2024. 2.": "2024. 2.", "2024. 2. 14.": "2024. 2. 14.", "2024.": "2024.", "'22.10.26.": "2022. 10. 26."} {
		d, err := ParseDate(text)
		if err != nil || d.String() != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", text, d, err, want)
		}
	}
	if _, err := ParseDate("2024. 2. ~ 4."); err == nil {
		t.Errorf("a range is not a date")
	}
	// A report date with weekday and time, as printed.
	for text, want := range map[string]string{"2025. 2. 13.(목) 10:00": "2025. 2. 13.(목) 10:00", "2025. 2. 11.(화)": "2025. 2. 11.(화)",
		"2025. 2. 10. (월)": "2025. 2. 10.(월)"} {
		d, err := ParseDate(text)
		if err != nil || d.String() != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", text, d, err, want)
		}
	}
	d, err := ParseDate("2025. 2. 13.(수)")
	var we *WeekdayError
	if !errors.As(err, &we) || we.Correct != "목" || d.Day != 13 {
		t.Errorf("wrong weekday: %v, %+v; want a WeekdayError naming 목 with the date read", err, d)
	}
	for text, want := range map[string]string{"2025. 2.(목)": "a weekday or time needs a day", "2025년 2월": `cannot read "2025년 2월" as a date; expected "2025. 2."`} {
		if _, err := ParseDate(text); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseDate(%q) error %v, want %q", text, err, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2024. 2. ~ 4.", "연중 수시", "'22.10.26.", "3/4분기", "매월 2째·4째주", "2024. 1. 31. ~ 2. 29."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp, err := Parse(s, 2024)
		if err == nil && sp.HasSpan() && sp.End < sp.Start {
			t.Errorf("Parse(%q) ends before it starts", s)
		}
	})
}
