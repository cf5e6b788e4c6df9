package diff

import (
	"bytes"
	"strings"
	"testing"
)

// hostile are titles that try to act on a terminal or a Markdown reader
// (issue 12.7): a terminal hyperlink, hidden text, a bidi override, NUL,
// and a newline that would start a forged list line.
var hostile = []string{
	"\x1b]8;;https://evil.example\x1b\\클릭\x1b]8;;\x1b\\",
	"보임\x1b[8m숨김\x1b[0m",
	"예산 \u202e원천000,1",
	"널\x00문자",
	"제목\n- 3. forged **99,366천원**",
	"줄\r\n# 머리\u2028",
	"c1\u009b31m",
	"bad \xff utf-8",
}

func hostileReport() *Report {
	r := &Report{From: "HEAD~1\x1b[2J", To: "./content`\n"}
	for i, h := range hostile {
		slug := string(rune('a'+i)) + "-plan"
		r.Plans = append(r.Plans, PlanInfo{Slug: slug, Title: h})
		r.Changes = append(r.Changes,
			Change{Plan: slug, Where: []string{h, "제목"}, Kind: Added, New: h},
			Change{Plan: slug, Where: []string{"소요예산"}, Kind: Changed, Old: h, New: "1", Delta: h},
			Change{Plan: slug, Where: []string{"목적"}, Kind: Changed, Old: h, New: h + " 끝", Words: Words(h, h+" 끝")},
		)
	}
	return r
}

// noActing fails when out holds a character that acts on a terminal.
func noActing(t *testing.T, what, out string) {
	t.Helper()
	for i, r := range out {
		if acts(r) && r != '\n' && !(what == "color" && r == 0x1b) {
			t.Errorf("%s: %U at byte %d: %q", what, r, i, out[max(0, i-20):min(len(out), i+20)])
			return
		}
	}
}

func TestTextShowsControlsVisibly(t *testing.T) {
	var b bytes.Buffer
	hostileReport().Text(&b, false)
	out := b.String()
	noActing(t, "text", out)
	for _, want := range []string{`\x1b]8;;https://evil.example\x1b\클릭`, `보임\x1b[8m숨김`, "예산 U+202E원천", `널\x00문자`, `제목\n- 3. forged`, `줄\r\n# 머리U+2028`, "c1U+009B31m", `bad \xff utf-8`, `비교: HEAD~1\x1b[2J → ./content` + "`" + `\n`} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	// Coloured, the only escapes are the colours'.
	b.Reset()
	hostileReport().Text(&b, true)
	for _, seq := range strings.Split(b.String(), "\x1b")[1:] {
		if !strings.HasPrefix(seq, "[31m") && !strings.HasPrefix(seq, "[32m") && !strings.HasPrefix(seq, "[1m") && !strings.HasPrefix(seq, "[0m") {
			t.Errorf("an escape sequence other than a colour: %q", seq[:min(len(seq), 10)])
		}
	}
}

func TestMarkdownCannotForgeLines(t *testing.T) {
	var b bytes.Buffer
	hostileReport().Markdown(&b)
	out := b.String()
	noActing(t, "markdown", out)
	for _, line := range strings.Split(out, "\n") {
		switch {
		case line == "", line == "## workplan diff", strings.HasPrefix(line, "비교: "), strings.HasPrefix(line, "계획 "),
			strings.HasPrefix(line, "### "), strings.HasPrefix(line, "- **"):
		default:
			t.Errorf("a line the report did not write: %q", line)
		}
	}
	for _, want := range []string{
		`### 제목\n- 3. forged \*\*99,366천원\*\* ` + "`e-plan`",
		`줄\r\n\# 머리U+2028`,
		"비교: ``HEAD~1\\x1b[2J → ./content`\\n``",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	if strings.Count(out, "\n- ") != 3*len(hostile) {
		t.Errorf("%d list lines, want %d", strings.Count(out, "\n- "), 3*len(hostile))
	}
}

func TestCodeSpan(t *testing.T) {
	for in, want := range map[string]string{"HEAD~1 → content": "`HEAD~1 → content`", "a`b": "``a`b``", "`x": "`` `x ``"} {
		if got := codeSpan(in); got != want {
			t.Errorf("codeSpan(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHTMLShowsControlsVisibly(t *testing.T) {
	var b bytes.Buffer
	if err := hostileReport().HTML(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	noActing(t, "html", out)
	for _, want := range []string{"예산 U+202E원천", `<del>널\x00문자</del>`, `제목\n- 3. forged`} {
		if !strings.Contains(out, want) {
			t.Errorf("html lacks %q", want)
		}
	}
}
