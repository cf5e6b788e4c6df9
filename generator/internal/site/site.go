// Package site writes the website of a content tree: an index of every
// plan, one page per plan, a 404 page and a sitemap, with the ECharts
// runtime, the Pretendard GOV web fonts and each page's chart scripts under
// assets/. It renders the computed model only; it never reads content files.
//
// Pages follow KRDS 1.1 (Korea Design System) tokens and KWCAG 2.2: one h1,
// ordered headings, captioned tables with scoped headers, a text and table
// alternative for every chart, and no inline scripts or styles, so pages
// work under Content-Security-Policy: default-src 'self'. Output is
// byte-for-byte reproducible: the same model gives the same files.
package site

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"workplan/generator/internal/assets"

	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
	"workplan/templates"
)

// Options says where front-end packages are and what else the site holds.
type Options struct {
	// Assets holds the third-party files (ECharts runtime, web fonts) at
	// their paths under assets/; the ones embedded in the binary
	// (package assets) when nil.
	Assets fs.FS
	PDF    bool // true when plan PDFs exist in the site at pdf/<plan.Slug>.pdf; link them
	HWPX   bool // true when plan HWPX files exist in the site at hwpx/<plan.Slug>.hwpx; link them
	// Data lists each plan's open data files (by plan slug), which stand in
	// the plan's folder under data/; the plan page and the index link them.
	Data map[string][]DataFile
	// Templates, when set, replaces the embedded templates (the preview
	// server reads them from the templates folder so edits show at once).
	Templates fs.FS
}

// DataFile is an open data file of a plan.
type DataFile struct {
	Name  string // file name under the plan's data/ folder
	Title string // what it holds
}

// EChartsVersion is the ECharts runtime the chart options are written for
// (go-echarts v2.6.7 targets 5.x; 5.6.0 is the last 5.x release).
const EChartsVersion = "5.6.0"

// Renderer writes a site's pages with templates parsed once. Its methods
// are safe for concurrent use, so plan pages can be written in parallel;
// the bytes of every file are the same whatever the order.
type Renderer struct {
	site *model.Site
	opt  Options
	t    *tmplSet
	tfs  fs.FS
}

