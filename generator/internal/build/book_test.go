package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"workplan/generator/internal/pdftools"
)

// draftContent is the rich fixture with its 2025 안전재난과 plan marked a
// draft; "빗물받이" is only in that plan.
func draftContent(t *testing.T) string {
	t.Helper()
	content := copyTree(t, "../../../testdata/rich")
	edit(t, filepath.Join(content, "2025/safety/plan.yaml"), "year: 2025\n", "year: 2025\ndraft: true\n")
	return content
}

const draftMarker = "빗물받이"

// textOf is what a built file says: a PDF's text, other files as they are.
func textOf(t *testing.T, file string, data []byte) string {
	if strings.HasSuffix(file, ".pdf") {
		return pdftools.Run(t, "pdftotext", "-enc", "UTF-8", file, "-")
	}
	return string(data)
}

// TestBooksAndDrafts: a build writes a council book per committee and
// year and one for the district (pdf/book/… and site/pdf/book/…), and
// the district-wide open data; a draft reaches none of the outputs. With
// Drafts (serve's preview) the draft has its page and PDF, and still no
// book or open data holds it.
func TestBooksAndDrafts(t *testing.T) {
	content := draftContent(t)
	out := t.TempDir()
	r := run(t, Options{Content: content, Out: out})
	want := []string{"pdf/book/2025/district.pdf", "pdf/book/2025/admin.pdf", "pdf/book/2024/district.pdf", "pdf/book/2024/welfare.pdf"}
	if !slices.Equal(r.Books, want) {
		t.Errorf("books %q, want %q", r.Books, want)
	}
	for _, b := range want {
		for _, p := range []string{b, "site/" + b} {
			if _, err := os.Stat(filepath.Join(out, p)); err != nil {
				t.Error(err)
			}
		}
	}
	var data []string
	for _, f := range r.DistrictData {
		data = append(data, f.Path)
		if f.Bytes == 0 || (strings.HasSuffix(f.Path, ".csv") && f.Rows == 0) {
			t.Errorf("%s: %d rows, %d bytes", f.Path, f.Rows, f.Bytes)
		}
	}
	if !slices.Contains(data, "data/budgets.csv") || !slices.Contains(data, "data/metadata.json") {
		t.Errorf("district data %q", data)
	}
	if r.Plans != 2 {
		t.Errorf("%d plans published, want 2", r.Plans)
	}
	for p, b := range files(t, out) {
		if strings.Contains(textOf(t, filepath.Join(out, p), b), draftMarker) {
			t.Errorf("%s holds the draft's %q", p, draftMarker)
		}
		if strings.Contains(p, "safety") {
			t.Errorf("%s is the draft's", p)
		}
	}

	preview := t.TempDir()
	run(t, Options{Content: content, Out: preview, Drafts: true})
	built := files(t, preview)
	if _, ok := built["site/2025/safety/index.html"]; !ok {
		t.Error("the preview lacks the draft's page")
	}
	for p, b := range built {
		shown := strings.HasPrefix(p, "site/2025/safety/") && !strings.Contains(p, "/data/") || strings.HasSuffix(p, "2025-safety.pdf")
		if !shown && (strings.Contains(p, "book/") || strings.Contains(p, "data/") || strings.HasSuffix(p, ".csv")) && strings.Contains(textOf(t, filepath.Join(preview, p), b), draftMarker) {
			t.Errorf("preview: %s holds the draft's %q", p, draftMarker)
		}
		if strings.HasPrefix(p, "site/2025/safety/data/") {
			t.Errorf("preview: %s is the draft's open data", p)
		}
	}
}

// TestIncrementalBooks: an incremental build copies the books whose plans
// did not change and renders the others, and its output is the full
// build's.
func TestIncrementalBooks(t *testing.T) {
	content := copyTree(t, "../../../testdata/rich")
	out := t.TempDir()
	r := run(t, Options{Content: content, Out: out, Incremental: true})
	if len(r.RenderedBooks) != 4 {
		t.Fatalf("first build rendered books %q", r.RenderedBooks)
	}
	r = run(t, Options{Content: content, Out: out, Incremental: true})
	if len(r.RenderedBooks) != 0 {
		t.Errorf("nothing changed, yet books %q were rendered", r.RenderedBooks)
	}
	edit(t, filepath.Join(content, "2024/culture/status.yaml"), "quota: 1, current: 1", "quota: 2, current: 1")
	r = run(t, Options{Content: content, Out: out, Incremental: true})
	if want := []string{"pdf/book/2024/district.pdf", "pdf/book/2024/welfare.pdf"}; !slices.Equal(r.RenderedBooks, want) {
		t.Errorf("after a 2024 edit, books %q were rendered; want %q", r.RenderedBooks, want)
	}
	full := t.TempDir()
	run(t, Options{Content: content, Out: full})
	sameTrees(t, out, full)
}
