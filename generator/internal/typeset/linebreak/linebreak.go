// Package linebreak breaks Korean (and Latin) text into lines the way Korean
// official documents are set: between words at spaces (어절 단위), falling
// back to single characters only for a word wider than a whole line, and
// never with closing punctuation ( ) 」 , . …) at the start of a line or
// opening punctuation ( ( 「 …) at its end.
//
// The package knows nothing about fonts: the caller passes each rune's
// advance width, so mixed faces and sizes break correctly.
package linebreak

// Line is one line of the result: runes [Start, End) of the text, without
// the spaces at either end.
type Line struct {
	Start, End int
	Width      float64 // natural width of runes Start..End
	Last       bool    // the last line of a paragraph (ends the text or a newline): not justified
}

// Break splits text into lines. adv[i] is the width of text[i]; first is
// the width available to the first line and rest to every other line (for
// hanging indents). Newlines force breaks. A width too narrow for even one
// character still gets one character per line: Break always terminates.
func Break(text []rune, adv []float64, first, rest float64) []Line {
	if len(adv) != len(text) {
		panic("linebreak: len(adv) != len(text)")
	}
	b := breaker{text: text, adv: adv, first: first, rest: rest}
	b.run()
	return b.lines
}

type breaker struct {
	text        []rune
	adv         []float64
	first, rest float64
	lines       []Line

	// The open line.
	open       bool
	start, end int
	w          float64
}

func (b *breaker) avail() float64 {
	if len(b.lines) == 0 {
		return b.first
	}
	return b.rest
}

func (b *breaker) width(s, e int) float64 {
	w := 0.0
	for i := s; i < e; i++ {
		w += b.adv[i]
	}
	return w
}

// unit is a run of words that must stay on one line if at all possible:
// words joined by glued spaces.
type unit struct {
	start, end int     // runes, without surrounding spaces
	forced     bool    // a newline stands before the unit
	w          float64 // width of [start, end)
}

func (b *breaker) run() {
	for _, u := range b.units() {
		if u.forced {
			b.flush(true)
		}
		b.place(u)
	}
	b.flush(true)
}

// units tokenizes the text into words, then joins glued words.
func (b *breaker) units() []unit {
	var out []unit
	t := b.text
	i := 0
	forced := false
	for i < len(t) {
		for i < len(t) && (isSpace(t[i]) || t[i] == '\n') {
			if t[i] == '\n' {
				forced = true
			}
			i++
		}
		if i >= len(t) {
			break
		}
		s := i
		for i < len(t) && !isSpace(t[i]) && t[i] != '\n' {
			i++
		}
		u := unit{start: s, end: i, forced: forced}
		forced = false
		if n := len(out); n > 0 && !u.forced && glued(t[out[n-1].lastWordStart(t):out[n-1].end], t[s:i]) {
			out[n-1].end = i
			continue
		}
		out = append(out, u)
	}
	for k := range out {
		out[k].w = b.width(out[k].start, out[k].end)
	}
	return out
}

// lastWordStart is where the unit's last word begins.
func (u unit) lastWordStart(t []rune) int {
	for i := u.end - 1; i > u.start; i-- {
		if isSpace(t[i-1]) {
			return i
		}
	}
	return u.start
}

// glued reports whether the space between two words must not break:
// closing punctuation or "~" opens the next word, opening punctuation or
// "~" ends the previous one, the words are parts of a date (2024. 2.), or
// the previous word is a lone marker (※, ▶).
func glued(prev, next []rune) bool {
	last, firstNext := prev[len(prev)-1], next[0]
	switch {
	case noLineStart(firstNext), isTilde(firstNext):
		return true
	case noLineEnd(last), isTilde(last):
		return true
	case isDatePart(prev) && isDigit(firstNext):
		return true
	case len(prev) == 1 && isMarker(last):
		return true
	}
	return false
}

// isMarker is a bullet or note sign that belongs to the word after it
// (※ 비고, ▶ 구성): it never ends a line on its own.
func isMarker(r rune) bool {
	switch r {
	case '※', '▶', '▷', '■', '□', '◆', '◇', '○', '●', '◎', '▣', '☞', '➢', '➤', '•', '◦':
		return true
	}
	return false
}

