package opendata

import (
	"strings"
	"testing"
	"time"

	"workplan/generator/internal/money"
)

// Text cells that a spreadsheet would read as a formula are neutralised
// with a leading '; numeric columns stay numbers, negatives included
// (issue 12.4).
func TestFormulaInjection(t *testing.T) {
	s, p := example(t)
	hostile := []string{`=HYPERLINK("http://evil.example","x")`, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"}
	n := 0
	next := func() string { n++; return hostile[n%len(hostile)] }
	for _, it := range p.Items {
		it.Title = next()
		if b := it.Budget; b != nil {
			for i := range b.Breakdown {
				b.Breakdown[i].Label, b.Breakdown[i].Detail = next(), next()
			}
			for i := range b.Sources {
				b.Sources[i].Name = next()
			}
		}
		for _, e := range it.Schedule {
			e.Text = next()
			if e.Period != nil {
				e.Period.Text = next()
			}
		}
	}
	for i := range p.Status.Headcount.Grades {
		p.Status.Headcount.Grades[i].Grade, p.Status.Headcount.Grades[i].Note = next(), next()
	}
	acc := p.Status.Budget.Accounts
	for _, a := range acc {
		a.Name = next()
	}
	acc[0].PrevNone, acc[0].Change = false, -money.Amount(1234000) // a negative number must stay one

	files, err := Files(s, p, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	hostileCells := 0
	for _, f := range files {
		if f.Rows == 0 {
			continue
		}
		rows := readCSV(t, f)
		for _, row := range rows[1:] {
			for i, c := range row {
				col := rows[0][i]
				if numeric[col] {
					continue
				}
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
					t.Errorf("%s %s: %q would run as a formula", f.Name, col, c)
				}
				if strings.HasPrefix(c, "'") && strings.ContainsAny(c[1:2], "=+-@\t\r") {
					hostileCells++
				}
			}
		}
	}
	if hostileCells < 20 {
		t.Errorf("only %d neutralised cells; the hostile text did not reach the files", hostileCells)
	}
	m := byName(files)
	budget := readCSV(t, m["budget.csv"])
	if got := budget[1][2]; got != `'+1+cmd|' /C calc'!A0` && !strings.HasPrefix(got, "'") {
		t.Errorf("title cell = %q", got)
	}
	accounts := readCSV(t, m["accounts.csv"])
	if got := accounts[1][3]; !strings.HasPrefix(got, "-") || strings.Trim(got, "-0123456789.") != "" {
		t.Errorf("a negative change is %q, want a negative number", got)
	}
	head := readCSV(t, m["headcount.csv"])
	for _, row := range head[1:] {
		for _, c := range row[1:4] {
			if strings.HasPrefix(c, "'") {
				t.Errorf("headcount figure %q is no longer a number", c)
			}
		}
	}
	if got := head[3][3]; got != "-2" {
		t.Errorf("7급 과부족 = %q, want -2", got)
	}
}
