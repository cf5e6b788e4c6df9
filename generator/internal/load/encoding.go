package load

import (
	"unicode/utf8"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
)

// legacyKorean checks a content file's bytes before anything parses them:
// a file that is not UTF-8 but reads as CP949 (EUC-KR, as 한글 and older
// Windows tools save text) gets one finding saying so and how to re-save
// it, instead of "invalid UTF-8 byte". Nothing is converted. It reports
// whether the file may go on to be parsed: other invalid bytes are left to
// the parsers' own findings.
func (ld *loader) legacyKorean(rel string, data []byte) bool {
	if utf8.Valid(data) || !looksCP949(data) {
		return true
	}
	pos := firstInvalid(data)
	pos.File = ld.display(rel)
	ld.l.Add(diag.New(pos, diag.Error, "", i18n.CP949).WithHint(i18n.SaveAsUTF8))
	return false
}

// looksCP949 reports whether data, which is not UTF-8, is plausibly text in
// CP949: every byte is ASCII or part of a two-byte character (lead byte
// 0x81–0xFE; trail 0x41–0x5A, 0x61–0x7A or 0x81–0xFE), and most of those
// characters are Hangul syllables in KS X 1001 (lead 0xB0–0xC8, trail
// 0xA1–0xFE), the ones EUC-KR text is mostly made of. Binary data or text
// in another single-byte encoding fails one test or the other.
func looksCP949(data []byte) bool {
	pairs, hangul := 0, 0
	for i := 0; i < len(data); i++ {
		b := data[i]
		if b < 0x80 {
			continue
		}
		if b == 0x80 || b == 0xFF || i+1 == len(data) {
			return false
		}
		t := data[i+1]
		if !(t >= 0x41 && t <= 0x5A || t >= 0x61 && t <= 0x7A || t >= 0x81 && t <= 0xFE) {
			return false
		}
		pairs++
		if b >= 0xB0 && b <= 0xC8 && t >= 0xA1 && t <= 0xFE {
			hangul++
		}
		i++
	}
	return pairs > 0 && hangul*2 >= pairs
}

// firstInvalid is the line and column (in characters, counting each
// undecodable byte as one) of data's first byte that is not UTF-8.
func firstInvalid(data []byte) diag.Pos {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return diag.Pos{Line: line, Col: col}
}