// place adds unit u to the open line or starts new lines for it.
func (b *breaker) place(u unit) {
	if b.open {
		sepW := b.width(b.end, u.start)
		if b.w+sepW+u.w <= b.avail()+eps {
			b.end, b.w = u.end, b.w+sepW+u.w
			return
		}
		// The unit does not fit here. When it fits no fresh line either,
		// start it on this line if a fair share of the line is left.
		room := b.avail() - b.w - sepW
		if u.w > b.rest+eps && room >= b.avail()/4 && b.fitsOne(u.start, room) {
			b.split(u.start, u.end, room, true)
			return
		}
		b.flush(false)
	}
	if u.w <= b.avail()+eps {
		b.open, b.start, b.end, b.w = true, u.start, u.end, u.w
		return
	}
	b.split(u.start, u.end, b.avail(), false)
}

func (b *breaker) fitsOne(i int, room float64) bool { return b.adv[i] <= room+eps }

// split breaks runes [s, e) at characters. room is the width left on the
// current line; cont says the first piece continues the open line.
func (b *breaker) split(s, e int, room float64, cont bool) {
	for s < e {
		k, w := s, 0.0
		for k < e && w+b.adv[k] <= room+eps {
			w += b.adv[k]
			k++
		}
		if k == e {
			// The rest fits: it stays open for what follows.
			if cont {
				b.end, b.w = e, b.width(b.start, e)
			} else {
				b.open, b.start, b.end, b.w = true, s, e, b.width(s, e)
			}
			return
		}
		switch {
		case k == s && cont:
			// Nothing fits after all: end the open line, go on afresh.
			b.flush(false)
			cont, room = false, b.avail()
			continue
		case k == s:
			k = s + 1 // narrower than one character: one per line
		default:
			k = b.adjust(s, k, cont)
			if k == s {
				b.flush(false)
				cont, room = false, b.avail()
				continue
			}
		}
		if cont {
			b.end = k
			b.w = b.width(b.start, trimEnd(b.text, b.start, k))
		} else {
			b.open, b.start, b.end, b.w = true, s, k, b.width(s, k)
		}
		b.flush(false)
		cont = false
		s = k
		for s < e && isSpace(b.text[s]) {
			s++
		}
		room = b.avail()
	}
}

// adjust moves a character break at k (the line gets [s, k), k < end of
// text) so that no closing punctuation starts the next line and no opening
// punctuation ends this one. A space inside the piece (a glued unit such as
// a date) is preferred to breaking inside a word.
func (b *breaker) adjust(s, k int, cont bool) int {
	t := b.text
	bad := func(k int) bool {
		n := k
		for n < len(t) && isSpace(t[n]) {
			n++
		}
		p := k - 1
		for p > s && isSpace(t[p]) {
			p--
		}
		return (n < len(t) && noLineStart(t[n])) || noLineEnd(t[p]) || isSpace(t[p])
	}
	for i := k; i > s+1; i-- {
		if isSpace(t[i-1]) && !bad(i-1) {
			return i - 1
		}
	}
	for j := k; j > s; j-- {
		if !bad(j) {
			return j
		}
	}
	if cont {
		return s // leave the whole unit to the next line
	}
	return k // nothing better: keep the widest break
}

func trimEnd(t []rune, s, e int) int {
	for e > s && isSpace(t[e-1]) {
		e--
	}
	return e
}

// flush closes the open line.
func (b *breaker) flush(last bool) {
	if !b.open {
		return
	}
	end := trimEnd(b.text, b.start, b.end)
	b.lines = append(b.lines, Line{Start: b.start, End: end, Width: b.width(b.start, end), Last: last})
	b.open = false
}

const eps = 1e-9

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isTilde(r rune) bool { return r == '~' || r == '∼' || r == '～' }

// isDatePart matches one dotted part of a date: "2024.", "2.", "'22.".
func isDatePart(w []rune) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	d := w[:len(w)-1]
	if d[0] == '\'' || d[0] == '’' {
		d = d[1:]
	}
	if len(d) == 0 || len(d) > 4 {
		return false
	}
	for _, r := range d {
		if !isDigit(r) {
			return false
		}
	}
	return true
}

// noLineStart is closing punctuation: it must not begin a line.
func noLineStart(r rune) bool {
	switch r {
	case ')', ']', '}', '〕', '〉', '》', '」', '』', '】', '〙', '〗', '〟', '’', '”', '｠', '»', '）', '］', '｝',
		',', '.', ':', ';', '!', '?', '、', '。', '，', '．', '：', '；', '！', '？',
		'%', '％', '·', 'ㆍ', '…', '‥':
		return true
	}
	return false
}

// noLineEnd is opening punctuation: it must not end a line.
func noLineEnd(r rune) bool {
	switch r {
	case '(', '[', '{', '〔', '〈', '《', '「', '『', '【', '〘', '〖', '〝', '‘', '“', '｟', '«', '（', '［', '｛':
		return true
	}
	return false
}
