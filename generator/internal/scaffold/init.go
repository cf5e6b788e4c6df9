package scaffold

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// district is the starting content repository Init writes. In its files
// {{.District}} and {{.Year}} are replaced (plain text, so that the CI
// workflow's own ${{ … }} stay as they are); a folder YEAR is the plan year.
//
//go:embed all:district
var district embed.FS

// InitOptions fill in the starting repository.
type InitOptions struct {
	District string // the 구's name; "○○구" when empty, to be filled in
	Year     int    // the first plan's year
}

// InitResult says what Init wrote.
type InitResult struct {
	Dir   string   // the new repository
	Plan  string   // the first plan's folder, relative to Dir
	Files []string // files written, relative to Dir, slash-separated, sorted
}

// Init starts a district's content repository in dir, which must be empty
// or not exist: site settings, .gitattributes, a CI workflow that runs
// check, diff and build, a README, and a first plan (plan, 일반현황, one
// item) that passes workplan check and says in comments and ( ) what to
// fill in. It never writes into a folder that holds anything.
func Init(dir string, opt InitOptions) (*InitResult, error) {
	if opt.District == "" {
		opt.District = "○○구"
	}
	if opt.Year < 1000 || opt.Year > 9999 {
		return nil, fmt.Errorf("year %d: expected a four-digit year", opt.Year)
	}
	if strings.ContainsAny(opt.District, "\n\r:#\"'{}[]") {
		return nil, fmt.Errorf("district %q: write the name only, e.g. 마포구", opt.District)
	}
	entries, err := os.ReadDir(dir)
	switch {
	case err == nil && len(entries) > 0:
		names := make([]string, 0, 3)
		for _, e := range entries[:min(len(entries), 3)] {
			names = append(names, e.Name())
		}
		return nil, fmt.Errorf("%s is not empty (it holds %s); init starts a repository in a new or empty folder", dir, strings.Join(names, ", "))
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	created := err != nil
	year := strconv.Itoa(opt.Year)
	r := &InitResult{Dir: dir, Plan: path.Join("content", year, "dept")}
	fill := strings.NewReplacer("{{.District}}", opt.District, "{{.Year}}", year)
	err = fs.WalkDir(district, "district", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := district.ReadFile(p)
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(p, "district/")
		rel = strings.ReplaceAll(rel, "/YEAR/", "/"+year+"/")
		dst := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		r.Files = append(r.Files, rel)
		return os.WriteFile(dst, []byte(fill.Replace(string(src))), 0o644)
	})
	if err != nil {
		if created {
			os.RemoveAll(dir)
		}
		return nil, err
	}
	sort.Strings(r.Files)
	return r, nil
}
