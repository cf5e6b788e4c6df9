package load

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"workplan/generator/internal/numfmt"
	"workplan/generator/internal/yamlstrict"
)

// decompose writes Hangul syllables as conjoining jamo, as macOS stores
// file names (NFD), for tests of composeHangul.
func decompose(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			b.WriteRune(r)
			continue
		}
		i := r - 0xAC00
		b.WriteRune(0x1100 + i/(21*28))
		b.WriteRune(0x1161 + i%(21*28)/28)
		if t := i % 28; t != 0 {
			b.WriteRune(0x11A7 + t)
		}
	}
	return b.String()
}

func TestComposeHangul(t *testing.T) {
	for _, s := range []string{"소통폰.yaml", "01-현장구청장실.md", "각낙닭", "abc", "힣", "가"} {
		d := decompose(s)
		if s != "abc" && d == s {
			t.Fatalf("decompose(%q) did nothing", s)
		}
		if got := composeHangul(d); got != s {
			t.Errorf("composeHangul(decompose(%q)) = %q", s, got)
		}
	}
	// A composed LV syllable followed by a trailing jamo.
	if got := composeHangul("가\u11A8"); got != "각" {
		t.Errorf("LV + T = %q, want 각", got)
	}
}

// TestNormalizationHint: an item named in NFC whose file on disk is named
// in NFD (or the other way round) gets a hint naming the file found.
func TestNormalizationHint(t *testing.T) {
	for _, c := range []struct{ ref, disk, form string }{
		{"items/소통.yaml", decompose("items/소통.yaml"), "decomposed (NFD)"},
		{decompose("items/소통.yaml"), "items/소통.yaml", "composed (NFC)"},
	} {
		fsys := fstest.MapFS{}
		for p, s := range baseTree {
			fsys[p] = &fstest.MapFile{Data: []byte(s)}
		}
		fsys["2024/a/plan.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(baseTree["2024/a/plan.yaml"], "items/01.yaml", c.ref, 1))}
		fsys["2024/a/"+c.disk] = fsys["2024/a/items/01.yaml"]
		delete(fsys, "2024/a/items/01.yaml")
		_, l := Load(fsys, "content")
		want := "does not exist (a file with the same name in another Unicode normalization exists: content/2024/a/" + c.disk + ", " + c.form
		if got := l.Error(); !strings.Contains(got, want) {
			t.Errorf("findings:\n%s\nwant %q", got, want)
		}
	}
}

func TestBaseURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.go.kr":          "https://example.go.kr/",
		"https://example.go.kr/plans/":   "https://example.go.kr/plans/",
		"HTTP://example.go.kr:8080/a":    "HTTP://example.go.kr:8080/a/",
		"http://127.0.0.1/":              "http://127.0.0.1/",
		"javascript:alert(1)":            "expected an absolute address",
		"https:example.go.kr":            "expected an absolute address",
		"//example.go.kr/":               "expected an absolute address",
		"ftp://example.go.kr/":           "expected an absolute address",
		"https:///path":                  "has no host name",
		"https://user:pw@example.go.kr/": "holds a user name",
		"https://example.go.kr/?a=1":     "has a query or fragment",
		"https://example.go.kr/#top":     "has a query or fragment",
		"https://example.go.kr/a b/":     "holds a space",
		"https://exa\x00mple.go.kr/":     "expected an absolute address",
	} {
		got, err := baseURL(in)
		if err != nil {
			got = err.Error()
		}
		if !strings.Contains(got, want) {
			t.Errorf("baseURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTextChecks: single-line text refuses every C0/C1 control, DEL,
// bidirectional control and line separator; prose keeps only \n and \t.
func TestTextChecks(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		_, _, single := yamlstrict.BadRune("a"+string(r), false)
		_, _, multi := yamlstrict.BadRune("a"+string(r), true)
		control := r < 0x20 || (r >= 0x7F && r <= 0x9F)
		bidi := r == 0x61C || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
		wantSingle := control || bidi || r == 0x2028 || r == 0x2029
		wantMulti := wantSingle && r != '\n' && r != '\t'
		if single != wantSingle || multi != wantMulti {
			t.Errorf("U+%04X: single-line refused %v (want %v), prose refused %v (want %v)", r, single, wantSingle, multi, wantMulti)
		}
	}
}

// TestSchemaAmountPattern: the JSON Schema's amount pattern (for editors)
// accepts exactly what the loader accepts.
func TestSchemaAmountPattern(t *testing.T) {
	pattern := regexp.MustCompile(new(schemaGen).typ(amountType)["pattern"].(string))
	for _, s := range []string{"0", "7", "16366", "16,366", "1,234,567.5", "0.25", "007", "1,6,3", "16366,000", "1,0000", "+5", "0x10", "1_0", "1e3", ",100", "100,", "1.", ".5"} {
		_, err := numfmt.Decimal(s)
		if pattern.MatchString(s) != (err == nil) {
			t.Errorf("%q: schema pattern matches %v, loader accepts %v", s, pattern.MatchString(s), err == nil)
		}
	}
}
