package hwpx

import "cmp"

// OWPML 2011 namespaces, declared on the root of header.xml, section0.xml and
// content.hpf as 한글 does (it declares the whole set on every part).
const (
	nsApp       = "http://www.hancom.co.kr/hwpml/2011/app"
	nsParagraph = "http://www.hancom.co.kr/hwpml/2011/paragraph"
	nsPara2016  = "http://www.hancom.co.kr/hwpml/2016/paragraph"
	nsSection   = "http://www.hancom.co.kr/hwpml/2011/section"
	nsCore      = "http://www.hancom.co.kr/hwpml/2011/core"
	nsHead      = "http://www.hancom.co.kr/hwpml/2011/head"
	nsHistory   = "http://www.hancom.co.kr/hwpml/2011/history"
	nsMaster    = "http://www.hancom.co.kr/hwpml/2011/master-page"
	nsHPF       = "http://www.hancom.co.kr/schema/2011/hpf"
	nsDC        = "http://purl.org/dc/elements/1.1/"
	nsOPF       = "http://www.idpf.org/2007/opf/"
	nsChart     = "http://www.hancom.co.kr/hwpml/2016/ooxmlchart"
	nsUnitChar  = "http://www.hancom.co.kr/hwpml/2016/HwpUnitChar"
	nsEpub      = "http://www.idpf.org/2007/ops"
	nsConfig    = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
	nsVersion   = "http://www.hancom.co.kr/hwpml/2011/version"
	nsOCF       = "urn:oasis:names:tc:opendocument:xmlns:container"
	nsODF       = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
	nsRDF       = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsPkg       = "http://www.hancom.co.kr/hwpml/2016/meta/pkg#"
)

// owpmlNS is the namespace attribute list of the OWPML parts.
var owpmlNS = []string{
	"xmlns:ha", nsApp, "xmlns:hp", nsParagraph, "xmlns:hp10", nsPara2016,
	"xmlns:hs", nsSection, "xmlns:hc", nsCore, "xmlns:hh", nsHead,
	"xmlns:hhs", nsHistory, "xmlns:hm", nsMaster, "xmlns:hpf", nsHPF,
	"xmlns:dc", nsDC, "xmlns:opf", nsOPF, "xmlns:ooxmlchart", nsChart,
	"xmlns:hwpunitchar", nsUnitChar, "xmlns:epub", nsEpub, "xmlns:config", nsConfig,
}

// langs are the seven script groups of a fontface list and a charPr's
// fontRef; each group lists the same two faces here.
var langs = [...]string{"HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"}

var langAttrs = [...]string{"hangul", "latin", "hanja", "japanese", "other", "symbol", "user"}

func perLang(v string) []string {
	a := make([]string, 0, 2*len(langAttrs))
	for _, l := range langAttrs {
		a = append(a, l, v)
	}
	return a
}

