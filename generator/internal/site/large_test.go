package site

import (
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"workplan/generator/internal/load"
)

// TestLargeMarkdownTable builds the plan page of an item holding a
// 3.8 MB Markdown table (1,900 columns × 1,000 rows, under the 4 MB file
// limit): issue 12.9, where it took 259 s and 1.2 GB. The bound is
// generous, for a busy 2-core machine; the page must build in seconds,
// not minutes. Skipped with -short and under -race.
func TestLargeMarkdownTable(t *testing.T) {
	if testing.Short() || raceDetector {
		t.Skip("large table skipped with -short and -race")
	}
	var b strings.Builder
	b.WriteString("|")
	for c := 0; c < 1900; c++ {
		b.WriteString("h|")
	}
	b.WriteString("\n|")
	for c := 0; c < 1900; c++ {
		b.WriteString("-|")
	}
	b.WriteString("\n")
	for r := 0; r < 1000; r++ {
		b.WriteString("|")
		for c := 0; c < 1900; c++ {
			b.WriteString("1|")
		}
		b.WriteString("\n")
	}
	fsys := fstest.MapFS{}
	for p, s := range pagesBase {
		fsys[p] = &fstest.MapFile{Data: []byte(s)}
	}
	fsys["2024/a/items/01.yaml"] = &fstest.MapFile{Data: []byte("id: \"1\"\ntitle: 시험 사업\nblocks:\n  - file: table.md\n")}
	fsys["2024/a/items/table.md"] = &fstest.MapFile{Data: []byte(b.String())}

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	s, l := load.Load(fsys, "content")
	if s == nil {
		t.Fatal(l)
	}
	loaded := time.Since(start)
	r, err := New(s, Options{Assets: fakeAssets()})
	if err != nil {
		t.Fatal(err)
	}
	files, err := r.PlanFiles(s.Plans[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	t.Logf("%d bytes of Markdown: loaded in %s, page (%d bytes) written in %s, %d MB allocated",
		b.Len(), loaded.Round(time.Millisecond), len(files[0].Data), took.Round(time.Millisecond), (after.TotalAlloc-before.TotalAlloc)>>20)
	if !strings.Contains(string(files[0].Data), `<td class="num">1</td>`) {
		t.Error("the page lacks the table's cells")
	}
	if limit := 120 * time.Second; took > limit {
		t.Errorf("the page took %s; want well under %s", took, limit)
	}
}
