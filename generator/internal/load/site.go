package load

import (
	"fmt"
	"sort"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/model"
	"workplan/generator/internal/period"
	"workplan/generator/internal/yamlstrict"
)

// site.yaml's shape. The organisation chart is optional: without it
// nothing below it is checked and no council book is made.
type siteFile struct {
	District string     `yaml:"district,required"`
	Title    string     `yaml:"title,required"`
	BaseURL  string     `yaml:"base_url"` // optional: without it, no sitemap or canonical links
	Fonts    *fontsFile `yaml:"fonts"`
	// TrustedHTML lets raw HTML in Markdown reach pages (off: shown as text).
	TrustedHTML bool `yaml:"trusted_html"`
	// Committees are the council's 상임위원회, in the council's order;
	// Organisation the 국/실 in organisation order with their departments.
	Committees   []councilCommitteeFile `yaml:"committees"`
	Organisation []bureauFile           `yaml:"organisation"`
	OpenData     *openDataFile          `yaml:"open_data"`
	Book         *bookFile              `yaml:"book"`
}

type fontsFile struct {
	Regular  string `yaml:"regular"`
	Bold     string `yaml:"bold"`
	Fallback string `yaml:"fallback"`
}

type councilCommitteeFile struct {
	Name string `yaml:"name,required"`
	Slug string `yaml:"slug,required"`
}

type bureauFile struct {
	Name        string        `yaml:"name,required"`
	Slug        string        `yaml:"slug,required"`
	Departments []orgDeptFile `yaml:"departments,required"`
}

type orgDeptFile struct {
	Name      string `yaml:"name,required"`
	Slug      string `yaml:"slug,required"`
	Committee string `yaml:"committee"` // a committee's slug
	// From and Until bound the years the department exists.
	From  int        `yaml:"from"`
	Until int        `yaml:"until"`
	Moves []moveFile `yaml:"moves"`
}

// moveFile: from Year on, the department reports to Committee.
type moveFile struct {
	Year      int    `yaml:"year,required"`
	Committee string `yaml:"committee,required"`
}

type openDataFile struct {
	Department string `yaml:"department"` // 관리부서
	Phone      string `yaml:"phone"`      // 관리부서 전화번호
	Licence    int    `yaml:"licence"`    // 공공누리 type, 1 to 4
}

type bookFile struct {
	Dividers  bool          `yaml:"dividers"`
	Numbering string        `yaml:"numbering"` // continuous | department
	Sessions  []sessionFile `yaml:"sessions"`
}

// sessionFile names the council session of a year's books.
type sessionFile struct {
	Year     int    `yaml:"year,required"`
	Occasion string `yaml:"occasion"`
	Date     string `yaml:"date"`
}

// Ways of numbering a council book's pages.
const (
	numberContinuous = "continuous"
	numberDepartment = "department"
)

func (ld *loader) site() *model.Site {
	var sf siteFile
	site := &model.Site{}
	ld.files = map[string]string{}
	fc, ok := ld.yamlFile(SiteFile, diag.Pos{File: ld.display(SiteFile)}, "", &sf)
	site.Hashes, ld.files = ld.files, nil
	if !ok {
		return site
	}
	site.District, site.Title, site.TrustedHTML = sf.District, sf.Title, sf.TrustedHTML
	if sf.BaseURL != "" && !fc.pos.Failed("base_url") {
		if u, hint, err := baseURL(sf.BaseURL); err != nil {
			fc.hintf("base_url", hint, "%v", err)
		} else {
			site.BaseURL = u
		}
	}
	if sf.Fonts != nil {
		site.Fonts = model.Fonts{Regular: sf.Fonts.Regular, Bold: sf.Fonts.Bold, Fallback: sf.Fonts.Fallback}
		fc.fontFile("fonts.regular", sf.Fonts.Regular)
		fc.fontFile("fonts.bold", sf.Fonts.Bold)
		fc.fontFile("fonts.fallback", sf.Fonts.Fallback)
	}
	fc.organisation(site, &sf)
	if o := sf.OpenData; o != nil {
		site.Contact = model.Contact{Department: o.Department, Phone: o.Phone}
		if o.Licence != 0 && (o.Licence < 1 || o.Licence > 4) {
			fc.hintf("open_data.licence", "write 1 (출처표시), 2 (+상업적 이용금지), 3 (+변경금지) or 4 (all three)",
				"공공누리 type %d does not exist; expected 1 to 4", o.Licence)
		} else {
			site.Licence = model.KOGL(o.Licence)
		}
	}
	if b := sf.Book; b != nil {
		site.Book.Dividers = b.Dividers
		switch b.Numbering {
		case "", numberContinuous:
		case numberDepartment:
			site.Book.Restart = true
		default:
			fc.hintf("book.numbering", "write continuous (one run of numbers through the book) or department (from 1 in each department)",
				"numbering %q is not known; expected %s or %s", b.Numbering, numberContinuous, numberDepartment)
		}
		years := map[int]bool{}
		for i, sess := range b.Sessions {
			at := fmt.Sprintf("book.sessions[%d]", i+1)
			if years[sess.Year] {
				fc.errorf(at+".year", "year %d has a session already", sess.Year)
				continue
			}
			years[sess.Year] = true
			ss := model.BookSession{Year: sess.Year, Occasion: sess.Occasion}
			if sess.Date != "" && !fc.pos.Failed(at+".date") {
				d, err := period.ParseDate(sess.Date)
				switch {
				case err != nil:
					fc.errorf(at+".date", "%v", err)
				case sess.Year != 0 && (d.Year < sess.Year-1 || d.Year > sess.Year):
					fc.warnf(at+".date", "date %s is not in the year %d or the year before", d, sess.Year)
					ss.Date = d.String()
				default:
					ss.Date = d.String()
				}
			}
			site.Book.Sessions = append(site.Book.Sessions, ss)
		}
	}
	ld.siteCtx = fc
	return site
}

