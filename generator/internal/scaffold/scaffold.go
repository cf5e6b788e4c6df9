// Package scaffold starts next year's plan from this year's: it copies the
// plan folder, moves the plan year and its dates forward, keeps every
// figure for editing and lists what the editor must update.
package scaffold

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Result says what was written and what the editor must check.
type Result struct {
	Dir       string   // the new plan folder
	Files     []string // files written, relative to Dir
	Moved     int      // dates and year mentions moved forward
	Checklist []string // what to update by hand
}

// NextYear copies the plan folder from into to, replacing the plan year
// fromYear with toYear in dates ("2024. 2." → "2025. 2.", "'24." → "'25.",
// "2024년" → "2025년", year: 2024 → 2025). Earlier years stay as they are:
// they are history. It refuses to overwrite an existing folder.
func NextYear(from, to string, fromYear, toYear int) (*Result, error) {
	if _, err := os.Stat(to); err == nil {
		return nil, fmt.Errorf("%s already exists; choose another folder or remove it", to)
	}
	info, err := os.Stat(filepath.Join(from, "plan.yaml"))
	if err != nil || info.IsDir() {
		return nil, fmt.Errorf("%s holds no plan.yaml", from)
	}
	r := &Result{Dir: to}
	repl := replacer(fromYear, toYear)
	err = filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if ext := filepath.Ext(p); ext == ".yaml" || ext == ".md" {
			var n int
			data, n = repl(data)
			r.Moved += n
		}
		if filepath.ToSlash(rel) == "plan.yaml" {
			data = markDraft(data)
		}
		r.Files = append(r.Files, filepath.ToSlash(rel))
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		os.RemoveAll(to)
		return nil, err
	}
	sort.Strings(r.Files)
	r.Checklist = checklist(fromYear, toYear)
	return r, nil
}

// replacer returns a function that moves mentions of fromYear forward.
func replacer(fromYear, toYear int) func([]byte) ([]byte, int) {
	fy, ty := strconv.Itoa(fromYear), strconv.Itoa(toYear)
	shortTo := fmt.Sprintf("'%02d", toYear%100)
	patterns := []struct {
		re   *regexp.Regexp
		with string
	}{
		{regexp.MustCompile(`(^|[^0-9])` + fy + `(\s*[.년])`), "${1}" + ty + "${2}"},
		{regexp.MustCompile(`(?m)^(year:\s*)` + fy + `\s*$`), "${1}" + ty},
	}
	shortRe := regexp.MustCompile(fmt.Sprintf(`['’]%02d(\.)`, fromYear%100))
	return func(b []byte) ([]byte, int) {
		n := 0
		s := string(b)
		for _, p := range patterns {
			n += len(p.re.FindAllStringIndex(s, -1))
			s = p.re.ReplaceAllString(s, p.with)
		}
		n += len(shortRe.FindAllStringIndex(s, -1))
		s = shortRe.ReplaceAllString(s, shortTo+"$1")
		return []byte(s), n
	}
}

func checklist(fromYear, toYear int) []string {
	return []string{
		fmt.Sprintf("plan.yaml: occasion (보고 회기) is still that of the %d plan; date was moved to %d, check the month", fromYear, toYear),
		fmt.Sprintf("plan.yaml: title and chapter titles now say %d; check the wording", toYear),
		"status.yaml: headcount by grade, budget by account, committees and local laws are last year's figures",
		fmt.Sprintf("status.yaml: to show 증감, move this year's amounts to previous: and set previous_label: %d년", fromYear),
		"each item: budget totals, breakdown and funding sources are last year's",
		fmt.Sprintf("each item: schedule periods were moved to %d; drop finished work and add new lines", toYear),
		"each item: purpose, overview and expected effects still describe last year",
		"remove items that ended and add new ones to plan.yaml",
		"plan.yaml: draft: true keeps the plan off the published site, the council books and the open data; remove the line to publish",
		"run: workplan check",
	}
}

// YearOf reads the year: line of a plan.yaml.
func YearOf(planDir string) (int, error) {
	data, err := os.ReadFile(filepath.Join(planDir, "plan.yaml"))
	if err != nil {
		return 0, fmt.Errorf("%s holds no plan.yaml", planDir)
	}
	m := regexp.MustCompile(`(?m)^year:\s*(\d{4})\s*$`).FindSubmatch(data)
	if m == nil {
		return 0, fmt.Errorf("%s/plan.yaml has no year: line", planDir)
	}
	y, _ := strconv.Atoi(string(m[1]))
	return y, nil
}

// SiblingFor returns the folder for the same department in another year:
// content/2024/saemapo → content/2025/saemapo when the parent folder is
// named after the year; otherwise a folder beside from named with the year.
func SiblingFor(from string, fromYear, toYear int) string {
	from = filepath.Clean(from)
	parent, name := filepath.Split(from)
	parent = filepath.Clean(parent)
	if filepath.Base(parent) == strconv.Itoa(fromYear) {
		return filepath.Join(filepath.Dir(parent), strconv.Itoa(toYear), name)
	}
	return filepath.Join(filepath.Dir(from), strings.TrimSuffix(name, strconv.Itoa(fromYear))+strconv.Itoa(toYear))
}

// markDraft makes the new plan a draft (kept off the published site, the
// council books and the open data) unless it says draft: already.
func markDraft(plan []byte) []byte {
	if draftLine.Match(plan) {
		return plan
	}
	return yearLine.ReplaceAll(plan, []byte("${1}draft: true  # 초안: 게시하려면 이 줄을 지우세요\n"))
}

var (
	draftLine = regexp.MustCompile(`(?m)^draft:`)
	yearLine  = regexp.MustCompile(`(?m)^(year:.*\n)`)
)
