package build

import (
	"testing"

	"workplan/bench/synth"
)

// Benchmarks of whole builds (check, PDFs, open data, site, staged swap):
//
//	go test ./generator/build -run '^$' -bench . -benchtime 5x -cpuprofile cpu.out
//
// Timings are reported, never asserted; docs/performance.md has figures.

func benchBuild(b *testing.B, content string, opt Options) {
	b.Helper()
	out := b.TempDir()
	opt.Content, opt.Out = content, out
	var plans int
	b.ResetTimer()
	for b.Loop() {
		r, err := Run(opt)
		if err != nil {
			b.Fatal(err)
		}
		plans = r.Plans
	}
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N)/float64(plans)*1000, "ms/plan")
}

func BenchmarkBuildExample(b *testing.B) {
	benchBuild(b, "../../../content", Options{})
}

// BenchmarkBuildDistrict50 builds a generated district of 10 departments
// over 5 years.
func BenchmarkBuildDistrict50(b *testing.B) {
	benchBuild(b, district(b, 10, 5), Options{})
}

// BenchmarkBuildDistrict50Incremental rebuilds it with nothing changed.
func BenchmarkBuildDistrict50Incremental(b *testing.B) {
	benchBuild(b, district(b, 10, 5), Options{Incremental: true})
}

func district(b *testing.B, depts, years int) string {
	b.Helper()
	dir := b.TempDir()
	if _, err := synth.Generate(dir, synth.Options{Depts: depts, Years: years}); err != nil {
		b.Fatal(err)
	}
	return dir
}
