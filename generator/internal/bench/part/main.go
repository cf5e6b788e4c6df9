// Command part runs one part of a workplan build as its own process, so
// bench/run can time it the way it times Hugo and Chromium:
//
//	part -what site -content DIR -out DIR   check, then the website only (pages, chart scripts,
//	                                       assets; no PDFs, no open data), one worker per CPU
//	part -what pdf -content DIR -plan SLUG -out FILE
//	                                       check, then one plan's PDF
//	part -what build -content DIR -out DIR  a whole build (workplan build -quiet)
//
// -cpuprofile FILE and -memprofile FILE write pprof profiles of the run
// (go tool pprof -top FILE).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"

	"workplan/generator/internal/build"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/pdf"
	"workplan/generator/internal/site"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("part: ")
	what := flag.String("what", "site", "site or pdf")
	content := flag.String("content", "content", "content `folder`")
	out := flag.String("out", "", "output folder (site) or file (pdf)")
	slug := flag.String("plan", "", "the plan, e.g. 2024-saemapo (pdf)")
	cpuProf := flag.String("cpuprofile", "", "write a CPU profile to `file`")
	memProf := flag.String("memprofile", "", "write an allocation profile to `file`")
	flag.Parse()
	if *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if *cpuProf != "" {
		f, err := os.Create(*cpuProf)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	if *memProf != "" {
		runtime.MemProfileRate = 64 << 10
		defer func() {
			f, err := os.Create(*memProf)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
			}
			if err != nil {
				log.Fatal(err)
			}
		}()
	}
	if *what == "build" {
		// workplan build's own collector settings apply (build.Run).
		if _, err := build.Run(build.Options{Content: *content, Out: *out}); err != nil {
			log.Print(err)
			return
		}
		fmt.Println("built")
		return
	}
	// The collector settings workplan build runs with (generator/build/gc.go).
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(400)
		debug.SetMemoryLimit(450 << 20)
	}
	r := load.Check(*content)
	if r.Errors > 0 {
		r.WriteText(os.Stderr)
		os.Exit(1)
	}
	s := r.Site
	switch *what {
	case "site":
		if err := writeSite(s, *out); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d pages\n", len(s.Plans)+2)
	case "pdf":
		var p *model.Plan
		for _, q := range s.Plans {
			if q.Slug == *slug {
				p = q
			}
		}
		if p == nil {
			log.Fatalf("no plan %q", *slug)
		}
		faces, err := fonts.Load(os.DirFS(*content), s.Fonts, *content)
		if err != nil {
			log.Fatal(err)
		}
		b, _, err := pdf.Render(p, s, faces, pdf.Options{})
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d bytes\n", len(b))
	default:
		log.Fatalf("-what must be site, pdf or build")
	}
}

func writeSite(s *model.Site, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	r, err := site.New(s, site.Options{})
	if err != nil {
		return err
	}
	jobs := make(chan *model.Plan)
	errs := make(chan error, len(s.Plans))
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				errs <- r.Plan(dir, p, nil)
			}
		}()
	}
	for _, p := range s.Plans {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return r.Shared(filepath.Clean(dir), nil)
}
