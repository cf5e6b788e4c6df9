// Package load reads a content tree (site.yaml, and a plan.yaml with its
// status, item and Markdown files in each plan folder), checks it strictly
// and builds the computed model. Every problem found is reported with its
// file:line:col; loading goes on past problems so one run shows them all.
package load

import (
	"crypto/sha256"
	"encoding/hex"
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
	"workplan/generator/internal/i18n"
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
	ld := &loader{fsys: fsys, root: root, l: &diag.List{}, texts: map[string][]byte{}}
	site := ld.site()
	ld.org = &site.Organisation
	for _, p := range ld.plans(ld.planDirs()) {
		site.Plans = append(site.Plans, p)
	}
	ld.checkPlans(site)
	ld.missingPlans(site)
	ld.quoteSources()
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
				sub := &loader{fsys: ld.fsys, root: ld.root, l: &diag.List{}, texts: map[string][]byte{}, org: ld.org}
				p := sub.plan(dirs[i])
				sub.quoteSources()
				results[i] = result{p, sub.l}
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
		l.ErrorMsg(diag.Pos{File: dir}, "", i18n.ContentUnopenable, errors.Unwrap(err))
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
	files map[string]string // files read for the plan being loaded, with their SHA-256; nil outside a plan
	texts map[string][]byte // every file read, by display name, to quote in findings
	// org is site.yaml's organisation chart, which plans are linked to;
	// siteCtx is site.yaml as decoded and orgFields the field of each
	// of the chart's departments in it, in order, for findings.
	org       *model.OrgChart
	siteCtx   *fileCtx
	orgFields []string
}

// display is how a content-relative path is shown in messages.
func (ld *loader) display(rel string) string {
	if ld.root == "" || ld.root == "." {
		return rel
	}
	return strings.TrimSuffix(ld.root, "/") + "/" + rel
}

// read returns a file's bytes, or nil after recording why it cannot.
// Only regular files are read: a named pipe, device or socket is refused
// by its type, without opening it (opening a pipe would wait forever).
func (ld *loader) read(rel string, from diag.Pos, field string) []byte {
	if !fs.ValidPath(rel) {
		ld.l.ErrorMsg(from, field, i18n.PathOutside, rel)
		return nil
	}
	info, err := fs.Stat(ld.fsys, rel)
	switch {
	case escapes(err):
		ld.l.Add(diag.New(from, diag.Error, field, i18n.LinkOutside, ld.display(rel)).WithHint(i18n.CopyIntoContent))
		return nil
	case errors.Is(err, fs.ErrNotExist):
		f := diag.New(from, diag.Error, field, i18n.FileMissing, ld.display(rel))
		if s := ld.otherNormalization(rel); s != "" {
			f = f.WithHint(i18n.OtherNormalization, s)
		} else if s := ld.nearbyFile(rel); s != "" {
			f = f.WithHint(i18n.DidYouMeanFile, s)
		}
		ld.l.Add(f)
		return nil
	case err != nil:
		ld.l.ErrorMsg(from, field, i18n.FileUnreadable, ld.display(rel), errors.Unwrap(err))
		return nil
	case info.IsDir():
		ld.l.ErrorMsg(from, field, i18n.FileIsFolder, ld.display(rel))
		return nil
	case !info.Mode().IsRegular():
		ld.l.Add(diag.New(from, diag.Error, field, i18n.FileNotRegular, ld.display(rel), fileKind(info.Mode())).WithHint(i18n.ReplaceWithFile))
		return nil
	case info.Size() > yamlstrict.MaxFileSize:
		ld.l.ErrorMsg(diag.Pos{File: ld.display(rel), Line: 1, Col: 1}, "", i18n.FileTooLarge, info.Size(), yamlstrict.MaxFileSize)
		return nil
	}
	data, err := fs.ReadFile(ld.fsys, rel)
	if err != nil {
		ld.l.ErrorMsg(from, field, i18n.FileUnreadable, ld.display(rel), err)
		return nil
	}
	if !ld.legacyKorean(rel, data) {
		return nil
	}
	if ld.files != nil {
		sum := sha256.Sum256(data)
		ld.files[rel] = hex.EncodeToString(sum[:])
	}
	ld.texts[ld.display(rel)] = data
	return data
}

// fileKind names a file type that is not a regular file.
func fileKind(m fs.FileMode) i18n.Key {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return i18n.KindPipe
	case m&fs.ModeSocket != 0:
		return i18n.KindSocket
	case m&fs.ModeCharDevice != 0:
		return i18n.KindCharDevice
	case m&fs.ModeDevice != 0:
		return i18n.KindDevice
	}
	return i18n.KindSpecial
}

// otherNormalization finds a file in rel's folder whose name differs from
// rel's only in Unicode normalization (Hangul composed or decomposed).
func (ld *loader) otherNormalization(rel string) string {
	dir, base := path.Dir(rel), path.Base(rel)
	want := composeHangul(base)
	entries, err := fs.ReadDir(ld.fsys, dir)
	if err != nil {
		return ""
	}
	for _, e := range entries {
		if e.Name() != base && composeHangul(e.Name()) == want {
			form := "composed (NFC)"
			if e.Name() != composeHangul(e.Name()) {
				form = "decomposed (NFD)"
			}
			return ld.display(path.Join(dir, e.Name())) + ", " + form
		}
	}
	return ""
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
		ld.l.ErrorMsg(diag.Pos{File: name, Line: node.Line, Col: node.Column}, "", i18n.TopNotMapping)
		return nil, false
	}
	pos := yamlstrict.Decode(name, node, v, ld.l)
	return &fileCtx{ld: ld, file: name, rel: rel, pos: pos}, true
}

// planDirs lists the folders holding a plan.yaml, in path order. Folders
// whose names start with "." or "_" are skipped.
func (ld *loader) planDirs() []string {
	var dirs []string
	_ = fs.WalkDir(ld.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p != "." {
				ld.l.ErrorMsg(diag.Pos{File: ld.display(p)}, "", i18n.FolderUnreadable, errors.Unwrap(err))
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
		ld.l.ErrorMsg(diag.Pos{File: ld.display(".")}, "", i18n.NoPlans, PlanFile)
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
		fc.errorf(field, i18n.PathOutside, rel)
		return
	}
	info, err := fs.Stat(fc.ld.fsys, rel)
	switch {
	case err != nil:
		fc.errorf(field, i18n.FontMissing, fc.ld.display(rel))
	case info.IsDir():
		fc.errorf(field, i18n.FontIsFolder, fc.ld.display(rel))
	case !info.Mode().IsRegular():
		fc.errorf(field, i18n.FontNotRegular, fc.ld.display(rel), fileKind(info.Mode()))
	case !strings.HasSuffix(strings.ToLower(rel), ".ttf"):
		fc.hintf(field, i18n.M(i18n.ConvertTTF), i18n.FontNotTTF, rel)
	}
}
