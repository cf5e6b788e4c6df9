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

	"workplan/generator/diag"
	"workplan/generator/fonts"
	"workplan/generator/model"
	"workplan/generator/pdf/finish"
	"workplan/generator/pdf/layout"
)

// Render typesets one plan. warnings name characters no font has and where
// they occur (diag.Finding with a Pos whose File is the item's/plan's file
// when known). It must not read content files.
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
	res := layout.Paginate(b.nodes, contentH)

	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: gopdf.Rect{W: pageW, H: pageH}})
	roles := []fonts.Role{fonts.Regular, fonts.Bold}
	if b.usesFallback {
		roles = append(roles, fonts.Fallback)
	}
	if err := f.AddTo(pdf, roles...); err != nil {
		return nil, nil, err
	}
	d := &drawer{pdf: pdf}
	footer := style{size: 10.5, color: subtle}
	for i, pg := range res.Pages {
		pdf.AddPage()
		d.newPage()
		for _, it := range pg.Items {
			switch {
			case it.Row != nil:
				switch pl := it.Row.Payload.(type) {
				case []prim:
					d.draw(pl, marginLeft, marginTop+it.Y)
				case *tocRow:
					d.draw(pl.prims(b, res.Anchors), marginLeft, marginTop+it.Y)
				}
			case it.Frame != nil:
				if fr, ok := it.Frame.(frameFunc); ok {
					d.draw(fr(it.H, it.First, it.Last), marginLeft, marginTop+it.Y)
				}
			}
		}
		if i > 0 {
			d.draw([]prim{b.textAt("- "+strconv.Itoa(i+1)+" -", footer, 0, 0, center)}, pageW/2, footerBase)
		}
	}
	if d.err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", d.err)
	}
	raw, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	created, err := creationDate(p)
	if err != nil {
		return nil, nil, err
	}
	subject := strings.TrimSpace(p.Occasion)
	if subject == "" {
		subject = strings.TrimSpace(s.District + " " + p.Department.Name + " " + p.Title)
	}
	out, err := finish.Apply(raw, finish.Options{
		PageHeight: pageH,
		Lang:       "ko-KR",
		Outlines:   outlines(b.outline, res.Anchors),
		Info: finish.Info{
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
func outlines(ns []*outlineNode, anchors map[string]layout.Position) []*finish.Outline {
	var out []*finish.Outline
	for _, n := range ns {
		pos, ok := anchors[n.anchor]
		if !ok {
			continue
		}
		out = append(out, &finish.Outline{Title: n.title, Page: pos.Page, Top: marginTop + pos.Y - 6, Children: outlines(n.children, anchors)})
	}
	return out
}

// kst is Korea Standard Time, in which plans are dated.
var kst = time.FixedZone("KST", 9*3600)

// creationDate is SOURCE_DATE_EPOCH when set (reproducible builds), else
// the plan's date at midnight KST. Never the wall clock.
func creationDate(p *model.Plan) (time.Time, error) {
	if v := os.Getenv("SOURCE_DATE_EPOCH"); v != "" {
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil || n < 0 {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", v)
		}
		return time.Unix(n, 0).UTC(), nil
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
