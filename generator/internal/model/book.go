package model

import (
	"fmt"
	"sort"

	"workplan/generator/internal/period"
)

// DistrictBook is the slug of the book that binds every department of a
// year; a committee's book takes the committee's slug.
const DistrictBook = "district"

// Book is a council book: the plans of one 상임위원회's departments (or
// of the whole district) for one year, bound in organisation order under
// one cover and one 순서.
type Book struct {
	Year      int
	Committee *StandingCommittee // nil: the whole district
	Slug      string             // file name: the committee's slug or DistrictBook
	// Path is the book's file, relative to the output folder and, the
	// same again, to the site's root: pdf/book/2025/admin.pdf.
	Path string
	// The cover: whom it is for (행정건설위원회 소관; "" for the
	// district's, whose cover the district's name stands on anyway),
	// the title the plans share, and the occasion and date the settings
	// give for the year or else the plans share (empty when they state
	// different ones: nothing is made up).
	For      string
	Title    string
	Occasion string
	Date     string
	Bureaus  []BookBureau
}

// BookBureau is a 국/실 and its departments' plans in the book.
type BookBureau struct {
	Bureau *Bureau
	Plans  []*Plan // in organisation order
}

// Plans lists the book's plans in binding order.
func (b *Book) Plans() []*Plan {
	var out []*Plan
	for _, bu := range b.Bureaus {
		out = append(out, bu.Plans...)
	}
	return out
}

// Books lists the council books the site's plans make: for each year
// (newest first), the whole district's, then each committee's in the
// council's order; a book with no plan is left out. Drafts are never
// bound. None without an organisation chart.
func (s *Site) Books() []*Book {
	if s.Organisation.Empty() {
		return nil
	}
	byYear := map[int]map[string]*Plan{}
	var years []int
	for _, p := range s.Plans {
		if p.Draft {
			continue
		}
		if byYear[p.Year] == nil {
			byYear[p.Year] = map[string]*Plan{}
			years = append(years, p.Year)
		}
		byYear[p.Year][p.Department.Slug] = p
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	var out []*Book
	for _, y := range years {
		committees := append([]*StandingCommittee{nil}, s.Organisation.Committees...)
		for _, c := range committees {
			b := &Book{Year: y, Committee: c, Slug: DistrictBook}
			if c != nil {
				b.Slug, b.For = c.Slug, c.Name+" 소관"
			}
			for _, bu := range s.Organisation.Bureaus {
				bb := BookBureau{Bureau: bu}
				for _, d := range bu.Departments {
					p := byYear[y][d.Slug]
					if p != nil && (c == nil || d.CommitteeIn(y) == c) {
						bb.Plans = append(bb.Plans, p)
					}
				}
				if len(bb.Plans) > 0 {
					b.Bureaus = append(b.Bureaus, bb)
				}
			}
			if len(b.Bureaus) == 0 {
				continue
			}
			b.Path = fmt.Sprintf("pdf/book/%d/%s.pdf", y, b.Slug)
			b.cover()
			for _, ss := range s.Book.Sessions {
				if ss.Year == y && ss.Occasion != "" {
					b.Occasion = ss.Occasion
				}
				if ss.Year == y && ss.Date != "" {
					b.Date = ss.Date
				}
			}
			out = append(out, b)
		}
	}
	return out
}

// cover takes the title, occasion and date the book's plans share.
func (b *Book) cover() {
	ps := b.Plans()
	same := func(f func(*Plan) string) string {
		v := f(ps[0])
		for _, p := range ps[1:] {
			if f(p) != v {
				return ""
			}
		}
		return v
	}
	b.Title = same(func(p *Plan) string { return p.Title })
	if b.Title == "" {
		b.Title = fmt.Sprintf("%d년도 주요업무 계획", b.Year)
	}
	b.Occasion = same(func(p *Plan) string { return p.Occasion })
	date := func(p *Plan) string {
		if p.Date.Year == 0 {
			return "" // undated
		}
		return p.Date.String()
	}
	month := func(p *Plan) string {
		if p.Date.Month == 0 {
			return ""
		}
		return period.Date{Year: p.Date.Year, Month: p.Date.Month}.String()
	}
	// Dated to the day differently but all in one month: the month.
	if b.Date = same(date); b.Date == "" {
		b.Date = same(month)
	}
}
