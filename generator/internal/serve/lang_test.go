package serve

import (
	"fmt"
	"strings"
	"testing"

	"workplan/generator/internal/build"
	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
)

// TestServeLogLanguage: the preview's log says how many errors in the
// editor's language, with a count that reads naturally ("1 error").
func TestServeLogLanguage(t *testing.T) {
	t.Cleanup(func() { runBuild = build.Run })
	for _, c := range []struct {
		lang       i18n.Lang
		want, page string
	}{
		{"", "content has 1 error; showing it in the browser", `<h1>내용에 오류가 있어 페이지를 만들 수 없습니다</h1>`},
		{i18n.Korean, "내용에 오류가 1건 있어 브라우저에 오류를 보여 줍니다", `<p>오류 1건, 경고 0건</p>`},
		{i18n.English, "content has 1 error; showing it in the browser", `<h1>The content has errors; the pages cannot be built</h1>`},
	} {
		runBuild = func(build.Options) (*build.Result, error) {
			r := &build.Result{}
			r.Check.Errors = 1
			r.Check.Findings = []diag.Finding{{Severity: diag.Error, Message: "wrong"}}
			return r, build.ErrContent
		}
		var logged []string
		s, err := Start(Options{Addr: "127.0.0.1:0", Content: t.TempDir(), Lang: c.lang,
			Log: func(f string, args ...any) { logged = append(logged, fmt.Sprintf(f, args...)) }})
		if err != nil {
			t.Fatal(err)
		}
		body, code := get(t, s.URL())
		s.Close()
		if len(logged) == 0 || logged[0] != c.want {
			t.Errorf("%q: logged %q, want %q first", c.lang, logged, c.want)
		}
		if code != 500 || !strings.Contains(body, c.page) {
			t.Errorf("%q: page %d lacks %q:\n%s", c.lang, code, c.page, body)
		}
	}
}
