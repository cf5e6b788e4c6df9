package load

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"workplan/generator/internal/golden"

	"github.com/rogpeppe/go-internal/txtar"
)

// checkText is what `workplan check` prints for the folder dir: each
// finding with its source line, then the summary.
func checkText(dir string) []byte {
	r := Check(dir)
	var b bytes.Buffer
	r.WriteText(&b)
	b.WriteString(r.Summary(dir) + "\n")
	return b.Bytes()
}

// TestCheckOutput compares check's text output over a broken tree (and its
// JSON, with related positions) and over testdata/rich with golden files
// (UPDATE_GOLDEN=1 rewrites them).
func TestCheckOutput(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/check/broken.txtar")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	files := map[string][]byte{}
	for p, s := range baseTree {
		files[p] = []byte(s)
	}
	for _, f := range ar.Files {
		files[f.Name] = f.Data
	}
	for p, data := range files {
		full := filepath.Join(tmp, "content", p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wd, _ := os.Getwd()
	t.Chdir(tmp)
	golden.Check(t, filepath.Join(wd, "testdata/check/broken.txt"), checkText("content"))
	var js bytes.Buffer
	if err := Check("content").WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join(wd, "testdata/check/broken.json"), js.Bytes())
	t.Chdir(filepath.Join(wd, "../../.."))
	golden.Check(t, filepath.Join(wd, "testdata/check/rich.txt"), checkText("testdata/rich"))
}
