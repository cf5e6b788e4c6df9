package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"workplan/generator"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", stderr)
	dir := fs.String("content", "content", "content `folder` (default: found from the working folder, else content)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`; loopback unless you give another")
	base := baseURLFlag(fs)
	if fs.Parse(args) != nil {
		return 2
	}
	*dir = contentDir(fs, *dir)
	baseURL, ok := base.value(stderr)
	if !ok {
		return 2
	}
	lang, ok := language(fs, stderr)
	if !ok {
		return 2
	}
	logger := log.New(stderr, "workplan serve: ", log.Ltime)
	tmpl := ""
	if info, err := os.Stat(filepath.Join("templates", "layout.html")); err == nil && !info.IsDir() {
		tmpl = "templates" // in the project folder: template edits show at once
	}
	date, err := generator.SourceDate()
	if err != nil {
		fmt.Fprintln(stderr, "workplan serve:", err)
		return 2
	}
	// Ctrl+C or a service manager's stop: either way the private build
	// folder is removed. Caught from before the first build, so a stop
	// that comes at any time after it began is handled.
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	s, err := generator.Serve(generator.ServeOptions{Addr: *addr, Content: *dir, Templates: tmpl, Log: logger.Printf, SourceDate: date, BaseURL: baseURL, Lang: lang})
	if err != nil {
		fmt.Fprintln(stderr, "workplan serve:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Serving %s at %s (Ctrl+C to stop)\n", *dir, s.URL())
	<-stop
	s.Close()
	return 0
}
