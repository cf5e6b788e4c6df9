// Package build runs a whole build: check the content, render every plan
// (its PDF, open data files, page and chart script) on one worker per CPU,
// write the index, 404 page, sitemap and assets, and swap the result into
// the output folder only when all of it succeeded.
//
// Every build leaves a manifest in the output folder
// (.workplan-manifest.json, beside site/ and pdf/) with a key per plan: a
// hash of everything the plan's outputs depend on, and a hash of every file
// written. An incremental build renders only the plans whose key changed
// and copies the others' files from the previous output, after checking
// they are unchanged; the result is byte-identical to a full build.
package build

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/document"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/history"
	"workplan/generator/internal/hwpx"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/opendata"
	"workplan/generator/internal/pdf"
	"workplan/generator/internal/raster"
	"workplan/generator/internal/site"
	"workplan/generator/internal/stage"
)

// Options say what to build and where.
type Options struct {
	Content   string // content folder
	Out       string // output folder
	Assets    fs.FS  // third-party site files (package assets); the embedded ones when nil
	Workers   int    // plans rendered at once; one per CPU when 0
	Templates fs.FS  // site templates to use instead of the embedded ones (preview)
	BaseURL   string // replaces site.yaml's base_url for this build (-base-url; checked by the caller, ends in /); "" keeps it
	// Incremental renders only the plans whose inputs changed since the
	// build recorded in Out's manifest, and copies the other plans' files
	// from Out. The output is the same as a full build's.
	Incremental bool
	// Progress, when set (a terminal), gets a single updating line of
	// progress once the build has taken longer than a second; the line
	// is cleared at the end.
	Progress io.Writer
	// SourceDate is SOURCE_DATE_EPOCH, parsed once by the caller
	// (generator.SourceDate): the date stamped into the PDFs and the open
	// data's 등록일. Zero when unset; the plan's own date is used then.
	SourceDate time.Time
	// Drafts builds draft plans too (serve's preview). A published build
	// leaves them out of the site; council books and open data never
	// hold them.
	Drafts bool
}

// Result is what a build did.
type Result struct {
	Check load.Report
	Plans int
	PDFs  []string // PDF paths, relative to Out, in plan order
	Warns []diag.Finding
	// RenderedPDFs lists the plans (by slug) whose PDF and open data this
	// build rendered, RenderedPages those whose page and chart script it
	// rendered. In a full build that is every plan; in an incremental one
	// the others' files were copied from the previous output.
	RenderedPDFs, RenderedPages []string
	// Books are the council books' paths, relative to Out (and, after
	// "site/", to the site's root): pdf/book/<year>/<slug>.pdf.
	Books []string
	// RenderedBooks are the books this build rendered; an incremental
	// build copies the others, whose plans did not change.
	RenderedBooks []string
	// DistrictData are the district-wide open data files, under site/.
	DistrictData []DataFile
}

// ErrContent means the content has errors; they are in Result.Check.
var ErrContent = errors.New("content has errors")

// Run builds. On any error the output folder is left as it was.
func Run(opt Options) (*Result, error) {
	defer tuneGC()()
	prog := newProgress(opt.Progress)
	defer prog.stop()
	prog.set("checking", 0, 0)
	// While the content loads on one core, the other hashes this program
	// (for the manifest) and parses the built-in faces (used unless
	// site.yaml names others); both are done once per process.
	go func() {
		toolSalt()
		fonts.Default()
	}()
	// The manifest's keys come from the hashes of the bytes the loader
	// and the fonts were read from, so a file edited during the build
	// gives its plan a key the next incremental build will not match.
	check, faces := Check(opt.Content)
	r := &Result{Check: check}
	if r.Check.Errors > 0 {
		return r, ErrContent
	}
	s := r.Check.Site
	if !opt.Drafts {
		s = s.Published()
	}
	if opt.BaseURL != "" {
		s.BaseURL = opt.BaseURL
	}
	r.Plans = len(s.Plans)
	keys, err := planKeys(s, opt, faces)
	if err != nil {
		return r, err
	}
	rend, err := site.New(s, site.Options{Assets: opt.Assets, PDF: true, HWPX: true, Templates: opt.Templates})
	if err != nil {
		return r, err
	}
	stage, err := stage.Begin(opt.Out)
	if err != nil {
		return r, err
	}
	var prev *manifest
	if opt.Incremental {
		prev = readManifest(opt.Out)
	}
	b := &builder{opt: opt, site: s, faces: faces, rend: rend, keys: keys, prev: prev, dir: stage.Dir, prog: prog}
	if err := b.hwpxFaces(); err != nil {
		stage.Abort()
		return r, err
	}
	if err := b.write(r); err != nil {
		stage.Abort()
		return r, err
	}
	if err := stage.Commit(); err != nil {
		return r, fmt.Errorf("cannot move the build into %s: %w", opt.Out, err)
	}
	return r, nil
}

