package hwpx

import (
	"fmt"
	"regexp"
	"strings"
)

// sectionWriter renders the sections, Contents/section0.xml and on: one,
// and one more after each SectionBreak. Each section's first paragraph
// carries its properties (page size, margins) and, when asked, the
// page-number control, as 한글 requires.
type sectionWriter struct {
	doc         Document
	refs        *refs
	bins        *binStore
	w           *xw
	sections    [][]byte // the sections written so far
	nextID      int      // paragraph ids, in document order
	objID       int      // table and picture ids
	started     bool     // this section's properties are written
	brk         bool     // the next top-level paragraph starts a page
	pageNumbers bool     // this section shows page numbers
	preview     strings.Builder
}

func writeSections(doc Document, r *refs, bins *binStore) (sections [][]byte, preview []byte, err error) {
	s := &sectionWriter{doc: doc, refs: r, bins: bins, objID: 1}
	s.open(doc.PageNumbers)
	for i, b := range doc.Blocks {
		if err := s.block(b); err != nil {
			return nil, nil, fmt.Errorf("hwpx: block %d: %w", i+1, err)
		}
	}
	s.close()
	return s.sections, []byte(s.preview.String()), nil
}

// open starts a section.
func (s *sectionWriter) open(pageNumbers bool) {
	s.w, s.started, s.brk, s.pageNumbers = newXW(), false, false, pageNumbers
	s.w.start("hs:sec", owpmlNS...)
}

// close ends the section being written.
func (s *sectionWriter) close() {
	if !s.started || s.brk {
		// An empty section, or a trailing page break, still needs a
		// paragraph to hold the section properties or the break.
		s.paragraph(&Paragraph{Style: Normal}, true)
	}
	s.w.end("hs:sec")
	s.sections = append(s.sections, s.w.bytes())
}

func (s *sectionWriter) block(b Block) error {
	switch b := b.(type) {
	case *Paragraph:
		if err := checkParagraph(b); err != nil {
			return err
		}
		s.preview.WriteString(s.paragraph(b, true))
		s.preview.WriteByte('\n')
	case *Table:
		return s.table(b)
	case *Picture:
		return s.picture(b)
	case PageBreak:
		s.brk = true
	case SectionBreak:
		s.close()
		s.open(b.PageNumbers)
	case nil:
		return fmt.Errorf("nil block")
	default:
		return fmt.Errorf("unknown block type %T", b)
	}
	return nil
}

var colorRE = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

func checkColor(what, c string) error {
	if c != "" && !colorRE.MatchString(c) {
		return fmt.Errorf("%s colour %q; want #RRGGBB", what, c)
	}
	return nil
}

func checkParagraph(p *Paragraph) error {
	if p == nil {
		return fmt.Errorf("nil paragraph")
	}
	if !p.Style.valid() {
		return fmt.Errorf("paragraph style %d; want one of the hwpx.Style constants", p.Style)
	}
	if p.Align < AlignDefault || p.Align > AlignRight {
		return fmt.Errorf("paragraph alignment %d; want one of the hwpx.Align constants", p.Align)
	}
	for _, r := range p.Runs {
		if err := checkColor("run", r.Color); err != nil {
			return err
		}
		if err := checkColor("run frame", r.Frame); err != nil {
			return err
		}
		if r.Size < 0 {
			return fmt.Errorf("run size %d; want 0 (the style's) or a positive hwpx.Pt", r.Size)
		}
	}
	return nil
}

// openP starts a paragraph. Top-level paragraphs take a pending page break
// and, the first of them, the section properties.
func (s *sectionWriter) openP(style Style, paraPr int, top bool) {
	brk := false
	if top {
		brk, s.brk = s.brk, false
	}
	s.w.start("hp:p", "id", itoa(s.nextID), "paraPrIDRef", itoa(paraPr), "styleIDRef", itoa(int(style)),
		"pageBreak", bit(brk), "columnBreak", "0", "merged", "0")
	s.nextID++
	if top && !s.started {
		s.started = true
		s.sectionProperties(s.refs.styleChar[style])
	}
}

// paragraph writes p and returns its text for the preview.
func (s *sectionWriter) paragraph(p *Paragraph, top bool) string {
	s.openP(p.Style, s.refs.para(p), top)
	var text strings.Builder
	written := false
	if p.HidePageNumber || p.PageNumberFrom > 0 {
		written = true
		s.w.start("hp:run", "charPrIDRef", itoa(s.refs.styleChar[p.Style]))
		if p.HidePageNumber {
			s.w.start("hp:ctrl")
			s.w.empty("hp:pageHiding", "hideHeader", "0", "hideFooter", "0", "hideMasterPage", "0",
				"hideBorder", "0", "hideFill", "0", "hidePageNum", "1")
			s.w.end("hp:ctrl")
		}
		if p.PageNumberFrom > 0 {
			s.w.start("hp:ctrl")
			s.w.empty("hp:newNum", "num", itoa(p.PageNumberFrom), "numType", "PAGE")
			s.w.end("hp:ctrl")
		}
		s.w.end("hp:run")
	}
	// Neighbouring runs of one character shape are written as one run, as
	// 한글 keeps them.
	var pending strings.Builder
	pendingID := -1
	flush := func() {
		if pendingID < 0 {
			return
		}
		s.w.start("hp:run", "charPrIDRef", itoa(pendingID))
		s.w.start("hp:t")
		writeRunText(s.w, pending.String())
		s.w.end("hp:t")
		s.w.end("hp:run")
		pending.Reset()
	}
	for _, r := range p.Runs {
		if r.Text == "" {
			continue
		}
		written = true
		if id := s.refs.char(p.Style, r); id != pendingID {
			flush()
			pendingID = id
		}
		pending.WriteString(r.Text)
		text.WriteString(r.Text)
	}
	flush()
	if !written {
		s.w.empty("hp:run", "charPrIDRef", itoa(s.refs.styleChar[p.Style]))
	}
	s.w.end("hp:p")
	return text.String()
}

