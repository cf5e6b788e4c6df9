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
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"workplan/generator/model"
	"workplan/templates"
)

// Options says where front-end packages are and what else the site holds.
type Options struct {
	NodeModules string // path to the project's node_modules (echarts, pretendard-gov come from there)
	PDF         bool   // true when plan PDFs exist in the site at pdf/<plan.Slug>.pdf; link them
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

// Write writes the whole site into dir (an existing empty directory). It must not read content files.
func Write(s *model.Site, dir string, opt Options) error {
	if s == nil {
		return fmt.Errorf("site: no site to write")
	}
	tfs := opt.Templates
	t, err := parsed()
	if tfs != nil {
		t, err = parse(tfs)
	} else {
		tfs = templates.FS
	}
	if err != nil {
		return err
	}
	w := &writer{dir: dir}
	if err := copyAssets(w, tfs, opt.NodeModules); err != nil {
		return err
	}

	index := buildIndex(s, opt)
	if err := w.page(t, "index.html", index.Page, index); err != nil {
		return err
	}
	for _, p := range s.Plans {
		pv, err := buildPlan(s, p, opt)
		if err != nil {
			return fmt.Errorf("site: plan %s: %w", p.Slug, err)
		}
		if err := w.page(t, p.Path+"index.html", pv.Page, pv); err != nil {
			return err
		}
		if len(pv.charts) > 0 {
			js, err := chartScript(p, pv.charts)
			if err != nil {
				return fmt.Errorf("site: plan %s: %w", p.Slug, err)
			}
			w.file(pv.chartFile, js)
		}
	}
	nf := buildNotFound(s)
	if err := w.page(t, "404.html", nf.Page, nf); err != nil {
		return err
	}
	if s.BaseURL != "" {
		w.file("sitemap.xml", sitemap(s))
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
	assetJS       = "assets/site.js"
	assetECharts  = "assets/echarts/echarts.min.js"
	assetFontDir  = "assets/fonts/"
	assetChartDir = "assets/charts/"
)

// fontFiles are the Pretendard GOV faces the style sheet declares.
var fontFiles = []string{"PretendardGOV-Regular.subset.woff2", "PretendardGOV-Bold.subset.woff2"}

// copyAssets writes the style sheet and chart helper from the embedded
// templates, and copies the ECharts runtime and the web fonts, with their
// licences, from node_modules.
func copyAssets(w *writer, tfs fs.FS, nodeModules string) error {
	for _, f := range [][2]string{{"site.css", assetCSS}, {"site.js", assetJS}, {"favicon.svg", "assets/favicon.svg"}} {
		b, err := fs.ReadFile(tfs, f[0])
		if err != nil {
			return fmt.Errorf("site: %w", err)
		}
		w.file(f[1], b)
	}
	if nodeModules == "" {
		return fmt.Errorf("site: Options.NodeModules is empty; it must name the project's node_modules (run npm ci --ignore-scripts)")
	}
	if err := checkECharts(nodeModules); err != nil {
		return err
	}
	copies := [][2]string{
		{"echarts/dist/echarts.min.js", assetECharts},
		{"echarts/LICENSE", "assets/echarts/LICENSE"},
		{"echarts/NOTICE", "assets/echarts/NOTICE"},
		{"pretendard-gov/dist/LICENSE.txt", assetFontDir + "LICENSE.txt"},
	}
	for _, f := range fontFiles {
		copies = append(copies, [2]string{"pretendard-gov/dist/web/static/woff2-subset/" + f, assetFontDir + f})
	}
	for _, c := range copies {
		b, err := os.ReadFile(filepath.Join(nodeModules, filepath.FromSlash(c[0])))
		if err != nil {
			return fmt.Errorf("site: %w (install the front-end packages with npm ci --ignore-scripts)", err)
		}
		w.file(c[1], b)
	}
	return w.err
}

// checkECharts makes sure node_modules holds the ECharts version the chart
// options are written for.
func checkECharts(nodeModules string) error {
	b, err := os.ReadFile(filepath.Join(nodeModules, "echarts", "package.json"))
	if err != nil {
		return fmt.Errorf("site: ECharts not found: %w (install the front-end packages with npm ci --ignore-scripts)", err)
	}
	var pkg struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(b, &pkg); err != nil {
		return fmt.Errorf("site: reading echarts/package.json: %w", err)
	}
	if pkg.Version != EChartsVersion {
		return fmt.Errorf("site: node_modules has echarts %s; the site needs exactly %s (run npm ci --ignore-scripts)", pkg.Version, EChartsVersion)
	}
	return nil
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

func xmlEscape(b *bytes.Buffer, s string) {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")
	b.WriteString(r.Replace(s))
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