// organisation builds the chart: committees, then 국/실 with their
// departments, every slug checked and every committee named resolved.
func (fc *fileCtx) organisation(site *model.Site, sf *siteFile) {
	org := &site.Organisation
	if len(sf.Organisation) == 0 {
		if len(sf.Committees) > 0 {
			fc.hintf("committees", "list the 국/실 and their departments under organisation:, naming each department's committee",
				"committees are given but no organisation; a committee's departments come from the organisation")
		}
		return
	}
	bySlug := map[string]*model.StandingCommittee{}
	seen := map[string]string{} // slug → field that gave it first
	unique := func(kind, field, slug string) bool {
		key := kind + ":" + slug
		if first, ok := seen[key]; ok {
			fc.ld.l.Add(diag.Finding{Pos: fc.at(field), Severity: diag.Error, Field: field,
				Message: fmt.Sprintf("%s slug %q is used twice", kind, slug), Hint: "give each its own slug", Related: []diag.Pos{fc.at(first)}})
			return false
		}
		seen[key] = field
		return true
	}
	for i, c := range sf.Committees {
		field := fmt.Sprintf("committees[%d].slug", i+1)
		if !fc.slug(field, c.Slug) || !unique("committee", field, c.Slug) {
			continue
		}
		if c.Slug == model.DistrictBook {
			fc.hintf(field, "choose another slug, e.g. the committee's subject in English",
				"slug %q names the whole district's book; a committee needs another", c.Slug)
			continue
		}
		sc := &model.StandingCommittee{Name: c.Name, Slug: c.Slug}
		bySlug[c.Slug] = sc
		org.Committees = append(org.Committees, sc)
	}
	committee := func(field, slug string) *model.StandingCommittee {
		if slug == "" || fc.pos.Failed(field) {
			return nil
		}
		if c := bySlug[slug]; c != nil {
			return c
		}
		var names []string
		for s := range bySlug {
			names = append(names, s)
		}
		sort.Strings(names)
		hint := "list it under committees: with its name and slug"
		if s := yamlstrict.Suggest(slug, names); s != "" {
			hint = fmt.Sprintf("did you mean %q?", s)
		}
		fc.hintf(field, hint, "committee %q is not among the committees", slug)
		return nil
	}
	for i, bf := range sf.Organisation {
		at := fmt.Sprintf("organisation[%d]", i+1)
		bu := &model.Bureau{Name: bf.Name, Slug: bf.Slug}
		if fc.slug(at+".slug", bf.Slug) {
			unique("bureau", at+".slug", bf.Slug)
		}
		for j, df := range bf.Departments {
			dat := fmt.Sprintf("%s.departments[%d]", at, j+1)
			if !fc.slug(dat+".slug", df.Slug) || !unique("department", dat+".slug", df.Slug) {
				continue
			}
			d := &model.OrgDepartment{Name: df.Name, Slug: df.Slug, Bureau: bu, From: df.From, Until: df.Until,
				Committee: committee(dat+".committee", df.Committee)}
			fc.ld.orgFields = append(fc.ld.orgFields, dat)
			for _, y := range []struct {
				field string
				year  int
			}{{"from", df.From}, {"until", df.Until}} {
				if y.year != 0 && (y.year < minYear || y.year > maxYear) {
					fc.errorf(dat+"."+y.field, "year %d is out of range; expected a year like 2024", y.year)
				}
			}
			if df.From != 0 && df.Until != 0 && df.Until < df.From {
				fc.errorf(dat+".until", "until %d is before from %d", df.Until, df.From)
			}
			for k, mf := range df.Moves {
				mat := fmt.Sprintf("%s.moves[%d]", dat, k+1)
				if k > 0 && mf.Year <= df.Moves[k-1].Year {
					fc.errorf(mat+".year", "moves must be in ascending years; %d follows %d", mf.Year, df.Moves[k-1].Year)
					continue
				}
				if c := committee(mat+".committee", mf.Committee); c != nil {
					d.Moves = append(d.Moves, model.CommitteeMove{Year: mf.Year, Committee: c})
				}
			}
			bu.Departments = append(bu.Departments, d)
		}
		org.Bureaus = append(org.Bureaus, bu)
	}
	// A committee no department reports to in any year gets no book.
	used := map[*model.StandingCommittee]bool{}
	for _, bu := range org.Bureaus {
		for _, d := range bu.Departments {
			used[d.Committee] = true
			for _, m := range d.Moves {
				used[m.Committee] = true
			}
		}
	}
	for i, c := range sf.Committees {
		if sc := bySlug[c.Slug]; sc != nil && !used[sc] {
			fc.warnf(fmt.Sprintf("committees[%d].slug", i+1), "no department reports to committee %s (%s); it gets no book", c.Name, c.Slug)
		}
	}
}

