package markdown

import (
	"strings"

	"github.com/yuin/goldmark/util"
)

// SafeHref decides whether a link destination, as written in Markdown, may
// become an href, judging the destination a browser will see: character
// references and backslash escapes resolved, spaces and control characters
// stripped, the scheme compared case-insensitively. It allows http, https
// and mailto addresses, and relative references that stay on the site:
// not protocol-relative ("//host"), also when backslashes, which browsers
// read as slashes, are used ("\/\/host", "/\host"). It returns the href to
// write, percent-encoded where needed.
func SafeHref(dest []byte) (string, bool) {
	s := Decode(dest)
	// Browsers strip leading and trailing C0 controls and spaces, and
	// remove tabs and newlines anywhere; strip every control character so
	// that none can hide a scheme ("java\tscript:", "java\x00script:").
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if scheme, ok := schemeOf(s); ok {
		switch strings.ToLower(scheme) {
		case "http", "https", "mailto":
			return string(util.URLEscape([]byte(s), false)), true
		}
		return "", false
	}
	// A relative reference. Browsers read \ as / in it.
	s = strings.ReplaceAll(s, `\`, "/")
	if strings.HasPrefix(s, "//") {
		return "", false
	}
	return string(util.URLEscape([]byte(s), false)), true
}

// schemeOf returns the scheme of an absolute URL: letters, digits, + - .
// starting with a letter, before the first colon, and before any / ? #.
func schemeOf(s string) (string, bool) {
	i := strings.IndexAny(s, ":/?#\\")
	if i <= 0 || s[i] != ':' {
		return "", false
	}
	for k := 0; k < i; k++ {
		c := s[k]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if k == 0 && !letter {
			return "", false
		}
		if !letter && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.' {
			// Not a scheme; a browser takes the whole as a path, but a
			// colon this early is no page of ours either.
			return s[:i], true
		}
	}
	return s[:i], true
}
