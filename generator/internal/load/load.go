// Package load reads a content tree (site.yaml, and a plan.yaml with its
// status, item and Markdown files in each plan folder), checks it strictly
// and builds the computed model. Every problem found is reported with its
// file:line:col; loading goes on past problems so one run shows them all.
package load

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/markdown"
	"workplan/generator/internal/model"
	"workplan/generator/internal/yamlstrict"
)

// SiteFile and PlanFile are the names the loader looks for.
const (
	SiteFile = "site.yaml"
	PlanFile = "plan.yaml"
)

// Load reads the content tree in fsys. root is how the tree is named in
// messages (e.g. "content"). It returns the model, which is nil when any
// error was found, and every finding, errors and warnings alike.
func Load(fsys fs.FS, root string) (*model.Site, *diag.List) {
	ld := &loader{fsys: fsys, root: root, l: &diag.List{}}
	site := ld.site()
	for _, p := range ld.plans(ld.planDirs()) {
		site.Plans = append(site.Plans, p)
	}
	ld.checkPlans(site)
	sort.SliceStable(site.Plans, func(i, j int) bool {
		a, b := site.Plans[i], site.Plans[j]
		if a.Year != b.Year {
			return a.Year > b.Year
		}
		if a.Department.Slug != b.Department.Slug {
			return a.Department.Slug < b.Department.Slug
		}
		return a.Dir < b.Dir
	})
	if ld.l.HasErrors() {
		return nil, ld.l
	}
	return site, ld.l
}

// plans loads the plan folders on one worker per CPU; each plan has its own
// loader and findings, merged in folder order so output never depends on
// timing.
func (ld *loader) plans(dirs []string) []*model.Plan {
	type result struct {
		plan *model.Plan
		l    *diag.List
	}
	results := make([]result, len(dirs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.NumCPU(), len(dirs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				sub := &loader{fsys: ld.fsys, root: ld.root, l: &diag.List{}}
				results[i] = result{sub.plan(dirs[i]), sub.l}
			}
		}()
	}
	for i := range dirs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var out []*model.Plan
	for _, r := range results {
		ld.l.Merge(r.l)
		if r.plan != nil {
			out = append(out, r.plan)
		}
	}
	return out
}

// Dir loads the content folder dir. Files are read through an os.Root, so
// a symbolic link that points out of the folder cannot pull in other files.
func Dir(dir string) (*model.Site, *diag.List) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		l := &diag.List{}
		l.Errorf(diag.Pos{File: dir}, "", "cannot open the content folder: %v", errors.Unwrap(err))
		return nil, l
	}
	defer root.Close()
	return Load(root.FS(), dir)
}

// escapes reports the error an os.Root gives for a path that leaves it.
func escapes(err error) bool {
	return err != nil && strings.Contains(err.Error(), "path escapes from parent")
}

type loader struct {
	fsys  fs.FS
	root  string
	l     *diag.List
	files map[string]bool // files read for the plan being loaded; nil outside a plan
}

// display is how a content-relative path is shown in messages.
func (ld *loader) display(rel string) string {
	if ld.root == "" || ld.root == "." {
		return rel
	}
	return strings.TrimSuffix(ld.root, "/") + "/" + rel
}

// read returns a file's bytes, or nil after recording why it cannot.
func (ld *loader) read(rel string, from diag.Pos, field string) []byte {
	if !fs.ValidPath(rel) {
		ld.l.Errorf(from, field, "path %q must stay inside the content folder (no leading /, no ..)", rel)
		return nil
	}
	info, err := fs.Stat(ld.fsys, rel)
	switch {
	case escapes(err):
		ld.l.Add(diag.Finding{Pos: from, Severity: diag.Error, Field: field,
			Message: ld.display(rel) + " is a link that points outside the content folder", Hint: "copy the file into the content folder"})
		return nil
	case errors.Is(err, fs.ErrNotExist):
		f := diag.Finding{Pos: from, Severity: diag.Error, Field: field, Message: "file " + ld.display(rel) + " does not exist"}
		if s := ld.nearbyFile(rel); s != "" {
			f.Hint = "did you mean " + s + "?"
		}
		ld.l.Add(f)
		return nil
	case err != nil:
		ld.l.Errorf(from, field, "cannot read %s: %v", ld.display(rel), errors.Unwrap(err))
		return nil
	case info.IsDir():
		ld.l.Errorf(from, field, "%s is a folder; expected a file", ld.display(rel))
		return nil
	case info.Size() > yamlstrict.MaxFileSize:
		ld.l.Errorf(diag.Pos{File: ld.display(rel), Line: 1, Col: 1}, "", "file is %d bytes; the limit is %d bytes", info.Size(), yamlstrict.MaxFileSize)
		return nil
	}
	data, err := fs.ReadFile(ld.fsys, rel)
	if err != nil {
		ld.l.Errorf(from, field, "cannot read %s: %v", ld.display(rel), err)
		return nil
	}
	if ld.files != nil {
		ld.files[rel] = true
	}
	return data
}

