package build

import (
	"os"
	"path"
	"sort"

	"workplan/generator/internal/fonts"
	"workplan/generator/internal/load"
)

// glyphFindings are the characters of the content files (site.yaml and
// every plan's files) that no face of the set can draw, as warnings at
// file:line:col: check says so before a build prints an empty box.
func glyphFindings(dir string, r *load.Report, faces *fonts.Set) {
	if r.Site == nil || faces == nil {
		return
	}
	files := map[string]bool{load.SiteFile: true}
	for _, p := range r.Site.Plans {
		for _, f := range p.Files {
			files[f] = true
		}
	}
	names := make([]string, 0, len(files))
	for f := range files {
		names = append(names, f)
	}
	sort.Strings(names)
	root, err := os.OpenRoot(dir)
	if err != nil {
		return
	}
	defer root.Close()
	for _, rel := range names {
		data, err := root.ReadFile(rel)
		if err != nil {
			continue // the loader has read it; a file gone since is not a glyph matter
		}
		for _, f := range faces.Uncovered(path.Join(dir, rel), data) {
			r.Findings = append(r.Findings, f)
			r.Warnings++
		}
	}
}
