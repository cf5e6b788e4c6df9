package load

import (
	"os"
	"strings"
	"testing"
)

// TestPlanFiles: each plan lists the files it was read from, and only those.
func TestPlanFiles(t *testing.T) {
	site, l := Load(os.DirFS("../../../testdata/rich"), "rich")
	if l.HasErrors() {
		t.Fatal(l.Sorted())
	}
	want := map[string][]string{
		"2025-culture": {"2025/culture/achievements.md", "2025/culture/items/1-1.yaml", "2025/culture/items/1-2.yaml",
			"2025/culture/items/2-1.yaml", "2025/culture/plan.yaml", "2025/culture/status.yaml"},
		"2024-culture": {"2024/culture/plan.yaml", "2024/culture/status.yaml"},
		"2025-safety":  {"2025/safety/flood.yaml", "2025/safety/plan.yaml"},
	}
	for _, p := range site.Plans {
		if got := strings.Join(p.Files, " "); got != strings.Join(want[p.Slug], " ") {
			t.Errorf("%s: Files = %s\nwant %s", p.Slug, got, strings.Join(want[p.Slug], " "))
		}
	}
}
