package serve

import (
	"testing"

	"workplan/generator/internal/build"
)

// TestServeBaseURL: -base-url reaches every build the preview runs.
func TestServeBaseURL(t *testing.T) {
	var got []string
	runBuild = func(o build.Options) (*build.Result, error) {
		got = append(got, o.BaseURL)
		return &build.Result{}, nil
	}
	t.Cleanup(func() { runBuild = build.Run })
	s, err := Start(Options{Addr: "127.0.0.1:0", Content: t.TempDir(), BaseURL: "https://stage.example.go.kr/plans/"})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if len(got) == 0 || got[0] != "https://stage.example.go.kr/plans/" {
		t.Errorf("builds got base URLs %q", got)
	}
}
