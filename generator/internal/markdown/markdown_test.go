package markdown

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// firstLink returns the destination of the first link or autolink in src.
func firstLink(t *testing.T, src string) ([]byte, bool) {
	t.Helper()
	b := []byte(src)
	var dest []byte
	found := false
	_ = ast.Walk(Parse(b), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || found {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			dest, found = l.Destination, true
		case *ast.AutoLink:
			dest, found = l.URL(b), true
		}
		return ast.WalkContinue, nil
	})
	return dest, found
}

// TestSafeHref: link safety is decided on the destination a browser sees,
// in inline links, reference definitions, table cells and autolinks.
func TestSafeHref(t *testing.T) {
	refused := []string{
		"[x](&#106;avascript:alert(document.domain))",
		"[x](&#x6A;avascript:alert(1))",
		"[x](javascript&colon;alert(1))",
		"[x](vbscript&#58;msgbox)",
		"[x](data&colon;text/html,<script>alert(1)</script>)",
		"[x](javascript:alert(1))",
		"[x](JaVaScRiPt:alert(1))",
		"[x](<java\tscript:alert(1)>)",
		"[x](<java&#9;script:alert(1)>)",
		"[x](<java&#0;script:alert(1)>)",
		"[x](&#32;javascript:alert(1))",
		"[x](data:text/html;base64,PHNjcmlwdD4=)",
		"[x](vbscript:msgbox)",
		"[x](//evil.example/x)",
		`[x](\/\/evil.example)`,
		`[x](/\evil.example)`,
		`[x](<\\\\evil.example>)`,
		"[x](&#47;&#47;evil.example)",
		"[x][r]\n\n[r]: &#106;avascript:alert(1)",
		"[x][r]\n\n[r]: javascript&colon;alert(1)",
		"| a |\n| - |\n| [x](&#106;avascript:alert(1)) |",
		"| a |\n| - |\n| [x](\\/\\/evil.example) |",
		"<javascript:alert(1)>",
		"<vbscript:msgbox>",
		"[x](file:///etc/passwd)",
	}
	for _, src := range refused {
		dest, ok := firstLink(t, src)
		if !ok {
			continue // not a link at all: shown as text
		}
		if href, ok := SafeHref(dest); ok {
			t.Errorf("%q: href %q allowed", src, href)
		}
	}
	allowed := map[string]string{
		"[ok](https://www.mapo.go.kr/)":        "https://www.mapo.go.kr/",
		"[ok](HTTPS://www.mapo.go.kr/)":        "HTTPS://www.mapo.go.kr/",
		"[mail](mailto:a@example.go.kr)":       "mailto:a@example.go.kr",
		"[rel](../2023/saemapo/#item-3)":       "../2023/saemapo/#item-3",
		"[anchor](#item-3)":                    "#item-3",
		"[q](?a=1&amp;b=2)":                    "?a=1&b=2",
		"<https://www.mapo.go.kr>":             "https://www.mapo.go.kr",
		"[sp](<https://x.example/a b>)":        "https://x.example/a%20b",
		"[ko](https://x.example/가)":            "https://x.example/%EA%B0%80",
		"[x][r]\n\n[r]: https://x.example/ref": "https://x.example/ref",
	}
	for src, want := range allowed {
		dest, ok := firstLink(t, src)
		if !ok {
			t.Errorf("%q: no link parsed", src)
			continue
		}
		href, ok := SafeHref(dest)
		if !ok || href != want {
			t.Errorf("%q: href %q, %v; want %q", src, href, ok, want)
		}
	}
}

// TestOneMeaning: the text every output reads.
func TestOneMeaning(t *testing.T) {
	cases := map[string]string{
		`범위 \~ 기호`:             "범위 ~ 기호",
		"'23.9.~'24.8. 40~42쪽": "'23.9.~'24.8. 40~42쪽",
		"~~취소~~":               "~~취소~~",
		"A &amp; B &lt;C&gt;":  "A & B <C>",
		"보이는 글 <!-- 숨김 --> 끝":  "보이는 글  끝",
		"<!-- 블록 주석\n여러 줄 -->\n\n다음 문단": "다음 문단",
		"► 표시 ▶":   "► 표시 ▶",
		"`코드 \\~`": "코드 \\~",
	}
	for src, want := range cases {
		if got := PlainText(Parse([]byte(src)), []byte(src)); got != want {
			t.Errorf("%q → %q, want %q", src, got, want)
		}
	}
}

func TestIsComment(t *testing.T) {
	for s, want := range map[string]bool{
		"<!-- x -->":            true,
		" <!-- a --> <!--b--> ": true,
		"<!-- x --> <b>":        false,
		"<b>":                   false,
		"<!-- open":             false,
		"":                      false,
	} {
		if got := IsComment([]byte(s)); got != want {
			t.Errorf("IsComment(%q) = %v", s, got)
		}
	}
}

func TestLongWordsAndLines(t *testing.T) {
	long := strings.Repeat("가", 100000) + " " + strings.Repeat("https://x.example/", 1000)
	if got := PlainText(Parse([]byte(long)), []byte(long)); !strings.Contains(got, strings.Repeat("가", 1000)) {
		t.Error("long word lost")
	}
}
