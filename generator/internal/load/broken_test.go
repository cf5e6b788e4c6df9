package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/golden"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/model"

	"github.com/rogpeppe/go-internal/txtar"
)

// baseTree is a small valid content tree; each broken case overrides or
// adds files to it.
var baseTree = map[string]string{
	"site.yaml": "district: 시험구\ntitle: 시험구 주요업무 계획\nbase_url: https://example.go.kr/\n",
	"2024/a/plan.yaml": `year: 2024
title: 2024년도 주요업무 계획
department:
  name: 시험과
  slug: a
date: 2024. 2.
chapters:
  - title: 주요업무 계획
    blocks:
      - items:
          - items/01.yaml
`,
	"2024/a/items/01.yaml": `id: "1"
title: 시험 사업
purpose: 시험을 위한 사업임
overview:
  period: 2024. 1. ~ 12.
schedule:
  - when: 2024. 2.
    what: 계획 수립
budget:
  unit: 천원
  total: 1,000
  sources:
    - name: 구비
effects:
  - 효과
`,
}

// TestBrokenContent loads each testdata/broken/*.txtar (the base tree with
// the archive's files laid over it) and compares the findings, one per
// line, with the archive's "want" file. UPDATE_GOLDEN=1 rewrites them.
func TestBrokenContent(t *testing.T) {
	files, _ := filepath.Glob("testdata/broken/*.txtar")
	if len(files) < 15 {
		t.Fatalf("expected at least 15 broken fixtures, found %d", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := fstest.MapFS{}
			for p, s := range baseTree {
				fsys[p] = &fstest.MapFile{Data: []byte(s)}
			}
			var want string
			wantIdx := -1
			for i, f := range ar.Files {
				switch {
				case f.Name == "want":
					want, wantIdx = string(f.Data), i
				case strings.HasPrefix(f.Name, "delete "):
					delete(fsys, strings.TrimPrefix(f.Name, "delete "))
				default:
					fsys[f.Name] = &fstest.MapFile{Data: unescape(f.Data)}
				}
			}
			type result struct {
				site *model.Site
				l    *diag.List
			}
			done := make(chan result, 1)
			go func() {
				s, l := Load(fsys, "content")
				done <- result{s, l}
			}()
			var site *model.Site
			var l *diag.List
			select {
			case r := <-done:
				site, l = r.site, r.l
			case <-time.After(scaled(10 * time.Second)):
				t.Fatalf("loading took longer than %s", scaled(10*time.Second))
			}
			var got strings.Builder
			for _, f := range l.Sorted() {
				got.WriteString(f.String() + "\n")
			}
			if l.HasErrors() != (site == nil) {
				t.Errorf("site is nil = %v, but HasErrors = %v", site == nil, l.HasErrors())
			}
			if golden.Update() {
				if wantIdx < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want"})
					wantIdx = len(ar.Files) - 1
				}
				ar.Files[wantIdx].Data = []byte(got.String())
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got.String() != want {
				t.Errorf("findings differ\n--- got\n%s--- want\n%s", got.String(), want)
			}
			if got.Len() == 0 {
				t.Errorf("no finding: a broken fixture must produce at least one")
			}
			readable(t, l.Sorted())
		})
	}
}

// unescape lets fixtures hold bytes a text archive cannot: \t for a tab,
// \r for a carriage return, \ufeff for a byte order mark, \x00 for NUL,
// \x1b for ESC, \u202e for RIGHT-TO-LEFT OVERRIDE and \xff, \xfe for
// bytes that are not UTF-8. (Inside YAML double quotes, YAML's own escapes
// such as "\e" reach the loader as YAML decodes them.)
func unescape(b []byte) []byte {
	return []byte(strings.NewReplacer(`\t`, "\t", `\r`, "\r", `\ufeff`, "\ufeff",
		`\x00`, "\x00", `\x1b`, "\x1b", `\u202e`, "\u202e", `\xff`, "\xff", `\xfe`, "\xfe").Replace(string(b)))
}

// readable fails when a finding was made without a catalogue message, or
// when, printed or as JSON in any language, it shows a key without its
// message or fmt's complaint about its arguments.
func readable(t *testing.T, findings []diag.Finding) {
	t.Helper()
	for _, f := range findings {
		if f.Code() == "" {
			t.Errorf("%s: made without a catalogue message", f)
		}
	}
	for _, l := range i18n.Langs {
		var b strings.Builder
		r := Report{Findings: findings}
		r.WriteTextIn(&b, l)
		if err := r.WriteJSONIn(&b, l); err != nil {
			t.Fatal(err)
		}
		if s := b.String(); strings.Contains(s, i18n.Missing) || strings.Contains(s, "%!") {
			t.Errorf("%s: a message is missing or badly filled:\n%s", l, s)
		}
	}
}