// writeHeader renders Contents/header.xml: fonts, border fills, character
// and paragraph shapes, the outline numbering and the styles.
func writeHeader(doc Document, r *refs, sections int) []byte {
	w := newXW()
	w.start("hh:head", append(owpmlNS, "version", "1.4", "secCnt", itoa(sections))...)
	w.empty("hh:beginNum", "page", "1", "footnote", "1", "endnote", "1", "pic", "1", "tbl", "1", "equation", "1")
	w.start("hh:refList")

	w.start("hh:fontfaces", "itemCnt", itoa(len(langs)))
	for _, lang := range langs {
		w.start("hh:fontface", "lang", lang, "fontCnt", "2")
		writeFont(w, 0, doc.Fonts.Sans)
		writeFont(w, 1, doc.Fonts.Serif)
		w.end("hh:fontface")
	}
	w.end("hh:fontfaces")

	w.start("hh:borderFills", "itemCnt", itoa(len(r.fills.list)))
	for i, f := range r.fills.list {
		writeBorderFill(w, i+1, f)
	}
	w.end("hh:borderFills")

	w.start("hh:charProperties", "itemCnt", itoa(len(r.chars.list)))
	for i, c := range r.chars.list {
		writeCharPr(w, i, c)
	}
	w.end("hh:charProperties")

	w.start("hh:tabProperties", "itemCnt", "1")
	w.empty("hh:tabPr", "id", "0", "autoTabLeft", "0", "autoTabRight", "0")
	w.end("hh:tabProperties")

	writeNumbering(w)

	w.start("hh:paraProperties", "itemCnt", itoa(len(r.paras.list)))
	for i, p := range r.paras.list {
		writeParaPr(w, i, p)
	}
	w.end("hh:paraProperties")

	w.start("hh:styles", "itemCnt", itoa(int(numStyles)))
	for s := Style(0); s < numStyles; s++ {
		d := r.styles[s]
		w.empty("hh:style", "id", itoa(int(s)), "type", "PARA", "name", d.Name, "engName", d.EngName,
			"paraPrIDRef", itoa(r.stylePara[s]), "charPrIDRef", itoa(r.styleChar[s]),
			"nextStyleIDRef", itoa(int(s)), "langID", "1042", "lockForm", "0")
	}
	w.end("hh:styles")

	w.end("hh:refList")
	w.start("hh:compatibleDocument", "targetProgram", "HWP201X")
	w.empty("hh:layoutCompatibility")
	w.end("hh:compatibleDocument")
	w.start("hh:docOption")
	w.empty("hh:linkinfo", "path", "", "pageInherit", "0", "footnoteInherit", "0")
	w.end("hh:docOption")
	// The schema names this element trackchangeConfig; 한글 itself writes
	// (and so reads) trackchageConfig.
	w.empty("hh:trackchageConfig", "flags", "56")
	w.end("hh:head")
	return w.bytes()
}

func writeFont(w *xw, id int, f Font) {
	w.start("hh:font", "id", itoa(id), "face", f.Face, "type", "TTF", "isEmbedded", "0")
	if f.Substitute != "" {
		w.empty("hh:substFont", "face", f.Substitute, "type", "TTF", "isEmbedded", "0", "binaryItemIDRef", "")
	}
	family := "FCAT_GOTHIC"
	if f.Serif {
		family = "FCAT_MYUNGJO"
	}
	w.empty("hh:typeInfo", "familyType", family, "weight", "6", "proportion", "4", "contrast", "0",
		"strokeVariation", "1", "armStyle", "1", "letterform", "1", "midline", "1", "xHeight", "1")
	w.end("hh:font")
}

func writeBorderFill(w *xw, id int, f fillKey) {
	w.start("hh:borderFill", "id", itoa(id), "threeD", "0", "shadow", "0", "centerLine", "NONE", "breakCellSeparateLine", "0")
	w.empty("hh:slash", "type", "NONE", "Crooked", "0", "isCounter", "0")
	w.empty("hh:backSlash", "type", "NONE", "Crooked", "0", "isCounter", "0")
	for _, side := range []struct {
		name string
		l    lineKey
	}{{"hh:leftBorder", f.left}, {"hh:rightBorder", f.right}, {"hh:topBorder", f.top}, {"hh:bottomBorder", f.bottom}} {
		w.empty(side.name, "type", side.l.style, "width", side.l.width, "color", side.l.color)
	}
	w.empty("hh:diagonal", "type", "SOLID", "width", "0.1 mm", "color", "#000000")
	if f.face != "" {
		w.start("hc:fillBrush")
		w.empty("hc:winBrush", "faceColor", f.face, "hatchColor", "#999999", "alpha", "0")
		w.end("hc:fillBrush")
	}
	w.end("hh:borderFill")
}