// builder renders one build into the staging folder dir.
type builder struct {
	opt   Options
	site  *model.Site
	faces *fonts.Set
	rend  *site.Renderer
	keys  []keys    // by plan
	prev  *manifest // the previous build's, when incremental and readable
	dir   string    // staging folder
	prog  *progress
	// The HWPX's chart pictures are drawn with the PDF's faces, and its
	// font names come from the regular one.
	chartFaces *raster.Faces
	hwpxFonts  hwpx.Fonts
}

// hwpxFaces prepares the faces the HWPX files draw and name, once.
func (b *builder) hwpxFaces() error {
	regular := b.faces.Face(fonts.Regular).Data()
	cf, err := raster.NewFaces(regular, b.faces.Face(fonts.Bold).Data(), b.faces.Face(fonts.Fallback).Data())
	if err != nil {
		return err
	}
	hf, err := hwpx.SiteFonts(regular)
	if err != nil {
		return err
	}
	b.chartFaces, b.hwpxFonts = cf, hf
	return nil
}

// planOut is what rendering (or reusing) one plan gave.
type planOut struct {
	rec         manifestPlan
	renderedPDF bool
	renderedPg  bool
	err         error
}

// write renders everything into b.dir: pdf/, site/ (with site/pdf/, each
// plan's data/ files and chart scripts) and the manifest.
func (b *builder) write(r *Result) error {
	s := b.site
	n := len(s.Plans)
	outs := make([]planOut, n)
	workers := b.opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	b.prog.set("plans", 0, n)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, max(n, 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				outs[i] = b.safePlan(i)
				b.prog.add(1)
			}
		}()
	}
	for i := range s.Plans {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	next := &manifest{Version: manifestVersion, Plans: map[string]manifestPlan{}}
	data := map[string][]site.DataFile{}
	for i, p := range s.Plans {
		o := outs[i]
		if o.err != nil {
			return o.err
		}
		r.PDFs = append(r.PDFs, "pdf/"+p.Slug+".pdf")
		r.Warns = append(r.Warns, o.rec.Warnings...)
		if o.renderedPDF {
			r.RenderedPDFs = append(r.RenderedPDFs, p.Slug)
		}
		if o.renderedPg {
			r.RenderedPages = append(r.RenderedPages, p.Slug)
		}
		data[p.Slug] = o.rec.Data
		next.Plans[p.Slug] = o.rec
	}
	if err := b.books(next, r); err != nil {
		return err
	}
	if err := b.districtData(r); err != nil {
		return err
	}
	b.prog.set("site", 0, 0)
	siteDir := filepath.Join(b.dir, "site")
	if err := b.rend.Shared(siteDir, data); err != nil {
		return err
	}
	if err := b.rend.Pledges(siteDir); err != nil {
		return err
	}
	if err := b.history(siteDir, r); err != nil {
		return err
	}
	return next.write(b.dir)
}

// history writes the 변경 이력 page and feed from the content's git
// history. The preview (drafts shown) does not read git on every save: its
// page says there is no history. When the history cannot be read (the
// content is in another repository than the working folder), the build
// warns and the page says there is none.
func (b *builder) history(siteDir string, r *Result) error {
	h := &history.Log{Bound: history.Bound}
	if !b.opt.Drafts {
		read, err := history.Read(b.opt.Content)
		if err != nil {
			r.Warns = append(r.Warns, diag.Finding{Pos: diag.Pos{File: b.opt.Content}, Severity: diag.Warning,
				Message: err.Error() + "; the 변경 이력 page lists no revision", Hint: "build from inside the content's repository"})
		} else {
			h = read
		}
	}
	return b.rend.History(siteDir, h)
}

// safePlan is plan, with a panic inside a dependency (gopdf, a template)
// turned into the plan's error: the build fails with a message instead of
// taking the process, and the preview server, down.
func (b *builder) safePlan(i int) (o planOut) {
	defer func() {
		if r := recover(); r != nil {
			name := fmt.Sprintf("plan %d", i+1)
			if b.site != nil && i < len(b.site.Plans) {
				name = b.site.Plans[i].Slug
			}
			o = planOut{err: fmt.Errorf("%s: rendering failed inside a library (%v); if site.yaml names fonts, check those files", name, r)}
		}
	}()
	return b.plan(i)
}

// plan renders plan i's files into the staging folder, or copies them from
// the previous output when their key is unchanged.
func (b *builder) plan(i int) planOut {
	p := b.site.Plans[i]
	k := b.keys[i]
	o := planOut{rec: manifestPlan{Key: k.pdf, PageKey: k.page}}
	var old *manifestPlan
	if b.prev != nil {
		if m, ok := b.prev.Plans[p.Slug]; ok {
			old = &m
		}
	}
	if old != nil && k.pdf != "" && old.Key == k.pdf && b.reuse(old.Files) {
		o.rec.Files, o.rec.Data, o.rec.Warnings = old.Files, old.Data, old.Warnings
	} else {
		o.renderedPDF = true
		if o.err = b.renderPDF(p, &o.rec); o.err != nil {
			return o
		}
	}
	if old != nil && k.page != "" && old.PageKey == k.page && sameData(old.Data, o.rec.Data) && b.reuse(old.Pages) {
		o.rec.Pages = old.Pages
	} else {
		o.renderedPg = true
		files, err := b.rend.PlanFiles(p, o.rec.Data)
		if err != nil {
			o.err = err
			return o
		}
		for _, f := range files {
			rel := path.Join("site", f.Path)
			if o.err = b.writeFile(rel, f.Data); o.err != nil {
				return o
			}
			o.rec.Pages = append(o.rec.Pages, outFile{Path: rel, SHA256: sum(f.Data)})
		}
	}
	return o
}

