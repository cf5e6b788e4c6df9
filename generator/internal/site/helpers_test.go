package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"workplan/generator/internal/assets/assetstest"

	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
)

// repoRoot is the module's root folder.
func repoRoot(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot find the test's folder")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", "..", ".."))
}

// loadSite loads a content tree (relative to the module root) and fails
// the test on any error in it.
func loadSite(t testing.TB, rel string) *model.Site {
	t.Helper()
	dir := filepath.Join(repoRoot(t), rel)
	s, l := load.Load(os.DirFS(dir), rel)
	if l != nil && l.HasErrors() {
		t.Fatalf("loading %s: %v", rel, l)
	}
	if s == nil {
		t.Fatalf("loading %s gave no site", rel)
	}
	return s
}

// fakeAssets is a stand-in for the embedded third-party files, so tests
// of the pages need neither npm nor go generate.
func fakeAssets() fs.FS { return assetstest.FS(EChartsVersion) }

// realNodeModules is the project's node_modules, or "" when npm ci has not
// been run.
func realNodeModules(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "node_modules")
	if _, err := os.Stat(filepath.Join(dir, "echarts", "dist", "echarts.min.js")); err != nil {
		return ""
	}
	return dir
}

// writeSite writes the site of a content tree into a new folder.
func writeSite(t testing.TB, rel string, opt Options) string {
	t.Helper()
	out := t.TempDir()
	if err := writeAll(loadSite(t, rel), out, opt); err != nil {
		t.Fatalf("writing the site of %s: %v", rel, err)
	}
	return out
}

// writeAll writes the whole site of s into dir, as a build does.
func writeAll(s *model.Site, dir string, opt Options) error {
	r, err := New(s, opt)
	if err != nil {
		return err
	}
	if err := r.Shared(dir, opt.Data); err != nil {
		return err
	}
	for _, p := range s.Plans {
		if err := r.Plan(dir, p, opt.Data[p.Slug]); err != nil {
			return err
		}
	}
	return nil
}

// TestDump writes the example's and the fixture's sites into
// $SITE_DUMP/example and $SITE_DUMP/rich with the real node_modules, for a
// person to look at. It does nothing without SITE_DUMP.
func TestDump(t *testing.T) {
	dump := os.Getenv("SITE_DUMP")
	if dump == "" {
		t.Skip("set SITE_DUMP to a folder to write the sites there")
	}
	for name, rel := range map[string]string{"example": "content", "rich": "testdata/rich"} {
		out := filepath.Join(dump, name)
		if err := os.RemoveAll(out); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(out, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := writeAll(loadSite(t, rel), out, Options{PDF: true}); err != nil {
			t.Fatal(err)
		}
	}
}
