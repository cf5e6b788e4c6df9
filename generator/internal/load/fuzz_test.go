package load

import (
	"testing"
	"testing/fstest"
)

// FuzzLoadItem feeds arbitrary bytes to the loader as an item file: it must
// report problems, never panic or hang.
func FuzzLoadItem(f *testing.F) {
	f.Add([]byte(baseTree["2024/a/items/01.yaml"]))
	f.Add([]byte("id: \"1\"\ntitle: x\nbudget:\n  unit: 천원\n  sources:\n    - {name: 국비, ratio: 50%}\n    - {name: 구비, ratio: 50%}\n  breakdown:\n    - {label: a, amount: \"1,000\"}\n"))
	f.Add([]byte("a: &x [*x, *x]\n"))
	f.Add([]byte("\ufeffid: 1\r\ntitle: x\r\n"))
	f.Add([]byte("schedule:\n  - when: 2024. 2. ~ 1.\n    what: x\n    sub:\n      - sub:\n          - sub: []\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{}
		for p, s := range baseTree {
			fsys[p] = &fstest.MapFile{Data: []byte(s)}
		}
		fsys["2024/a/items/01.yaml"] = &fstest.MapFile{Data: data}
		site, l := Load(fsys, "content")
		if (site == nil) != l.HasErrors() {
			t.Fatalf("site nil = %v but errors = %v", site == nil, l.HasErrors())
		}
		readable(t, l.Sorted())
	})
}

// FuzzLoadStatus does the same for a 일반현황 file.
func FuzzLoadStatus(f *testing.F) {
	f.Add([]byte("headcount:\n  grades:\n    - {grade: 5급, quota: 1, current: 1}\nbudget:\n  unit: 백만원\n  label: 2024년\n  accounts:\n    - name: 일반회계\n      amount: 418\n      previous: 400\n    - name: 특별회계\n      accounts:\n        - {name: a, amount: 1}\n"))
	f.Add([]byte("laws:\n  total: 2\n  kinds:\n    - {kind: 조례, titles: [a, b]}\ncommittees:\n  list:\n    - {name: x, members: -1}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{}
		for p, s := range baseTree {
			fsys[p] = &fstest.MapFile{Data: []byte(s)}
		}
		fsys["2024/a/plan.yaml"] = &fstest.MapFile{Data: []byte("year: 2024\ntitle: t\ndepartment: {name: n, slug: a}\ndate: 2024. 2.\nchapters:\n  - title: 일반현황\n    blocks:\n      - status: status.yaml\n")}
		fsys["2024/a/status.yaml"] = &fstest.MapFile{Data: data}
		site, l := Load(fsys, "content")
		if (site == nil) != l.HasErrors() {
			t.Fatalf("site nil = %v but errors = %v", site == nil, l.HasErrors())
		}
		readable(t, l.Sorted())
	})
}
