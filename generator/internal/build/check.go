package build

import (
	"errors"
	"os"
	"path"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/load"
)

// Check loads and validates the content folder dir as load.Check does,
// then loads the faces a build would typeset with (site.yaml's fonts, or
// the built-in ones) and trial-embeds each: a damaged font file is a
// finding naming it, never a panic in the middle of a build. The faces
// are nil when there are errors.
func Check(dir string) (load.Report, *fonts.Set) {
	r := load.Check(dir)
	if r.Errors > 0 {
		return r, nil
	}
	faces, err := loadFonts(dir, r)
	if err != nil {
		r.Findings = append(r.Findings, fontFinding(dir, err))
		r.Errors++
		r.Site = nil
		return r, nil
	}
	glyphFindings(dir, &r, faces)
	return r, faces
}

// loadFonts reads the faces through an os.Root on the content folder, as
// the loader reads content: a link cannot lead outside it.
func loadFonts(dir string, r load.Report) (*fonts.Set, error) {
	f := r.Site.Fonts
	if f.Regular == "" && f.Bold == "" && f.Fallback == "" {
		return fonts.Default()
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	return fonts.Load(root.FS(), f, dir)
}

// fontFinding is a font error as a finding: at the font file, under the
// fonts field that names it.
func fontFinding(dir string, err error) diag.Finding {
	f := diag.FromError(diag.Pos{File: path.Join(dir, load.SiteFile)}, "", err)
	var fe *fonts.FileError
	if errors.As(err, &fe) {
		f.Field = "fonts." + fe.Role.String()
		if fe.Path != "" {
			f = diag.New(diag.Pos{File: fe.Where}, diag.Error, f.Field, i18n.FontUnusable, fe.Err).
				WithHint(i18n.FontReplace, fe.Role.String())
		}
	}
	return f
}
