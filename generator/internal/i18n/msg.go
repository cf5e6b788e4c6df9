package i18n

import (
	"errors"
	"strings"
)

// Msg is a message not yet written in a language: its key and arguments.
// The zero Msg is no message and writes as "".
type Msg struct {
	Key  Key
	Args []any
}

// M makes a Msg.
func M(k Key, args ...any) Msg { return Msg{k, args} }

// In writes m in language l.
func (m Msg) In(l Lang) string { return T(l, m.Key, m.Args...) }

// IsZero reports whether m is no message.
func (m Msg) IsZero() bool { return m.Key == Key{} }

// Error is an error whose text is a message, with an optional suggestion:
// what the parsers of dates, periods, amounts and numbers return, so that
// a finding made from it can be written in either language. Error()
// writes it in English.
type Error struct {
	Msg  Msg
	Hint Msg // zero when there is no suggestion
}

// Errorf returns an Error with the message k.
func Errorf(k Key, args ...any) *Error { return &Error{Msg: M(k, args...)} }

// WithHint adds a suggestion.
func (e *Error) WithHint(k Key, args ...any) *Error { e.Hint = M(k, args...); return e }

func (e *Error) Error() string { return e.Msg.In(English) }

// Message and HintMsg make Error a Messenger.
func (e *Error) Message() Msg { return e.Msg }
func (e *Error) HintMsg() Msg { return e.Hint }

// Messenger is an error that can say itself in any language; HintMsg is
// zero when it has no suggestion.
type Messenger interface {
	error
	Message() Msg
	HintMsg() Msg
}

// FromError is err's message and suggestion; an error that is not a
// Messenger (one from the operating system) is its own text as written,
// untranslated.
func FromError(err error) (msg, hint Msg) {
	var m Messenger
	if errors.As(err, &m) {
		return m.Message(), m.HintMsg()
	}
	return M(Verbatim, err.Error()), Msg{}
}

// Join is words joined by the message sep (English " and ", Korean ", "),
// as one argument.
func Join(words []string, sep Key) Localized { return joined{words, sep} }

type joined struct {
	words []string
	sep   Key
}

func (j joined) In(l Lang) string { return strings.Join(j.words, T(l, j.sep)) }
