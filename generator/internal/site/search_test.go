package site

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readSearchIndex reads the search.json a site folder holds.
func readSearchIndex(t *testing.T, dir string) searchIndex {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, SearchIndex))
	if err != nil {
		t.Fatal(err)
	}
	var idx searchIndex
	if err := json.Unmarshal(b, &idx); err != nil {
		t.Fatalf("search.json: %v", err)
	}
	return idx
}

// The example's search.json holds its item on 구민 소통, anchored on the
// plan's page, and leaves out a draft plan, even one the site (as the
// preview's does) holds.
func TestSearchIndex(t *testing.T) {
	s := loadSite(t, "content")
	if len(s.Plans) == 0 {
		t.Fatal("the example has no plan")
	}
	draft := *s.Plans[0]
	draft.Draft = true
	draft.Slug += "-draft"
	draft.Path = strings.TrimSuffix(draft.Path, "/") + "-draft/"
	s.Plans = append(s.Plans, &draft)
	dir := t.TempDir()
	r, err := New(s, Options{Assets: fakeAssets()})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Shared(dir, nil); err != nil {
		t.Fatal(err)
	}
	idx := readSearchIndex(t, dir)

	if len(idx.Plans) != 1 || idx.Plans[0][0] != "2024/saemapo/" {
		t.Fatalf("plans %v, want the published 2024/saemapo/ only", idx.Plans)
	}
	found := false
	for _, u := range idx.Units {
		if p, _ := u[0].(float64); int(p) != 0 {
			t.Errorf("unit %v names plan %v, not in the index", u[1], u[0])
		}
		title, _ := u[3].(string)
		text, _ := u[5].(string)
		if strings.HasPrefix(title, "구민 소통 활성화") {
			found = true
			if a, _ := u[1].(string); !strings.HasPrefix(a, "item-") {
				t.Errorf("구민 소통 활성화 is anchored at %q, not an item", a)
			}
			if !strings.Contains(text, "소통폰") {
				t.Errorf("구민 소통 활성화's text lacks 소통폰: %s", clip(text))
			}
		}
	}
	if !found {
		t.Error("search.json has no unit 구민 소통 활성화")
	}
	page, err := os.ReadFile(filepath.Join(dir, SearchPage))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`role="search"`, `<label class="search-label" for="search-q">`, `name="q"`, `aria-live="polite"`, `<noscript>`, `src="assets/search.js"`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("search.html lacks %s", want)
		}
	}
}
