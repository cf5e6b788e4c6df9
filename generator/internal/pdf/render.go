// Package pdf holds the PDF documents: a plan as a print-quality A4 PDF
// for council briefings, and the 신구대조표 of a diff. Both are laid out
// with the typesetting engine (package typeset), which knows nothing of
// plans.
//
// A plan's PDF is made from its document (package document), the same
// tree the site and the diff present: the PDF only styles its nodes and
// places them (cover, 순서 with exact page numbers, chapters, items with
// their sections, tables, boxes, charts drawn as vectors, a footer
// "- n -" and a nested outline); every wording, figure, alignment and
// "does this appear" comes from the tree. A council book will lay several
// plans' documents out on one typeset.Doc the same way.
package pdf

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/document"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/model"
	"workplan/generator/internal/typeset"
	"workplan/generator/internal/typeset/pdfmeta"
)

// Options are what a rendering needs beyond the content.
type Options struct {
	// Created is the creation date stamped into the file's information
	// (SOURCE_DATE_EPOCH, parsed once by the caller). When zero, a plan
	// is dated by its own date at midnight KST and a 신구대조표 carries
	// none. Never the wall clock.
	Created time.Time
	// Document is the plan's document when the caller has built it
	// already (the site presents the same tree); nil: Render builds it.
	Document *document.Plan
}

// Render typesets one plan. warnings name characters no font has and where
// they occur (diag.Finding with a Pos whose File is the item's/plan's file
// when known). It must not read content files.
//
// Pages are numbered as council reports are: the cover and 순서 carry no
// number, the first chapter's page is "- 1 -", and the 순서 gives those
// numbers. Page labels (표지, 순서, 1, 2 …) make viewers show the same.
func Render(p *model.Plan, s *model.Site, f *fonts.Set, opt Options) (data []byte, warnings []diag.Finding, err error) {
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
	doc := opt.Document
	if doc == nil {
		if doc, err = document.Build(s, p); err != nil {
			return nil, nil, err
		}
	}
	b := layPlan(doc, planFile(p), f)
	created := opt.Created
	if created.IsZero() {
		created = planDate(p)
	}
	subject := strings.TrimSpace(doc.Cover.Occasion)
	if subject == "" {
		subject = strings.TrimSpace(s.District + " " + doc.Department + " " + doc.Title)
	}
	out, err := b.Finish(pdfmeta.Info{
		Title:    doc.Title,
		Author:   doc.Department,
		Subject:  subject,
		Keywords: strings.Join(nonEmpty(s.District, doc.Department, strconv.Itoa(doc.Year), "주요업무 계획"), ", "),
		Creator:  "workplan",
		Producer: "workplan (signintech/gopdf)",
		Created:  created,
	})
	if err != nil {
		return nil, nil, err
	}
	warnings = b.Warnings
	sort.SliceStable(warnings, func(i, j int) bool { return warnings[i].Pos.File < warnings[j].Pos.File })
	return out, warnings, nil
}

// layPlan lays a plan's document out on portrait A4, ready to finish;
// planFile names the plan in warnings.
func layPlan(doc *document.Plan, planFile string, f *fonts.Set) *builder {
	b := newBuilder(doc, planFile, typeset.NewDoc(f, typeset.Portrait))
	b.build()
	return b
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

// kst is Korea Standard Time, in which plans are dated.
var kst = time.FixedZone("KST", 9*3600)

// planDate is the plan's date at midnight KST (the zero time for an
// undated plan of no year).
func planDate(p *model.Plan) time.Time {
	d := p.Date
	if d.Year == 0 {
		if p.Year == 0 {
			return time.Time{}
		}
		return time.Date(p.Year, 1, 1, 0, 0, 0, 0, kst)
	}
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, kst)
}
