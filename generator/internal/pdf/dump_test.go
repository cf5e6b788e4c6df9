package pdf

import (
	"os"
	"testing"

	"workplan/generator/internal/model"
)

// TestDump writes the example's and the rich fixture's PDFs to
// $WORKPLAN_PDF_DUMP for looking at.
func TestDump(t *testing.T) {
	dir := os.Getenv("WORKPLAN_PDF_DUMP")
	if dir == "" {
		t.Skip("set WORKPLAN_PDF_DUMP to a directory")
	}
	for _, tree := range []string{"content", "testdata/rich"} {
		site := loadSite(t, tree)
		for _, p := range site.Plans {
			data, warns := render(t, site, p)
			for _, w := range warns {
				t.Log(w)
			}
			name := dir + "/" + p.Slug + ".pdf"
			if err := os.WriteFile(name, data, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d bytes", name, len(data))
		}
	}
	data, _, err := Render(stressPlan(t), &model.Site{}, defaultFonts(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/stress.pdf", data, 0o644); err != nil {
		t.Fatal(err)
	}
}
