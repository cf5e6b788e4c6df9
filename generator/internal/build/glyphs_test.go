package build

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// check reports a character no PDF face can draw at its file:line:col;
// the symbols Korean plans use are drawn and not reported.
func TestCheckReportsUndrawableCharacters(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../../content")); err != nil {
		t.Fatal(err)
	}
	plan := filepath.Join(dir, "2024", "saemapo", "plan.yaml")
	b, err := os.ReadFile(plan)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(b), "\n")
	b = append(b, "# ✔ ➠ ▸ ㎡ ㎞ 【부록】 ❖ ➊ ก\n"...)
	if err := os.WriteFile(plan, b, 0o644); err != nil {
		t.Fatal(err)
	}
	r, _ := Check(dir)
	var got []string
	for _, f := range r.Findings {
		if strings.Contains(f.Message, "none of the PDF fonts") {
			got = append(got, f.Pos.String()+" "+f.Message)
		}
	}
	want := filepath.Join(dir, "2024/saemapo/plan.yaml") + ":" + strconv.Itoa(lines+1) + ":22"
	if len(got) != 1 || !strings.HasPrefix(got[0], want+" ") || !strings.Contains(got[0], "U+0E01") {
		t.Errorf("findings %q, want one at %s for U+0E01", got, want)
	}
}
