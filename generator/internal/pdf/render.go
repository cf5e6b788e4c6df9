// Package pdf typesets a plan as a print-quality A4 PDF for council
// briefings, reading only the computed model: cover, 순서 with exact page
// numbers, chapters with every block type, charts drawn as vectors from the
// shared chart descriptions, a footer "- n -" and a nested outline.
//
// Rendering runs in three steps, in the manner of maroto: the builder turns
// the plan into measured rows and groups (text is shaped with font fallback
// and broken into lines here), the layout package paginates them, and only
// then is anything drawn with gopdf. Page numbers are therefore known
// before the first page is drawn.
package pdf

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/signintech/gopdf"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/model"
	"workplan/generator/internal/typeset/pdfmeta"
	"workplan/generator/internal/typeset/layout"
)

// Render typesets one plan. warnings name characters no font has and where
// they occur (diag.Finding with a Pos whose File is the item's/plan's file
// when known). It must not read content files.
//
// Pages are numbered as council reports are: the cover and 순서 carry no
// number, the first chapter's page is "- 1 -", and the 순서 gives those
// numbers. Page labels (표지, 순서, 1, 2 …) make viewers show the same.
func Render(p *model.Plan, s *model.Site, f *fonts.Set) (data []byte, warnings []diag.Finding, err error) {
	if p == nil {
		return nil, nil, errors.New("pdf: no plan")
	}
	if f == nil {
		if f, err = fonts.Default(); err != nil {
			return nil, nil, err
		}
	}
	if s == nil {
		s = &model.Site{}
	}
	b := newBuilder(p, s, f)
	b.build()
	res := layout.Paginate(b.nodes, b.pg.ch)
	num := numberFrom(res, b.bodyAnchor)
	created, err := creationDate(p)
	if err != nil {
		return nil, nil, err
	}
	subject := strings.TrimSpace(p.Occasion)
	if subject == "" {
		subject = strings.TrimSpace(s.District + " " + p.Department.Name + " " + p.Title)
	}
	out, err := b.typeset(res, num, pdfmeta.Options{
		Lang:       "ko-KR",
		Outlines:   b.outlines(b.outline, res.Anchors),
		PageLabels: b.pageLabels(res, num),
		Info: pdfmeta.Info{
			Title:    p.Title,
			Author:   p.Department.Name,
			Subject:  subject,
			Keywords: strings.Join(nonEmpty(s.District, p.Department.Name, strconv.Itoa(p.Year), "주요업무 계획"), ", "),
			Creator:  "workplan",
			Producer: "workplan (signintech/gopdf)",
			Created:  created,
		},
	})
	if err != nil {
		return nil, nil, err
	}
	warnings = b.warnings
	sort.SliceStable(warnings, func(i, j int) bool { return warnings[i].Pos.File < warnings[j].Pos.File })
	return out, warnings, nil
}

// numbering maps physical pages (0-based) to printed page numbers: pages
// before body are front matter and unnumbered, body is "- 1 -".
type numbering struct{ body int }

// numberFrom numbers from the page the anchor landed on; with no such
// anchor (a plan without chapters) every page is front matter.
func numberFrom(res layout.Result, anchor string) numbering {
	if pos, ok := res.Anchors[anchor]; ok && anchor != "" {
		return numbering{body: pos.Page}
	}
	return numbering{body: len(res.Pages)}
}

// number is page's printed number, or 0 for an unnumbered page.
func (n numbering) number(page int) int {
	if page < n.body {
		return 0
	}
	return page - n.body + 1
}