// writeRunText writes text, with "\n" as a line break and "\t" as a tab.
func writeRunText(w *xw, text string) {
	for {
		i := strings.IndexAny(text, "\n\t")
		if i < 0 {
			w.text(text)
			return
		}
		w.text(text[:i])
		if text[i] == '\n' {
			w.empty("hp:lineBreak")
		} else {
			w.empty("hp:tab", "width", "4000", "leader", "0", "type", "1") // as 한글 writes: numeric codes
		}
		text = text[i+1:]
	}
}

// sectionProperties writes the runs that open the first paragraph: the
// section definition (page), the column definition and, when asked, the
// page number at the bottom centre as "- n -".
func (s *sectionWriter) sectionProperties(charPr int) {
	w, pg := s.w, s.doc.Page
	w.start("hp:run", "charPrIDRef", itoa(charPr))
	w.start("hp:secPr", "id", "", "textDirection", "HORIZONTAL", "spaceColumns", "1134", "tabStop", "8000",
		"tabStopVal", "4000", "tabStopUnit", "HWPUNIT", "outlineShapeIDRef", "1", "memoShapeIDRef", "0",
		"textVerticalWidthHead", "0", "masterPageCnt", "0")
	w.empty("hp:grid", "lineGrid", "0", "charGrid", "0", "wonggojiFormat", "0")
	w.empty("hp:startNum", "pageStartsOn", "BOTH", "page", "0", "pic", "0", "tbl", "0", "equation", "0")
	w.empty("hp:visibility", "hideFirstHeader", "0", "hideFirstFooter", "0", "hideFirstMasterPage", "0",
		"border", "SHOW_ALL", "fill", "SHOW_ALL", "hideFirstPageNum", "0", "hideFirstEmptyLine", "0", "showLineNumber", "0")
	w.empty("hp:lineNumberShape", "restartType", "0", "countBy", "0", "distance", "0", "startNumber", "0")
	w.start("hp:pagePr", "landscape", "WIDELY", "width", itoa(pg.Width), "height", itoa(pg.Height), "gutterType", "LEFT_ONLY")
	w.empty("hp:margin", "header", itoa(pg.Header), "footer", itoa(pg.Footer), "gutter", "0",
		"left", itoa(pg.Left), "right", itoa(pg.Right), "top", itoa(pg.Top), "bottom", itoa(pg.Bottom))
	w.end("hp:pagePr")
	writeNotePr(w, "hp:footNotePr", "-1", "283", "EACH_COLUMN")
	writeNotePr(w, "hp:endNotePr", "14692344", "0", "END_OF_DOCUMENT")
	for _, t := range []string{"BOTH", "EVEN", "ODD"} {
		w.start("hp:pageBorderFill", "type", t, "borderFillIDRef", itoa(fillNone), "textBorder", "PAPER",
			"headerInside", "0", "footerInside", "0", "fillArea", "PAPER")
		w.empty("hp:offset", "left", "1417", "right", "1417", "top", "1417", "bottom", "1417")
		w.end("hp:pageBorderFill")
	}
	w.end("hp:secPr")
	w.start("hp:ctrl")
	w.empty("hp:colPr", "id", "", "type", "NEWSPAPER", "layout", "LEFT", "colCount", "1", "sameSz", "1", "sameGap", "0")
	w.end("hp:ctrl")
	w.end("hp:run")
	if s.pageNumbers {
		w.start("hp:run", "charPrIDRef", itoa(charPr))
		w.start("hp:ctrl")
		w.empty("hp:pageNum", "pos", "BOTTOM_CENTER", "formatType", "DIGIT", "sideChar", "-")
		w.end("hp:ctrl")
		w.end("hp:run")
	}
}

func writeNotePr(w *xw, name, lineLength, between, place string) {
	w.start(name)
	w.empty("hp:autoNumFormat", "type", "DIGIT", "userChar", "", "prefixChar", "", "suffixChar", ")", "supscript", "0")
	w.empty("hp:noteLine", "length", lineLength, "type", "SOLID", "width", "0.12 mm", "color", "#000000")
	w.empty("hp:noteSpacing", "betweenNotes", between, "belowLine", "567", "aboveLine", "850")
	w.empty("hp:numbering", "type", "CONTINUOUS", "newNum", "1")
	w.empty("hp:placement", "place", place, "beneathText", "0")
	w.end(name)
}
