package load

import (
	"fmt"
	"sort"
	"strings"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/model"
	"workplan/generator/internal/period"
	"workplan/generator/internal/yamlstrict"
)

// site.yaml's shape. The organisation chart is optional: without it
// nothing below it is checked and no council book is made.
type siteFile struct {
	District string `yaml:"district,required"`
	Title    string `yaml:"title,required"`
	// Council is the council the plans are reported to; optional, the
	// district's name plus 의회 when absent.
	Council string     `yaml:"council"`
	BaseURL string     `yaml:"base_url"` // optional: without it, no sitemap or canonical links
	Fonts   *fontsFile `yaml:"fonts"`
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
	site.District, site.Title, site.TrustedHTML, site.Council = sf.District, sf.Title, sf.TrustedHTML, strings.TrimSpace(sf.Council)
	if sf.BaseURL != "" && !fc.pos.Failed("base_url") {
		if u, err := baseURL(sf.BaseURL); err != nil {
			fc.fail("base_url", err)
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
			fc.hintf("open_data.licence", i18n.M(i18n.LicenceHint),
				i18n.LicenceType, o.Licence)
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
			fc.hintf("book.numbering", i18n.M(i18n.NumberingHint),
				i18n.Numbering, b.Numbering, numberContinuous, numberDepartment)
		}
		years := map[int]bool{}
		for i, sess := range b.Sessions {
			at := fmt.Sprintf("book.sessions[%d]", i+1)
			if years[sess.Year] {
				fc.errorf(at+".year", i18n.SessionYearTwice, sess.Year)
				continue
			}
			years[sess.Year] = true
			ss := model.BookSession{Year: sess.Year, Occasion: sess.Occasion}
			if sess.Date != "" && !fc.pos.Failed(at+".date") {
				d, err := period.ParseDate(sess.Date)
				switch {
				case err != nil:
					fc.fail(at+".date", err)
				case sess.Year != 0 && (d.Year < sess.Year-1 || d.Year > sess.Year):
					fc.warnf(at+".date", i18n.SessionDateYear, d, sess.Year)
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
			fc.hintf("committees", i18n.M(i18n.ListOrg),
				i18n.CommitteesNoOrg)
		}
		return
	}
	bySlug := map[string]*model.StandingCommittee{}
	seen := map[string]string{} // slug → field that gave it first
	unique := func(kind, field, slug string) bool {
		key := kind + ":" + slug
		if first, ok := seen[key]; ok {
			f := diag.New(fc.at(field), diag.Error, field, i18n.SlugTwice, slugKinds[kind], slug).WithHint(i18n.OwnSlug)
			f.Related = []diag.Pos{fc.at(first)}
			fc.ld.l.Add(f)
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
			fc.hintf(field, i18n.M(i18n.OtherSlug), i18n.SlugIsDistrict, c.Slug)
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
		hint := i18n.M(i18n.ListCommittee)
		if s := yamlstrict.Suggest(slug, names); s != "" {
			hint = i18n.M(i18n.DidYouMean, s)
		}
		fc.hintf(field, hint, i18n.CommitteeUnknown, slug)
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
					fc.errorf(dat+"."+y.field, i18n.OrgYearRange, y.year)
				}
			}
			if df.From != 0 && df.Until != 0 && df.Until < df.From {
				fc.errorf(dat+".until", i18n.OrgUntilBeforeFrom, df.Until, df.From)
			}
			for k, mf := range df.Moves {
				mat := fmt.Sprintf("%s.moves[%d]", dat, k+1)
				if k > 0 && mf.Year <= df.Moves[k-1].Year {
					fc.errorf(mat+".year", i18n.OrgMovesOrder, mf.Year, df.Moves[k-1].Year)
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
			fc.warnf(fmt.Sprintf("committees[%d].slug", i+1), i18n.CommitteeNoDepartment, c.Name, c.Slug)
		}
	}
}

// slug checks a slug field; false after an error.
func (fc *fileCtx) slug(field, s string) bool {
	if fc.pos.Failed(field) || s == "" {
		return false
	}
	if !slugRe.MatchString(s) {
		hint := i18n.M(i18n.SlugChars)
		if t := safeSlug(s); t != "" {
			hint = i18n.M(i18n.TrySlug, t)
		}
		fc.hintf(field, hint, i18n.SlugUnsafe, s)
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
		hint := i18n.M(i18n.AddToOrg)
		if s := yamlstrict.Suggest(p.Department.Slug, slugs); s != "" {
			hint = i18n.M(i18n.DidYouMeanOtherwise, s, hint)
		}
		fc.hintf("department.slug", hint, i18n.DepartmentNotInOrg, p.Department.Slug)
		return
	}
	p.Department.Org = d
	p.Department.Committee = d.CommitteeIn(p.Year)
	if d.Name != p.Department.Name {
		fc.warnf("department.name", i18n.OrgNameDiffers, d.Slug, d.Name, p.Department.Name)
	}
	if p.Year != 0 && !d.Exists(p.Year) {
		fc.warnf("year", i18n.OrgNotInYear, d.Slug, p.Year, d.From, d.Until)
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
				ld.siteCtx.warnf(field+".slug", i18n.PlanMissing, d.Name, d.Slug, why, y, y)
			}
		}
	}
}

// slugKinds names the kinds of slug site.yaml gives, for messages.
var slugKinds = map[string]i18n.Key{"committee": i18n.KindCommittee, "bureau": i18n.KindBureau, "department": i18n.KindDepartment}
