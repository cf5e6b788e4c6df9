package scaffold

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestInitFiles: every template is filled in, every YAML file parses, and
// the workflow is the one docs/ci offers.
func TestInitFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "repo")
	r, err := Init(dir, InitOptions{District: "마포구", Year: 2031})
	if err != nil {
		t.Fatal(err)
	}
	if r.Plan != "content/2031/dept" || len(r.Files) != 8 {
		t.Fatalf("plan %s, files %q", r.Plan, r.Files)
	}
	for _, f := range r.Files {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte("{{.")) || bytes.Contains(data, []byte("YEAR")) {
			t.Errorf("%s: a placeholder is left:\n%s", f, data)
		}
		if strings.HasSuffix(f, ".yaml") || strings.HasSuffix(f, ".yml") {
			var v any
			if err := yaml.Unmarshal(data, &v); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}
	}
	workflow, _ := os.ReadFile(filepath.Join(dir, ".github/workflows/workplan.yml"))
	doc, err := os.ReadFile("../../../docs/ci/github-actions.yml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(workflow, doc) {
		t.Error("the workflow init writes differs from docs/ci/github-actions.yml; copy one to the other")
	}
	// Each file is written as it is embedded, but for the two fill-ins.
	src, _ := fs.ReadFile(district, "district/.gitattributes")
	got, _ := os.ReadFile(filepath.Join(dir, ".gitattributes"))
	if !bytes.Equal(src, got) {
		t.Error(".gitattributes changed on the way")
	}
}

// TestInitRefuses: a folder that holds anything, or a file, is refused
// and left as it was; a bad name or year writes nothing.
func TestInitRefuses(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	if _, err := Init(dir, InitOptions{Year: 2025}); err == nil || !strings.Contains(err.Error(), "is not empty (it holds notes.txt)") {
		t.Errorf("non-empty folder: %v", err)
	}
	if _, err := Init(filepath.Join(dir, "notes.txt"), InitOptions{Year: 2025}); err == nil {
		t.Error("a file was taken for a folder")
	}
	for _, opt := range []InitOptions{{District: "마포구: x", Year: 2025}, {District: "마포구", Year: 0}} {
		if _, err := Init(filepath.Join(dir, "new"), opt); err == nil {
			t.Errorf("%+v accepted", opt)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d entries after refusals", len(entries))
	}
}
