package model

import (
	"strings"
	"testing"

	"workplan/generator/internal/period"
)

// TestBooks: books per year (newest first), the district's then each
// committee's in the council's order, plans in organisation order, a
// department in the committee of the plan's year, drafts never bound, and
// a cover that states only what the settings or the plans share.
func TestBooks(t *testing.T) {
	admin := &StandingCommittee{Name: "행정건설위원회", Slug: "admin"}
	welfare := &StandingCommittee{Name: "복지도시위원회", Slug: "welfare"}
	b1 := &Bureau{Name: "행정관리국", Slug: "a"}
	b2 := &Bureau{Name: "복지국", Slug: "b"}
	gen := &OrgDepartment{Name: "총무과", Slug: "general", Bureau: b1, Committee: admin}
	fin := &OrgDepartment{Name: "재무과", Slug: "finance", Bureau: b1, Committee: admin}
	care := &OrgDepartment{Name: "복지과", Slug: "care", Bureau: b2, Committee: welfare,
		Moves: []CommitteeMove{{Year: 2025, Committee: admin}}}
	b1.Departments = []*OrgDepartment{gen, fin}
	b2.Departments = []*OrgDepartment{care}
	plan := func(y int, d *OrgDepartment, occasion string, date period.Date, draft bool) *Plan {
		return &Plan{Year: y, Title: "주요업무 계획", Occasion: occasion, Date: date, Draft: draft,
			Department: Department{Name: d.Name, Slug: d.Slug, Org: d, Committee: d.CommitteeIn(y)}, Slug: d.Slug}
	}
	s := &Site{District: "가상구", Organisation: OrgChart{Bureaus: []*Bureau{b1, b2}, Committees: []*StandingCommittee{admin, welfare}}}
	s.Plans = []*Plan{
		plan(2025, care, "제300회", period.Date{Year: 2025, Month: 2, Day: 14}, false),
		plan(2025, gen, "제300회", period.Date{Year: 2025, Month: 2}, false),
		plan(2025, fin, "제300회", period.Date{Year: 2025, Month: 2}, true),
		plan(2024, care, "제290회", period.Date{Year: 2024, Month: 2}, false),
		plan(2024, gen, "제291회", period.Date{Year: 2024, Month: 3}, false),
	}
	// The settings name 2024's session: its books take that occasion.
	s.Book.Sessions = []BookSession{{Year: 2024, Occasion: "제292회 임시회"}}
	var got []string
	for _, bk := range s.Books() {
		var ps []string
		for _, bu := range bk.Bureaus {
			for _, p := range bu.Plans {
				ps = append(ps, bu.Bureau.Name+"/"+p.Department.Slug)
			}
		}
		got = append(got, strings.Join([]string{bk.Path, bk.For, bk.Title, bk.Occasion, bk.Date, strings.Join(ps, " ")}, " | "))
	}
	want := []string{
		"pdf/book/2025/district.pdf |  | 주요업무 계획 | 제300회 | 2025. 2. | 행정관리국/general 복지국/care",
		"pdf/book/2025/admin.pdf | 행정건설위원회 소관 | 주요업무 계획 | 제300회 | 2025. 2. | 행정관리국/general 복지국/care",
		"pdf/book/2024/district.pdf |  | 주요업무 계획 | 제292회 임시회 |  | 행정관리국/general 복지국/care",
		"pdf/book/2024/admin.pdf | 행정건설위원회 소관 | 주요업무 계획 | 제292회 임시회 | 2024. 3. | 행정관리국/general",
		"pdf/book/2024/welfare.pdf | 복지도시위원회 소관 | 주요업무 계획 | 제292회 임시회 | 2024. 2. | 복지국/care",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("books:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len((&Site{Plans: s.Plans}).Books()) != 0 {
		t.Error("books without an organisation chart")
	}
	if n := len(s.Published().Plans); n != 4 || len(s.Plans) != 5 {
		t.Errorf("Published kept %d plans of %d", n, len(s.Plans))
	}
}
