// Package i18n holds the messages the command and the preview print for
// the people who edit the plans, in Korean and English: one catalogue per
// language (ko.go, en.go), with plural forms ("오류 1건", "1 error").
// The language follows -lang, else LC_ALL, LC_MESSAGES or LANG (ko_KR.UTF-8
// → Korean), else English.
package i18n

import (
	"fmt"
	"strings"
)

// Lang is a message language.
type Lang string

const (
	Korean  Lang = "ko"
	English Lang = "en"
)

// Langs are the languages with a catalogue.
var Langs = []Lang{Korean, English}

// Parse reads a -lang value: ko or en (a locale such as ko_KR.UTF-8 too).
func Parse(s string) (Lang, error) {
	l := strings.ToLower(s)
	switch {
	case strings.HasPrefix(l, "ko"):
		return Korean, nil
	case strings.HasPrefix(l, "en"):
		return English, nil
	}
	return "", fmt.Errorf("language %q: expected ko or en", s)
}

// FromEnv is the language the environment asks for: the first of LC_ALL,
// LC_MESSAGES and LANG that is set decides (as in POSIX); Korean for a
// ko locale, English for any other. "" when none is set: messages are
// then English, and the preview's page stays Korean.
func FromEnv(getenv func(string) string) Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "ko") {
				return Korean
			}
			return English
		}
	}
	return ""
}

// Key names a message.
type Key string

// message is one catalogue entry: a fmt format, and another for a count
// of exactly one where the language says it differently (English "1
// error"); Korean needs none.
type message struct{ Other, One string }

func catalogue(l Lang) map[Key]message {
	if l == Korean {
		return ko
	}
	return en
}

// T formats the message key in language l.
func T(l Lang, key Key, args ...any) string {
	m, ok := catalogue(l)[key]
	if !ok {
		m = en[key]
	}
	return fmt.Sprintf(m.Other, args...)
}

// N formats the message key for a count n (its first argument): the
// singular form when n is 1 and the language has one.
func N(l Lang, key Key, n int, args ...any) string {
	m, ok := catalogue(l)[key]
	if !ok {
		m = en[key]
	}
	f := m.Other
	if n == 1 && m.One != "" {
		f = m.One
	}
	return fmt.Sprintf(f, append([]any{n}, args...)...)
}
