package raster

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"workplan/generator/internal/chart"
)

var (
	facesOnce sync.Once
	faces     *Faces
	facesErr  error
)

// testFaces are the built-in faces the PDF uses, read from the fonts
// package's folder.
func testFaces(t testing.TB) *Faces {
	t.Helper()
	facesOnce.Do(func() {
		var data [3][]byte
		for i, n := range []string{"PretendardGOV-Regular.ttf", "PretendardGOV-Bold.ttf", "NanumGothic.ttf"} {
			if data[i], facesErr = os.ReadFile(filepath.Join("..", "fonts", "ttf", n)); facesErr != nil {
				return
			}
		}
		faces, facesErr = NewFaces(data[0], data[1], data[2])
	})
	if facesErr != nil {
		t.Fatal(facesErr)
	}
	return faces
}

// sampleCharts has one chart of each form the chart model makes, with
// Korean labels, the way the plans fill them.
func sampleCharts() map[string]Chart {
	return map[string]Chart{
		"bar": {Chart: &chart.Chart{ID: "accounts", Title: "회계별 예산", Kind: chart.Bar, Unit: "천원",
			Categories: []string{"일반회계", "특별회계", "기금"},
			Series:     []chart.Series{{Name: "2024년", Values: []float64{16366, 5200, 0}}}}},
		"grouped-bar": {Chart: &chart.Chart{ID: "headcount", Title: "직급별 정원·현원", Kind: chart.GroupedBar, Unit: "명",
			Categories: []string{"4급", "5급", "6급", "7급", "8급", "9급"},
			Series: []chart.Series{{Name: "정원", Values: []float64{1, 3, 9, 7, 4, 2}},
				{Name: "현원", Values: []float64{1, 3, 8, 7, 5, 1}}}}},
		"hbar": {Chart: &chart.Chart{ID: "item_budgets", Title: "사업별 소요예산", Kind: chart.Bar, Unit: "천원",
			Categories: []string{"1-1. 시민과 함께 누리는 문화도시 조성 사업", "1-2. 생활체육 활성화를 위한 공공체육시설 확충", "2-1. 청년 창업 지원센터 운영",
				"2-2. 골목상권 활성화", "3-1. 어르신 돌봄 서비스 확대와 경로당 운영 지원", "3-2. 아동 놀이공간 조성"},
			Series: []chart.Series{{Name: "소요예산", Values: []float64{1250000, 830500, 96000, 45000, 312000, 7800}}}}},
		"bar-wide-axis": {Chart: &chart.Chart{ID: "budget", Title: "사업별 소요예산", Kind: chart.Bar, Unit: "천원",
			Categories: []string{"문화", "체육", "관광"},
			Series:     []chart.Series{{Name: "소요예산", Values: []float64{1250000, 830500, 96000}}}}},
		"pie": {Chart: &chart.Chart{ID: "pledges", Title: "전략과제별 공약사업", Kind: chart.Pie, Unit: "개",
			Categories: []string{"살기 좋은 도시", "함께 크는 경제", "따뜻한 복지"},
			Series:     []chart.Series{{Name: "공약사업", Values: []float64{5, 3, 2}}}}},
		"gantt": {Chart: &chart.Chart{ID: "schedule", Title: "1-1. 문화도시 조성 추진일정", Kind: chart.Gantt, Year: 2024,
			Rows: []chart.GanttRow{{Label: "기본계획 수립", From: 1, To: 2}, {Label: "시민 참여 프로그램 운영(매월)", From: 3, To: 11, Loose: true},
				{Label: "성과 평가 및 차년도 계획 수립을 위한 보고회 개최", From: 12, To: 12}}},
			Legend: map[string]string{"exact": "확정 일정", "loose": "유동·반복 일정(빗금)"}},
		"tree": {Chart: &chart.Chart{ID: "organisation", Title: "조직", Kind: chart.Tree,
			Root: &chart.Node{Name: "새마포담당관", Children: []*chart.Node{{Name: "기획팀"}, {Name: "혁신팀"}, {Name: "협력팀"}}}},
			Roles: map[string]string{"기획팀": "업무계획 수립, 성과관리", "혁신팀": "조직문화 혁신"}},
	}
}

