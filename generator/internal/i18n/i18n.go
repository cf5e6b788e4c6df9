// Package i18n holds the messages the command, the checks and the preview
// print for the people who edit the plans, in Korean and English: one
// catalogue per language (ko.go, en.go), with plural forms ("오류 1건",
// "1 error"). A message is a Key and its arguments (Msg), written in a
// language only when it is printed, so that one finding can be shown in
// either. The language follows -lang, else LC_ALL, LC_MESSAGES or LANG
// (ko_KR.UTF-8 → Korean), else English.
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
	return "", Errorf(BadLang, s)
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

// Key names a message. Keys are made only by this package (keys.go,
// findings.go), so every key there is is in the list the catalogue test
// checks: a message cannot name a key the catalogues lack.
type Key struct{ id string }

// all lists every key in the order made, for the catalogue test.
var all []Key

func key(id string) Key {
	k := Key{id}
	all = append(all, k)
	return k
}

// String is the key's stable name, e.g. "budget.sum-mismatch": the code
// of a finding in JSON output.
func (k Key) String() string { return k.id }

// In writes the message of a key that takes no arguments, so that a key
// can stand as another message's argument ("a list", "목록").
func (k Key) In(l Lang) string { return T(l, k) }

// message is one catalogue entry: a fmt format, and another for when the
// first argument is a count of exactly one and the language says it
// differently (English "1 error"); Korean needs none. Formats may number
// their arguments (%[2]s) where a language orders them otherwise.
type message struct{ Other, One string }

func catalogue(l Lang) map[Key]message {
	if l == Korean {
		return ko
	}
	return en
}

// Localized is an argument written differently in each language: a Key, a
// Msg, or a type of the caller's such as a line range.
type Localized interface{ In(Lang) string }

// Missing is how T writes a key no catalogue has (never, by the catalogue
// test); the checks' tests look for it in what they print.
const Missing = "!(missing message "

// T formats the message key in language l; an argument that is
// Localized is written in l first. With no catalogue entry in l it falls
// back to English, then to Missing.
func T(l Lang, k Key, args ...any) string {
	if k == (Key{}) {
		return ""
	}
	m, ok := catalogue(l)[k]
	if !ok {
		if m, ok = en[k]; !ok {
			return Missing + k.id + ")"
		}
	}
	f := m.Other
	if m.One != "" && len(args) > 0 && isOne(args[0]) {
		f = m.One
	}
	out := make([]any, len(args))
	for i, a := range args {
		if x, ok := a.(Localized); ok {
			a = x.In(l)
		}
		out[i] = a
	}
	return fmt.Sprintf(f, out...)
}

func isOne(a any) bool {
	switch n := a.(type) {
	case int:
		return n == 1
	case int64:
		return n == 1
	}
	return false
}

// N formats the message key for a count n (its first argument): the
// singular form when n is 1 and the language has one.
func N(l Lang, k Key, n int, args ...any) string {
	return T(l, k, append([]any{n}, args...)...)
}
