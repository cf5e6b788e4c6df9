package build

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"runtime"
	"strings"
	"sync"

	"workplan/generator/internal/hwpx"
	"workplan/generator/internal/model"
	"workplan/generator/internal/opendata"
	"workplan/generator/internal/pdf"
)

// DistrictDataDir is where the district-wide open data is written, under
// site/.
const DistrictDataDir = "data"

// manifestBook records a book's key and files for incremental builds.
type manifestBook struct {
	Key   string    `json:"key"`
	Files []outFile `json:"files"`
}

// bookKey is a book's key: its place and its plans' keys (which cover
// site.yaml, so the chart and book settings too); "" when a plan's key is
// unknown (the book is then always rendered).
func (b *builder) bookKey(bk *model.Book) string {
	slot := map[*model.Plan]int{}
	for i, p := range b.site.Plans {
		slot[p] = i
	}
	h := sha256.New()
	fmt.Fprintf(h, "book;%d;%s;", bk.Year, bk.Slug)
	for _, p := range bk.Plans() {
		i, ok := slot[p]
		if !ok || b.keys[i].pdf == "" {
			return ""
		}
		fmt.Fprintf(h, "%s;", b.keys[i].pdf)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// books renders the council books (model.Site.Books) on the build's
// workers, reusing the previous build's file of a book whose key is
// unchanged, and records them in next.
func (b *builder) books(next *manifest, r *Result) error {
	bks := b.site.Books()
	if len(bks) == 0 {
		return nil
	}
	b.prog.set("books", 0, len(bks))
	recs := make([]manifestBook, len(bks))
	rendered := make([]bool, len(bks))
	errs := make([]error, len(bks))
	workers := b.opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, len(bks)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				recs[i], rendered[i], errs[i] = b.safeBook(bks[i])
				b.prog.add(1)
			}
		}()
	}
	for i := range bks {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if next.Books == nil {
		next.Books = map[string]manifestBook{}
	}
	for i, bk := range bks {
		if errs[i] != nil {
			return errs[i]
		}
		r.Books = append(r.Books, bk.Path)
		if rendered[i] {
			r.RenderedBooks = append(r.RenderedBooks, bk.Path)
		}
		next.Books[bk.Path] = recs[i]
	}
	return nil
}

// safeBook is book, with a panic inside a library turned into an error,
// as safePlan does for a plan.
func (b *builder) safeBook(bk *model.Book) (rec manifestBook, rendered bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: rendering failed inside a library (%v)", bk.Path, p)
		}
	}()
	return b.book(bk)
}

// book writes one book (pdf/book/… and site/pdf/book/…), or links the
// previous build's when its key is unchanged (rendered is false then).
// The characters no font has are reported by the plans' own PDFs already.
func (b *builder) book(bk *model.Book) (rec manifestBook, rendered bool, err error) {
	rec = manifestBook{Key: b.bookKey(bk)}
	rel := bk.Path
	if b.prev != nil && rec.Key != "" {
		if old, ok := b.prev.Books[rel]; ok && old.Key == rec.Key && b.reuse(old.Files) {
			rec.Files = old.Files
			return rec, false, nil
		}
	}
	data, _, err := pdf.Book(bk, b.site, b.faces, pdf.BookOptions{Created: b.opt.SourceDate})
	if err != nil {
		return rec, true, fmt.Errorf("%s: %w", rel, err)
	}
	if err := b.writeFile(rel, data); err != nil {
		return rec, true, err
	}
	if err := b.linkFile(rel, "site/"+rel, data); err != nil {
		return rec, true, err
	}
	// The same book for 한글, beside the PDF.
	hrel := strings.TrimSuffix(rel, ".pdf") + ".hwpx"
	hw, err := hwpx.Book(bk, b.site, hwpx.BookOptions{Date: b.opt.SourceDate, Fonts: b.hwpxFonts, Charts: hwpx.PlanOptions{Charts: b.chartFaces}})
	if err != nil {
		return rec, true, fmt.Errorf("%s: %w", hrel, err)
	}
	if err := b.writeFile(hrel, hw); err != nil {
		return rec, true, err
	}
	if err := b.linkFile(hrel, "site/"+hrel, hw); err != nil {
		return rec, true, err
	}
	h, hh := sum(data), sum(hw)
	rec.Files = []outFile{{Path: rel, SHA256: h}, {Path: "site/" + rel, SHA256: h}, {Path: hrel, SHA256: hh}, {Path: "site/" + hrel, SHA256: hh}}
	return rec, true, nil
}

// districtData writes the district-wide open data (site/data/…) over
// the published plans.
func (b *builder) districtData(r *Result) error {
	files, err := opendata.District(b.site.Published(), b.opt.SourceDate)
	if err != nil {
		return fmt.Errorf("district open data: %w", err)
	}
	for _, f := range files {
		if err := b.writeFile(path.Join("site", DistrictDataDir, f.Name), f.Data); err != nil {
			return err
		}
		r.DistrictData = append(r.DistrictData, DataFile{Path: path.Join(DistrictDataDir, f.Name), Title: f.Title, Rows: f.Rows, Bytes: len(f.Data)})
	}
	return nil
}

// DataFile is a district-wide open data file: its path under site/, what
// it holds, its data rows (0 for JSON) and its size, for the data page.
type DataFile struct {
	Path  string
	Title string
	Rows  int
	Bytes int
}