// renderPDF typesets the plan and writes its PDF (twice: pdf/ and
// site/pdf/) and its open data files.
func (b *builder) renderPDF(p *model.Plan, rec *manifestPlan) error {
	doc, err := document.Build(b.site, p)
	if err != nil {
		return fmt.Errorf("%s: %w", p.Slug, err)
	}
	data, warns, err := pdf.Render(p, b.site, b.faces, pdf.Options{Created: b.opt.SourceDate, Document: doc})
	if err != nil {
		return fmt.Errorf("%s: PDF: %w", p.Slug, err)
	}
	rec.Warnings = warns
	h := sum(data)
	first, second := "pdf/"+p.Slug+".pdf", "site/pdf/"+p.Slug+".pdf"
	if err := b.writeFile(first, data); err != nil {
		return err
	}
	// The copy inside site/ is a hard link where the file system allows:
	// one inode less to create and the same bytes.
	if err := b.linkFile(first, second, data); err != nil {
		return err
	}
	rec.Files = append(rec.Files, outFile{Path: first, SHA256: h}, outFile{Path: second, SHA256: h})
	// The same document as a 한글 (HWPX) file, for staff who edit it.
	hw, err := hwpx.Plan(doc, hwpx.PlanOptions{Charts: b.chartFaces, Fonts: b.hwpxFonts})
	if err != nil {
		return fmt.Errorf("%s: HWPX: %w", p.Slug, err)
	}
	hh := sum(hw)
	first, second = "hwpx/"+p.Slug+".hwpx", "site/hwpx/"+p.Slug+".hwpx"
	if err := b.writeFile(first, hw); err != nil {
		return err
	}
	if err := b.linkFile(first, second, hw); err != nil {
		return err
	}
	rec.Files = append(rec.Files, outFile{Path: first, SHA256: hh}, outFile{Path: second, SHA256: hh})
	if p.Draft {
		return nil // a draft's figures are not open data, even in a preview
	}
	files, err := opendata.Files(b.site, p, b.opt.SourceDate)
	if err != nil {
		return fmt.Errorf("%s: open data: %w", p.Slug, err)
	}
	for _, f := range files {
		rel := path.Join("site", p.Path, "data", f.Name)
		if err := b.writeFile(rel, f.Data); err != nil {
			return err
		}
		rec.Files = append(rec.Files, outFile{Path: rel, SHA256: sum(f.Data)})
		rec.Data = append(rec.Data, site.DataFile{Name: f.Name, Title: f.Title})
	}
	return nil
}

// reuse links (or copies) the previous output's files into the staging
// folder, after checking that every one still has the bytes recorded. It
// reports false, leaving nothing behind, when any is missing or changed:
// the caller renders instead.
func (b *builder) reuse(files []outFile) bool {
	if len(files) == 0 {
		return false
	}
	type pair struct {
		src, dst string
		data     []byte
	}
	var ps []pair
	for _, f := range files {
		src, err := stage.Inside(b.opt.Out, f.Path)
		if err != nil {
			return false
		}
		dst, err := stage.Inside(b.dir, f.Path)
		if err != nil {
			return false
		}
		data, err := os.ReadFile(src)
		if err != nil || sum(data) != f.SHA256 {
			return false
		}
		ps = append(ps, pair{src, dst, data})
	}
	for i, p := range ps {
		err := os.MkdirAll(filepath.Dir(p.dst), 0o755)
		if err == nil && os.Link(p.src, p.dst) != nil {
			err = os.WriteFile(p.dst, p.data, 0o644)
		}
		if err != nil {
			for _, q := range ps[:i+1] {
				os.Remove(q.dst)
			}
			return false
		}
	}
	return true
}

func (b *builder) writeFile(rel string, data []byte) error {
	p, err := stage.Inside(b.dir, rel)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

// linkFile makes rel2 a hard link to rel1 (both in the staging folder),
// or writes data to it where links are not possible.
func (b *builder) linkFile(rel1, rel2 string, data []byte) error {
	p1, err := stage.Inside(b.dir, rel1)
	if err != nil {
		return err
	}
	p2, err := stage.Inside(b.dir, rel2)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p2), 0o755); err != nil {
		return err
	}
	if os.Link(p1, p2) == nil {
		return nil
	}
	return os.WriteFile(p2, data, 0o644)
}

func sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

func sameData(a, b []site.DataFile) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
