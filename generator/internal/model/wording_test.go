package model_test

import (
	"os"
	"strings"
	"testing"

	"workplan/generator/internal/load"
)

func TestBudgetSummary(t *testing.T) {
	site, l := load.Load(os.DirFS("../../../testdata/rich"), "rich")
	if site == nil {
		t.Fatal(l.Error())
	}
	var got []string
	for _, p := range site.Plans {
		for _, it := range p.Items {
			if it.Budget != nil {
				got = append(got, it.Budget.Summary())
			}
		}
	}
	want := []string{"2,500백만원(국비 30%, 시비 20%, 구비 50%)", "50,000천원(시비 20,000, 구비 30,000)", "4.5억원(국비 1.5, 시비 2.5, 구비 0.5)", "80,000천원(구비)"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	st := site.Plans[0].Status.Budget
	var rates []string
	for _, a := range st.Accounts {
		rates = append(rates, a.RateText())
	}
	if got := strings.Join(rates, " ") + " / " + st.RateText(); got != "3.6% △15.2% - / 0.2%" {
		t.Errorf("rates = %s", got)
	}
}
