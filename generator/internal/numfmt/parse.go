package numfmt

import (
	"math/big"
	"regexp"
	"strings"

	"workplan/generator/internal/i18n"
)

// decimalRe is a number as official documents write it: digits, grouped
// by commas every three digits or not at all, with an optional fraction.
var decimalRe = regexp.MustCompile(`^(?:0|[1-9][0-9]*|[1-9][0-9]{0,2}(?:,[0-9]{3})+)(?:\.[0-9]+)?$`)

// SyntaxError is a number written in a form other than plain decimal
// ("0x3FD7", "1_0", "1,6,3,6,6", "+5"). Suggest, when not empty, is the
// same value written correctly.
type SyntaxError struct {
	Value   string
	Suggest string
}

func (e *SyntaxError) Error() string {
	return e.Message().In(i18n.English)
}

// Hint is the suggestion shown beside the message, in English.
func (e *SyntaxError) Hint() string { return e.HintMsg().In(i18n.English) }

// Message and HintMsg say the error in any language (i18n.Messenger).
func (e *SyntaxError) Message() i18n.Msg { return i18n.M(i18n.NotDecimal, e.Value) }
func (e *SyntaxError) HintMsg() i18n.Msg {
	if e.Suggest == "" {
		return i18n.M(i18n.WriteDigits)
	}
	return i18n.M(i18n.WriteAs, e.Suggest)
}

// Decimal checks that s (already trimmed, without sign) is a plain decimal
// number with correct thousands grouping and returns it without commas.
func Decimal(s string) (string, error) {
	if decimalRe.MatchString(s) {
		return strings.ReplaceAll(s, ",", ""), nil
	}
	return "", &SyntaxError{Value: s, Suggest: suggest(s)}
}

// exponentRe bounds exponents tried for a suggestion: big.Rat would work
// for a long time on "1e99999999".
var exponentRe = regexp.MustCompile(`[eEpP][+-]?[0-9]{3,}`)

// suggest reads s leniently (hex, octal, binary, exponents, underscores,
// stray commas, a leading + or zeros) and writes the value it meant in the
// correct form, or "" when it cannot tell.
func suggest(s string) string {
	t := strings.TrimPrefix(s, "+")
	t = strings.NewReplacer(",", "", "_", "").Replace(t)
	if t == "" || len(t) > 64 || exponentRe.MatchString(t) || strings.Contains(t, "/") || strings.HasPrefix(t, "-") {
		return ""
	}
	low := strings.ToLower(t)
	if !strings.HasPrefix(low, "0x") && !strings.HasPrefix(low, "0o") && !strings.HasPrefix(low, "0b") {
		t = strings.TrimLeft(t, "0")
		if t == "" || t[0] == '.' {
			t = "0" + t
		}
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok || r.Sign() < 0 {
		return ""
	}
	return FormatRat(r)
}

// FormatRat writes a non-negative exact number with thousands separators
// and as many decimals as it needs (at most 8; "" when it needs more).
func FormatRat(r *big.Rat) string {
	prec, exact := r.FloatPrec()
	if !exact || prec > 8 {
		return ""
	}
	s := r.FloatString(prec)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}
