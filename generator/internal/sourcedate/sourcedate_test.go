package sourcedate

import (
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want time.Time
		set  bool
	}{
		{"", time.Time{}, false},
		{"0", time.Unix(0, 0).UTC(), true},
		{"1709251200", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), true},
		{"253402300799", Max, true},
		{"0001700000000", time.Unix(1700000000, 0).UTC(), true},
	} {
		got, set, err := Parse(c.in)
		if err != nil || set != c.set || !got.Equal(c.want) || (set && got.Location() != time.UTC) {
			t.Errorf("Parse(%q) = %v, %v, %v; want %v, %v", c.in, got, set, err, c.want, c.set)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{
		"99999999999999",       // year 3170843: an invalid PDF date
		"253402300800",         // the first second of year 10000
		"99999999999999999999", // past int64
		"-1", "+5", "1.5", " 1", "1\n", "0x10", "1e9", "tomorrow", "1_000",
	} {
		_, set, err := Parse(in)
		if err == nil || set {
			t.Errorf("Parse(%q) accepted", in)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, "SOURCE_DATE_EPOCH=") || !strings.Contains(msg, strings.TrimSpace(in)) || !strings.Contains(msg, "git log") {
			t.Errorf("Parse(%q): message does not name the variable, the value and a way out: %s", in, msg)
		}
	}
}

func TestFromEnv(t *testing.T) {
	t.Setenv(Var, "99999999999999")
	if _, _, err := FromEnv(); err == nil {
		t.Error("FromEnv accepted a date past year 9999")
	}
	t.Setenv(Var, "1700000000")
	if got, set, err := FromEnv(); err != nil || !set || got.Unix() != 1700000000 {
		t.Errorf("FromEnv = %v, %v, %v", got, set, err)
	}
}