// slug checks a slug field; false after an error.
func (fc *fileCtx) slug(field, s string) bool {
	if fc.pos.Failed(field) || s == "" {
		return false
	}
	if !slugRe.MatchString(s) {
		hint := "use lowercase letters a-z, digits and single hyphens"
		if t := safeSlug(s); t != "" {
			hint = fmt.Sprintf("try %q", t)
		}
		fc.hintf(field, hint, "slug %q is not safe for URLs and file names; expected lowercase letters, digits and hyphens", s)
		return false
	}
	return true
}

// orgDepartment links a plan to its department in the organisation chart
// (when site.yaml has one): a department the chart lacks is an error, a
// name other than the chart's a warning.
func (fc *fileCtx) orgDepartment(p *model.Plan) {
	org := fc.ld.org
	if org.Empty() || p.Department.Slug == "" || fc.pos.Failed("department") {
		return
	}
	d := org.Department(p.Department.Slug)
	if d == nil {
		var slugs []string
		for _, b := range org.Bureaus {
			for _, d := range b.Departments {
				slugs = append(slugs, d.Slug)
			}
		}
		hint := "add it to organisation: in site.yaml under its 국/실"
		if s := yamlstrict.Suggest(p.Department.Slug, slugs); s != "" {
			hint = fmt.Sprintf("did you mean %q? Otherwise %s", s, hint)
		}
		fc.hintf("department.slug", hint, "department %q is not in the organisation in site.yaml", p.Department.Slug)
		return
	}
	p.Department.Org = d
	p.Department.Committee = d.CommitteeIn(p.Year)
	if d.Name != p.Department.Name {
		fc.warnf("department.name", "the organisation in site.yaml names department %q %q, the plan %q", d.Slug, d.Name, p.Department.Name)
	}
	if p.Year != 0 && !d.Exists(p.Year) {
		fc.warnf("year", "department %q does not exist in %d by the organisation in site.yaml (from %d, until %d)", d.Slug, p.Year, d.From, d.Until)
	}
}

// missingPlans warns of a department with no published plan in a year
// the books cover (a year some plan is published for): that year's books
// leave it out.
func (ld *loader) missingPlans(site *model.Site) {
	if site.Organisation.Empty() || ld.siteCtx == nil {
		return
	}
	has := map[int]map[string]bool{} // year → department slugs with a published plan
	drafts := map[int]map[string]bool{}
	for _, p := range site.Plans {
		m := has
		if p.Draft {
			m = drafts
		}
		if m[p.Year] == nil {
			m[p.Year] = map[string]bool{}
		}
		m[p.Year][p.Department.Slug] = true
	}
	var years []int
	for y := range has {
		years = append(years, y)
	}
	sort.Ints(years)
	i := 0
	for _, b := range site.Organisation.Bureaus {
		for _, d := range b.Departments {
			field := ld.orgFields[i]
			i++
			for _, y := range years {
				if has[y][d.Slug] || !d.Exists(y) {
					continue
				}
				why := "no plan"
				if drafts[y][d.Slug] {
					why = "only a draft plan"
				}
				ld.siteCtx.warnf(field+".slug", "department %s (%s) has %s for %d; the %d council books leave it out", d.Name, d.Slug, why, y, y)
			}
		}
	}
}
