package main

import (
	"flag"
	"os"
	"path/filepath"
)

// contentDir is the -content folder when it was given. Otherwise it is
// found from the working folder, as git finds its repository: the working
// folder itself when it holds site.yaml, else its content/ folder when
// that does, else the same one folder up, and so on, not past the top of
// a git repository. So `workplan check` works from a content repository's
// root, from inside its content folder and from a plan's folder. When
// nothing is found it is "content", which the command then reports.
func contentDir(fs *flag.FlagSet, dir string) string {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "content" })
	if given {
		return dir
	}
	rel := "."
	for range 32 {
		if isFile(filepath.Join(rel, "site.yaml")) {
			return rel
		}
		if isFile(filepath.Join(rel, "content", "site.yaml")) {
			return filepath.Join(rel, "content")
		}
		abs, err := filepath.Abs(rel)
		if err != nil || filepath.Dir(abs) == abs {
			break
		}
		if _, err := os.Stat(filepath.Join(rel, ".git")); err == nil {
			break
		}
		rel = filepath.Join(rel, "..")
	}
	return dir
}

// outputDir is the -out folder when it was given; otherwise "output"
// beside a content folder named content (found above the working folder:
// ../../output from a plan's folder), else "output".
func outputDir(fs *flag.FlagSet, content, out string) string {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "out" })
	abs, err := filepath.Abs(content)
	if given || err != nil || filepath.Base(abs) != "content" {
		return out
	}
	return filepath.Join(content, "..", "output")
}

func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular()
}
