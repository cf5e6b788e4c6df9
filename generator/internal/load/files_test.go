package load

import (
	"crypto/sha256"
	"encoding/hex"
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
		checkHashes(t, p.Slug, p.Files, p.Hashes)
	}
	checkHashes(t, "site", []string{"site.yaml"}, site.Hashes)
}

// checkHashes: each file has the SHA-256 of its bytes on disk, and no
// other file has one.
func checkHashes(t *testing.T, what string, files []string, hashes map[string]string) {
	t.Helper()
	if len(hashes) != len(files) {
		t.Errorf("%s: %d hashes for %d files", what, len(hashes), len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile("../../../testdata/rich/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if sum := sha256.Sum256(data); hashes[f] != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: hash of %s = %q, want %x", what, f, hashes[f], sum)
		}
	}
}
