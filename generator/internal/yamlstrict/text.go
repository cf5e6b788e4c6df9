package yamlstrict

import (
	"unicode"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
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
	var msg, hint i18n.Key
	var args []any
	switch {
	case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
		msg, hint, args = i18n.TextLineBreak, i18n.OneLine, []any{r}
	case r == '\t':
		msg, hint = i18n.TextTab, i18n.UseSpaces
	case unicode.Is(unicode.Bidi_Control, r):
		msg, hint, args = i18n.TextBidi, i18n.RemoveIt, []any{r}
	default:
		msg, hint, args = i18n.TextControl, i18n.RemoveEscape, []any{r}
	}
	if multiline && r == '\r' {
		msg, hint, args = i18n.TextCR, i18n.SaveLFOnly, nil
	}
	f := diag.New(diag.Pos{}, diag.Error, "", msg, args...).WithHint(hint)
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
