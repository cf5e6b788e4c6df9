package generator

import (
	"os"

	"workplan/generator/internal/i18n"
)

// Lang is the language of the messages for the plans' editors: "ko" or "en".
type Lang = i18n.Lang

// ParseLang reads a -lang value (ko, en, or a locale such as ko_KR.UTF-8).
func ParseLang(s string) (Lang, error) {
	l, err := i18n.Parse(s)
	if err != nil {
		return l, &UsageError{err.Error()}
	}
	return l, nil
}

// LangFromEnv is the language LC_ALL, LC_MESSAGES or LANG asks for:
// Korean for a ko locale, English for another, "" (English messages, the
// preview's page in Korean) when none is set.
func LangFromEnv() Lang { return i18n.FromEnv(os.Getenv) }

// CheckSummary is check's closing line: the folder, then the counts of
// errors and warnings, or of plans, items and warnings when there are no
// errors.
func CheckSummary(l Lang, r CheckReport, dir string) string {
	if r.Errors > 0 {
		return i18n.T(l, i18n.CheckFailed, dir, i18n.N(l, i18n.Errors, r.Errors), i18n.N(l, i18n.Warnings, r.Warnings))
	}
	plans, items := 0, 0
	if r.Site != nil {
		plans = len(r.Site.Plans)
		for _, p := range r.Site.Plans {
			items += len(p.Items)
		}
	}
	return i18n.T(l, i18n.CheckOK, dir, i18n.N(l, i18n.Plans, plans), i18n.N(l, i18n.Items, items), i18n.N(l, i18n.Warnings, r.Warnings))
}

// BuildSummary is build's closing line.
func BuildSummary(l Lang, dir, out string, plans, pdfs int) string {
	return i18n.T(l, i18n.Built, dir, i18n.N(l, i18n.Plans, plans), out, i18n.N(l, i18n.PDFs, pdfs))
}

// NothingWritten says a build with content errors left the output folder
// as it was.
func NothingWritten(l Lang, out string) string { return i18n.T(l, i18n.NothingWritten, out) }

// MsgKey names one of the command's own lines (usage errors, what init
// wrote), written in a language by Message.
type MsgKey = i18n.Key

// The command's own lines; see i18n for their arguments.
var (
	MsgInitNeedsDir  = i18n.InitNeedsDir
	MsgInitNeedsYear = i18n.InitNeedsYear
	MsgFilesWritten  = i18n.FilesWritten
	MsgInitNext      = i18n.InitNext
	MsgUnexpectedArg = i18n.UnexpectedArg
)

// Message writes the line k with args in language l.
func Message(l Lang, k MsgKey, args ...any) string { return i18n.T(l, k, args...) }
