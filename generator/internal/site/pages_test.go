package site

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"workplan/generator/internal/golden"
	"workplan/generator/internal/load"
)

// pagesBase is a small content tree each testdata/pages case lays its
// files over: one plan, 2024/a, whose chapter holds items/01.yaml.
var pagesBase = map[string]string{
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
budget:
  unit: 천원
  total: 1,000
  sources:
    - name: 구비
`,
}

// TestPages renders each testdata/pages/*.txtar: the base tree with the
// archive's content files laid over it. The archive states what the
// plan page must show:
//
//	-- want.html --   the page's chapters, compared byte for byte
//	                  (UPDATE_GOLDEN=1 rewrites it)
//	-- contains --    lines the page's HTML must contain
//	-- lacks --       lines it must not contain (case-insensitive)
//
// Cases build only the content they are about, so editing the example
// content changes none of them.
func TestPages(t *testing.T) {
	files, _ := filepath.Glob("testdata/pages/*.txtar")
	if len(files) < 5 {
		t.Fatalf("expected at least 5 page cases, found %d", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := fstest.MapFS{}
			for p, s := range pagesBase {
				fsys[p] = &fstest.MapFile{Data: []byte(s)}
			}
			var contains, lacks []string
			wantIdx := -1
			for i, f := range ar.Files {
				switch f.Name {
				case "want.html":
					wantIdx = i
				case "contains":
					contains = lines(f.Data)
				case "lacks":
					lacks = lines(f.Data)
				default:
					fsys[f.Name] = &fstest.MapFile{Data: f.Data}
				}
			}
			s, l := load.Load(fsys, "content")
			if s == nil {
				t.Fatalf("loading: %v", l)
			}
			r, err := New(s, Options{Assets: fakeAssets()})
			if err != nil {
				t.Fatal(err)
			}
			out, err := r.PlanFiles(s.Plans[0], nil)
			if err != nil {
				t.Fatal(err)
			}
			page := string(out[0].Data)
			got := chapters(page)
			for _, c := range contains {
				if !strings.Contains(page, c) {
					t.Errorf("the page lacks %q", c)
				}
			}
			for _, c := range lacks {
				if strings.Contains(strings.ToLower(page), strings.ToLower(c)) {
					t.Errorf("the page contains %q", c)
				}
			}
			if golden.Update() {
				if wantIdx < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want.html"})
					wantIdx = len(ar.Files) - 1
				}
				ar.Files[wantIdx].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if wantIdx < 0 {
				t.Fatalf("no want.html; run with UPDATE_GOLDEN=1")
			}
			if want := string(ar.Files[wantIdx].Data); got != want {
				t.Errorf("chapters differ (%s):\n%s", golden.Hint, firstDiff(want, got))
			}
		})
	}
}

// chapters cuts a plan page down to its chapters.
func chapters(page string) string {
	i := strings.Index(page, `<section class="chapter"`)
	j := strings.LastIndex(page, "</section>\n</div>\n</div>\n</main>")
	if i < 0 || j < i {
		return page
	}
	return page[i:j+len("</section>")] + "\n"
}

func lines(b []byte) []string {
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + a + "\n  got:  " + b
		}
	}
	return ""
}
