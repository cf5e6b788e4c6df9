package main

import (
	"fmt"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"workplan/generator"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"workplan": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command end to end over the scripts in
// testdata/script: each sets up a content folder, runs workplan and checks
// its exit code, output and files.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: os.Getenv("UPDATE_GOLDEN") == "1", // the one update switch (generator/internal/golden)
		Condition: func(cond string) (bool, error) {
			if cond == "embedded" { // the chart runtime is in the binary
				err := generator.Version().AssetsErr
				if err != nil && os.Getenv("CI") != "" {
					return false, fmt.Errorf("the chart runtime is not embedded in CI: %v", err)
				}
				return err == nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Setup: func(env *testscript.Env) error {
			// The real example content, so scripts can check and break it,
			// and a copy laid out as in a repository, for git revisions.
			for _, k := range []string{"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"} {
				env.Setenv(k, "workplan test")
			}
			for _, k := range []string{"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"} {
				env.Setenv(k, "test@example.go.kr")
			}
			env.Setenv("GIT_CONFIG_NOSYSTEM", "1")
			if err := os.CopyFS(env.WorkDir+"/repo/content", os.DirFS("../../content")); err != nil {
				return err
			}
			return os.CopyFS(env.WorkDir+"/example", os.DirFS("../../content"))
		},
	})
}