// pageLabels labels the front matter by name (표지, 순서; 순서 1, 순서 2
// when it runs over several pages) and the body pages 1, 2, 3.
func (b *builder) pageLabels(res layout.Result, num numbering) []pdfmeta.PageLabel {
	var out []pdfmeta.PageLabel
	for i, fp := range b.front {
		pos, ok := res.Anchors[fp.anchor]
		if !ok || pos.Page >= num.body || (len(out) > 0 && pos.Page <= out[len(out)-1].Page) {
			continue
		}
		end := num.body // the page after this part
		for _, next := range b.front[i+1:] {
			if p, ok := res.Anchors[next.anchor]; ok {
				end = min(end, p.Page)
				break
			}
		}
		l := pdfmeta.PageLabel{Page: pos.Page, Prefix: fp.label}
		if end-pos.Page > 1 {
			l.Prefix += " "
			l.Style = pdfmeta.Decimal
		}
		out = append(out, l)
	}
	if num.body < len(res.Pages) {
		out = append(out, pdfmeta.PageLabel{Page: num.body, Style: pdfmeta.Decimal})
	}
	if len(out) > 0 && out[0].Page != 0 {
		// Pages before the first named part count as its own.
		out[0].Page = 0
	}
	return out
}

// typeset draws paginated nodes onto pages of b's geometry, a footer
// "- n -" on every numbered page, and completes the file with opt.
func (b *builder) typeset(res layout.Result, num numbering, opt pdfmeta.Options) ([]byte, error) {
	g := b.pg
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: gopdf.Rect{W: g.w, H: g.h}})
	roles := []fonts.Role{fonts.Regular, fonts.Bold}
	if b.usesFallback {
		roles = append(roles, fonts.Fallback)
	}
	if err := b.fonts.AddTo(pdf, roles...); err != nil {
		return nil, err
	}
	d := &drawer{pdf: pdf}
	footer := style{size: 10.5, color: subtle}
	for i, pg := range res.Pages {
		pdf.AddPage()
		d.newPage()
		var over []layout.Placed // rules drawn over the rows
		for _, it := range pg.Items {
			switch {
			case it.Row != nil:
				switch pl := it.Row.Payload.(type) {
				case []prim:
					d.draw(pl, g.left, g.top+it.Y)
				case *tocRow:
					d.draw(pl.prims(b, res.Anchors, num), g.left, g.top+it.Y)
				}
			case it.Frame != nil:
				switch fr := it.Frame.(type) {
				case frameFunc:
					d.draw(fr(it.H, it.First, it.Last), g.left, g.top+it.Y)
				case ruleFunc:
					over = append(over, it)
				}
			}
		}
		for _, it := range over {
			d.draw(it.Frame.(ruleFunc)(it.H, it.First, it.Last), g.left, g.top+it.Y)
		}
		if n := num.number(i); n > 0 {
			d.draw([]prim{b.textAt("- "+strconv.Itoa(n)+" -", footer, 0, 0, center)}, g.w/2, g.footer)
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("pdf: %w", d.err)
	}
	raw, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	opt.PageHeight = g.h
	return pdfmeta.Apply(raw, opt)
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// outlines turns the builder's bookmark tree into finish's, at the
// positions their headings landed.
func (b *builder) outlines(ns []*outlineNode, anchors map[string]layout.Position) []*pdfmeta.Outline {
	var out []*pdfmeta.Outline
	for _, n := range ns {
		pos, ok := anchors[n.anchor]
		if !ok {
			continue
		}
		out = append(out, &pdfmeta.Outline{Title: n.title, Page: pos.Page, Top: b.pg.top + pos.Y - 6, Children: b.outlines(n.children, anchors)})
	}
	return out
}

// kst is Korea Standard Time, in which plans are dated.
var kst = time.FixedZone("KST", 9*3600)

// sourceDate is SOURCE_DATE_EPOCH (reproducible builds) and whether it is
// set.
func sourceDate() (time.Time, bool, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, false, nil
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, false, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", v)
	}
	return time.Unix(n, 0).UTC(), true, nil
}

// creationDate is SOURCE_DATE_EPOCH when set, else the plan's date at
// midnight KST. Never the wall clock.
func creationDate(p *model.Plan) (time.Time, error) {
	if t, ok, err := sourceDate(); ok || err != nil {
		return t, err
	}
	d := p.Date
	if d.Year == 0 {
		if p.Year == 0 {
			return time.Time{}, nil
		}
		return time.Date(p.Year, 1, 1, 0, 0, 0, 0, kst), nil
	}
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, kst), nil
}