// TestEveryKindRasterises draws each form at the PDF's full text width
// and checks the image: its size, ink in the plot area and text drawn
// (pixels of the text colour).
func TestEveryKindRasterises(t *testing.T) {
	f := testFaces(t)
	seen := map[chart.Kind]bool{}
	out := os.Getenv("RASTER_OUT") // a folder to look at the images in
	for name, c := range sampleCharts() {
		seen[c.Kind] = true
		img, err := Render(c, f, 482, 150)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if out != "" {
			os.WriteFile(filepath.Join(out, name+".png"), img.PNG, 0o644)
		}
		m, err := png.Decode(bytes.NewReader(img.PNG))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b := m.Bounds()
		if b.Dx() != 1005 || b.Dy() != int(img.Height*150/72+0.999) || b.Size() != img.Pixels {
			t.Errorf("%s: %v pixels for %.1f × %.1f pt at 150 dpi", name, b.Size(), img.Width, img.Height)
		}
		if img.Height < 60 {
			t.Errorf("%s: only %.1f pt tall", name, img.Height)
		}
		// The plot area (below the title) has ink; the title row has
		// dark text.
		if n := countPixels(m, image.Rect(0, b.Dy()/4, b.Dx(), b.Dy()), notWhite); n < 500 {
			t.Errorf("%s: %d coloured pixels in the plot area", name, n)
		}
		// The title (or an organisation's head unit, white on navy)
		// is lettered at the top.
		pred := dark
		if c.Kind == chart.Tree {
			pred = func(r, g, b uint32) bool { return r > 0xf000 && g > 0xf000 && b > 0xf000 }
		}
		if n := countPixels(m, image.Rect(b.Dx()/3, 0, b.Dx()*2/3, 50*150/72), pred); n < 50 {
			t.Errorf("%s: %d pixels of text in the title row", name, n)
		}
		// Nothing is cut at the left edge: its first column is blank
		// (the schedule's table rules start there).
		if c.Kind != chart.Gantt && countPixels(m, image.Rect(0, 0, 1, b.Dy()), notWhite) > 0 {
			t.Errorf("%s: ink at the left edge", name)
		}
	}
	for k := chart.Bar; k <= chart.Tree; k++ {
		if !seen[k] {
			t.Errorf("no sample of kind %v", k)
		}
	}
}

func notWhite(r, g, b uint32) bool { return r < 0xf000 || g < 0xf000 || b < 0xf000 }
func dark(r, g, b uint32) bool     { return r < 0x6000 && g < 0x6000 && b < 0x6000 }

func countPixels(m image.Image, r image.Rectangle, f func(r, g, b uint32) bool) int {
	n := 0
	r = r.Intersect(m.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := m.At(x, y).RGBA()
			if f(cr, cg, cb) {
				n++
			}
		}
	}
	return n
}

// TestTextIsDrawn: a chart whose labels are Korean has more dark pixels
// than the same chart with its words removed.
func TestTextIsDrawn(t *testing.T) {
	f := testFaces(t)
	c := sampleCharts()["bar"]
	with, err := Render(c, f, 300, 150)
	if err != nil {
		t.Fatal(err)
	}
	bare := *c.Chart
	bare.Title, bare.Unit, bare.Categories = "", "", []string{" ", " ", " "}
	without, err := Render(Chart{Chart: &bare}, f, 300, 150)
	if err != nil {
		t.Fatal(err)
	}
	count := func(b []byte) int {
		m, _ := png.Decode(bytes.NewReader(b))
		return countPixels(m, m.Bounds(), dark)
	}
	if a, b := count(with.PNG), count(without.PNG); a < b+300 {
		t.Errorf("%d grey pixels with the words, %d without: the Korean labels were not drawn", a, b)
	}
}

