package hwpx

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"workplan/generator/internal/golden"
)

// readerPackage is the npm HWPX reader the readback test runs, pinned in the
// repository's package.json once wired.
const readerPackage = "@ssabrojs/hwpxjs"

// repoRoot is the directory holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// readerModules finds the node_modules holding the reader: $HWPXJS_NODE_MODULES
// or the repository's own. Without it (or without node) the test skips,
// unless the reader is required: HWPX_READER_REQUIRED=1, or CI=true with
// the reader declared in package.json (so CI's npm ci installed it).
func readerModules(t *testing.T) (node, modules string) {
	t.Helper()
	root := repoRoot(t)
	modules = os.Getenv("HWPXJS_NODE_MODULES")
	if modules == "" {
		modules = filepath.Join(root, "node_modules")
	}
	node, nodeErr := exec.LookPath("node")
	_, libErr := os.Stat(filepath.Join(modules, readerPackage, "package.json"))
	if nodeErr == nil && libErr == nil {
		return node, modules
	}
	pkg, _ := os.ReadFile(filepath.Join(root, "package.json"))
	declared := bytes.Contains(pkg, []byte(`"`+readerPackage+`"`))
	why := "node not found"
	if nodeErr == nil {
		why = readerPackage + " not installed in " + modules
	}
	if os.Getenv("HWPX_READER_REQUIRED") == "1" || (os.Getenv("CI") == "true" && declared) {
		t.Fatalf("the independent HWPX reader is required here but %s (run npm ci)", why)
	}
	t.Skipf("%s; set HWPXJS_NODE_MODULES or add %s to package.json", why, readerPackage)
	return "", ""
}

type readback struct {
	Title    string    `json:"title"`
	Manifest []string  `json:"manifest"`
	Spine    []string  `json:"spine"`
	Images   []string  `json:"images"`
	Text     string    `json:"text"`
	Blocks   []rbBlock `json:"blocks"`
}

type rbBlock struct {
	P       *string    `json:"p,omitempty"`
	Table   [][]string `json:"table,omitempty"`
	Picture bool       `json:"picture,omitempty"`
}

// expectedBlocks is what a reader should find for doc: each paragraph's
// text, each table's cells row by row (a cell's paragraphs joined by
// newlines), each picture.
func expectedBlocks(doc Document) []rbBlock {
	paraText := func(p *Paragraph) string {
		var s strings.Builder
		for _, r := range p.Runs {
			s.WriteString(r.Text)
		}
		return s.String()
	}
	var out []rbBlock
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *Paragraph:
			s := paraText(b)
			out = append(out, rbBlock{P: &s})
		case *Table:
			var rows [][]string
			for _, row := range b.Rows {
				var cells []string
				for _, c := range row {
					var ps []string
					for _, p := range c.Paragraphs {
						ps = append(ps, paraText(p))
					}
					cells = append(cells, strings.Join(ps, "\n"))
				}
				rows = append(rows, cells)
			}
			out = append(out, rbBlock{Table: rows})
		case *Picture:
			out = append(out, rbBlock{Picture: true})
		}
	}
	return out
}

// numberRE matches what fast-xml-parser (strnum) reads as a number.
var numberRE = regexp.MustCompile(`^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$`)

func noSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// TestIndependentReaderReadsItBack writes the sample, reads it with an HWPX
// reader from npm, and checks that all text and every table cell come back
// in order, with the title, the manifest and the picture.
func TestIndependentReaderReadsItBack(t *testing.T) {
	node, modules := readerModules(t)
	doc := sampleDocument(t)
	got := readBack(t, node, modules, doc)
	if !slices.Contains(got.Manifest, "BinData/image1.png") || !slices.Equal(got.Images, []string{"BinData/image1.png"}) {
		t.Errorf("manifest %v, images %v; want the one picture listed and present", got.Manifest, got.Images)
	}
}

// readBack writes doc, reads it with the npm reader and checks that the
// title, the spine, every paragraph's text and every table cell come
// back, in order; it returns what the reader found for further checks.
func readBack(t *testing.T, node, modules string, doc Document) readback {
	t.Helper()
	b, err := Write(doc)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "doc.hwpx")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	script := filepath.Join(repoRoot(t), "generator", "internal", "hwpx", "testdata", "readback.mjs")
	cmd := exec.CommandContext(ctx, node, script, modules, file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("readback: %v\n%s", err, stderr.String())
	}
	var got readback
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("readback output: %v\n%s", err, out)
	}

	if got.Title != doc.Props.Title {
		t.Errorf("title %q, want %q", got.Title, doc.Props.Title)
	}
	entries := unzip(t, b)
	spine := []string{"header"}
	for i := range sectionNames(entries) {
		spine = append(spine, "section"+strconv.Itoa(i))
	}
	if !slices.Equal(got.Spine, spine) {
		t.Errorf("spine %v, want %v", got.Spine, spine)
	}

	want := expectedBlocks(doc)
	if wantJSON, gotJSON := indentedJSON(t, want), indentedJSON(t, got.Blocks); wantJSON != gotJSON {
		t.Errorf("blocks read back differ:\n%s", golden.FirstDiff(wantJSON, gotJSON))
	}

	// The library's own text extraction: top-level paragraphs only, with
	// spaces at run edges trimmed, so compare without whitespace. Its XML
	// parser turns a run that reads as a number ("37") into a number,
	// which extractText then drops; so do we, run by run as written.
	section := body(t, entries)
	var paras strings.Builder
	for _, p := range section.children {
		for _, run := range p.children {
			if tt := run.child("t"); tt != nil && !numberRE.MatchString(strings.TrimSpace(tt.text)) {
				paras.WriteString(tt.text)
			}
		}
	}
	if noSpace(got.Text) != noSpace(paras.String()) {
		t.Errorf("extractText:\n  %q\nwant (ignoring whitespace)\n  %q", got.Text, paras.String())
	}
	return got
}

// indentedJSON shows blocks one field per line, text unescaped, for diffs.
func indentedJSON(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
