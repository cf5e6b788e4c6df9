package load

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/model"
	"workplan/generator/internal/period"
)

var slugRe = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// safeSlug suggests a URL- and path-safe form of s.
func safeSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

var numerals = []string{"Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ", "Ⅺ", "Ⅻ"}

func numeral(n int) string {
	if n >= 1 && n <= len(numerals) {
		return numerals[n-1]
	}
	return strconv.Itoa(n)
}

// planState is what loading one plan accumulates: ids seen, items in order.
type planState struct {
	plan     *model.Plan
	itemIDs  map[string]diag.Pos
	anchors  map[string]diag.Pos
	files    map[string]diag.Pos
	statuses int
	chapter  *model.Chapter // the chapter being read
	group    string         // the id of the group being read, "" outside one
	labels   model.SectionLabels
	gantt    bool // the plan's default for items' schedule charts
	// budgetOver is set once the items' budgets sum past money.MaxAmount.
	budgetOver bool
}

// Plan years (and years of multi-year budgets) must lie in this range.
const (
	minYear = 1990
	maxYear = 2200
)

func (ld *loader) plan(dir string) *model.Plan {
	ld.files = map[string]string{}
	defer func() { ld.files = nil }()
	rel := path.Join(dir, PlanFile)
	var pf planFile
	fc, ok := ld.yamlFile(rel, diag.Pos{File: ld.display(rel)}, "", &pf)
	if !ok {
		return nil
	}
	fc.year = pf.Year
	p := &model.Plan{
		Year:       pf.Year,
		Title:      pf.Title,
		Occasion:   pf.Occasion,
		Presenter:  pf.Presenter,
		Draft:      pf.Draft,
		Dir:        dir,
		Department: model.Department{},
	}
	if pf.Year != 0 && (pf.Year < minYear || pf.Year > maxYear) {
		fc.errorf("year", i18n.OrgYearRange, pf.Year)
		fc.year = 0 // no warnings measured against an impossible year
	}
	if pf.Department != nil {
		p.Department = model.Department{Name: pf.Department.Name, Slug: pf.Department.Slug}
		if p.Department.Slug != "" && !slugRe.MatchString(p.Department.Slug) {
			hint := i18n.M(i18n.SlugChars)
			if s := safeSlug(p.Department.Slug); s != "" {
				hint = i18n.M(i18n.TrySlug, s)
			}
			fc.hintf("department.slug", hint, i18n.SlugUnsafe, p.Department.Slug)
		}
		fc.orgDepartment(p)
	}
	if pf.Date != "" {
		d, err := period.ParseDate(pf.Date)
		var we *period.WeekdayError
		if errors.As(err, &we) {
			fc.warnf("date", i18n.ShownAsWritten, we.Message())
			err = nil
		}
		switch {
		case err != nil:
			fc.fail("date", err)
		case d.Month == 0:
			fc.errorf("date", i18n.PlanDateMonth, pf.Year, pf.Date)
		default:
			p.Date = d
			if pf.Year != 0 && (d.Year < pf.Year-1 || d.Year > pf.Year) {
				fc.warnf("date", i18n.PlanDateYear, d, pf.Year)
			}
		}
	}
	p.Slug = fmt.Sprintf("%d-%s", p.Year, p.Department.Slug)
	p.Path = fmt.Sprintf("%d/%s/", p.Year, p.Department.Slug)

	if len(pf.Chapters) == 0 && fc.pos.Has("chapters") {
		fc.errorf("chapters", i18n.NoChapters)
	}
	st := &planState{plan: p, itemIDs: map[string]diag.Pos{}, anchors: map[string]diag.Pos{}, files: map[string]diag.Pos{},
		labels: fc.labels("labels", pf.Labels), gantt: pf.ScheduleChart == nil || *pf.ScheduleChart}
	p.Summaries = fc.summaries(pf.Summaries)
	keys := map[string]diag.Pos{}
	numbered := 0
	for i, cf := range pf.Chapters {
		field := fmt.Sprintf("chapters[%d]", i+1)
		ch := &model.Chapter{Number: i + 1, Title: cf.Title, Anchor: fmt.Sprintf("chapter-%d", i+1), Key: strconv.Itoa(i + 1)}
		if cf.Numbered == nil || *cf.Numbered {
			numbered++
			ch.Numeral = numeral(numbered)
		}
		if cf.Key != "" {
			if !slugRe.MatchString(cf.Key) {
				fc.errorf(field+".key", i18n.ChapterKey, cf.Key)
			}
			ch.Key = cf.Key
		}
		if prev, ok := keys[ch.Key]; ok {
			fc.hintf(field+".key", i18n.M(i18n.OwnChapterKey), i18n.ChapterKeyTwice, ch.Key, prev)
		}
		keys[ch.Key] = fc.at(field)
		st.chapter = ch
		for j := range cf.Blocks {
			ch.Blocks = append(ch.Blocks, fc.chapterBlock(st, fmt.Sprintf("%s.blocks[%d]", field, j+1), &cf.Blocks[j])...)
		}
		p.Chapters = append(p.Chapters, ch)
	}
	p.Hashes = map[string]string{}
	for f, h := range ld.files {
		p.Files = append(p.Files, f)
		p.Hashes[f] = h
	}
	sort.Strings(p.Files)
	return p
}

