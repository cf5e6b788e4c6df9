package hwpx

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"workplan/generator/internal/document"
	"workplan/generator/internal/model"
)

// BookOptions are what a council book needs beyond the content.
type BookOptions struct {
	// Date is the file's date; zero takes the latest of the plans' dates.
	Date time.Time
	// Documents holds plans' documents the caller has built already, by
	// plan slug; Book builds the others.
	Documents map[string]*document.Plan
	Fonts     Fonts
	Charts    PlanOptions // only Charts and DPI are read
}

// Book renders a council book (model.Book) as one .hwpx, as pdf.Book
// binds it: one cover (the committee above the title), one 순서 over every
// 국, department and the department's chapters and items (without page
// numbers: docs/hwpx.md), then each 국's departments' chapters in
// organisation order, a divider page before each 국 when the settings
// ask, and pages numbered on through the book or from 1 in each
// department (site.Book.Restart).
func Book(bk *model.Book, s *model.Site, opt BookOptions) ([]byte, error) {
	if bk == nil || len(bk.Plans()) == 0 {
		return nil, errors.New("hwpx: an empty book")
	}
	r := &planRenderer{charts: opt.Charts.Charts, dpi: opt.Charts.DPI}
	type bureau struct {
		name  string
		plans []*document.Plan
	}
	var bus []bureau
	date := opt.Date
	for _, bb := range bk.Bureaus {
		bu := bureau{name: bb.Bureau.Name}
		for _, p := range bb.Plans {
			d := opt.Documents[p.Slug]
			if d == nil {
				var err error
				if d, err = document.Build(s, p); err != nil {
					return nil, err
				}
			}
			if len(d.Chapters) == 0 {
				continue
			}
			bu.plans = append(bu.plans, d)
			if opt.Date.IsZero() {
				if t := coverDate(d.Cover.Date, d.Year); t.After(date) {
					date = t
				}
			}
		}
		if len(bu.plans) > 0 {
			bus = append(bus, bu)
		}
	}
	if len(bus) == 0 {
		return nil, errors.New("hwpx: a book of plans without chapters")
	}
	r.coverPage(document.Cover{Title: bk.Title, Occasion: bk.Occasion, Date: bk.Date, Department: s.District}, bk.For)
	r.add(PageBreak{}, Text(ContentsTitle, "순   서"))
	for _, bu := range bus {
		r.add(Text(Contents1, bu.name))
		for _, d := range bu.plans {
			r.add(Text(Contents2, d.Department))
			var walk func(es []*document.Entry)
			walk = func(es []*document.Entry) {
				for _, e := range es {
					r.add(Text(Contents3, e.Label))
					walk(e.Sub)
				}
			}
			walk(d.Contents)
		}
	}
	first := true
	for _, bu := range bus {
		if s.Book.Dividers {
			p := Text(Title, bu.name)
			p.SpaceBefore = MM(90)
			if first {
				r.add(SectionBreak{PageNumbers: true})
				p.PageNumberFrom, p.HidePageNumber = 1, true
				first = false
			} else {
				r.add(PageBreak{})
				p.HidePageNumber = true
			}
			r.add(p)
		}
		for _, d := range bu.plans {
			for i, c := range d.Chapters {
				h := Text(Heading1, c.Label)
				switch {
				case first:
					r.add(SectionBreak{PageNumbers: true})
					h.PageNumberFrom = 1
					first = false
				default:
					r.add(PageBreak{})
					if i == 0 && s.Book.Restart {
						h.PageNumberFrom = 1
					}
				}
				r.add(h)
				r.blocks(c.Blocks)
			}
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("hwpx: %s: %w", bk.Path, r.err)
	}
	title := strings.TrimSpace(bk.For + " " + bk.Title)
	return Write(Document{
		Props: Properties{
			Title:      title,
			Subject:    strings.TrimSpace(bk.Occasion),
			Author:     s.District,
			Department: s.District,
			Date:       date,
		},
		Page:   PlanPage(),
		Fonts:  opt.Fonts,
		Styles: PlanStyles(),
		Blocks: r.out,
	})
}
