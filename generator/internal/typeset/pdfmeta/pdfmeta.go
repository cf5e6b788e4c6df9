// Package pdfmeta completes a PDF written by gopdf with what gopdf gets wrong
// or leaves out (REFERENCE §4): a nested document outline with correct
// /Parent, /Prev, /Next, /First, /Last and /Count; page labels, so viewers
// show the printed page numbers; the document information dictionary as an
// indirect object; the catalog's /Lang and viewer preferences; and a trailer
// /ID derived from the content, so that equal input gives byte-identical
// files.
//
// It rewrites the file object by object using gopdf's own cross-reference
// table, so every offset stays exact.
package pdfmeta

import (
	"bytes"
	"crypto/md5"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

// Outline is one bookmark.
type Outline struct {
	Title    string
	Page     int     // 0-based page index
	Top      float64 // destination: distance from the top of the page, in points
	Children []*Outline
}

// Info is the document information dictionary.
type Info struct {
	Title, Author, Subject, Keywords, Creator, Producer string
	Created                                             time.Time // zero: left out
}

// PageLabel starts a range of page labels at a page: from Page (0-based)
// up to the next range, pages are labelled Prefix followed by their number
// in the range, written in Style and counting from Start. With no Style
// the label is the prefix alone.
type PageLabel struct {
	Page   int
	Prefix string
	Style  LabelStyle
	Start  int // the first page's number; 0 means 1
}

// LabelStyle is how page numbers are written in labels (/S).
type LabelStyle string

const (
	NoNumber     LabelStyle = ""  // the prefix alone
	Decimal      LabelStyle = "D" // 1, 2, 3
	LowerRoman   LabelStyle = "r" // i, ii, iii
	UpperRoman   LabelStyle = "R" // I, II, III
	LowerLetters LabelStyle = "a" // a … z, aa …
	UpperLetters LabelStyle = "A" // A … Z, AA …
)

// Options says what to add.
type Options struct {
	Outlines []*Outline
	// PageLabels, in page order with the first at page 0; none leaves
	// viewers numbering pages 1, 2, 3 from the first.
	PageLabels []PageLabel
	Info       Info
	Lang       string // BCP 47, e.g. ko-KR
	PageHeight float64
	// Compress deflates the pages' content streams that gopdf wrote
	// uncompressed (gopdf.SetNoCompression), at this zlib level, with
	// writers reused across streams and files (gopdf makes a fresh 1 MB
	// one per stream). 0 leaves them as they are.
	Compress int
}

var (
	startxrefRe = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	refRe       = regexp.MustCompile(`(\d+) 0 R`)
)

// Apply returns src, a PDF as gopdf writes it, with the outline, info,
// language and ID of opt.
func Apply(src []byte, opt Options) ([]byte, error) {
	doc, err := parse(src)
	if err != nil {
		return nil, err
	}
	if !bytes.Contains(doc.body(1), []byte("/Type /Catalog")) {
		return nil, errors.New("pdfmeta: object 1 is not the catalog")
	}
	pages := doc.pages()
	if len(pages) == 0 {
		return nil, errors.New("pdfmeta: no pages")
	}

	var extra [][]byte // new objects, numbered from doc.n
	add := func(body string) int {
		extra = append(extra, []byte(body))
		return doc.n + len(extra) - 1
	}
	reserve := func() int {
		extra = append(extra, nil)
		return doc.n + len(extra) - 1
	}
	set := func(num int, body string) { extra[num-doc.n] = []byte(body) }

	catalog := "<<\n/Type /Catalog\n/Pages 2 0 R\n"
	if len(opt.Outlines) > 0 {
		root := reserve()
		first, last, count, err := outlines(opt.Outlines, root, pages, opt.PageHeight, reserve, set)
		if err != nil {
			return nil, err
		}
		set(root, fmt.Sprintf("<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>\n", first, last, count))
		catalog += fmt.Sprintf("/Outlines %d 0 R\n/PageMode /UseOutlines\n", root)
	}
	if len(opt.PageLabels) > 0 {
		nums, err := pageLabels(opt.PageLabels, len(pages))
		if err != nil {
			return nil, err
		}
		catalog += "/PageLabels << /Nums [" + nums + "] >>\n"
	}
	if opt.Lang != "" {
		catalog += "/Lang " + literal(opt.Lang) + "\n"
	}
	catalog += "/ViewerPreferences << /DisplayDocTitle true >>\n>>\n"

	info := add(infoDict(opt.Info))
	var contents map[int]bool
	if opt.Compress != 0 {
		contents = doc.contents(pages)
	}

	var out bytes.Buffer
	out.Write(src[:doc.offsets[1]])
	total := doc.n + len(extra)
	offsets := make([]int, total)
	for i := 1; i < doc.n; i++ {
		offsets[i] = out.Len()
		if i == 1 {
			writeObj(&out, 1, []byte(catalog))
			continue
		}
		if opt.Compress != 0 && contents[i] {
			if err := writeDeflated(&out, i, doc.body(i), opt.Compress); err != nil {
				return nil, err
			}
			continue
		}
		out.Write(doc.raw(i))
	}
	for k, body := range extra {
		offsets[doc.n+k] = out.Len()
		writeObj(&out, doc.n+k, body)
	}
	id := md5.Sum(out.Bytes())
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", total)
	for i := 1; i < total; i++ {
		fmt.Fprintf(&out, "%010d 00000 n \n", offsets[i])
	}
	fmt.Fprintf(&out, "trailer\n<<\n/Size %d\n/Root 1 0 R\n/Info %d 0 R\n/ID [<%x> <%x>]\n>>\nstartxref\n%d\n%%%%EOF\n", total, info, id, id, xref)
	return out.Bytes(), nil
}

func writeObj(w *bytes.Buffer, num int, body []byte) {
	fmt.Fprintf(w, "%d 0 obj\n", num)
	w.Write(body)
	w.WriteString("endobj\n\n")
}

// outlines writes one level of bookmarks under parent and returns the
// first and last object numbers and the count of open descendants.
func outlines(list []*Outline, parent int, pages []int, pageH float64, reserve func() int, set func(int, string)) (first, last, count int, err error) {
	nums := make([]int, len(list))
	for i := range list {
		nums[i] = reserve()
	}
	for i, o := range list {
		if o.Page < 0 || o.Page >= len(pages) {
			return 0, 0, 0, fmt.Errorf("pdfmeta: outline %q points at page %d of %d", o.Title, o.Page+1, len(pages))
		}
		var b strings.Builder
		fmt.Fprintf(&b, "<<\n/Title %s\n/Parent %d 0 R\n", text(o.Title), parent)
		if i > 0 {
			fmt.Fprintf(&b, "/Prev %d 0 R\n", nums[i-1])
		}
		if i < len(list)-1 {
			fmt.Fprintf(&b, "/Next %d 0 R\n", nums[i+1])
		}
		if len(o.Children) > 0 {
			f, l, c, err := outlines(o.Children, nums[i], pages, pageH, reserve, set)
			if err != nil {
				return 0, 0, 0, err
			}
			fmt.Fprintf(&b, "/First %d 0 R\n/Last %d 0 R\n/Count %d\n", f, l, c)
			count += c
		}
		top := pageH - o.Top
		fmt.Fprintf(&b, "/Dest [%d 0 R /XYZ 0 %s null]\n>>\n", pages[o.Page], num(top))
		set(nums[i], b.String())
		count++
	}
	return nums[0], nums[len(nums)-1], count, nil
}

// pageLabels writes the /Nums array of the page label number tree: page
// index, label dictionary, in increasing page order from page 0.
func pageLabels(ls []PageLabel, pages int) (string, error) {
	var b strings.Builder
	for i, l := range ls {
		switch {
		case i == 0 && l.Page != 0:
			return "", fmt.Errorf("pdfmeta: page labels start at page %d, not the first page", l.Page+1)
		case i > 0 && l.Page <= ls[i-1].Page:
			return "", fmt.Errorf("pdfmeta: page label ranges out of order at page %d", l.Page+1)
		case l.Page >= pages:
			return "", fmt.Errorf("pdfmeta: page label range at page %d of %d", l.Page+1, pages)
		case l.Start < 0:
			return "", fmt.Errorf("pdfmeta: page label range at page %d starts at %d", l.Page+1, l.Start)
		}
		switch l.Style {
		case NoNumber, Decimal, LowerRoman, UpperRoman, LowerLetters, UpperLetters:
		default:
			return "", fmt.Errorf("pdfmeta: unknown page label style %q", l.Style)
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%d <<", l.Page)
		if l.Style != NoNumber {
			fmt.Fprintf(&b, " /S /%s", l.Style)
		}
		if l.Prefix != "" {
			b.WriteString(" /P " + text(l.Prefix))
		}
		if l.Start > 1 {
			fmt.Fprintf(&b, " /St %d", l.Start)
		}
		b.WriteString(" >>")
	}
	return b.String(), nil
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

func infoDict(in Info) string {
	var b strings.Builder
	b.WriteString("<<\n")
	for _, kv := range []struct{ k, v string }{
		{"Title", in.Title}, {"Author", in.Author}, {"Subject", in.Subject},
		{"Keywords", in.Keywords}, {"Creator", in.Creator}, {"Producer", in.Producer},
	} {
		if kv.v != "" {
			fmt.Fprintf(&b, "/%s %s\n", kv.k, text(kv.v))
		}
	}
	if !in.Created.IsZero() {
		d := literal(Date(in.Created))
		fmt.Fprintf(&b, "/CreationDate %s\n/ModDate %s\n", d, d)
	}
	b.WriteString(">>\n")
	return b.String()
}

// Date formats t as a PDF date: D:20240201000000+09'00'.
func Date(t time.Time) string {
	_, off := t.Zone()
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	if off == 0 {
		return "D:" + t.Format("20060102150405") + "Z"
	}
	return fmt.Sprintf("D:%s%c%02d'%02d'", t.Format("20060102150405"), sign, off/3600, off%3600/60)
}

// text encodes s as a PDF text string: UTF-16BE with a byte order mark,
// in hex, with surrogate pairs for characters outside the BMP.
func text(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// literal writes an ASCII string as a PDF literal string.
func literal(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)
	return "(" + r.Replace(s) + ")"
}

// document is a parsed gopdf file: object offsets from its xref table.
type document struct {
	src     []byte
	n       int   // objects 0..n-1 (0 is the free head)
	offsets []int // by object number
	ends    []int // end of each object's bytes
}

func parse(src []byte) (*document, error) {
	m := startxrefRe.FindSubmatch(src)
	if m == nil {
		return nil, errors.New("pdfmeta: no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref <= 0 || xref >= len(src) || !bytes.HasPrefix(src[xref:], []byte("xref\n0 ")) {
		return nil, errors.New("pdfmeta: bad xref offset")
	}
	p := src[xref+len("xref\n0 "):]
	nl := bytes.IndexByte(p, '\n')
	if nl < 0 {
		return nil, errors.New("pdfmeta: bad xref header")
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(p[:nl])))
	if err != nil || n < 3 {
		return nil, errors.New("pdfmeta: bad xref size")
	}
	p = p[nl+1:]
	if len(p) < 20*n {
		return nil, errors.New("pdfmeta: short xref table")
	}
	d := &document{src: src, n: n, offsets: make([]int, n), ends: make([]int, n)}
	for i := 1; i < n; i++ {
		e := p[20*i : 20*i+20]
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil || off <= 0 || off >= xref {
			return nil, fmt.Errorf("pdfmeta: bad xref entry %d", i)
		}
		d.offsets[i] = off
		if !bytes.HasPrefix(src[off:], []byte(strconv.Itoa(i)+" 0 obj")) {
			return nil, fmt.Errorf("pdfmeta: object %d is not at its offset", i)
		}
	}
	order := make([]int, 0, n-1)
	for i := 1; i < n; i++ {
		order = append(order, i)
	}
	sort.Slice(order, func(a, b int) bool { return d.offsets[order[a]] < d.offsets[order[b]] })
	for k, i := range order {
		if k+1 < len(order) {
			d.ends[i] = d.offsets[order[k+1]]
		} else {
			d.ends[i] = xref
		}
	}
	return d, nil
}

// raw is object i's bytes from "i 0 obj" through the blank line after endobj.
func (d *document) raw(i int) []byte { return d.src[d.offsets[i]:d.ends[i]] }

// body is object i's content between "obj" and "endobj".
func (d *document) body(i int) []byte {
	r := d.raw(i)
	if k := bytes.Index(r, []byte("obj\n")); k >= 0 {
		r = r[k+4:]
	}
	if k := bytes.LastIndex(r, []byte("endobj")); k >= 0 {
		r = r[:k]
	}
	return r
}

// pages returns the page objects' numbers in order, from /Kids of object 2.
func (d *document) pages() []int {
	body := d.body(2)
	k := bytes.Index(body, []byte("/Kids"))
	if k < 0 {
		return nil
	}
	body = body[k:]
	if e := bytes.IndexByte(body, ']'); e >= 0 {
		body = body[:e]
	}
	var out []int
	for _, m := range refRe.FindAllSubmatch(body, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		out = append(out, n)
	}
	return out
}
