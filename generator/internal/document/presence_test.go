package document_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"workplan/generator/internal/document"
	"workplan/generator/internal/load"
)

// buildItem builds the document of a one-plan tree whose only item is
// item (YAML).
func buildItem(t *testing.T, item string) *document.Plan {
	t.Helper()
	fsys := fstest.MapFS{
		"site.yaml": {Data: []byte("district: 시험구\ntitle: 시험\nbase_url: https://example.go.kr/\n")},
		"2024/a/plan.yaml": {Data: []byte("year: 2024\ntitle: 계획\ndepartment:\n  name: 시험과\n  slug: a\ndate: 2024. 2.\n" +
			"chapters:\n  - title: 주요업무\n    blocks:\n      - items:\n          - items/01.yaml\n")},
		"2024/a/items/01.yaml": {Data: []byte(item)},
	}
	s, l := load.Load(fsys, "content")
	if s == nil {
		t.Fatalf("loading: %v", l)
	}
	d, err := document.Build(s, s.Plans[0])
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func figures(d *document.Plan) []string {
	var out []string
	document.Walk(d, func(n document.Node) bool {
		if f, ok := n.(*document.Figure); ok {
			out = append(out, f.Chart.Kind.String())
		}
		return true
	})
	return out
}

// TestPledgeChart: a pie of one slice says nothing; the pledge chart
// appears with two or more strategic tasks, in every output.
func TestPledgeChart(t *testing.T) {
	item := func(tasks string) string {
		return "id: \"1\"\ntitle: 공약\nblocks:\n  - pledges:\n      total: 5\n      tasks:\n" + tasks
	}
	one := buildItem(t, item("        - { name: 가, count: 5 }\n"))
	two := buildItem(t, item("        - { name: 가, count: 2 }\n        - { name: 나, count: 3 }\n"))
	if got := figures(one); len(got) != 0 {
		t.Errorf("one task: figures %v", got)
	}
	if got := figures(two); strings.Join(got, ",") != "pie" {
		t.Errorf("two tasks: figures %v, want one pie", got)
	}
}

// TestSectionsAppearWhenStated: an item without schedule or budget has no
// such section, and a block placed after the missing section stands in
// the item itself.
func TestSectionsAppearWhenStated(t *testing.T) {
	d := buildItem(t, "id: \"1\"\ntitle: 사업\neffects:\n  - 효과\nblocks:\n  - after: budget\n    markdown: 예산 자리의 글\n")
	it := d.Chapters[0].Blocks[0].(*document.Item)
	var kinds []string
	for _, b := range it.Blocks {
		k := b.Kind()
		if s, ok := b.(*document.Section); ok {
			k += ":" + s.Label
		}
		kinds = append(kinds, k)
	}
	if got := strings.Join(kinds, " "); got != "paragraph section:기대효과" {
		t.Errorf("item blocks: %s", got)
	}
}
