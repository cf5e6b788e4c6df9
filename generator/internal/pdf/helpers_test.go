package pdf

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"workplan/generator/internal/document"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
)

// repoDir is the module root, found from this file's location.
func repoDir(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// loadSite loads a content tree under the repository (content, testdata/rich).
func loadSite(t testing.TB, rel string) *model.Site {
	t.Helper()
	dir := filepath.Join(repoDir(t), rel)
	site, l := load.Load(os.DirFS(dir), rel)
	if site == nil {
		t.Fatalf("loading %s:\n%v", rel, l)
	}
	return site
}

func defaultFonts(t testing.TB) *fonts.Set {
	t.Helper()
	f, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// render renders a plan, failing the test on error.
func render(t testing.TB, site *model.Site, p *model.Plan) ([]byte, []string) {
	t.Helper()
	data, warns, err := Render(p, site, defaultFonts(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ws []string
	for _, w := range warns {
		ws = append(ws, w.String())
	}
	return data, ws
}

// lay lays a plan out as Render does, without finishing the file.
func lay(t testing.TB, site *model.Site, p *model.Plan) *builder {
	t.Helper()
	doc, err := document.Build(site, p)
	if err != nil {
		t.Fatal(err)
	}
	return layPlan(doc, planFile(p), defaultFonts(t))
}
