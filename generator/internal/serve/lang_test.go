package serve

import (
	"fmt"
	"testing"

	"workplan/generator/internal/build"
	"workplan/generator/internal/i18n"
)

// TestServeLogLanguage: the preview's log says how many errors in the
// editor's language, with a count that reads naturally ("1 error").
func TestServeLogLanguage(t *testing.T) {
	t.Cleanup(func() { runBuild = build.Run })
	for _, c := range []struct {
		lang i18n.Lang
		want string
	}{
		{"", "content has 1 error; showing it in the browser"},
		{i18n.Korean, "내용에 오류가 1건 있어 브라우저에 오류를 보여 줍니다"},
	} {
		runBuild = func(build.Options) (*build.Result, error) {
			r := &build.Result{}
			r.Check.Errors = 1
			return r, build.ErrContent
		}
		var logged []string
		s, err := Start(Options{Addr: "127.0.0.1:0", Content: t.TempDir(), Lang: c.lang,
			Log: func(f string, args ...any) { logged = append(logged, fmt.Sprintf(f, args...)) }})
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if len(logged) == 0 || logged[0] != c.want {
			t.Errorf("%q: logged %q, want %q first", c.lang, logged, c.want)
		}
	}
}
