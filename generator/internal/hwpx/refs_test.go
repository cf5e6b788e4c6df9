package hwpx

import (
	"strconv"
	"strings"
	"testing"
)

// defs are the ids header.xml and content.hpf define, by kind.
type defs map[string]map[string]bool

func collectDefs(t *testing.T, header, hpf, section *node) defs {
	t.Helper()
	d := defs{}
	add := func(kind string, parent *node, local string, want func(i int) string) {
		d[kind] = map[string]bool{}
		items := parent.all(local)
		for i, n := range items {
			id := n.must("id")
			if d[kind][id] {
				t.Errorf("%s id %s defined twice", local, id)
			}
			d[kind][id] = true
			// 한글 indexes these lists by position: id must equal it.
			if want != nil && id != want(i) {
				t.Errorf("%s #%d has id %s, want %s", local, i, id, want(i))
			}
		}
	}
	add("charPr", header, "charPr", strconv.Itoa)
	add("paraPr", header, "paraPr", strconv.Itoa)
	add("style", header, "style", strconv.Itoa)
	add("borderFill", header, "borderFill", func(i int) string { return strconv.Itoa(i + 1) })
	add("tabPr", header, "tabPr", strconv.Itoa)
	add("numbering", header, "numbering", nil)
	add("binaryItem", hpf, "item", nil)
	add("paragraph", section, "p", nil)
	return d
}

// TestReferencesResolve checks every *IDRef attribute in every part names
// something defined, and that item counts match.
func TestReferencesResolve(t *testing.T) {
	checkReferences(t, writeSample(t), "charPr", "paraPr", "style", "borderFill", "binaryItem")
}

// checkReferences checks a package's references; uses are the kinds that
// must be referred to at least once.
func checkReferences(t *testing.T, entries []entry, uses ...string) {
	t.Helper()
	parts := map[string]*node{}
	for _, name := range append([]string{"Contents/header.xml", "Contents/content.hpf", "settings.xml"}, sectionNames(entries)...) {
		n, err := parseXML(partData(t, entries, name))
		if err != nil {
			t.Fatal(err)
		}
		parts[name] = n
	}
	header := parts["Contents/header.xml"]
	d := collectDefs(t, header, parts["Contents/content.hpf"], body(t, entries))
	if got, want := header.must("secCnt"), strconv.Itoa(len(sectionNames(entries))); got != want {
		t.Errorf("header secCnt=%s, but the package has %s sections", got, want)
	}

	// What each reference attribute points at. A "" kind means the value
	// must be "0": the list it would index is not used.
	kinds := map[string]string{
		"charPrIDRef": "charPr", "paraPrIDRef": "paraPr", "styleIDRef": "style", "nextStyleIDRef": "style",
		"borderFillIDRef": "borderFill", "binaryItemIDRef": "binaryItem", "tabPrIDRef": "tabPr",
		"outlineShapeIDRef": "numbering", "paraIDRef": "paragraph",
		"memoShapeIDRef": "", "linkListIDRef": "", "linkListNextIDRef": "", "listIDRef": "",
	}
	counts := map[string]int{}
	for name, root := range parts {
		root.walk(func(n *node) {
			for _, a := range n.attr {
				if !strings.HasSuffix(a.Name.Local, "IDRef") {
					continue
				}
				kind, known := kinds[a.Name.Local]
				switch {
				case !known:
					t.Errorf("%s: <%s %s>: a reference this test does not know; add it to kinds", name, n.name.Local, a.Name.Local)
				case kind == "":
					if a.Value != "0" {
						t.Errorf("%s: <%s %s=%q>, want 0", name, n.name.Local, a.Name.Local, a.Value)
					}
				case a.Value == "4294967295" && n.name.Local == "paraHead":
					// "no character shape": the numbering's own default
				case a.Value == "" && n.name.Local == "substFont":
					// not an embedded font
				case !d[kind][a.Value]:
					t.Errorf("%s: <%s %s=%q> names no %s", name, n.name.Local, a.Name.Local, a.Value, kind)
				default:
					counts[kind]++
				}
			}
		})
	}
	// The references checked above must include each kind the sample uses,
	// or this test would pass on a body that refers to nothing.
	for _, kind := range uses {
		if counts[kind] == 0 {
			t.Errorf("no %s reference was checked", kind)
		}
	}

	// itemCnt and fontCnt say how many children follow.
	header.walk(func(n *node) {
		for _, attr := range []string{"itemCnt", "fontCnt"} {
			if v, ok := n.get(attr); ok {
				if want := strconv.Itoa(len(n.children)); v != want {
					t.Errorf("<%s %s=%s> has %s children", n.name.Local, attr, v, want)
				}
			}
		}
	})
	// fontRef values index each language's font list.
	fontCnt := map[string]int{}
	for _, ff := range header.all("fontface") {
		fontCnt[strings.ToLower(ff.must("lang"))], _ = strconv.Atoi(ff.must("fontCnt"))
	}
	for _, fr := range header.all("fontRef") {
		for _, a := range fr.attr {
			if v, _ := strconv.Atoi(a.Value); v < 0 || v >= fontCnt[a.Name.Local] {
				t.Errorf("fontRef %s=%s, but that language has %d fonts", a.Name.Local, a.Value, fontCnt[a.Name.Local])
			}
		}
	}
}

// TestStylesNamedForHangul: the styles a 한글 user looks for are there, each
// paragraph of the sample uses the style it was given, and the 개요 levels
// differ in indent.
func TestStylesNamedForHangul(t *testing.T) {
	entries := writeSample(t)
	header, err := parseXML(partData(t, entries, "Contents/header.xml"))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]*node{}
	for _, s := range header.all("style") {
		names[s.must("name")] = s
	}
	for _, want := range []string{"바탕글", "본문", "개요 1", "개요 2", "개요 3", "개요 4", "표 내용", "주석", "제목"} {
		if names[want] == nil {
			t.Errorf("no style %q", want)
		}
	}
	if names["바탕글"].must("id") != "0" {
		t.Error("바탕글 is not style 0")
	}
	paraPr := map[string]*node{}
	for _, p := range header.all("paraPr") {
		paraPr[p.must("id")] = p
	}
	left := func(style string) string {
		return paraPr[names[style].must("paraPrIDRef")].child("margin").child("left").must("value")
	}
	seen := map[string]string{}
	for _, s := range []string{"개요 1", "개요 2", "개요 3", "개요 4"} {
		if other, dup := seen[left(s)]; dup {
			t.Errorf("%s and %s have the same left margin %s", other, s, left(s))
		}
		seen[left(s)] = s
	}

	section, err := parseXML(partData(t, entries, "Contents/section0.xml"))
	if err != nil {
		t.Fatal(err)
	}
	byText := map[string]string{} // paragraph text → style name
	for _, p := range section.all("p") {
		var text strings.Builder
		for _, tt := range p.all("t") {
			text.WriteString(tt.text)
		}
		for name, s := range names {
			if s.must("id") == p.must("styleIDRef") {
				byText[text.String()] = name
			}
		}
	}
	for text, style := range map[string]string{
		"2024년 주요업무 계획": "제목", "□ 추진 배경": "개요 1", "※ 자료: 2023년 고용동향": "주석",
		"○ 지역 경제 활성화를 위한 청년 일자리 확대 & <지원>": "개요 2", "구분": "표 내용",
	} {
		if byText[text] != style {
			t.Errorf("%q in style %q, want %q", text, byText[text], style)
		}
	}
}
