package synth

// The made-up district's organisation: 국/실 in organisation order, each
// holding the departments from its first index to the next one's, and the
// 상임위원회 each reports to.
var bureaus = []struct {
	first      int // index of its first department in departments
	name, slug string
	committee  string
}{
	{0, "기획조정실", "planning-office", "admin"},
	{3, "행정관리국", "admin-bureau", "admin"},
	{11, "경제문화국", "economy-bureau", "welfare"},
	{16, "복지국", "welfare-bureau", "welfare"},
	{22, "보건소", "health-center", "welfare"},
	{26, "환경국", "environment-bureau", "welfare"},
	{31, "도시계획국", "urban-bureau", "admin"},
	{35, "안전교통국", "safety-bureau", "admin"},
}

var committees = []councilFile{{Name: "행정건설위원회", Slug: "admin"}, {Name: "복지도시위원회", Slug: "welfare"}}

// movedDept moves to the other committee in the newest year, as a
// department may between years.
const movedDept = "education"

// bureauOf is the index in bureaus of department i (numbered copies stand
// with the department they copy).
func bureauOf(i int) int {
	i %= len(departments)
	b := 0
	for k, bu := range bureaus {
		if i >= bu.first {
			b = k
		}
	}
	return b
}

// organisation is site.yaml's chart for the first n departments.
func organisation(n, lastYear int) []bureauFile {
	out := make([]bureauFile, len(bureaus))
	for k, bu := range bureaus {
		out[k] = bureauFile{Name: bu.name, Slug: bu.slug}
	}
	for i := 0; i < n; i++ {
		d, k := deptAt(i), bureauOf(i)
		od := orgDeptFile{Name: d.name, Slug: d.slug, Committee: bureaus[k].committee}
		if d.slug == movedDept {
			other := "admin"
			if od.Committee == other {
				other = "welfare"
			}
			od.Moves = []moveFile{{Year: lastYear, Committee: other}}
		}
		out[k].Departments = append(out[k].Departments, od)
	}
	var kept []bureauFile
	for _, b := range out {
		if len(b.Departments) > 0 {
			kept = append(kept, b)
		}
	}
	return kept
}
