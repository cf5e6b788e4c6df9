package main

import (
	"bytes"
	be "encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A font file damaged in one table length passed `check` and then
// panicked `build` inside gopdf (issue 12.6). `check` now trial-embeds the
// fonts and reports the file; `build` writes nothing.
func TestCheckReportsADamagedFont(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	if err := os.CopyFS(content, os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	font, err := os.ReadFile("../../generator/internal/fonts/ttf/PretendardGOV-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < int(be.BigEndian.Uint16(font[4:])); i++ {
		if e := font[12+16*i:]; string(e[:4]) == "head" {
			be.BigEndian.PutUint32(e[12:], be.BigEndian.Uint32(e[12:])+100_000_000)
		}
	}
	os.MkdirAll(filepath.Join(content, "fonts"), 0o755)
	if err := os.WriteFile(filepath.Join(content, "fonts", "본문.ttf"), font, 0o644); err != nil {
		t.Fatal(err)
	}
	site, _ := os.ReadFile(filepath.Join(content, "site.yaml"))
	os.WriteFile(filepath.Join(content, "site.yaml"), append(site, "fonts:\n  regular: fonts/본문.ttf\n"...), 0o644)

	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "-content", content}, &stdout, &stderr); code != 1 {
		t.Errorf("check: exit %d, want 1\n%s", code, stderr.String())
	}
	want := filepath.Join(content, "fonts", "본문.ttf") + `: fonts.regular: cannot use this font: table "head" (offset 268, length 100000054) runs past the end of the file`
	if !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), "1 error") {
		t.Errorf("check output:\n%s\nwant %s", stderr.String(), want)
	}
	stderr.Reset()
	out := filepath.Join(dir, "out")
	if code := run([]string{"build", "-content", content, "-out", out}, &stdout, &stderr); code != 1 {
		t.Errorf("build: exit %d, want 1\n%s", code, stderr.String())
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a build with a damaged font wrote output")
	}
}
