package load

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/yamlstrict"
)

// baseURL checks site.yaml's base_url: an absolute http(s) address with a
// host, no user name or password, no query or fragment (page paths are
// appended to it) and no spaces. It returns the address ending in "/", or
// an error and a hint.
func baseURL(s string) (string, error) {
	u, err := url.Parse(s)
	switch {
	case strings.ContainsAny(s, " \t"):
		return "", i18n.Errorf(i18n.URLSpace, s).WithHint(i18n.URLNoSpaces)
	case err != nil || (u.Scheme != "https" && u.Scheme != "http") || !strings.HasPrefix(strings.ToLower(s), u.Scheme+"://"):
		return "", i18n.Errorf(i18n.URLNotAbsolute, s).WithHint(i18n.URLExample)
	case u.Host == "" || u.Hostname() == "":
		return "", i18n.Errorf(i18n.URLNoHost, s).WithHint(i18n.URLExample)
	case u.User != nil:
		return "", i18n.Errorf(i18n.URLUser, s).WithHint(i18n.URLRemoveUser)
	case u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(s, "?#"):
		return "", i18n.Errorf(i18n.URLQuery, s).WithHint(i18n.URLRemoveQuery)
	}
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s, nil
}

// CheckBaseURL checks an address given outside site.yaml (workplan build
// -base-url) as base_url is checked; see baseURL. The hint is in English;
// err is an *i18n.Error, for other languages.
func CheckBaseURL(s string) (u, hint string, err error) {
	u, err = baseURL(s)
	if err != nil {
		_, h := i18n.FromError(err)
		hint = h.In(i18n.English)
	}
	return u, hint, err
}

// proseText checks the bytes of a Markdown file: UTF-8 text whose only
// control characters are line feeds, tabs and carriage returns that end a
// line (CRLF). It reports the first problem at its line and column.
func (ld *loader) proseText(rel string, data []byte) bool {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		pos := diag.Pos{File: ld.display(rel), Line: line, Col: col}
		switch {
		case r == utf8.RuneError && size == 1:
			ld.l.ErrorMsg(pos, "", i18n.InvalidUTF8, data[i])
			return false
		case r == '\r' && bytes.HasPrefix(data[i+1:], []byte("\n")):
		case r == '\uFEFF' && i == 0: // a byte order mark
		default:
			if _, _, bad := yamlstrict.BadRune(string(r), true); bad {
				f := yamlstrict.TextFinding(r, true)
				f.Pos = pos
				ld.l.Add(f)
				return false
			}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return true
}

// quoteSources gives each finding the text of the line it points at, from
// the files this loader read, so that text output can show it.
func (ld *loader) quoteSources() {
	lines := map[string][][]byte{}
	ld.l.Each(func(f *diag.Finding) {
		data, ok := ld.texts[f.Pos.File]
		if !ok || f.Pos.Line < 1 || f.Source != "" {
			return
		}
		ls, ok := lines[f.Pos.File]
		if !ok {
			ls = bytes.Split(bytes.TrimPrefix(data, []byte("\uFEFF")), []byte("\n"))
			lines[f.Pos.File] = ls
		}
		if f.Pos.Line > len(ls) {
			return
		}
		f.Source = quotable(string(bytes.TrimSuffix(ls[f.Pos.Line-1], []byte("\r"))), f.Pos.Col)
	})
}

// maxQuote bounds a quoted source line, in characters.
const maxQuote = 160

// quotable makes a source line safe and short enough to print: characters
// a terminal would act on become U+FFFD, and a long line is cut (or not
// quoted at all when col lies past the cut).
func quotable(line string, col int) string {
	if !utf8.ValidString(line) {
		return ""
	}
	var b strings.Builder
	n := 0
	for _, r := range line {
		if n == maxQuote {
			if col > n {
				return ""
			}
			b.WriteString("…")
			break
		}
		if _, _, bad := yamlstrict.BadRune(string(r), true); bad {
			r = utf8.RuneError
		}
		b.WriteRune(r)
		n++
	}
	return strings.TrimRight(b.String(), " \t")
}

// composeHangul composes decomposed Hangul (conjoining jamo, as macOS
// stores file names) into syllables, the arithmetic of Unicode §3.12;
// other characters are kept as they are.
func composeHangul(s string) string {
	const (
		sBase, lBase, vBase, tBase = 0xAC00, 0x1100, 0x1161, 0x11A7
		lCount, vCount, tCount     = 19, 21, 28
		nCount                     = vCount * tCount
	)
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r >= lBase && r < lBase+lCount && i+1 < len(rs) && rs[i+1] >= vBase && rs[i+1] < vBase+vCount {
			syl := sBase + (r-lBase)*nCount + (rs[i+1]-vBase)*tCount
			i++
			if i+1 < len(rs) && rs[i+1] > tBase && rs[i+1] < tBase+tCount {
				syl += rs[i+1] - tBase
				i++
			}
			out = append(out, syl)
			continue
		}
		// An LV syllable followed by a trailing consonant (partly composed).
		if r >= sBase && r < sBase+lCount*nCount && (r-sBase)%tCount == 0 && i+1 < len(rs) && rs[i+1] > tBase && rs[i+1] < tBase+tCount {
			out = append(out, r+rs[i+1]-tBase)
			i++
			continue
		}
		out = append(out, r)
	}
	return string(out)
}
