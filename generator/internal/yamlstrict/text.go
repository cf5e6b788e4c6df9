package yamlstrict

import (
	"fmt"
	"unicode"

	"workplan/generator/internal/diag"
)

// BadRune finds the first character that text must not hold: C0 and C1
// control characters and DEL (terminal escapes such as ESC [ 8 m, NUL),
// bidirectional controls (U+202E and its kin reorder what a reader sees,
// U+200E/U+200F included: Korean text never needs them) and, in
// single-line text, line and paragraph separators. Multi-line text
// (Markdown) keeps line feeds and tabs. It returns the rune and its byte
// offset, or ok false when s is clean.
func BadRune(s string, multiline bool) (r rune, at int, ok bool) {
	for i, c := range s {
		switch {
		case multiline && (c == '\n' || c == '\t'):
		case unicode.IsControl(c), unicode.Is(unicode.Bidi_Control, c), c == '\u2028', c == '\u2029':
			return c, i, true
		}
	}
	return 0, 0, false
}

// TextFinding describes a character BadRune found; the caller sets Pos and
// Field.
func TextFinding(r rune, multiline bool) diag.Finding {
	f := diag.Finding{Severity: diag.Error}
	switch {
	case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
		f.Message = fmt.Sprintf("text holds a line break (U+%04X); this field is a single line", r)
		f.Hint = "write it on one line; use a list for several lines"
	case r == '\t':
		f.Message = "text holds a tab (U+0009); this field is a single line"
		f.Hint = "use spaces"
	case unicode.Is(unicode.Bidi_Control, r):
		f.Message = fmt.Sprintf("text holds the bidirectional control U+%04X, which can make text display in a misleading order", r)
		f.Hint = "remove it"
	default:
		f.Message = fmt.Sprintf("text holds the control character U+%04X", r)
		f.Hint = "remove it; escapes such as \\e or \\u001b are not allowed in content"
	}
	if multiline && r == '\r' {
		f.Message = "text holds a carriage return (U+000D) that is not part of a line ending"
		f.Hint = "save the file with LF line endings"
	}
	return f
}

// checkText reports the first character s must not hold.
func checkText(s string, multiline bool) (diag.Finding, bool) {
	r, _, bad := BadRune(s, multiline)
	if !bad {
		return diag.Finding{}, false
	}
	return TextFinding(r, multiline), true
}