// nearbyFile suggests a file in the same folder whose name is close to rel's.
func (ld *loader) nearbyFile(rel string) string {
	entries, err := fs.ReadDir(ld.fsys, path.Dir(rel))
	if err != nil {
		return ""
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if s := yamlstrict.Suggest(path.Base(rel), names); s != "" {
		return ld.display(path.Join(path.Dir(rel), s))
	}
	return ""
}

// yamlFile reads, parses and strictly decodes a YAML file into v.
func (ld *loader) yamlFile(rel string, from diag.Pos, field string, v any) (*fileCtx, bool) {
	data := ld.read(rel, from, field)
	if data == nil {
		return nil, false
	}
	name := ld.display(rel)
	node := yamlstrict.Parse(name, data, ld.l)
	if node == nil {
		return nil, false
	}
	if node.Kind != yaml.MappingNode {
		ld.l.Errorf(diag.Pos{File: name, Line: node.Line, Col: node.Column}, "", "expected a mapping (key: value lines) at the top of the file")
		return nil, false
	}
	pos := yamlstrict.Decode(name, node, v, ld.l)
	return &fileCtx{ld: ld, file: name, rel: rel, pos: pos}, true
}

func (ld *loader) site() *model.Site {
	var sf siteFile
	site := &model.Site{}
	fc, ok := ld.yamlFile(SiteFile, diag.Pos{File: ld.display(SiteFile)}, "", &sf)
	if !ok {
		return site
	}
	site.District, site.Title, site.TrustedHTML = sf.District, sf.Title, sf.TrustedHTML
	site.BaseURL = sf.BaseURL
	if site.BaseURL != "" && !strings.HasSuffix(site.BaseURL, "/") {
		site.BaseURL += "/"
	}
	if sf.BaseURL != "" && !strings.HasPrefix(sf.BaseURL, "https://") && !strings.HasPrefix(sf.BaseURL, "http://") {
		fc.errorf("base_url", "expected an absolute address starting with https:// or http://, got %q", sf.BaseURL)
	}
	if sf.Fonts != nil {
		site.Fonts = model.Fonts{Regular: sf.Fonts.Regular, Bold: sf.Fonts.Bold, Fallback: sf.Fonts.Fallback}
		fc.fontFile("fonts.regular", sf.Fonts.Regular)
		fc.fontFile("fonts.bold", sf.Fonts.Bold)
		fc.fontFile("fonts.fallback", sf.Fonts.Fallback)
	}
	return site
}

// planDirs lists the folders holding a plan.yaml, in path order. Folders
// whose names start with "." or "_" are skipped.
func (ld *loader) planDirs() []string {
	var dirs []string
	_ = fs.WalkDir(ld.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p != "." {
				ld.l.Errorf(diag.Pos{File: ld.display(p)}, "", "cannot read folder: %v", errors.Unwrap(err))
			}
			return nil
		}
		if d.IsDir() && p != "." && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
			return fs.SkipDir
		}
		if !d.IsDir() && d.Name() == PlanFile {
			dirs = append(dirs, path.Dir(p))
		}
		return nil
	})
	if len(dirs) == 0 {
		ld.l.Errorf(diag.Pos{File: ld.display(".")}, "", "no plans found: expected folders such as 2024/saemapo/ holding a %s", PlanFile)
	}
	sort.Strings(dirs)
	return dirs
}

// prose parses Markdown held in a YAML field or file.
func prose(src string) *model.Prose {
	b := []byte(src)
	return &model.Prose{Source: b, Doc: markdown.Parse(b)}
}

// fontFile checks that a configured font is a TrueType file in the tree.
func (fc *fileCtx) fontFile(field, rel string) {
	if rel == "" {
		return
	}
	if !fs.ValidPath(rel) {
		fc.errorf(field, "path %q must stay inside the content folder (no leading /, no ..)", rel)
		return
	}
	info, err := fs.Stat(fc.ld.fsys, rel)
	switch {
	case err != nil:
		fc.errorf(field, "font file %s does not exist", fc.ld.display(rel))
	case info.IsDir():
		fc.errorf(field, "%s is a folder; expected a .ttf file", fc.ld.display(rel))
	case !strings.HasSuffix(strings.ToLower(rel), ".ttf"):
		fc.hintf(field, "convert it to TrueType (.ttf)", "font %s is not a .ttf file; PDFs need TrueType outlines", rel)
	}
}
