package markdown

import (
	"bytes"
	"strings"
	"testing"
)

func render(t *testing.T, src string, trusted bool) string {
	t.Helper()
	var b bytes.Buffer
	if err := For(trusted).Convert([]byte(src), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestHostileMarkdownIsSafe(t *testing.T) {
	cases := map[string]struct{ must, mustNot []string }{
		"<script>alert(1)</script>":                          {must: []string{"&lt;script&gt;alert(1)&lt;/script&gt;"}, mustNot: []string{"<script"}},
		"text <iframe src=x></iframe> more":                  {must: []string{"&lt;iframe src=x&gt;"}, mustNot: []string{"<iframe"}},
		`<img src=x onerror="alert(1)">`:                     {must: []string{"&lt;img"}, mustNot: []string{"<img"}},
		"[click](javascript:alert(1))":                       {must: []string{"click"}, mustNot: []string{"href", "javascript"}},
		"[click](JaVaScRiPt:alert(1))":                       {mustNot: []string{"href"}},
		"[x](java\tscript:alert(1))":                         {mustNot: []string{"href"}},
		"[data](data:text/html;base64,PHNjcmlwdD4=)":         {mustNot: []string{"href"}},
		"[vb](vbscript:msgbox)":                              {mustNot: []string{"href"}},
		"[proto](//evil.example/x)":                          {mustNot: []string{"href"}},
		"<javascript:alert(1)>":                              {mustNot: []string{"href"}},
		"![chart](https://evil.example/track.png)":           {must: []string{"[chart]"}, mustNot: []string{"<img", "evil.example"}},
		"[ok](https://www.mapo.go.kr/)":                      {must: []string{`<a href="https://www.mapo.go.kr/">ok</a>`}},
		"[mail](mailto:a@example.go.kr)":                     {must: []string{`href="mailto:a@example.go.kr"`}},
		"[rel](../2023/saemapo/#item-3)":                     {must: []string{`href="../2023/saemapo/#item-3"`}},
		"<https://www.mapo.go.kr>":                           {must: []string{`<a href="https://www.mapo.go.kr">`}},
		"[t](https://x.example \"a\\\" onmouseover=\\\"x\")": {mustNot: []string{`" onmouseover`}},
	}
	for src, c := range cases {
		out := render(t, src, false)
		for _, m := range c.must {
			if !strings.Contains(out, m) {
				t.Errorf("%q → %q, want it to contain %q", src, out, m)
			}
		}
		for _, m := range c.mustNot {
			if strings.Contains(strings.ToLower(out), strings.ToLower(m)) {
				t.Errorf("%q → %q, must not contain %q", src, out, m)
			}
		}
	}
}

func TestTrustedKeepsHTMLButNotUnsafeLinks(t *testing.T) {
	out := render(t, "<b>굵게</b>\n\n<div class=\"x\">블록</div>\n\n[x](javascript:alert(1))", true)
	if !strings.Contains(out, "<b>굵게</b>") || !strings.Contains(out, `<div class="x">블록</div>`) {
		t.Errorf("trusted HTML was not kept: %q", out)
	}
	if strings.Contains(out, "javascript") {
		t.Errorf("unsafe link kept in trusted mode: %q", out)
	}
}

func TestLongWordsAndLines(t *testing.T) {
	long := strings.Repeat("가", 100000) + " " + strings.Repeat("https://x.example/", 1000)
	out := render(t, long, false)
	if !strings.Contains(out, strings.Repeat("가", 1000)) {
		t.Error("long word lost")
	}
}
