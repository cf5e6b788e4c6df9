package i18n

import (
	"regexp"
	"slices"
	"testing"
)

var verb = regexp.MustCompile(`%[a-z]`)

// TestCatalogues: every catalogue has every message, no other, and each
// form takes the same arguments in the same order as English's.
func TestCatalogues(t *testing.T) {
	for _, l := range Langs {
		c := catalogue(l)
		for _, k := range keys {
			m, ok := c[k]
			if !ok {
				t.Errorf("%s: no message %q", l, k)
				continue
			}
			want := verb.FindAllString(en[k].Other, -1)
			for _, f := range []string{m.Other, m.One} {
				if f == "" {
					continue
				}
				if got := verb.FindAllString(f, -1); !slices.Equal(got, want) {
					t.Errorf("%s %q: %q takes %v, English %v", l, k, f, got, want)
				}
			}
		}
		if len(c) != len(keys) {
			t.Errorf("%s: %d messages for %d keys", l, len(c), len(keys))
		}
	}
}

func TestPlurals(t *testing.T) {
	for _, c := range []struct {
		l    Lang
		n    int
		want string
	}{
		{English, 1, "1 error"}, {English, 0, "0 errors"}, {English, 2, "2 errors"},
		{Korean, 1, "오류 1건"}, {Korean, 3, "오류 3건"},
	} {
		if got := N(c.l, Errors, c.n); got != c.want {
			t.Errorf("N(%s, Errors, %d) = %q, want %q", c.l, c.n, got, c.want)
		}
	}
}

func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want Lang
	}{
		{nil, ""},
		{map[string]string{"LANG": "ko_KR.UTF-8"}, Korean},
		{map[string]string{"LANG": "ko_KR.UTF-8", "LC_ALL": "C"}, English},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "ko_KR.UTF-8"}, Korean},
		{map[string]string{"LANG": "C.UTF-8"}, English},
	} {
		if got := FromEnv(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %s, want %s", c.env, got, c.want)
		}
	}
	for in, want := range map[string]Lang{"ko": Korean, "KO_kr": Korean, "en": English} {
		if got, err := Parse(in); got != want || err != nil {
			t.Errorf("Parse(%q) = %s, %v", in, got, err)
		}
	}
	if _, err := Parse("ja"); err == nil {
		t.Error("Parse(ja) accepted")
	}
}
