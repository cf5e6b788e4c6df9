package hwpx

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"workplan/generator/internal/golden"
)

func TestZipLayout(t *testing.T) {
	entries := writeSample(t)
	var names []string
	for _, e := range entries {
		names = append(names, e.name)
		if !e.mod.Equal(zipTime) {
			t.Errorf("%s modified %v, want the fixed %v", e.name, e.mod, zipTime)
		}
	}
	want := []string{
		"mimetype", "version.xml",
		"META-INF/container.xml", "META-INF/container.rdf", "META-INF/manifest.xml",
		"Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml",
		"BinData/image1.png", // the same PNG twice is stored once
		"settings.xml", "Preview/PrvText.txt",
	}
	if !slices.Equal(names, want) {
		t.Fatalf("entries:\n  %v\nwant\n  %v", names, want)
	}
	if entries[0].method != 0 || string(entries[0].data) != "application/hwp+zip" {
		t.Errorf("mimetype: method %d, content %q; want stored application/hwp+zip", entries[0].method, entries[0].data)
	}
	if entries[1].method != 0 {
		t.Errorf("version.xml is compressed (method %d); the spec says store it", entries[1].method)
	}
}

// TestMimetypeBytes checks the raw zip bytes a reader sniffs: the local
// header of "mimetype" at offset 0, stored, no extra field before the
// content, so "application/hwp+zip" sits at byte 38.
func TestMimetypeBytes(t *testing.T) {
	b, err := Write(sampleDocument(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		t.Fatal("not a zip local file header at offset 0")
	}
	name := string(b[30:38])
	if name != "mimetype" {
		t.Fatalf("first entry %q", name)
	}
	extra := int(b[28]) | int(b[29])<<8
	if got := string(b[38+extra : 38+extra+19]); got != "application/hwp+zip" {
		t.Errorf("content after header %q", got)
	}
}

// TestEveryPartIsReachable: each entry is named by container.xml, listed in
// content.hpf's manifest, or one of the fixed package files, and everything
// those name exists.
func TestEveryPartIsReachable(t *testing.T) { checkReachable(t, writeSample(t)) }

func checkReachable(t *testing.T, entries []entry) {
	t.Helper()
	have := map[string]bool{}
	for _, e := range entries {
		have[e.name] = true
	}
	reached := map[string]bool{"mimetype": true, "version.xml": true, "META-INF/container.xml": true, "META-INF/manifest.xml": true}
	container, err := parseXML(partData(t, entries, "META-INF/container.xml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, rf := range container.all("rootfile") {
		reached[rf.must("full-path")] = true
	}
	hpf, err := parseXML(partData(t, entries, "Contents/content.hpf"))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, it := range hpf.all("item") {
		reached[it.must("href")] = true
		ids[it.must("id")] = true
	}
	for _, ref := range hpf.all("itemref") {
		if !ids[ref.must("idref")] {
			t.Errorf("spine names %q, not in the manifest", ref.must("idref"))
		}
	}
	for name := range reached {
		if !have[name] {
			t.Errorf("%s is named but not in the package", name)
		}
	}
	for _, e := range entries {
		if !reached[e.name] {
			t.Errorf("%s is in the package but nothing names it", e.name)
		}
	}
}

// TestPartsWellFormed decodes every XML part and checks its root element is
// the one OWPML 2011 (or OCF/OPF) defines.
func TestPartsWellFormed(t *testing.T) { checkWellFormed(t, writeSample(t)) }

func checkWellFormed(t *testing.T, entries []entry) {
	t.Helper()
	roots := map[string][2]string{
		"version.xml":            {nsVersion, "HCFVersion"},
		"settings.xml":           {nsApp, "HWPApplicationSetting"},
		"META-INF/container.xml": {nsOCF, "container"},
		"META-INF/container.rdf": {nsRDF, "RDF"},
		"META-INF/manifest.xml":  {nsODF, "manifest"},
		"Contents/content.hpf":   {nsOPF, "package"},
		"Contents/header.xml":    {nsHead, "head"},
		"Contents/section0.xml":  {nsSection, "sec"},
	}
	for _, name := range sectionNames(entries) {
		roots[name] = [2]string{nsSection, "sec"}
	}
	for _, e := range entries {
		want, isXML := roots[e.name]
		if !isXML {
			continue
		}
		if !bytes.HasPrefix(e.data, []byte(xmlDecl+"<")) {
			t.Errorf("%s does not start with the declaration and its root", e.name)
		}
		root, err := parseXML(e.data)
		if err != nil {
			t.Errorf("%s: %v", e.name, err)
			continue
		}
		if root.name.Space != want[0] || root.name.Local != want[1] {
			t.Errorf("%s root {%s}%s, want {%s}%s", e.name, root.name.Space, root.name.Local, want[0], want[1])
		}
		delete(roots, e.name)
	}
	for name := range roots {
		t.Errorf("missing part %s", name)
	}
}

func TestReproducible(t *testing.T) {
	a, err := Write(sampleDocument(t))
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		b, err := Write(sampleDocument(t))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatal("two writes of the same document differ")
		}
	}
}

// TestGolden keeps an unzipped snapshot of the sample: each XML part one
// element per line, binary parts by size and hash.
func TestGolden(t *testing.T) {
	checkGolden(t, filepath.Join("testdata", "golden", "sample"), writeSample(t))
}

// checkGolden compares a package's parts with the snapshot in dir.
func checkGolden(t *testing.T, dir string, entries []entry) {
	t.Helper()
	var listing strings.Builder
	for _, e := range entries {
		method := "deflated"
		if e.method == 0 {
			method = "stored"
		}
		fmt.Fprintf(&listing, "%-24s %s\n", e.name, method)
		got, name := e.data, e.name
		switch {
		case strings.HasSuffix(e.name, ".png"):
			got = fmt.Appendf(nil, "%d bytes, sha256 %x\n", len(e.data), sha256.Sum256(e.data))
			name += ".sha256"
		case e.name == "mimetype" || strings.HasSuffix(e.name, ".txt"):
		default:
			var err error
			if got, err = indent(e.data); err != nil {
				t.Fatalf("%s: %v", e.name, err)
			}
		}
		golden.Check(t, filepath.Join(dir, name), got)
	}
	golden.Check(t, filepath.Join(dir, "ENTRIES"), []byte(listing.String()))
}