func writeCharPr(w *xw, id int, c charKey) {
	color := c.color
	if color == "" {
		color = "#000000"
	}
	w.start("hh:charPr", "id", itoa(id), "height", itoa(c.size), "textColor", color, "shadeColor", "none",
		"useFontSpace", "0", "useKerning", "0", "symMark", "NONE", "borderFillIDRef", itoa(cmp.Or(c.border, fillCharBase)))
	font := "0"
	if c.serif {
		font = "1"
	}
	w.empty("hh:fontRef", perLang(font)...)
	w.empty("hh:ratio", perLang("100")...)
	w.empty("hh:spacing", perLang("0")...)
	w.empty("hh:relSz", perLang("100")...)
	w.empty("hh:offset", perLang("0")...)
	if c.italic {
		w.empty("hh:italic")
	}
	if c.bold {
		w.empty("hh:bold")
	}
	if c.underline {
		w.empty("hh:underline", "type", "BOTTOM", "shape", "SOLID", "color", color)
	} else {
		w.empty("hh:underline", "type", "NONE", "shape", "SOLID", "color", "#000000")
	}
	if c.strike {
		w.empty("hh:strikeout", "shape", "SOLID", "color", color)
	} else {
		w.empty("hh:strikeout", "shape", "NONE", "color", "#000000")
	}
	w.empty("hh:outline", "type", "NONE")
	w.empty("hh:shadow", "type", "NONE", "color", "#B2B2B2", "offsetX", "10", "offsetY", "10")
	w.end("hh:charPr")
}

func writeParaPr(w *xw, id int, p paraKey) {
	w.start("hh:paraPr", "id", itoa(id), "tabPrIDRef", "0", "condense", "0", "fontLineHeight", "0",
		"snapToGrid", "1", "suppressLineNumbers", "0", "checked", "0")
	w.empty("hh:align", "horizontal", p.align, "vertical", "BASELINE")
	w.empty("hh:heading", "type", "NONE", "idRef", "0", "level", "0")
	w.empty("hh:breakSetting", "breakLatinWord", "KEEP_WORD", "breakNonLatinWord", "KEEP_WORD",
		"widowOrphan", "0", "keepWithNext", bit(p.keepWithNext), "keepLines", "0", "pageBreakBefore", "0", "lineWrap", "BREAK")
	w.empty("hh:autoSpacing", "eAsianEng", "0", "eAsianNum", "0")
	w.start("hh:margin")
	for _, m := range []struct {
		name string
		v    Length
	}{{"hc:intent", p.indent}, {"hc:left", p.left}, {"hc:right", 0}, {"hc:prev", p.before}, {"hc:next", p.after}} {
		w.empty(m.name, "value", itoa(m.v), "unit", "HWPUNIT")
	}
	w.end("hh:margin")
	w.empty("hh:lineSpacing", "type", "PERCENT", "value", itoa(p.lineSpacing), "unit", "HWPUNIT")
	border, below := fillCharBase, Length(0)
	if p.border > 0 {
		// The rule stands a little below the text, as the PDF's does.
		border, below = p.border, Pt(4)
	}
	w.empty("hh:border", "borderFillIDRef", itoa(border), "offsetLeft", "0", "offsetRight", "0",
		"offsetTop", "0", "offsetBottom", itoa(below), "connect", "0", "ignoreMargin", "0")
	w.end("hh:paraPr")
}

// writeNumbering writes 한글's default outline numbering (id 1), which the
// section's outlineShapeIDRef names. No paragraph uses it: the 개요 styles
// here carry their markers as text.
func writeNumbering(w *xw) {
	heads := []struct{ text, format string }{
		{"^1.", "DIGIT"}, {"^2.", "HANGUL_SYLLABLE"}, {"^3)", "DIGIT"}, {"^4)", "HANGUL_SYLLABLE"},
		{"(^5)", "DIGIT"}, {"(^6)", "HANGUL_SYLLABLE"}, {"^7", "CIRCLED_DIGIT"},
	}
	w.start("hh:numberings", "itemCnt", "1")
	w.start("hh:numbering", "id", "1", "start", "0")
	for i, h := range heads {
		w.elem("hh:paraHead", h.text, "start", "1", "level", itoa(i+1), "align", "LEFT", "useInstWidth", "1",
			"autoIndent", "1", "widthAdjust", "0", "textOffsetType", "PERCENT", "textOffset", "50",
			"numFormat", h.format, "charPrIDRef", "4294967295", "checkable", "0")
	}
	w.end("hh:numbering")
	w.end("hh:numberings")
}
