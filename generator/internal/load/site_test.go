package load

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"workplan/generator/internal/diag"
)

// TestOrganisationLinksPlans: the rich fixture's chart links each plan to
// its department, 국 and the committee of its year (문화관광과 moved to
// 행정건설위원회 in 2025), and the settings for open data and books are read.
func TestOrganisationLinksPlans(t *testing.T) {
	site, l := Load(os.DirFS("../../../testdata/rich"), "rich")
	if l.HasErrors() || l.Len() != 0 {
		t.Fatal(l.Sorted())
	}
	want := map[string]string{
		"2024-culture": "문화복지국 복지도시위원회",
		"2025-culture": "문화복지국 행정건설위원회",
		"2025-safety":  "행정관리국 행정건설위원회",
	}
	for _, p := range site.Plans {
		got := p.Department.BureauName() + " "
		if c := p.Department.Committee; c != nil {
			got += c.Name
		}
		if got != want[p.Slug] {
			t.Errorf("%s: %q, want %q", p.Slug, got, want[p.Slug])
		}
	}
	if site.Contact.Phone != "02-000-0000" || site.Licence.String() != "공공누리 제1유형(출처표시)" || !site.Book.Dividers || site.Book.Restart {
		t.Errorf("settings: %+v %q %+v", site.Contact, site.Licence, site.Book)
	}
}

// orgSite is a site.yaml with a small chart.
const orgSite = `district: 가상구
title: 가상구 주요업무 계획
committees:
  - name: 행정건설위원회
    slug: admin
organisation:
  - name: 행정관리국
    slug: admin-bureau
    departments:
      - name: 총무과
        slug: general
        committee: admin
      - name: 재무과
        slug: finance
        committee: admin
`

func orgPlan(year int, slug, name string, draft bool) string {
	s := "year: " + strconv.Itoa(year) + "\ntitle: 주요업무 계획\ndepartment:\n  name: " + name + "\n  slug: " + slug + "\ndate: " + strconv.Itoa(year) + ". 2.\n"
	if draft {
		s += "draft: true\n"
	}
	return s + "chapters:\n  - title: 현황\n    blocks:\n      - markdown: 내용\n"
}

func findingsText(l *diag.List) string {
	var b strings.Builder
	for _, f := range l.Sorted() {
		b.WriteString(f.String() + "\n")
	}
	return b.String()
}

// TestOrganisationFindings: a plan of a department the chart lacks is an
// error at its slug, with the nearest slug suggested; a department with
// no plan in a year some plan is published for is a warning at the
// chart's entry; a draft does not count as published.
func TestOrganisationFindings(t *testing.T) {
	fsys := fstest.MapFS{
		"site.yaml":              {Data: []byte(orgSite)},
		"2025/general/plan.yaml": {Data: []byte(orgPlan(2025, "general", "총무과", false))},
		"2025/finance/plan.yaml": {Data: []byte(orgPlan(2025, "finance", "재무과", true))},
		"2025/financ/plan.yaml":  {Data: []byte(orgPlan(2025, "financ", "재무과", false))},
		"2026/general/plan.yaml": {Data: []byte(orgPlan(2026, "general", "총무과", true))},
		"2024/general/plan.yaml": {Data: []byte(orgPlan(2024, "general", "총무팀", false))},
		"2024/finance/plan.yaml": {Data: []byte(orgPlan(2024, "finance", "재무과", false))},
	}
	_, l := Load(fsys, "c")
	got := findingsText(l)
	for _, want := range []string{
		`c/2025/financ/plan.yaml:5:9: department.slug: department "financ" is not in the organisation in site.yaml (did you mean "finance"?`,
		`c/2024/general/plan.yaml:4:9: warning: department.name: the organisation in site.yaml names department "general" "총무과", the plan "총무팀"`,
		`c/site.yaml:14:15: warning: organisation[1].departments[2].slug: department 재무과 (finance) has only a draft plan for 2025; the 2025 council books leave it out`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s\nin\n%s", want, got)
		}
	}
	// 2026 has drafts only: no book covers it, so no department is missing.
	if strings.Contains(got, "2026") || strings.Count(got, "\n") != 3 {
		t.Errorf("unexpected findings:\n%s", got)
	}
}

// TestOrganisationSettingsFindings: mistakes in the chart and settings
// are errors at their place.
func TestOrganisationSettingsFindings(t *testing.T) {
	site := orgSite + `      - name: 세무과
        slug: tax
        committee: adminn
        from: 2026
        until: 2025
        moves:
          - year: 2027
            committee: admin
          - year: 2026
            committee: admin
      - name: 총무과
        slug: general
open_data:
  licence: 5
book:
  numbering: chapter
  sessions:
    - year: 2025
      date: 2025. 13.
    - year: 2025
`
	fsys := fstest.MapFS{
		"site.yaml":              {Data: []byte(site)},
		"2025/general/plan.yaml": {Data: []byte(orgPlan(2025, "general", "총무과", false))},
	}
	_, l := Load(fsys, "c")
	got := findingsText(l)
	for _, want := range []string{
		`c/site.yaml:18:20: organisation[1].departments[3].committee: committee "adminn" is not among the committees (did you mean "admin"?)`,
		`c/site.yaml:20:16: organisation[1].departments[3].until: until 2025 is before from 2026`,
		`c/site.yaml:24:19: organisation[1].departments[3].moves[2].year: moves must be in ascending years; 2026 follows 2027`,
		`c/site.yaml:27:15: organisation[1].departments[4].slug: department slug "general" is used twice`,
		`c/site.yaml:29:12: open_data.licence: 공공누리 type 5 does not exist; expected 1 to 4`,
		`c/site.yaml:31:14: book.numbering: numbering "chapter" is not known; expected continuous or department`,
		`c/site.yaml:34:13: book.sessions[1].date: `,
		`c/site.yaml:35:13: book.sessions[2].year: year 2025 has a session already`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s\nin\n%s", want, got)
		}
	}
}

// TestNoOrganisation: without a chart, plans need no entry and nothing
// is linked, as before.
func TestNoOrganisation(t *testing.T) {
	fsys := fstest.MapFS{
		"site.yaml":            {Data: []byte("district: 가상구\ntitle: t\n")},
		"2025/other/plan.yaml": {Data: []byte(orgPlan(2025, "other", "기타과", false))},
	}
	site, l := Load(fsys, "c")
	if l.Len() != 0 || site == nil || site.Plans[0].Department.Org != nil || len(site.Books()) != 0 {
		t.Fatalf("%s %v", findingsText(l), site)
	}
}

// TestUnusedCommittee: a committee no department reports to is a warning
// at its slug.
func TestUnusedCommittee(t *testing.T) {
	site := strings.Replace(orgSite, "    slug: admin\n", "    slug: admin\n  - name: 의회운영위원회\n    slug: steering\n", 1)
	fsys := fstest.MapFS{
		"site.yaml":              {Data: []byte(site)},
		"2025/general/plan.yaml": {Data: []byte(orgPlan(2025, "general", "총무과", false))},
		"2025/finance/plan.yaml": {Data: []byte(orgPlan(2025, "finance", "재무과", false))},
	}
	_, l := Load(fsys, "c")
	want := "c/site.yaml:7:11: warning: committees[2].slug: no department reports to committee 의회운영위원회 (steering); it gets no book\n"
	if got := findingsText(l); got != want {
		t.Errorf("findings:\n%s\nwant\n%s", got, want)
	}
}
