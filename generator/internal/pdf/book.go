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

// BookOptions are what a council book needs beyond the content.
type BookOptions struct {
	// Created is the creation date stamped into the file (SOURCE_DATE_EPOCH);
	// when zero, the latest of the plans' dates.
	Created time.Time
	// Documents holds plans' documents the caller has built already, by
	// plan slug; Book builds the others.
	Documents map[string]*document.Plan
}

// Book typesets a council book (model.Book): one cover, one 순서 over every
// department and its chapters and items with exact page numbers, then each
// 국's departments' plans in organisation order, each laid out as its own
// PDF lays it out. Settings (site.Book) add a divider page (간지) before
// each 국 and number pages either on through the book or from 1 in each
// department; page labels match the printed numbers. The outline nests
// 국 › department › chapter › item.
func Book(bk *model.Book, s *model.Site, f *fonts.Set, opt BookOptions) (data []byte, warnings []diag.Finding, err error) {
	if bk == nil || len(bk.Plans()) == 0 {
		return nil, nil, errors.New("pdf: an empty book")
	}
	if f == nil {
		if f, err = fonts.Default(); err != nil {
			return nil, nil, err
		}
	}
	d := typeset.NewDoc(f, typeset.Portrait)
	type bureau struct {
		model.BookBureau
		anchor string // where its entry points: its divider or its first chapter
		plans  []*builder
	}
	var bus []bureau
	for _, bb := range bk.Bureaus {
		bu := bureau{BookBureau: bb}
		for _, p := range bb.Plans {
			doc := opt.Documents[p.Slug]
			if doc == nil {
				if doc, err = document.Build(s, p); err != nil {
					return nil, nil, err
				}
			}
			if len(doc.Chapters) == 0 {
				continue
			}
			b := newBuilder(doc, planFile(p), d)
			b.prefix = p.Slug + ":"
			bu.plans = append(bu.plans, b)
		}
		if len(bu.plans) == 0 {
			continue
		}
		bu.anchor = bu.plans[0].firstAnchor()
		if s.Book.Dividers {
			bu.anchor = "bureau:" + bb.Bureau.Slug
		}
		bus = append(bus, bu)
	}
	if len(bus) == 0 {
		return nil, nil, errors.New("pdf: a book of plans without chapters")
	}

	front := newBuilder(&document.Plan{}, "", d)
	d.FrontPart("표지", coverAnchor)
	d.FrontPart("순서", contentsAnchor)
	front.coverPage(document.Cover{Title: bk.Title, Occasion: bk.Occasion, Date: bk.Date, Department: s.District}, bk.For)
	d.NewPage()
	front.contentsTitle()
	bureauSt := typeset.Style{Bold: true, Size: 16, Color: typeset.Navy}
	deptSt := typeset.Style{Bold: true, Size: 14, Color: typeset.Ink}
	for _, bu := range bus {
		d.ContentsLine(typeset.Plain(bu.Bureau.Name, bureauSt), bureauSt, 0, 0, 20, bu.anchor)
		for _, b := range bu.plans {
			d.ContentsLine(typeset.Plain(b.doc.Department, deptSt), deptSt, 11, 0, 10, b.firstAnchor())
			b.contents(b.doc.Contents, 1)
		}
	}

	for _, bu := range bus {
		node := d.Bookmark(nil, bu.Bureau.Name, bu.anchor)
		if s.Book.Dividers {
			d.FrontPart(bu.Bureau.Name, bu.anchor)
			front.divider(bu.Bureau.Name, bu.anchor)
		}
		for _, b := range bu.plans {
			b.body(d.Bookmark(node, b.doc.Department, b.firstAnchor()), s.Book.Restart)
		}
	}

	created := opt.Created
	if created.IsZero() {
		for _, p := range bk.Plans() {
			if t := planDate(p); t.After(created) {
				created = t
			}
		}
	}
	title := strings.TrimSpace(bk.For + " " + bk.Title)
	out, err := d.Finish(pdfmeta.Info{
		Title:    title,
		Author:   s.District,
		Subject:  strings.TrimSpace(strings.Join(nonEmpty(bk.Occasion, s.District+" "+title), " · ")),
		Keywords: strings.Join(nonEmpty(s.District, bk.For, strconv.Itoa(bk.Year), "주요업무 계획"), ", "),
		Creator:  "workplan",
		Producer: "workplan (signintech/gopdf)",
		Created:  created,
	})
	if err != nil {
		return nil, nil, err
	}
	warnings = d.Warnings
	sort.SliceStable(warnings, func(i, j int) bool { return warnings[i].Pos.File < warnings[j].Pos.File })
	return out, warnings, nil
}

// firstAnchor is where the plan's first chapter lands.
func (b *builder) firstAnchor() string { return b.anchor(b.doc.Chapters[0].ID) }

// divider is a 국's divider page (간지): its name alone, between rules,
// a little above the middle of the page.
func (b *builder) divider(name, anchor string) {
	b.NewPage()
	cw, ch := b.Page.CW, b.Page.CH
	st := typeset.Style{Bold: true, Size: 28, Color: typeset.Navy}
	lines := b.SetLines(typeset.Plain(name, st), cw-60, 0, typeset.Center)
	lh := st.Size * 1.35
	top := ch*0.42 - float64(len(lines))*lh/2
	ps := []typeset.Prim{
		&typeset.RectPrim{X: cw * 0.2, Y: top - 16, W: cw * 0.6, H: 1.6, Fill: &typeset.Navy},
		&typeset.RectPrim{X: cw * 0.2, Y: top + float64(len(lines))*lh + 12, W: cw * 0.6, H: 1.6, Fill: &typeset.Navy},
	}
	asc := b.Fonts.Face(0).Ascender()
	for i, l := range lines {
		ps = append(ps, l.Text.Shift(30, top+float64(i)*lh+st.Size*asc))
	}
	typeset.AnchorRow(b.RowOf(ch, 0, false, ps), anchor)
}
