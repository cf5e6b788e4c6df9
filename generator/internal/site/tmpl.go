package site

import (
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"workplan/generator/internal/document"
	"workplan/templates"
)

// tmplSet holds one parsed template set per page kind. Every set shares the
// layout and the block templates; each kind adds its own "main".
type tmplSet struct {
	kinds map[string]*template.Template
}

// Page kinds and the file defining each one's "main" template.
var pageFiles = map[string]string{
	"index":    "index.html",
	"plan":     "plan.html",
	"notfound": "notfound.html",
	"search":   "search.html",
	"pledges":  "pledges.html",
	"history":  "history.html",
}

// sharedFiles are parsed into every page kind.
var sharedFiles = []string{"layout.html", "blocks.html", "item.html", "table.html", "chart.html"}

var (
	parseOnce sync.Once
	parsedSet *tmplSet
	parseErr  error
)

// parsed returns the templates, parsing them on first use. Safe for
// concurrent use: template execution does not change a parsed set.
func parsed() (*tmplSet, error) {
	parseOnce.Do(func() {
		parsedSet, parseErr = parse(templates.FS)
	})
	return parsedSet, parseErr
}

// parse reads the template set from tfs.
func parse(tfs fs.FS) (*tmplSet, error) {
	base, err := template.New("site").Funcs(funcs).ParseFS(tfs, sharedFiles...)
	if err != nil {
		return nil, fmt.Errorf("site: templates: %w", err)
	}
	set := &tmplSet{kinds: map[string]*template.Template{}}
	for kind, file := range pageFiles {
		t, err := base.Clone()
		if err != nil {
			return nil, fmt.Errorf("site: templates: %w", err)
		}
		if t, err = t.ParseFS(tfs, file); err != nil {
			return nil, fmt.Errorf("site: templates: %w", err)
		}
		set.kinds[kind] = t
	}
	return set, nil
}

func (s *tmplSet) execute(w io.Writer, kind string, data any) error {
	t, ok := s.kinds[kind]
	if !ok {
		return fmt.Errorf("no template for page kind %q", kind)
	}
	return t.ExecuteTemplate(w, "layout", data)
}

var funcs = template.FuncMap{
	"scripts": pageScripts,
	// hopen and hclose write a heading tag of a level known only at run
	// time (items stand at h3 in a chapter, at h4 in a group).
	"hopen": func(level int, id, class string) template.HTML {
		level = clampLevel(level)
		s := "<h" + strconv.Itoa(level)
		if id != "" {
			s += ` id="` + template.HTMLEscapeString(id) + `"`
		}
		if class != "" {
			s += ` class="` + template.HTMLEscapeString(class) + `"`
		}
		return template.HTML(s + ">")
	},
	"hclose": func(level int) template.HTML {
		return template.HTML("</h" + strconv.Itoa(clampLevel(level)) + ">")
	},
	// h is the heading level of a node at outline depth d: chapters
	// (depth 1) are h2 under the page's h1.
	"h":     func(d int) int { return d + 1 },
	"text":  textHTML,
	"cells": cells,
	// trusted passes raw HTML the document kept because the site's
	// settings trust its content.
	"trusted":  func(s string) template.HTML { return template.HTML(s) },
	"tagClass": tagClass,
	"about":    document.About,
	"csp":      func() string { return ContentSecurityPolicy },
}

// ContentSecurityPolicy is the policy every page states in a meta tag, so
// that a hole in the content's filtering cannot run script wherever the
// site is hosted: scripts, styles and fonts from the site only (the chart
// scripts are files, never inline), images from the site or data: URLs
// (ECharts' patterns), no plugins, no <base>, and forms that submit to the
// site only (the search page's GET form, which search.js handles in place
// when scripts run). Servers may send frame-ancestors, which a meta tag
// cannot.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"

var tagClasses = map[string]string{"공약": "pledge", "신규": "new", "중점": "focus", "공모": "contest", "계속": "ongoing"}

