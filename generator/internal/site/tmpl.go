package site

import (
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"

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
}

// sharedFiles are parsed into every page kind.
var sharedFiles = []string{"layout.html", "blocks.html", "item.html", "status.html", "table.html", "chart.html"}

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
	"add":       func(a, b int) int { return a + b },
	"cellOpen":  cellOpen,
	"cellClose": cellClose,
	"cells":     cells,
}

// textEscaper escapes text exactly as html/template does in element
// content, so rows written by cells match rows the template would write.
var textEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// cells writes a table row's cells in one call: tables are most of a plan
// page, and one call per row instead of several per cell makes pages
// about a third faster to render.
func cells(row []cell) template.HTML {
	var b strings.Builder
	for _, c := range row {
		b.WriteString(string(cellOpen(c)))
		if c.HTML != "" {
			b.WriteString(string(c.HTML))
		} else {
			b.WriteString(textEscaper.Replace(c.Text))
		}
		b.WriteString(string(cellClose(c)))
	}
	return template.HTML(b.String())
}

// cellOpen writes a cell's start tag with its scope, spans and classes.
func cellOpen(c cell) template.HTML {
	var b strings.Builder
	if c.Header {
		b.WriteString("<th")
		if c.Scope != "" {
			b.WriteString(` scope="` + template.HTMLEscapeString(c.Scope) + `"`)
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
	if c.Num {
		classes = append(classes, "num")
	}
	if c.Class != "" {
		classes = append(classes, c.Class)
	}
	if len(classes) > 0 {
		b.WriteString(` class="` + template.HTMLEscapeString(strings.Join(classes, " ")) + `"`)
	}
	b.WriteString(">")
	return template.HTML(b.String())
}

func cellClose(c cell) template.HTML {
	if c.Header {
		return "</th>"
	}
	return "</td>"
}

func clampLevel(l int) int {
	return min(max(l, 1), 6)
}
