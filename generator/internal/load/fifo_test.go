//go:build unix

package load

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFOIsRefused: a named pipe in place of a content file is refused by
// its type without being opened (opening it would wait for a writer
// forever), for an item, a Markdown file, a plan and site.yaml.
func TestFIFOIsRefused(t *testing.T) {
	for _, name := range []string{"2024/a/items/01.yaml", "2024/a/notes.md", "2024/a/plan.yaml", "site.yaml"} {
		t.Run(name, func(t *testing.T) {
			over := map[string]string{}
			if name == "2024/a/notes.md" {
				over["2024/a/plan.yaml"] = strings.Replace(baseTree["2024/a/plan.yaml"], "      - items:", "      - file: notes.md\n      - items:", 1)
			}
			dir := writeTree(t, over)
			full := filepath.Join(dir, name)
			if err := syscall.Unlink(full); err != nil && !strings.Contains(err.Error(), "no such file") {
				t.Fatal(err)
			}
			if err := syscall.Mkfifo(full, 0o644); err != nil {
				t.Skipf("cannot make a FIFO here: %v", err)
			}
			out, errs := loadBounded(t, dir, scaled(20*time.Second))
			if !errs || !strings.Contains(out, name+" is a named pipe (FIFO), not a regular file") {
				t.Errorf("findings:\n%s", out)
			}
		})
	}
}
