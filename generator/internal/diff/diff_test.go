package diff

import (
	"os"
	"strings"
	"testing"

	"workplan/generator/internal/document"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
)

func TestWords(t *testing.T) {
	ops := Words("구민과의 약속을 실천하는 책임행정을 구현", "구민과의 약속을 지키는 책임행정을 구현")
	var b strings.Builder
	for _, o := range ops {
		b.WriteString(string(o.Kind) + o.Text + "|")
	}
	if got, want := b.String(), "=구민과의 약속을|-실천하는|+지키는|=책임행정을 구현|"; got != want {
		t.Errorf("Words = %s, want %s", got, want)
	}
}

func TestContext(t *testing.T) {
	ops := Context(Words("가 나 다 라 마 바 사 아 자", "가 나 다 라 마 바 사 아 차"), 2)
	if ops[0].Text != "… 사 아" || ops[1].Text != "자" || ops[2].Text != "차" {
		t.Errorf("Context = %+v", ops)
	}
}

func loadSite(t *testing.T, dir string) *model.Site {
	t.Helper()
	s, l := load.Load(os.DirFS(dir), dir)
	if s == nil {
		t.Fatal(l.Error())
	}
	return s
}

func TestSameContentHasNoChanges(t *testing.T) {
	a, b := loadSite(t, "../../../testdata/rich"), loadSite(t, "../../../testdata/rich")
	if r := Compare(a, b); !r.Empty() {
		t.Errorf("identical trees differ: %+v", r.Changes)
	}
}

func TestAddedAndRemovedPlans(t *testing.T) {
	rich, mapo := loadSite(t, "../../../testdata/rich"), loadSite(t, "../../../content")
	r := Compare(mapo, rich)
	var kinds []string
	for _, c := range r.Changes {
		kinds = append(kinds, c.Plan+":"+string(c.Kind))
	}
	got := strings.Join(kinds, " ")
	want := "2025-culture:added 2025-safety:added 2024-culture:added 2024-saemapo:removed"
	if got != want {
		t.Errorf("changes = %s, want %s", got, want)
	}
	if r2 := Compare(nil, rich); len(r2.Plans) != 3 {
		t.Errorf("everything is new against nothing: %d plans", len(r2.Plans))
	}
}

func TestItemMatching(t *testing.T) {
	item := func(id, title string) *document.Item {
		return &document.Item{ID: "item-" + id, Number: id + ".", Title: title, Label: id + ". " + title}
	}
	a := []*document.Item{item("1", "가"), item("2", "나"), item("3", "다")}
	// 나 removed, 다 renumbered to 2, 라 added as 3, 가 retitled.
	b := []*document.Item{item("1", "가가"), item("2", "다"), item("3", "라")}
	r := &Report{}
	c := &comparer{r: r, plan: "p"}
	c.items(a, b)
	var got []string
	for _, ch := range r.Changes {
		got = append(got, ch.Label()+" "+string(ch.Kind)+" "+ch.Old+"→"+ch.New)
	}
	want := []string{
		"1. 가가 › 제목 changed 가→가가",
		"2. 다 › 번호 renumbered 3→2",
		"3. 라 added →3. 라",
		"2. 나 removed 2. 나→",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
