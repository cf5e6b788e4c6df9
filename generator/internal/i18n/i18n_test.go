package i18n

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// verb is a fmt verb, with an optional argument index: %d, %02X, %[2]s.
var verb = regexp.MustCompile(`%(?:\[(\d+)\])?[-+# 0-9.]*([a-zA-Z%])`)

// takes lists which argument each verb of format f reads, as "2:s",
// sorted: the same list means the same arguments, in any order.
func takes(f string) []string {
	var out []string
	n := 0
	for _, m := range verb.FindAllStringSubmatch(f, -1) {
		if m[2] == "%" {
			continue
		}
		if m[1] != "" {
			fmt.Sscan(m[1], &n)
		} else {
			n++
		}
		out = append(out, fmt.Sprintf("%d:%s", n, m[2]))
	}
	slices.Sort(out)
	return out
}

// TestCatalogues: every key made is in every catalogue, the catalogues
// hold no other, ids are unique, and each form takes the same arguments
// as English's (in any order: Korean may number them).
func TestCatalogues(t *testing.T) {
	ids := map[string]bool{}
	for _, k := range all {
		if ids[k.id] {
			t.Errorf("key id %q made twice", k.id)
		}
		ids[k.id] = true
	}
	for _, l := range Langs {
		c := catalogue(l)
		for _, k := range all {
			m, ok := c[k]
			if !ok {
				t.Errorf("%s: no message %q", l, k)
				continue
			}
			want := takes(en[k].Other)
			for _, f := range []string{m.Other, m.One} {
				if f == "" {
					continue
				}
				if got := takes(f); !slices.Equal(got, want) {
					t.Errorf("%s %q: %q takes %v, English %v", l, k, f, got, want)
				}
			}
		}
		if len(c) != len(all) {
			t.Errorf("%s: %d messages for %d keys", l, len(c), len(all))
		}
	}
}

// TestFilled: every message written with arguments of the right count in
// both languages reads without fmt's complaints or a missing key.
func TestFilled(t *testing.T) {
	for _, l := range Langs {
		for _, k := range all {
			args := make([]any, len(takes(en[k].Other)))
			for i, a := range takes(en[k].Other) {
				switch a[len(a)-1:] {
				case "d", "X", "x":
					args[i] = 1
				default:
					args[i] = "v"
				}
			}
			got := T(l, k, args...)
			if strings.Contains(got, "%!") || strings.Contains(got, Missing) {
				t.Errorf("%s %q: %q", l, k, got)
			}
		}
	}
	if got := T(Korean, Key{"no.such"}); !strings.HasPrefix(got, Missing) {
		t.Errorf("unknown key wrote %q", got)
	}
}

func TestLocalizedArgs(t *testing.T) {
	m := M(Want, WantWhole, M(KindList))
	if got := m.In(Korean); got != "정수을(를) 적어야 하는데 목록이(가) 있습니다" {
		t.Errorf("ko: %q", got)
	}
	if got := m.In(English); got != "expected a whole number, got a list" {
		t.Errorf("en: %q", got)
	}
	e := Errorf(AmountNegative, "-3").WithHint(WriteDigits)
	if msg, hint := FromError(fmt.Errorf("wrapped: %w", e)); msg.In(Korean) != "금액 -3이(가) 음수입니다. 금액은 0 이상이어야 합니다" || hint.Key != WriteDigits {
		t.Errorf("FromError: %q %q", msg.In(Korean), hint.In(Korean))
	}
	if msg, _ := FromError(fmt.Errorf("permission denied")); msg.In(Korean) != "permission denied" {
		t.Errorf("plain error: %q", msg.In(Korean))
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
