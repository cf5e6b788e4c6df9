package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
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
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// The real example content, so scripts can check and break it.
			return os.CopyFS(env.WorkDir+"/example", os.DirFS("../../content"))
		},
	})
}
