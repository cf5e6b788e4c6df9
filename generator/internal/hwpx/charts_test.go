package hwpx

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/document"
	"workplan/generator/internal/raster"
)

var (
	chartsOnce  sync.Once
	chartFaces  *raster.Faces
	chartsError error
)

// testCharts are the PDF's built-in faces, read from the fonts package's
// folder, for the charts' pictures.
func testCharts(t testing.TB) *raster.Faces {
	t.Helper()
	chartsOnce.Do(func() {
		var data [3][]byte
		for i, n := range []string{"PretendardGOV-Regular.ttf", "PretendardGOV-Bold.ttf", "NanumGothic.ttf"} {
			if data[i], chartsError = os.ReadFile(filepath.Join(repoRoot(t), "generator", "internal", "fonts", "ttf", n)); chartsError != nil {
				return
			}
		}
		chartFaces, chartsError = raster.NewFaces(data[0], data[1], data[2])
	})
	if chartsError != nil {
		t.Fatal(chartsError)
	}
	return chartFaces
}

// chartFigures are the printed plan's figures that hold a chart.
func chartFigures(d *document.Plan) []*document.Figure {
	var out []*document.Figure
	document.WalkBlocks(chapterBlocks(d), func(n document.Node) bool {
		if f, ok := n.(*document.Figure); ok && f.Chart != nil {
			out = append(out, f)
		}
		return true
	})
	return out
}

// TestPlanCharts: every chart of the example plan, the rich fixture and
// the busan case is a picture (an organisation may be too wide to draw,
// as in the PDF), in order, right after its "< 제목 >" caption, as wide
// as the text, its stored PNG decoding to the size the file states
// (orgSz: pixels × 75) at raster.DPI, its alt text the chart's summary; and
// every kind of chart the plans hold is among them.
func TestPlanCharts(t *testing.T) {
	kinds := map[chart.Kind]int{}
	for _, rel := range trees(t) {
		for _, d := range loadPlans(t, rel) {
			t.Run(d.ID, func(t *testing.T) {
				entries := unzip(t, renderPlan(t, d))
				section := body(t, entries)
				pics := section.all("pic")
				figs := chartFigures(d)
				i := 0
				titled := map[*node]bool{}
				for _, f := range figs {
					if i < len(pics) && pics[i].child("shapeComment").text == f.Summary {
						kinds[f.Chart.Kind]++
						titled[pics[i]] = f.Title != ""
						i++
					} else if f.Chart.Kind != chart.Tree {
						t.Errorf("chart %q (%v) has no picture in order", f.Title, f.Chart.Kind)
					}
				}
				if i != len(pics) {
					t.Errorf("%d pictures; %d match the charts in order", len(pics), i)
				}
				for _, pic := range pics {
					checkChartPicture(t, entries, pic)
				}
				// A titled chart's picture follows its caption.
				var prev *node
				for _, p := range section.children {
					if pic := p.all("pic"); len(pic) > 0 && titled[pic[0]] && (prev == nil || len(prev.all("t")) == 0 || !strings.HasPrefix(prev.all("t")[0].text, "< ")) {
						t.Errorf("the picture of %q without its caption before it", pic[0].child("shapeComment").text)
					}
					prev = p
				}
			})
		}
	}
	for _, k := range []chart.Kind{chart.Bar, chart.GroupedBar, chart.Pie, chart.Gantt} {
		if kinds[k] == 0 {
			t.Errorf("no %v chart drawn in any plan", k)
		}
	}
	t.Logf("charts drawn by kind: %v", kinds)
}

func checkChartPicture(t *testing.T, entries []entry, pic *node) {
	t.Helper()
	id := pic.child("img").must("binaryItemIDRef")
	data := partData(t, entries, "BinData/"+id+".png")
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("picture %s: %v", id, err)
	}
	org := pic.child("orgSz")
	if org.must("width") != strconv.Itoa(cfg.Width*75) || org.must("height") != strconv.Itoa(cfg.Height*75) {
		t.Errorf("picture %s: orgSz %s × %s for %d × %d pixels", id, org.must("width"), org.must("height"), cfg.Width, cfg.Height)
	}
	cur := pic.child("curSz")
	w, _ := strconv.Atoi(cur.must("width"))
	h, _ := strconv.Atoi(cur.must("height"))
	if Length(w) != PlanPage().TextWidth() {
		t.Errorf("picture %s: %d wide; the text is %d", id, w, PlanPage().TextWidth())
	}
	// raster.DPI: a point is DPI/72 pixels; the shown size in points.
	if px := float64(w) / 100 * raster.DPI / 72; cfg.Width < int(px) || cfg.Width > int(px)+1 {
		t.Errorf("picture %s: %d pixels for %d HWPUNIT at %d dpi", id, cfg.Width, w, raster.DPI)
	}
	if px := float64(h) / 100 * raster.DPI / 72; cfg.Height < int(px) || cfg.Height > int(px)+2 {
		t.Errorf("picture %s: %d pixels high for %d HWPUNIT at %d dpi", id, cfg.Height, h, raster.DPI)
	}
	if len(data) > 200_000 {
		t.Errorf("picture %s: %d bytes", id, len(data))
	}
}

// TestPlanWithoutCharts: without faces a plan has no pictures, and each
// chart is still its caption and data table.
func TestPlanWithoutCharts(t *testing.T) {
	d := loadPlans(t, "content")[0]
	b, err := Plan(d, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	entries := unzip(t, b)
	if pics := body(t, entries).all("pic"); len(pics) != 0 {
		t.Errorf("%d pictures without faces", len(pics))
	}
	checkTextInOrder(t, treeTexts(d), bodyText(body(t, entries)), 20)
}
