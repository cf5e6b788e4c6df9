package model

// OrgChart is the district's organisation chart as site.yaml states
// it: its 국/실 in organisation order, each with its departments in order,
// and the council's 상임위원회 the departments report to. Empty when
// site.yaml states none: then no book is made and plans need no entry.
type OrgChart struct {
	Bureaus    []*Bureau
	Committees []*StandingCommittee
}

// Bureau is a 국 or 실 (행정관리국, 기획조정실) with its departments.
type Bureau struct {
	Name        string // 행정관리국
	Slug        string // admin-bureau
	Departments []*OrgDepartment
}

// StandingCommittee is a 상임위원회 of the district council.
type StandingCommittee struct {
	Name string // 행정건설위원회
	Slug string // admin: the book's file name
}

// OrgDepartment is a department (과, 담당관) in the organisation chart.
type OrgDepartment struct {
	Name   string // 새마포담당관
	Slug   string // saemapo: plans name their department by it
	Bureau *Bureau
	// From and Until bound the years the department exists (0: open).
	From, Until int
	// Committee is the 상임위원회 it reports to, from year From on, and
	// Moves where that changes (by year, ascending).
	Committee *StandingCommittee
	Moves     []CommitteeMove
}

// CommitteeMove says a department reports to Committee from Year on.
type CommitteeMove struct {
	Year      int
	Committee *StandingCommittee
}

// Exists reports whether the department exists in year y.
func (d *OrgDepartment) Exists(y int) bool {
	return (d.From == 0 || y >= d.From) && (d.Until == 0 || y <= d.Until)
}

// CommitteeIn is the committee the department reports to in year y (nil
// when it reports to none).
func (d *OrgDepartment) CommitteeIn(y int) *StandingCommittee {
	c := d.Committee
	for _, m := range d.Moves {
		if y >= m.Year {
			c = m.Committee
		}
	}
	return c
}

// Empty reports whether site.yaml states no organisation.
func (o *OrgChart) Empty() bool { return o == nil || len(o.Bureaus) == 0 }

// Department finds a department by slug (nil when the chart lacks it).
func (o *OrgChart) Department(slug string) *OrgDepartment {
	if o == nil {
		return nil
	}
	for _, b := range o.Bureaus {
		for _, d := range b.Departments {
			if d.Slug == slug {
				return d
			}
		}
	}
	return nil
}

// Contact is who answers for the published data: the 관리부서 and its
// telephone number, for the open data's metadata.
type Contact struct {
	Department string // 기획예산과
	Phone      string // 02-3153-8114
}

// KOGL is a 공공누리 (Korea Open Government License) type, 1 to 4; 0
// when site.yaml names none.
type KOGL int

// String is the licence as the public data portal names it.
func (k KOGL) String() string {
	switch k {
	case 1:
		return "공공누리 제1유형(출처표시)"
	case 2:
		return "공공누리 제2유형(출처표시, 상업적 이용금지)"
	case 3:
		return "공공누리 제3유형(출처표시, 변경금지)"
	case 4:
		return "공공누리 제4유형(출처표시, 상업적 이용금지, 변경금지)"
	}
	return ""
}

// BookSettings say how council books are bound.
type BookSettings struct {
	// Dividers puts a divider page (간지) before each 국's departments.
	Dividers bool
	// Restart numbers each department's pages from 1 (else the book is
	// numbered on from its first department).
	Restart bool
	// Sessions name the council session a year's books go to, when the
	// settings say (else the books take what their plans share).
	Sessions []BookSession
}

// BookSession is the occasion and date on a year's book covers.
type BookSession struct {
	Year     int
	Occasion string // 제300회 가상구의회 임시회; "" leaves the plans'
	Date     string // 2025. 2. 14., in the official form; "" leaves the plans'
}

// Published is the site as published: the same settings with the draft
// plans left out. The site, books and open data are made from it.
func (s *Site) Published() *Site {
	out := *s
	out.Plans = nil
	for _, p := range s.Plans {
		if !p.Draft {
			out.Plans = append(out.Plans, p)
		}
	}
	return &out
}
