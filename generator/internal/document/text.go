package document

import "strings"

// Text is inline content: runs of text, each with its emphasis and link.
type Text []Run

// Run is a stretch of text with one style. A hard line break is a run
// holding "\n"; soft breaks are already spaces.
type Run struct {
	Text     string
	Strong   bool
	Emphasis bool
	Code     bool
	// Href is the link's destination, already checked by
	// markdown.SafeHref and decoded as a browser would; "" for no link.
	Href string
	// HTML marks raw HTML, kept only when the site trusts its content;
	// outputs that cannot show HTML leave it out.
	HTML bool
}

// Plain is text without markup. An empty string gives empty Text.
func Plain(s string) Text {
	if s == "" {
		return nil
	}
	return Text{{Text: s}}
}

// String is the text without markup, as the PDF and the diff print it.
func (t Text) String() string {
	if len(t) == 1 && !t[0].HTML {
		return t[0].Text
	}
	var b strings.Builder
	for _, r := range t {
		if !r.HTML {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// IsEmpty reports whether the text holds no characters.
func (t Text) IsEmpty() bool {
	for _, r := range t {
		if r.Text != "" {
			return false
		}
	}
	return true
}

// appendRun adds r to t, joining it to the last run when both have the
// same style.
func appendRun(t Text, r Run) Text {
	if r.Text == "" {
		return t
	}
	if n := len(t); n > 0 {
		last := t[n-1]
		if last.Strong == r.Strong && last.Emphasis == r.Emphasis && last.Code == r.Code && last.Href == r.Href && last.HTML == r.HTML {
			t[n-1].Text += r.Text
			return t
		}
	}
	return append(t, r)
}

// trimSpace trims spaces and line breaks at both ends of t.
func trimSpace(t Text) Text {
	for len(t) > 0 {
		s := strings.TrimLeft(t[0].Text, " \t\n")
		if s != "" {
			t[0].Text = s
			break
		}
		t = t[1:]
	}
	for len(t) > 0 {
		n := len(t) - 1
		s := strings.TrimRight(t[n].Text, " \t\n")
		if s != "" {
			t[n].Text = s
			break
		}
		t = t[:n]
	}
	return t
}

// The plain wordings of nodes, as every output prints them once styling
// is set aside. Outputs that place the parts separately (a marker in its
// own column, a bold label) must print these same characters; the
// agreement tests compare against them.

// Plain is the line as printed: "ㅇ 추진근거: 「…」", "- 용역: 100백만원",
// "ㅇ 사업내용" (a label heading lines under it).
func (l *Line) Plain() string {
	s := l.Marker
	if l.Label != "" {
		s += " " + l.Label
		if !l.Text.IsEmpty() {
			s += ":"
		}
	}
	if !l.Text.IsEmpty() {
		s += " " + l.Text.String()
	}
	return s
}

// Plain is the section's heading line: "□ 소요예산: 16,366천원(구비)",
// "[조 직]".
func (s *Section) Plain() string {
	out := s.Label
	if s.Marker != "" {
		out = s.Marker + " " + out
	}
	if s.Value != "" {
		out += ": " + s.Value
	}
	return out
}

// Plain is the note as printed: "※ 평가방법: …".
func (n *Note) Plain() string { return n.Marker + " " + n.Text.String() }
