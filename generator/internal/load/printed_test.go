package load_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"workplan/generator/internal/load"
	"workplan/generator/internal/money"
)

// TestAsPrintedFigures: totals and rates marked as printed are the
// model's figures (so every output shows them as printed), and check
// warns once for each; nothing is an error.
func TestAsPrintedFigures(t *testing.T) {
	fsys := fstest.MapFS{
		"site.yaml": {Data: []byte("district: 시험구\ntitle: 시험\nbase_url: https://example.go.kr/\n")},
		"2024/a/plan.yaml": {Data: []byte("year: 2024\ntitle: 계획\ndepartment:\n  name: 시험과\n  slug: a\ndate: 2024. 2.\n" +
			"chapters:\n  - title: 일반현황\n    blocks:\n      - status: status.yaml\n  - title: 주요업무\n    blocks:\n      - items: [items/01.yaml]\n")},
		"2024/a/status.yaml": {Data: []byte(`headcount:
  as_printed: true
  total: { quota: 29, current: 37 }
  grades:
    - { grade: 5급, quota: 8, current: 8 }
    - { grade: 6급, quota: 8, current: 8 }
    - { grade: 7급, quota: 21, current: 21 }
budget:
  as_printed: true
  unit: 백만원
  label: 2025년
  previous_label: 2024년
  total: 753
  previous_total: 700
  rate: 7.5%
  accounts:
    - { name: 일반회계, amount: "753.03", previous: 700, rate: "50" }
`)},
		"2024/a/items/01.yaml": {Data: []byte("id: \"1\"\ntitle: 가\nbudget:\n  as_printed: true\n  unit: 억원\n  total: 29\n" +
			"  breakdown:\n    - { label: 가, amount: 8 }\n    - { label: 나, amount: 8 }\n    - { label: 다, amount: 21 }\n")},
	}
	s, l := load.Load(fsys, "content")
	if s == nil || l.HasErrors() {
		t.Fatalf("loading: %v", l)
	}
	p := s.Plans[0]
	if got := p.Items[0].Budget.Total.Format(money.HundredMillion); got != "29억원" {
		t.Errorf("item budget %s, want 29억원 as printed", got)
	}
	st := p.Status
	if st.Headcount.Quota != 29 || st.Headcount.Current != 37 {
		t.Errorf("headcount %d/%d, want 29/37", st.Headcount.Quota, st.Headcount.Current)
	}
	if got := st.Budget.Total.Format(money.Million); got != "753백만원" {
		t.Errorf("status budget %s, want 753백만원 as printed", got)
	}
	if st.Budget.RateText() != "7.5%" || st.Budget.Accounts[0].RateText() != "50%" {
		t.Errorf("rates %q %q, want 7.5%% and 50%% as printed", st.Budget.RateText(), st.Budget.Accounts[0].RateText())
	}
	out := l.Error()
	for _, w := range []string{"29억원 (line 6), 8억원 less than the sum; kept as printed", "headcount.total.quota is 29 (line 3), 8 less",
		"budget.total is 753백만원 (line 13), 0.03백만원 less", "printed rate 7.5% differs from the rate computed from the figures, 7.6%",
		"printed rate 50% differs"} {
		if !strings.Contains(out, w) {
			t.Errorf("no warning %q in:\n%s", w, out)
		}
	}
}
