package hwpx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"workplan/generator/internal/document"
	"workplan/generator/internal/load"
	"workplan/generator/internal/pdf"
)

// footerRE matches the PDF's page numbers ("- 3 -"), which pdftotext puts
// where a paragraph may run on from one page to the next.
var footerRE = regexp.MustCompile(`(?m)^\s*- \d+ -\s*$`)

// TestPlanMatchesPDFText: the .hwpx says what the PDF says. For the example
// plan and the busan case, every heading, section label, ladder line, note,
// paragraph and table caption of the document tree, which the .hwpx
// carries (TestPlanPackages), is found in the PDF's text as pdftotext reads
// it, in order. Table cells are left out (a cell that wraps interleaves
// with its row in pdftotext's output) and so are charts (the PDF draws
// them; the .hwpx gives their data tables).
func TestPlanMatchesPDFText(t *testing.T) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("pdftotext is required in CI (install poppler-utils): %v", err)
		}
		t.Skipf("pdftotext not installed: %v", err)
	}
	for _, rel := range trees(t) {
		if rel == "testdata/rich" {
			continue
		}
		s, l := load.Load(os.DirFS(filepath.Join(repoRoot(t), rel)), rel)
		if s == nil || l.HasErrors() {
			t.Fatalf("loading %s: %v", rel, l)
		}
		for _, p := range s.Plans {
			t.Run(p.Slug, func(t *testing.T) {
				d, err := document.Build(s, p)
				if err != nil {
					t.Fatal(err)
				}
				data, _, err := pdf.Render(p, s, nil, pdf.Options{})
				if err != nil {
					t.Fatal(err)
				}
				var stdout, stderr bytes.Buffer
				cmd := exec.Command(tool, "-", "-")
				cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(data), &stdout, &stderr
				if err := cmd.Run(); err != nil {
					t.Fatalf("pdftotext: %v\n%s", err, stderr.String())
				}
				text := footerRE.ReplaceAllString(stdout.String(), "")
				checkTextInOrder(t, printedTexts(d), text, 20)
			})
		}
	}
}

// printedTexts are the texts of the tree both outputs print as running
// text, in reading order.
func printedTexts(d *document.Plan) []string {
	var out []string
	for _, c := range d.Chapters {
		out = append(out, c.Label)
		document.WalkBlocks(c.Blocks, func(n document.Node) bool {
			switch n := n.(type) {
			case *document.Figure:
				return false
			case *document.Group:
				out = append(out, n.Label)
			case *document.Item:
				out = append(out, n.Label)
			case *document.Section:
				out = append(out, n.Label, n.Value)
			case *document.Line:
				out = append(out, n.Label, n.Text.String())
			case *document.Note:
				out = append(out, n.Text.String())
			case *document.Paragraph:
				out = append(out, n.Text.String())
			case *document.Heading:
				out = append(out, n.Text.String())
			case *document.Box:
				out = append(out, n.Title)
			case *document.Table:
				out = append(out, n.Caption, n.Unit)
			}
			return true
		})
	}
	return out
}
