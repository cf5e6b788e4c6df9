package hwpx

import (
	"archive/zip"
	"bytes"
	"time"
)

// mimetype is the first zip entry, stored, as OCF requires; 한글 writes this
// value.
const mimetype = "application/hwp+zip"

// zipTime is every entry's modification time, so the bytes never depend on
// when the file was written.
var zipTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

type part struct {
	name   string
	data   []byte
	stored bool // written uncompressed
}

// pack assembles the package. The order is fixed: mimetype, version.xml
// (both stored: the spec forbids compressing version.xml), the META-INF
// files, the package document, the content parts, settings and preview.
func pack(props Properties, header []byte, sections [][]byte, preview []byte, bins *binStore) ([]byte, error) {
	parts := []part{
		{"mimetype", []byte(mimetype), true},
		{"version.xml", versionXML(), true},
		{"META-INF/container.xml", containerXML(), false},
		{"META-INF/container.rdf", containerRDF(len(sections)), false},
		{"META-INF/manifest.xml", manifestXML(), false},
		{"Contents/content.hpf", contentHPF(props, bins, len(sections)), false},
		{"Contents/header.xml", header, false},
	}
	for i, sec := range sections {
		parts = append(parts, part{sectionPath(i), sec, false})
	}
	for _, b := range bins.items {
		// PNG is compressed already.
		parts = append(parts, part{b.path, b.data, true})
	}
	parts = append(parts,
		part{"settings.xml", settingsXML(), false},
		part{"Preview/PrvText.txt", preview, false},
	)

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		h := &zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime}
		if p.stored {
			h.Method = zip.Store
		}
		f, err := zw.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		if _, err := f.Write(p.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// versionXML names the format version (OWPML 1.4 as written by 한글 2014 and
// later) and, honestly, this tool as the writing application.
func versionXML() []byte {
	w := newXW()
	w.empty("hv:HCFVersion", "xmlns:hv", nsVersion, "tagetApplication", "WORDPROCESSOR",
		"major", "5", "minor", "1", "micro", "0", "buildNumber", "1", "os", "1", "xmlVersion", "1.4",
		"application", "workplan", "appVersion", "1")
	return w.bytes()
}

// containerXML points readers at the package document and the preview.
func containerXML() []byte {
	w := newXW()
	w.start("ocf:container", "xmlns:ocf", nsOCF, "xmlns:hpf", nsHPF)
	w.start("ocf:rootfiles")
	w.empty("ocf:rootfile", "full-path", "Contents/content.hpf", "media-type", "application/hwpml-package+xml")
	w.empty("ocf:rootfile", "full-path", "Preview/PrvText.txt", "media-type", "text/plain")
	w.empty("ocf:rootfile", "full-path", "META-INF/container.rdf", "media-type", "application/rdf+xml")
	w.end("ocf:rootfiles")
	w.end("ocf:container")
	return w.bytes()
}

// sectionPath is the name of section i: Contents/section0.xml and on.
func sectionPath(i int) string { return "Contents/section" + itoa(i) + ".xml" }

// containerRDF types the header and section parts, as 한글 writes it.
func containerRDF(sections int) []byte {
	w := newXW()
	w.start("rdf:RDF", "xmlns:rdf", nsRDF)
	type typed struct{ path, typ string }
	list := []typed{{"Contents/header.xml", "HeaderFile"}}
	for i := range sections {
		list = append(list, typed{sectionPath(i), "SectionFile"})
	}
	for _, p := range list {
		w.start("rdf:Description", "rdf:about", "")
		w.empty("ns0:hasPart", "xmlns:ns0", nsPkg, "rdf:resource", p.path)
		w.end("rdf:Description")
		w.start("rdf:Description", "rdf:about", p.path)
		w.empty("rdf:type", "rdf:resource", nsPkg+p.typ)
		w.end("rdf:Description")
	}
	w.start("rdf:Description", "rdf:about", "")
	w.empty("rdf:type", "rdf:resource", nsPkg+"Document")
	w.end("rdf:Description")
	w.end("rdf:RDF")
	return w.bytes()
}

// manifestXML is empty: it would list encryption data, and nothing is
// encrypted.
func manifestXML() []byte {
	w := newXW()
	w.empty("odf:manifest", "xmlns:odf", nsODF)
	return w.bytes()
}

func settingsXML() []byte {
	w := newXW()
	w.start("ha:HWPApplicationSetting", "xmlns:ha", nsApp, "xmlns:config", nsConfig)
	w.empty("ha:CaretPosition", "listIDRef", "0", "paraIDRef", "0", "pos", "0")
	w.end("ha:HWPApplicationSetting")
	return w.bytes()
}

// contentHPF is the package document: metadata, the manifest of content
// parts (header, section, settings, pictures) and the reading order.
func contentHPF(props Properties, bins *binStore, sections int) []byte {
	w := newXW()
	w.start("opf:package", append(owpmlNS, "version", "", "unique-identifier", "", "id", "")...)
	w.start("opf:metadata")
	w.elem("opf:title", props.Title)
	w.elem("opf:language", "ko")
	meta := func(name, value string) { w.elem("opf:meta", value, "name", name, "content", "text") }
	meta("creator", props.Author)
	meta("subject", props.Subject)
	meta("description", "")
	meta("publisher", props.Department)
	meta("lastsaveby", props.Author)
	if !props.Date.IsZero() {
		// The plan's date is a calendar date; its time and zone are not
		// part of it.
		d := props.Date.Format("2006-01-02") + "T00:00:00Z"
		meta("CreatedDate", d)
		meta("ModifiedDate", d)
	}
	meta("keyword", "")
	w.end("opf:metadata")
	w.start("opf:manifest")
	w.empty("opf:item", "id", "header", "href", "Contents/header.xml", "media-type", "application/xml")
	for i := range sections {
		w.empty("opf:item", "id", "section"+itoa(i), "href", sectionPath(i), "media-type", "application/xml")
	}
	w.empty("opf:item", "id", "settings", "href", "settings.xml", "media-type", "application/xml")
	for _, b := range bins.items {
		// "isEmbeded" is the spelling 한글 writes and reads.
		w.empty("opf:item", "id", b.id, "href", b.path, "media-type", "image/png", "isEmbeded", "1")
	}
	w.end("opf:manifest")
	w.start("opf:spine")
	w.empty("opf:itemref", "idref", "header", "linear", "yes")
	for i := range sections {
		w.empty("opf:itemref", "idref", "section"+itoa(i), "linear", "yes")
	}
	w.end("opf:spine")
	w.end("opf:package")
	return w.bytes()
}
