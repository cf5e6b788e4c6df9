package diff

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// visible writes s with every character that would act rather than show
// made visible: C0 controls and DEL as \n, \t, \x1b …, C1 controls, bidi
// overrides and isolates and the line and paragraph separators as U+202E
// …, and bytes that are not UTF-8 as \xff. A terminal escape sequence
// (\x1b]8;; a hyperlink, \x1b[8m hidden text) or a newline in a title then
// prints as text and cannot restyle, hide or forge lines of the report.
// The loader refuses these characters in single-line fields; this keeps
// every output safe on its own.
func visible(s string) string {
	clean := true
	for _, r := range s {
		if acts(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case acts(r):
			fmt.Fprintf(&b, "U+%04X", r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// acts reports whether r is a control, a bidi control or a line
// separator, or stands for a byte that is not UTF-8.
func acts(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f, r == utf8.RuneError:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	}
	return false
}
