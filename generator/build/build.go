// Package build runs a whole build: check the content, typeset every plan's
// PDF in parallel, write the site and the open data, and swap the result
// into the output folder only when all of it succeeded.
package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sync"

	"workplan/generator/check"
	"workplan/generator/diag"
	"workplan/generator/fonts"
	"workplan/generator/model"
	"workplan/generator/opendata"
	"workplan/generator/output"
	"workplan/generator/pdf"
	"workplan/generator/site"
)

// Options say what to build and where.
type Options struct {
	Content     string // content folder
	Out         string // output folder
	NodeModules string // node_modules folder; found upwards from the working folder when empty
	Workers     int    // PDF workers; one per CPU when 0
	Templates   fs.FS  // site templates to use instead of the embedded ones (preview)
}

// Result is what a build did.
type Result struct {
	Check check.Result
	Plans int
	PDFs  []string // written PDF paths, relative to Out
	Warns []diag.Finding
}

// ErrContent means the content has errors; they are in Result.Check.
var ErrContent = errors.New("content has errors")

// Run builds. On any error the output folder is left as it was.
func Run(opt Options) (*Result, error) {
	r := &Result{Check: check.Dir(opt.Content)}
	if r.Check.Errors > 0 {
		return r, ErrContent
	}
	s := r.Check.Site
	r.Plans = len(s.Plans)
	nm := opt.NodeModules
	if nm == "" {
		var err error
		if nm, err = findNodeModules(); err != nil {
			return r, err
		}
	}
	faces, err := fonts.Load(s.Fonts, opt.Content)
	if err != nil {
		return r, fmt.Errorf("fonts: %w", err)
	}
	stage, err := output.Begin(opt.Out)
	if err != nil {
		return r, err
	}
	if err := write(stage.Dir, s, faces, nm, opt, r); err != nil {
		stage.Abort()
		return r, err
	}
	if err := stage.Commit(); err != nil {
		return r, fmt.Errorf("cannot move the build into %s: %w", opt.Out, err)
	}
	return r, nil
}

// write renders everything into dir: pdf/, site/ (with site/pdf/ and each
// plan's data/ files).
func write(dir string, s *model.Site, faces *fonts.Set, nodeModules string, opt Options, r *Result) error {
	pdfs, warns, err := renderPDFs(s, faces, opt.Workers)
	if err != nil {
		return err
	}
	r.Warns = warns
	siteDir := filepath.Join(dir, "site")
	data := map[string][]site.DataFile{}
	if err := os.MkdirAll(siteDir, 0o755); err != nil {
		return err
	}
	for i, p := range s.Plans {
		name := p.Slug + ".pdf"
		for _, rel := range []string{"pdf/" + name, "site/pdf/" + name} {
			if err := writeFile(dir, rel, pdfs[i]); err != nil {
				return err
			}
		}
		r.PDFs = append(r.PDFs, "pdf/"+name)
		files, err := opendata.Files(s, p)
		if err != nil {
			return fmt.Errorf("%s: open data: %w", p.Slug, err)
		}
		for _, f := range files {
			if err := writeFile(siteDir, path.Join(p.Path, "data", f.Name), f.Data); err != nil {
				return err
			}
			data[p.Slug] = append(data[p.Slug], site.DataFile{Name: f.Name, Title: f.Title})
		}
	}
	return site.Write(s, siteDir, site.Options{NodeModules: nodeModules, PDF: true, Data: data, Templates: opt.Templates})
}

// renderPDFs typesets the plans on workers; results keep the plans' order.
func renderPDFs(s *model.Site, faces *fonts.Set, workers int) ([][]byte, []diag.Finding, error) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	n := len(s.Plans)
	out := make([][]byte, n)
	warns := make([][]diag.Finding, n)
	errs := make([]error, n)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, max(n, 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i], warns[i], errs[i] = pdf.Render(s.Plans[i], s, faces)
			}
		}()
	}
	for i := range s.Plans {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var all []diag.Finding
	for i, err := range errs {
		if err != nil {
			return nil, nil, fmt.Errorf("%s: PDF: %w", s.Plans[i].Slug, err)
		}
		all = append(all, warns[i]...)
	}
	return out, all, nil
}

func writeFile(root, rel string, data []byte) error {
	p, err := output.Inside(root, rel)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

// findNodeModules looks for node_modules in the working folder and its
// parents, as npm does.
func findNodeModules() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, "node_modules")
		if info, err := os.Stat(filepath.Join(p, "echarts")); err == nil && info.IsDir() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("node_modules/echarts not found: run `npm ci --ignore-scripts` in the project folder first")
		}
		dir = parent
	}
}