// summaryNames are the derived summaries a plan may ask for.
var summaryNames = []string{"item-budgets", "facts"}

func (fc *fileCtx) summaries(in []string) model.Summaries {
	var s model.Summaries
	for i, name := range in {
		switch name {
		case "item-budgets":
			s.ItemBudgets = true
		case "facts":
			s.Facts = true
		default:
			fc.errorf(fmt.Sprintf("summaries[%d]", i+1), i18n.UnknownSummary, name, strings.Join(summaryNames, ", "))
		}
	}
	return s
}

// labels are section labels as written; empty ones keep the default.
func (fc *fileCtx) labels(field string, lf *labelsFile) model.SectionLabels {
	if lf == nil {
		return model.SectionLabels{}
	}
	return model.SectionLabels{Overview: lf.Overview, Basis: lf.Basis, Period: lf.Period, Target: lf.Target,
		Contents: lf.Contents, Schedule: lf.Schedule, Budget: lf.Budget, Effects: lf.Effects}
}

// checkPlans finds clashes between plans: two plans of one department in
// one year would write the same pages.
func (ld *loader) checkPlans(site *model.Site) {
	seen := map[string]string{}
	for _, p := range site.Plans {
		if p.Department.Slug == "" || p.Year == 0 {
			continue
		}
		file := ld.display(path.Join(p.Dir, PlanFile))
		if other, ok := seen[p.Slug]; ok {
			ld.l.Add(diag.New(diag.Pos{File: file, Line: 1, Col: 1}, diag.Error, "department.slug", i18n.PlanTwice, p.Slug, other).WithHint(i18n.OwnPlanSlug))
			continue
		}
		seen[p.Slug] = file
	}
}

// blockKinds lists the keys of a block, in the order messages name them.
var blockKinds = []string{"markdown", "file", "status", "item", "items", "group", "table", "kpi", "calendar", "box", "pledges", "tally"}

func (b *blockFile) kinds() []string {
	set := map[string]bool{
		"markdown": b.Markdown != nil, "file": b.File != "", "status": b.Status != "", "item": b.Item != "",
		"items": b.Items != nil, "group": b.Group != nil, "table": b.Table != nil, "kpi": b.KPI != nil,
		"calendar": b.Calendar != nil, "box": b.Box != nil, "pledges": b.Pledges != nil, "tally": b.Tally != nil,
	}
	var out []string
	for _, k := range blockKinds {
		if set[k] {
			out = append(out, k)
		}
	}
	return out
}

// oneKind checks that a block holds exactly one kind of content.
func (fc *fileCtx) oneKind(field string, b *blockFile, allowed []string) string {
	kinds := b.kinds()
	switch len(kinds) {
	case 0:
		if fc.pos.Failed(field) {
			return "" // its content was reported as it failed to decode
		}
		fc.ld.l.ErrorMsg(b.Pos, field, i18n.BlockEmpty, strings.Join(allowed, ", "))
		return ""
	case 1:
	default:
		fc.ld.l.Add(diag.New(b.Pos, diag.Error, field, i18n.BlockMany, i18n.Join(kinds, i18n.And)).WithHint(i18n.SplitBlocks))
		return ""
	}
	for _, a := range allowed {
		if a == kinds[0] {
			return kinds[0]
		}
	}
	fc.errorf(field+"."+kinds[0], i18n.BlockNotAllowed, kinds[0], strings.Join(allowed, ", "))
	return ""
}

var chapterKinds = []string{"markdown", "file", "status", "item", "items", "group", "table", "kpi", "calendar", "box", "pledges", "tally"}

// chapterBlock turns one block of a chapter into model blocks: several for
// an "items" list, none after an error.
func (fc *fileCtx) chapterBlock(st *planState, field string, b *blockFile) []model.Block {
	if b.After != "" {
		fc.errorf(field+".after", i18n.AfterInChapter)
	}
	var out []model.Block
	add := func(b model.Block, ok bool) {
		if ok {
			out = append(out, b)
		}
	}
	switch fc.oneKind(field, b, chapterKinds) {
	case "status":
		s := fc.statusBlock(st, field+".status", b.Status)
		add(s, s != nil)
	case "item":
		it := fc.itemRef(st, field+".item", b.Item)
		add(it, it != nil)
	case "items":
		for i, ref := range b.Items {
			it := fc.itemRef(st, fmt.Sprintf("%s.items[%d]", field, i+1), ref)
			add(it, it != nil)
		}
	case "group":
		g := fc.group(st, field+".group", b.Group)
		add(g, g != nil)
	case "":
	default:
		c := fc.commonBlock(field, b)
		add(c, c != nil)
	}
	return out
}
