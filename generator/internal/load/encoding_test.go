package load

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"workplan/generator/internal/diag"
)

// CP949 bytes, written out by Python's cp949 codec.
const (
	cp949Site = "district: \xb8\xb6\xc6\xf7\xb1\xb8\ntitle: \xb8\xb6\xc6\xf7\xb1\xb8 \xc1\xd6\xbf\xe4\xbe\xf7\xb9\xab \xb0\xe8\xc8\xb9\n"      // 마포구 주요업무 계획
	cp949Text = "# \xc3\xdf\xc1\xf8 \xb9\xe8\xb0\xe6\n\n\xc1\xd6\xb9\xce \xbc\xd2\xc5\xeb\xc0\xbb \xb0\xad\xc8\xad\xc7\xd5\xb4\xcf\xb4\xd9.\n" // 추진 배경 …
	cp949Ext  = "\x8cc\xb9\xe6\xb0\xa2\xc7\xcf \xbc\x84"                                                                                       // 똠방각하 펲: UHC extension bytes
)

func TestLooksCP949(t *testing.T) {
	for _, c := range []struct {
		name string
		data string
		want bool
	}{
		{"site.yaml in CP949", cp949Site, true},
		{"Markdown in CP949", cp949Text, true},
		{"CP949 extension (UHC) syllables", cp949Ext, true},
		{"Latin-1", "caf\xe9\n", false},
		{"Shift_JIS", "\x93\xfa\x96{\x8c\xea", false},
		{"GBK, no Hangul", "\xd6\xd0\xce\xc4", false},
		{"a lead byte at the end", "\xb8\xb6\xc6", false},
		{"0xFF", "\xb8\xb6\xff\xfe", false},
		{"UTF-8 with one stray byte", "마포구 \xb8\xb6", false},
		{"ASCII only", "district: x\n", false},
	} {
		if got := looksCP949([]byte(c.data)); got != c.want {
			t.Errorf("%s: looksCP949(%q) = %v, want %v", c.name, c.data, got, c.want)
		}
	}
}

// exampleWith is the example content with some files replaced.
func exampleWith(t *testing.T, files map[string]string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS("../../../content"), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile("../../../content/" + p)
		m[p] = &fstest.MapFile{Data: data, Mode: 0o644}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for p, s := range files {
		m[p] = &fstest.MapFile{Data: []byte(s), Mode: 0o644}
	}
	return m
}

// TestCP949File: a YAML or Markdown file saved as CP949 gets one finding
// at its first non-UTF-8 byte that names the encoding and how to re-save;
// other bad bytes keep the plain invalid-UTF-8 finding.
func TestCP949File(t *testing.T) {
	for _, c := range []struct {
		name, file, data, want string
	}{
		{"yaml", "site.yaml", cp949Site, "content/site.yaml:1:11: file is saved as CP949 (EUC-KR), not UTF-8"},
		{"markdown", "2024/saemapo/note.md", cp949Text, "content/2024/saemapo/note.md:1:3: file is saved as CP949 (EUC-KR), not UTF-8"},
		{"latin-1", "site.yaml", "district: caf\xe9\ntitle: x\n", "content/site.yaml:1:14: invalid UTF-8 byte 0xE9; content files must be UTF-8"},
	} {
		t.Run(c.name, func(t *testing.T) {
			files := map[string]string{c.file: c.data}
			if strings.HasSuffix(c.file, ".md") {
				plan, err := os.ReadFile("../../../content/2024/saemapo/plan.yaml")
				if err != nil {
					t.Fatal(err)
				}
				// Read the Markdown file as the first chapter's first block.
				s := strings.Replace(string(plan), "    blocks:\n", "    blocks:\n      - file: note.md\n", 1)
				if s == string(plan) {
					t.Fatal("plan.yaml has no blocks: line to add the file to")
				}
				files["2024/saemapo/plan.yaml"] = s
			}
			_, l := Load(exampleWith(t, files), "content")
			var errs []diag.Finding
			for _, f := range l.Sorted() {
				if f.Severity == diag.Error {
					errs = append(errs, f)
				}
			}
			if len(errs) != 1 || !strings.HasPrefix(errs[0].String(), c.want) {
				t.Fatalf("errors:\n%v\nwant one starting %q", errs, c.want)
			}
			if c.name != "latin-1" && (!strings.Contains(errs[0].Hint, "UTF-8") || !strings.Contains(errs[0].Message, "CP949(EUC-KR)로 저장된")) {
				t.Errorf("finding lacks the Korean sentence or the re-save hint: %+v", errs[0])
			}
		})
	}
}

// TestBOMAccepted: a UTF-8 byte order mark is accepted (a warning in YAML,
// nothing in Markdown); the file is read as if it were not there.
func TestBOMAccepted(t *testing.T) {
	site, err := os.ReadFile("../../../content/site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, l := Load(exampleWith(t, map[string]string{"site.yaml": "\uFEFF" + string(site)}), "content")
	if l.HasErrors() || s == nil || s.District != "마포구" {
		t.Fatalf("BOM refused: %v", l.Sorted())
	}
}
