package site

import (
	"os"
	"testing"

	"workplan/generator/internal/load"
)

// BenchmarkPlanFiles renders every plan page and chart script of a content
// tree (DISTRICT, or the rich fixture) without writing them.
//
//	DISTRICT=/tmp/d go test ./generator/site -run '^$' -bench PlanFiles -cpuprofile cpu.out
func BenchmarkPlanFiles(b *testing.B) {
	dir := os.Getenv("DISTRICT")
	if dir == "" {
		dir = "../../../testdata/rich"
	}
	s, l := load.Load(os.DirFS(dir), dir)
	if s == nil {
		b.Fatal(l.Sorted())
	}
	r, err := New(s, Options{PDF: true})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, p := range s.Plans {
			if _, err := r.PlanFiles(p, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(s.Plans))/1e6, "ms/page")
}
