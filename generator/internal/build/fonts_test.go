package build

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// damagedFont is the built-in regular face with its hmtx table's length
// stretched past the end of the file: gopdf parses it, then panicked
// (slice bounds out of range) when a build embedded it.
func damagedFont(t *testing.T) []byte {
	t.Helper()
	d, err := os.ReadFile("../fonts/ttf/PretendardGOV-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < int(binary.BigEndian.Uint16(d[4:])); i++ {
		e := d[12+16*i:]
		if string(e[:4]) == "hmtx" {
			binary.BigEndian.PutUint32(e[12:], binary.BigEndian.Uint32(e[12:])+100_000_000)
			return d
		}
	}
	t.Fatal("no hmtx table")
	return nil
}

// A damaged font named in site.yaml passed check and then panicked the
// build (issue 12.6). Check now reports it at the file, and the build
// writes nothing.
func TestDamagedFontIsAFinding(t *testing.T) {
	content := copyTree(t, "../../../content")
	if err := os.MkdirAll(filepath.Join(content, "fonts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(content, "fonts", "face.ttf"), damagedFont(t), 0o644); err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(content, "site.yaml")
	b, _ := os.ReadFile(site)
	if err := os.WriteFile(site, append(b, "fonts:\n  regular: fonts/face.ttf\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	r, faces := Check(content)
	if r.Errors != 1 || faces != nil || r.Site != nil || len(r.Findings) == 0 {
		t.Fatalf("Check: %d errors, faces %v, findings %v", r.Errors, faces, r.Findings)
	}
	f := r.Findings[len(r.Findings)-1]
	if f.Pos.File != filepath.Join(content, "fonts", "face.ttf") || f.Field != "fonts.regular" ||
		!strings.HasPrefix(f.Message, `cannot use this font: table "hmtx"`) || !strings.Contains(f.Hint, "built-in face") {
		t.Errorf("finding = %+v", f)
	}
	out := filepath.Join(t.TempDir(), "out")
	res, err := Run(Options{Content: content, Out: out})
	if !errors.Is(err, ErrContent) || res.Check.Errors != 1 {
		t.Errorf("Run = %v, %d errors; want ErrContent", err, res.Check.Errors)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed build wrote %s", out)
	}
}

// A panic inside a library while rendering a plan is that plan's error,
// not the process's end.
func TestPanicInAPlanIsAnError(t *testing.T) {
	b := &builder{}
	o := b.safePlan(0) // no site: plan panics on a nil pointer
	if o.err == nil || !strings.Contains(o.err.Error(), "rendering failed inside a library") {
		t.Errorf("safePlan = %v", o.err)
	}
}
