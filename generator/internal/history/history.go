// Package history reads what changed in each published revision of each
// plan from the git history of the content folder: for the newest
// commits that touch the folder (at most Bound, on the first-parent
// line), it loads the content as each commit holds it and compares it
// with the commit before (package diff), plan by plan. Dates are the
// commits' committer dates, never the clock, so the same repository
// always gives the same Log.
//
// A revision is published when its content loads without errors; one
// that does not is skipped, and the next is compared with the last that
// did. Drafts are left out of every revision, as they are of the site.
package history

import (
	"fmt"
	"time"

	"workplan/generator/internal/diff"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/period"
)

// Bound is how many of the newest commits touching the content folder
// are read: enough for a year of publications, and a long history stays
// fast.
const Bound = 30

// MaxLines bounds the change lines listed for one plan in one revision;
// the rest are counted.
const MaxLines = 10

// Log is the history of every plan.
type Log struct {
	// Repository is true when the content folder is in a git repository;
	// without one there is no history and Entries is empty.
	Repository bool
	Bound      int     // the bound the log was read with (Bound)
	Entries    []Entry // newest revision first, then in the site's order of plans
}

// Entry is one published revision of one plan.
type Entry struct {
	Commit   string    // the commit's full hash
	Date     time.Time // its committer date, in the committer's time zone
	DateText string    // "2024. 2. 14."
	Plan     string    // the plan's slug: 2024-saemapo
	Year     int
	Title    string // 2024년도 주요업무 계획
	Dept     string // 새마포담당관
	Path     string // the plan's path under the site root: "2024/saemapo/"
	Kind     Kind
	Summary  string   // "변경 4건(수치 2건)", "새 계획 공개", "계획 공개 중단"
	Lines    []string // the changes, one line each, at most MaxLines
	More     int      // changes not listed in Lines
}

// Kind says what a revision did to a plan.
type Kind string

const (
	Published Kind = "공개" // the plan's first publication
	Changed   Kind = "변경"
	Withdrawn Kind = "공개 중단" // the plan was removed, or made a draft again
)

// revision is a commit's content, loaded.
type revision struct {
	commit string
	date   time.Time
	site   *model.Site // published plans only
}

// entries compares the revision to its predecessor old (nil: nothing
// before it) and lists what changed, plan by plan.
func entries(old *model.Site, rev revision) []Entry {
	r := diff.Compare(affected(old, rev.site))
	plans := map[string]*model.Plan{}
	for _, s := range []*model.Site{old, rev.site} { // the new plan wins
		if s != nil {
			for _, p := range s.Plans {
				plans[p.Slug] = p
			}
		}
	}
	var out []Entry
	for _, info := range r.Plans {
		p := plans[info.Slug]
		e := Entry{
			Commit: rev.commit, Date: rev.date, DateText: dateText(rev.date),
			Plan: p.Slug, Year: p.Year, Title: p.Title, Dept: p.Department.Name, Path: p.Path,
		}
		changes := r.ByPlan(info.Slug)
		switch {
		case len(changes) == 1 && changes[0].Where[0] == "계획" && changes[0].Kind == diff.Added:
			e.Kind, e.Summary = Published, "새 계획 공개"
		case len(changes) == 1 && changes[0].Where[0] == "계획" && changes[0].Kind == diff.Removed:
			e.Kind, e.Summary = Withdrawn, "계획 공개 중단"
		default:
			e.Kind, e.Summary = Changed, summary(changes)
			for i, c := range changes {
				if i == MaxLines {
					e.More = len(changes) - MaxLines
					break
				}
				e.Lines = append(e.Lines, Line(c))
			}
		}
		out = append(out, e)
	}
	return out
}

// summary counts a plan's changes as the diff's summary does: "변경 4건(수치 2건)".
func summary(cs []diff.Change) string {
	figures := 0
	for _, c := range cs {
		if c.Figure() {
			figures++
		}
	}
	if figures == 0 {
		return fmt.Sprintf("변경 %d건", len(cs))
	}
	return fmt.Sprintf("변경 %d건(수치 %d건)", len(cs), figures)
}

// Line is a change in one line of plain text, for a reader rather than a
// reviewer: where, and what the value became. Text changed word by word
// is only named; the 신구대조표 (workplan diff) shows it.
//
//  3. 구민 소통 활성화 › 소요예산: 16,366천원 → 17,000천원 (+634천원, +3.9%)
//  6. 마을 소통방 운영: 추가
func Line(c diff.Change) string {
	label := c.Label()
	last := c.Where[len(c.Where)-1]
	switch {
	case c.Kind == diff.Added && c.New == last:
		return label + ": 추가"
	case c.Kind == diff.Added:
		return label + ": " + c.New + " (추가)"
	case c.Kind == diff.Removed && c.Old == last:
		return label + ": 삭제"
	case c.Kind == diff.Removed:
		return label + ": " + c.Old + " (삭제)"
	case c.Kind == diff.Renamed:
		return label + " 번호: " + c.Old + " → " + c.New
	case c.Figure():
		return label + ": " + c.Old + " → " + c.New + " (" + c.Delta + ")"
	}
	return label + ": 내용 변경"
}

// dateText is a date the official way: "2024. 2. 14.".
func dateText(t time.Time) string {
	return period.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}.String()
}

// affected narrows two versions of the site to what can differ between
// them: when site.yaml is the same, only the departments one of whose
// plans was added, removed or changed (a plan's document depends on the
// settings and its department's plans of other years, nothing else).
// Comparing a long history then builds the few plans a commit touched,
// not every plan twice.
func affected(old, new *model.Site) (*model.Site, *model.Site) {
	if old == nil || new == nil || old.Hashes[load.SiteFile] != new.Hashes[load.SiteFile] {
		return old, new
	}
	oldPlans := map[string]*model.Plan{}
	for _, p := range old.Plans {
		oldPlans[p.Slug] = p
	}
	depts := map[string]bool{}
	seen := map[string]bool{}
	for _, p := range new.Plans {
		seen[p.Slug] = true
		if o := oldPlans[p.Slug]; o == nil || !samePlanFiles(o, p) {
			depts[p.Department.Slug] = true
			if o != nil {
				depts[o.Department.Slug] = true
			}
		}
	}
	for _, p := range old.Plans {
		if !seen[p.Slug] {
			depts[p.Department.Slug] = true
		}
	}
	return only(old, depts), only(new, depts)
}

// samePlanFiles reports whether two versions of a plan were read from the
// same files with the same bytes.
func samePlanFiles(a, b *model.Plan) bool {
	if len(a.Files) != len(b.Files) || a.Dir != b.Dir {
		return false
	}
	for i, f := range a.Files {
		if b.Files[i] != f || a.Hashes[f] != b.Hashes[f] || a.Hashes[f] == "" {
			return false
		}
	}
	return true
}

// only is s with the plans of the departments depts.
func only(s *model.Site, depts map[string]bool) *model.Site {
	out := *s
	out.Plans = nil
	for _, p := range s.Plans {
		if depts[p.Department.Slug] {
			out.Plans = append(out.Plans, p)
		}
	}
	return &out
}
