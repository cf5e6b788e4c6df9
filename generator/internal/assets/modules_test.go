package assets

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"workplan/generator/internal/chart"
)

// chartScripts is where the site's golden output keeps the chart scripts
// it writes for the example and the rich fixture (owned by package site;
// read here, never written).
const chartScripts = "../site/testdata/golden/*/assets/charts/*.js"

// drawing is one chart of a page's chart script.
type drawing struct {
	ID     string         `json:"id"`
	Kind   string         `json:"kind"`
	Height int            `json:"height"`
	Option map[string]any `json:"option"`
}

// readDrawings returns every chart of the golden chart scripts.
func readDrawings(t *testing.T) []drawing {
	t.Helper()
	paths, err := filepath.Glob(chartScripts)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no chart scripts at %s (%v)", chartScripts, err)
	}
	var all []drawing
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		start, end := bytes.IndexByte(b, '['), bytes.LastIndexByte(b, ']')
		if !bytes.Contains(b, []byte("workplanCharts(")) || start < 0 || end < start {
			t.Fatalf("%s: not a workplanCharts([...]) script", p)
		}
		var ds []drawing
		if err := json.Unmarshal(b[start:end+1], &ds); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		all = append(all, ds...)
	}
	return all
}

// optionModules says which bundle module an option's top-level key needs;
// "" marks keys the core handles. A key not listed fails the test, so a
// new option is looked at before it ships to a bundle without it.
var optionModules = map[string]string{
	"animation": "", "color": "", "textStyle": "", "backgroundColor": "", "series": "",
	"aria":    "AriaComponent",
	"grid":    "GridComponent",
	"xAxis":   "GridComponent",
	"yAxis":   "GridComponent",
	"legend":  "LegendPlainComponent", // "LegendScrollComponent" when type is scroll
	"tooltip": "TooltipComponent",
	"title":   "TitleComponent",
	"dataset": "DatasetComponent",
}

// seriesModules says which module draws each series type.
var seriesModules = map[string]string{"bar": "BarChart", "pie": "PieChart", "tree": "TreeChart", "line": "LineChart"}

// neededModules lists the modules the drawings need, with why.
func neededModules(t *testing.T, ds []drawing) map[string]string {
	need := map[string]string{"SVGRenderer": "the drawing helper draws SVG (templates/site.js)"}
	for _, d := range ds {
		for k, v := range d.Option {
			m, ok := optionModules[k]
			if !ok {
				t.Errorf("chart %s (%s): option %q: unknown whether the bundle needs a module for it; add it to optionModules (and to the generator)", d.ID, d.Kind, k)
				continue
			}
			if k == "legend" {
				if l, _ := v.(map[string]any); l["type"] == "scroll" {
					m = "LegendScrollComponent"
				}
			}
			if m != "" {
				need[m] = "option " + k + " of chart " + d.ID
			}
		}
		series, _ := d.Option["series"].([]any)
		for _, s := range series {
			typ, _ := s.(map[string]any)["type"].(string)
			m, ok := seriesModules[typ]
			if !ok {
				t.Errorf("chart %s: series type %q has no module in seriesModules", d.ID, typ)
				continue
			}
			need[m] = "series " + typ + " of chart " + d.ID
		}
	}
	return need
}

// TestModulesCoverCharts checks the bundle registers every module the
// site's charts use, and that the charts read cover every kind of chart
// the chart model has.
func TestModulesCoverCharts(t *testing.T) {
	ds := readDrawings(t)
	kinds := map[string]bool{}
	for _, d := range ds {
		kinds[d.Kind] = true
	}
	for _, k := range chartKinds() {
		if !kinds[k] {
			t.Errorf("no golden chart of kind %q in %s: the check below cannot vouch for it", k, chartScripts)
		}
	}
	need := neededModules(t, ds)
	fsys := embedded(t)
	b, err := ReadBundle(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for m := range need {
		names = append(names, m)
	}
	sort.Strings(names)
	for _, m := range names {
		if !slices.Contains(b.Modules, m) {
			t.Errorf("the bundle lacks %s, needed by %s; add it in gen/main.go and run `%s`", m, need[m], SetupCommand)
		}
	}
}

// chartKinds lists the names of every chart.Kind; Kind.String indexes an
// array, so the first kind past the last one panics.
func chartKinds() []string {
	var out []string
	for k := chart.Kind(0); ; k++ {
		name, ok := kindName(k)
		if !ok {
			return out
		}
		out = append(out, name)
	}
}

func kindName(k chart.Kind) (name string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return k.String(), true
}