// TestReproducible: the same chart gives the same bytes, also drawn
// concurrently with shared faces.
func TestReproducible(t *testing.T) {
	f := testFaces(t)
	cs := sampleCharts()
	want := map[string][]byte{}
	for name, c := range cs {
		img, err := Render(c, f, 482, 0)
		if err != nil {
			t.Fatal(err)
		}
		want[name] = img.PNG
	}
	var wg sync.WaitGroup
	for name, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			img, err := Render(c, f, 482, 0)
			if err != nil || !bytes.Equal(img.PNG, want[name]) {
				t.Errorf("%s: a second rendering differs (%v)", name, err)
			}
		}()
	}
	wg.Wait()
}

// TestSizes: at the default resolution a chart stays small.
func TestSizes(t *testing.T) {
	f := testFaces(t)
	for name, c := range sampleCharts() {
		img, err := Render(c, f, 482, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(img.PNG) > 150_000 {
			t.Errorf("%s: %d bytes", name, len(img.PNG))
		}
		if want := int(math.Ceil(482 * float64(DPI) / 72)); img.Pixels.X != want {
			t.Errorf("%s: %d pixels wide at %d dpi", name, img.Pixels.X, DPI)
		}
	}
}

func TestBadInput(t *testing.T) {
	f := testFaces(t)
	if _, err := Render(Chart{}, f, 482, 0); err == nil {
		t.Error("no chart: no error")
	}
	bad := &chart.Chart{ID: "x", Kind: chart.Bar, Categories: []string{"a"}, Series: []chart.Series{{Values: []float64{1, 2}}}}
	if _, err := Render(Chart{Chart: bad}, f, 482, 0); err == nil {
		t.Error("ragged series: no error")
	}
	if _, err := Render(sampleCharts()["bar"], nil, 482, 0); err == nil {
		t.Error("no faces: no error")
	}
	var kids []*chart.Node
	for range 12 {
		kids = append(kids, &chart.Node{Name: "아주 긴 이름의 행정지원팀"})
	}
	wide := &chart.Chart{ID: "org", Kind: chart.Tree, Root: &chart.Node{Name: "국", Children: kids}}
	if _, err := Render(Chart{Chart: wide}, f, 482, 0); !errors.Is(err, ErrTooWide) {
		t.Errorf("twelve wide units: %v, want ErrTooWide", err)
	}
	empty := &chart.Chart{ID: "p", Kind: chart.Pie, Categories: []string{"a"}, Series: []chart.Series{{Values: []float64{0}}}}
	if _, err := Render(Chart{Chart: empty}, f, 482, 0); err == nil {
		t.Error("a pie of nothing: no error")
	}
}

// TestNoTitle: without its title line a chart is shorter and still drawn;
// the unit stays.
func TestNoTitle(t *testing.T) {
	f := testFaces(t)
	for name, c := range sampleCharts() {
		full, err := Render(c, f, 482, 150)
		if err != nil {
			t.Fatal(err)
		}
		c.NoTitle = true
		bare, err := Render(c, f, 482, 150)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case c.Kind == chart.Tree:
			if !bytes.Equal(full.PNG, bare.PNG) {
				t.Errorf("%s: an organisation has no title line, yet NoTitle changed it", name)
			}
		case c.Kind == chart.Pie || c.Kind == chart.Gantt:
			if bare.Height > full.Height-10 {
				t.Errorf("%s: %.1f pt without the title, %.1f with", name, bare.Height, full.Height)
			}
		default: // the unit keeps the line
			if bare.Height > full.Height || bare.Height < full.Height-10 {
				t.Errorf("%s: %.1f pt without the title, %.1f with", name, bare.Height, full.Height)
			}
		}
	}
}