// tagClass is a tag's colour: a help to its text, which is always shown.
func tagClass(tag string) string {
	if c := tagClasses[tag]; c != "" {
		return c
	}
	return "other"
}

// textEscaper escapes text exactly as html/template does in element
// content, so what text and cells write matches what the template would.
var textEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// textHTML writes inline runs: strong, emphasis, code, links with their
// already checked href, line breaks; raw HTML only where the document kept
// it (a trusted site).
func textHTML(t document.Text) template.HTML {
	var b strings.Builder
	writeText(&b, t)
	return template.HTML(b.String())
}

func writeText(b *strings.Builder, t document.Text) {
	href := ""
	for _, r := range t {
		if r.Href != href {
			if href != "" {
				b.WriteString("</a>")
			}
			if r.Href != "" {
				b.WriteString(`<a href="` + textEscaper.Replace(r.Href) + `">`)
			}
			href = r.Href
		}
		if r.HTML {
			b.WriteString(r.Text)
			continue
		}
		s := textEscaper.Replace(r.Text)
		if strings.Contains(s, "\n") {
			s = strings.ReplaceAll(s, "\n", "<br>")
		}
		switch {
		case r.Code:
			s = "<code>" + s + "</code>"
		}
		if r.Emphasis {
			s = "<em>" + s + "</em>"
		}
		if r.Strong {
			s = "<strong>" + s + "</strong>"
		}
		b.WriteString(s)
	}
	if href != "" {
		b.WriteString("</a>")
	}
}

// cells writes a table row's cells in one call: tables are most of a plan
// page, and one call per row instead of several per cell makes pages
// about a third faster to render. Header cells take their scope from
// where they stand: columns in the head, rows in the body.
func cells(row []document.Cell, head bool) template.HTML {
	var b strings.Builder
	for _, c := range row {
		if c.Header {
			b.WriteString("<th")
			switch {
			case head && c.ColSpan > 1:
				b.WriteString(` scope="colgroup"`)
			case head:
				b.WriteString(` scope="col"`)
			case c.RowSpan > 1:
				b.WriteString(` scope="rowgroup"`)
			default:
				b.WriteString(` scope="row"`)
			}
		} else {
			b.WriteString("<td")
		}
		if c.ColSpan > 1 {
			b.WriteString(` colspan="` + strconv.Itoa(c.ColSpan) + `"`)
		}
		if c.RowSpan > 1 {
			b.WriteString(` rowspan="` + strconv.Itoa(c.RowSpan) + `"`)
		}
		var classes []string
		if !head {
			switch c.Align {
			case document.Right:
				classes = append(classes, "num")
			case document.Center:
				classes = append(classes, "center")
			}
		}
		if c.Total {
			classes = append(classes, "total")
		}
		if c.NoWrap {
			classes = append(classes, "nowrap")
		}
		if c.Derived {
			classes = append(classes, "derived")
		}
		if len(classes) > 0 {
			b.WriteString(` class="` + strings.Join(classes, " ") + `"`)
		}
		b.WriteString(">")
		writeText(&b, c.Text)
		if c.Header {
			b.WriteString("</th>")
		} else {
			b.WriteString("</td>")
		}
	}
	return template.HTML(b.String())
}

func clampLevel(l int) int {
	return min(max(l, 1), 6)
}

// pageScripts lists the scripts a page at root links, in order: site.js on
// every page (it switches the web fonts on, and loads the chart runtime
// when a chart nears the screen), then the page's own scripts. The ECharts
// runtime is never linked: a page that links it would run it before its
// first screen is interactive, chart or no chart in sight.
func pageScripts(root string, scripts []string) []string {
	out := []string{root + assetJS}
	for _, s := range scripts {
		if s != root+assetJS && s != root+assetECharts {
			out = append(out, s)
		}
	}
	return out
}
