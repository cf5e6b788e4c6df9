package fonts

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"workplan/generator/internal/model"
)

// damage returns a copy of data with table tag's length in the table
// directory changed by f.
func damage(t *testing.T, data []byte, tag string, f func(uint32) uint32) []byte {
	t.Helper()
	d := append([]byte(nil), data...)
	for i := 0; i < int(binary.BigEndian.Uint16(d[4:])); i++ {
		e := d[12+16*i:]
		if string(e[:4]) == tag {
			binary.BigEndian.PutUint32(e[12:], f(binary.BigEndian.Uint32(e[12:])))
			return d
		}
	}
	t.Fatalf("no %s table", tag)
	return nil
}

// A font with one table length damaged panicked inside gopdf when a build
// embedded it (issue 12.6). Load now refuses it with an error naming the
// file; nothing panics.
func TestDamagedFont(t *testing.T) {
	longer := func(l uint32) uint32 { return l + 100_000_000 }
	shorter := func(l uint32) uint32 { return l / 3 }
	for _, c := range []struct {
		tag  string
		f    func(uint32) uint32
		want string
	}{
		{"head", longer, `table "head"`},
		{"hhea", longer, `table "hhea"`},
		{"hmtx", longer, `table "hmtx"`},
		{"maxp", longer, `table "maxp"`},
		{"loca", longer, `table "loca"`},
		{"loca", shorter, `table "loca" is`},
		{"hmtx", shorter, `table "hmtx" is`},
		{"glyf", shorter, `outside the`},
	} {
		fsys := fstest.MapFS{"fonts/face.ttf": {Data: damage(t, pretendardRegular, c.tag, c.f)}}
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: Load panicked: %v", c.tag, r)
				}
			}()
			_, err = Load(fsys, model.Fonts{Regular: "fonts/face.ttf"}, "content")
		}()
		var fe *FileError
		if !errors.As(err, &fe) || fe.Path != "fonts/face.ttf" || fe.Role != Regular {
			t.Errorf("%s: Load = %v, want a FileError for fonts/face.ttf", c.tag, err)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "regular font content/fonts/face.ttf: ") || !strings.Contains(msg, c.want) {
			t.Errorf("%s: %s\nwant it to name the file and say %s", c.tag, msg, c.want)
		}
	}
}

// guard turns a panic in what it runs into an error; the trial embed
// relies on it for damage validate does not know.
func TestGuard(t *testing.T) {
	err := guard(func() error {
		var s []int
		_ = s[3]
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "damaged") || !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("guard = %v", err)
	}
	if err := guard(func() error { return errors.New("plain") }); err == nil || err.Error() != "plain" {
		t.Errorf("guard passed %v", err)
	}
}