// New parses the templates (the embedded ones are parsed once per process)
// for writing the site s.
func New(s *model.Site, opt Options) (*Renderer, error) {
	if s == nil {
		return nil, fmt.Errorf("site: no site to write")
	}
	r := &Renderer{site: s, opt: opt, tfs: opt.Templates}
	var err error
	if r.tfs != nil {
		r.t, err = parse(r.tfs)
	} else {
		r.t, err = parsed()
		r.tfs = templates.FS
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}

// Shared writes what every build rewrites into dir: the assets, the index
// (linking each plan's open data files in data, by plan slug), the 404
// page, the search page with its index (search.json) and the sitemap.
func (r *Renderer) Shared(dir string, data map[string][]DataFile) error {
	s, opt := r.site, r.opt
	opt.Data = data
	w := &writer{dir: dir}
	if err := copyAssets(w, r.tfs, opt.Assets); err != nil {
		return err
	}
	index := buildIndex(s, opt)
	if err := w.page(r.t, "index.html", index.Page, index); err != nil {
		return err
	}
	nf := buildNotFound(s)
	if err := w.page(r.t, "404.html", nf.Page, nf); err != nil {
		return err
	}
	if err := r.search(w); err != nil {
		return err
	}
	if s.BaseURL != "" {
		w.file("sitemap.xml", sitemap(s))
	}
	return w.err
}

// File is a file of the site: its path under the site folder
// (slash-separated) and its bytes.
type File struct {
	Path string
	Data []byte
}

// PlanFiles renders plan p's page and its chart script, linking the plan's
// open data files data. The page depends on p, on the site's settings and
// on the department's plans of other years (linked, and charted year over
// year), nothing else.
func (r *Renderer) PlanFiles(p *model.Plan, data []DataFile) ([]File, error) {
	return r.DocumentFiles(p, nil, data)
}

// DocumentFiles is PlanFiles for a plan whose document is built already
// (document.Build(site, p)), so that a build making the PDF from the same
// tree converts the plan once; a nil doc is built here.
func (r *Renderer) DocumentFiles(p *model.Plan, doc *document.Plan, data []DataFile) ([]File, error) {
	opt := r.opt
	opt.Data = map[string][]DataFile{p.Slug: data}
	pv, err := buildPlan(r.site, p, doc, opt)
	if err != nil {
		return nil, fmt.Errorf("site: plan %s: %w", p.Slug, err)
	}
	rel := p.Path + "index.html"
	var buf bytes.Buffer
	if err := r.t.execute(&buf, pv.Page.Kind, pv); err != nil {
		return nil, fmt.Errorf("site: %s: %w", rel, err)
	}
	files := []File{{Path: rel, Data: buf.Bytes()}}
	if len(pv.charts) > 0 {
		js, err := chartScript(pv.Doc, pv.charts)
		if err != nil {
			return nil, fmt.Errorf("site: plan %s: %w", p.Slug, err)
		}
		files = append(files, File{Path: pv.chartFile, Data: js})
	}
	return files, nil
}

// Plan writes plan p's page and chart script (see PlanFiles) into dir.
func (r *Renderer) Plan(dir string, p *model.Plan, data []DataFile) error {
	files, err := r.PlanFiles(p, data)
	if err != nil {
		return err
	}
	w := &writer{dir: dir}
	for _, f := range files {
		w.file(f.Path, f.Data)
	}
	return w.err
}

// writer writes files under dir and keeps the first error.
type writer struct {
	dir string
	err error
}

func (w *writer) file(rel string, data []byte) {
	if w.err != nil {
		return
	}
	p := filepath.Join(w.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		w.err = fmt.Errorf("site: %w", err)
		return
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		w.err = fmt.Errorf("site: %w", err)
	}
}

// page executes the page template for kind with data and writes it to rel.
func (w *writer) page(t *tmplSet, rel string, pg *page, data any) error {
	var buf bytes.Buffer
	if err := t.execute(&buf, pg.Kind, data); err != nil {
		return fmt.Errorf("site: %s: %w", rel, err)
	}
	w.file(rel, buf.Bytes())
	return w.err
}

// Asset paths inside the site.
const (
	assetCSS      = "assets/site.css"
	assetFontCSS  = "assets/fonts.css"
	assetJS       = "assets/site.js"
	assetECharts  = "assets/echarts/echarts.min.js"
	assetFontDir  = "assets/fonts/"
	assetChartDir = "assets/charts/"
)

// thirdParty are the files of package assets the pages link, besides the
// web font chunks (assets.FontChunkDir).
var thirdParty = []string{assets.ECharts, assets.EChartsLicense, assets.EChartsNotice, assets.ZRenderLicense, assets.FontLicense}

// copyAssets writes the style sheet and page script from the templates,
// and the ECharts runtime and the web font chunks, with their licences,
// from third (the files embedded in the binary when nil). The font's
// @font-face rules (one per unicode-range chunk, so a page downloads only
// the chunks its text uses) stand in a style sheet of their own,
// assets/fonts.css, which the pages switch on after they have loaded
// (site.js): 46 KB gzip of rules, and the chunks they name, never hold up
// the first paint.
func copyAssets(w *writer, tfs, third fs.FS) error {
	if third == nil {
		var err error
		if third, err = assets.FS(); err != nil {
			return fmt.Errorf("site: %w", err)
		}
	}
	if err := assets.Check(third); err != nil {
		return fmt.Errorf("site: %w", err)
	}
	if b, _ := assets.ReadBundle(third); b.ECharts != EChartsVersion {
		return fmt.Errorf("site: the chart runtime is ECharts %s; the chart options are written for %s: run `%s` and rebuild", b.ECharts, EChartsVersion, assets.SetupCommand)
	}
	fonts, err := fs.ReadFile(third, assets.FontSheet)
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	for _, f := range [][2]string{{"site.css", assetCSS}, {"site.js", assetJS}, {"search.js", assetSearch}, {"favicon.svg", "assets/favicon.svg"}} {
		b, err := fs.ReadFile(tfs, f[0])
		if err != nil {
			return fmt.Errorf("site: %w", err)
		}
		w.file(f[1], b)
	}
	w.file(assetFontCSS, fontRules(fonts))
	files := append([]string(nil), thirdParty...)
	err = fs.WalkDir(third, strings.TrimSuffix(assets.FontChunkDir, "/"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) { // the tests' stand-in set has no chunks
		return fmt.Errorf("site: %w", err)
	}
	for _, p := range files {
		b, err := fs.ReadFile(third, p)
		if err != nil {
			return fmt.Errorf("site: %w", err)
		}
		w.file("assets/"+p, b)
	}
	return w.err
}

// fontRules rewrites the font sheet's chunk URLs, relative to the sheet
// (assets/fonts/), to be relative to assets/fonts.css (assets/).
func fontRules(sheet []byte) []byte {
	dir := path.Dir(assets.FontSheet) // "fonts"
	b := bytes.ReplaceAll(sheet, []byte("url("), []byte("url("+dir+"/"))
	if len(b) > 0 && b[len(b)-1] != '\n' {
		b = append(b, '\n')
	}
	return b
}

// sitemap lists the index and every plan page under the base URL, sorted.
// It has no lastmod: the model carries no modification times and the wall
// clock would make builds differ.
func sitemap(s *model.Site) []byte {
	locs := []string{s.BaseURL}
	for _, p := range s.Plans {
		locs = append(locs, s.BaseURL+p.Path)
	}
	sort.Strings(locs)
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, l := range locs {
		b.WriteString("  <url><loc>")
		xmlEscape(&b, l)
		b.WriteString("</loc></url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

func xmlEscape(b *bytes.Buffer, s string) {
	b.WriteString(xmlEscaper.Replace(s))
}

// relRoot is the relative path from a page at rel (e.g. "2024/saemapo/index.html")
// back to the site root: "../../".
func relRoot(rel string) string {
	d := path.Dir(rel)
	if d == "." {
		return ""
	}
	return strings.Repeat("../", strings.Count(d, "/")+1)
}

// basePath is the path part of the base URL ("/workplan/"), for pages such
// as 404.html that are served at any depth; "/" without a base URL.
func basePath(s *model.Site) string {
	u := s.BaseURL
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.Index(u, "/"); j >= 0 {
			return u[j:]
		}
		return "/"
	}
	return "/"
}
