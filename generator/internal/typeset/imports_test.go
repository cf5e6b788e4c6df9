package typeset

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestKnowsNoPlans keeps the engine apart from what documents mean: no
// file of it imports the model, the document tree or a renderer.
func TestKnowsNoPlans(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	sub, _ := filepath.Glob("*/*.go")
	for _, f := range append(files, sub...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range file.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			for _, banned := range []string{"/internal/model", "/internal/document", "/internal/load", "/internal/pdf", "/internal/site", "/internal/diff"} {
				if strings.HasSuffix(path, banned) {
					t.Errorf("%s imports %s", f, path)
				}
			}
		}
	}
}
