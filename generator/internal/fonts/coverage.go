package fonts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
)

// Covers reports whether some face of the set draws r.
func (s *Set) Covers(r rune) bool {
	for _, f := range s.faces {
		if f.Has(r) {
			return true
		}
	}
	return false
}

// Uncovered reports, as warnings at file:line:col, each character of a
// content file that no face of the set can draw (the PDF would print an
// empty box), once per character and file. Columns count characters, as
// the loader's do. Spaces, controls and zero-width marks, which no output
// draws, are not reported.
func (s *Set) Uncovered(file string, data []byte) []diag.Finding {
	var out []diag.Finding
	seen := map[rune]bool{}
	lines := strings.Split(string(data), "\n")
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		i += size
		if r == '\n' {
			line, col = line+1, 1
			continue
		}
		c := col
		col++
		if r == utf8.RuneError || seen[r] || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) ||
			(r >= 0xfe00 && r <= 0xfe0f) || s.Covers(r) {
			continue
		}
		seen[r] = true
		names := make([]string, 0, len(s.faces))
		for _, f := range s.faces {
			names = append(names, f.Name)
		}
		f := diag.New(diag.Pos{File: file, Line: line, Col: c}, diag.Warning, "", i18n.GlyphMissing, r, r, strings.Join(names, ", ")).
			WithHint(i18n.GlyphReplace)
		f.Source = strings.TrimRight(lines[line-1], "\r")
		out = append(out, f)
	}
	return out
}
