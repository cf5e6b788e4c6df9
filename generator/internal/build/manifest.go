package build

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/fonts"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
	"workplan/generator/internal/site"
)

// ManifestName is the manifest's file name in the output folder. It stands
// beside site/, never inside it, so it is not published.
const ManifestName = ".workplan-manifest.json"

// manifestVersion changes when the manifest's meaning does; a manifest of
// another version is ignored (everything is rendered).
const manifestVersion = 3 // 2: plans gained their .hwpx; 3: charts in the HWPX, books as .hwpx

// manifest records, for each plan, the keys its files were rendered under
// and a hash of each file, so that an incremental build can reuse them.
type manifest struct {
	Version int                     `json:"version"`
	Plans   map[string]manifestPlan `json:"plans"` // by plan slug
	// Books are the council books, by path (pdf/book/2025/admin.pdf).
	Books map[string]manifestBook `json:"books,omitempty"`
}

type manifestPlan struct {
	// Key covers what the PDF and open data depend on; PageKey also what
	// the page and chart script depend on.
	Key     string `json:"key"`
	PageKey string `json:"page_key"`
	// Files are the PDF (pdf/ and site/pdf/) and the open data files;
	// Pages the page and its chart script. Paths are relative to the
	// output folder.
	Files []outFile `json:"files"`
	Pages []outFile `json:"pages"`
	// Data names the open data files, for the index and the page;
	// Warnings are what rendering the PDF reported, repeated when the
	// PDF is reused.
	Data     []site.DataFile `json:"data"`
	Warnings []diag.Finding  `json:"warnings,omitempty"`
}

type outFile struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// readManifest reads the manifest of the output folder out; nil when there
// is none or it cannot be used.
func readManifest(out string) *manifest {
	b, err := os.ReadFile(filepath.Join(out, ManifestName))
	if err != nil {
		return nil
	}
	var m manifest
	if json.Unmarshal(b, &m) != nil || m.Version != manifestVersion {
		return nil
	}
	return &m
}

// write writes the manifest into dir. Plans are sorted by slug (encoding/json
// sorts map keys), so equal builds write equal manifests.
func (m *manifest) write(dir string) error {
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, ManifestName), append(b, '\n'), 0o644)
}

// keys are a plan's keys; empty when they cannot be known (the plan is
// then always rendered).
type keys struct {
	pdf  string // the PDF and open data: the plan's own files and the build's settings
	page string // the page and chart script: also the department's other plans
}

// planKeys computes every plan's keys from the hashes of the bytes the
// loader built each plan from (model.Plan.Hashes, model.Site.Hashes) and
// the font files were read from, and from what else the outputs depend on:
// this program (a new binary renders everything again), SOURCE_DATE_EPOCH
// (PDF dates), the content folder's name (it stands in warnings); for
// pages also replacement templates and the department's other plans.
func planKeys(s *model.Site, opt Options, faces *fonts.Set) ([]keys, error) {
	common := sha256.New()
	field := func(h hash.Hash, parts ...string) {
		for _, p := range parts {
			fmt.Fprintf(h, "%d:%s;", len(p), p)
		}
	}
	salt, err := toolSalt()
	if err != nil {
		return make([]keys, len(s.Plans)), nil
	}
	field(common, "workplan build", strconv.Itoa(manifestVersion), salt, sourceDateKey(opt.SourceDate), opt.Content)
	siteSum, known := s.Hashes[load.SiteFile]
	field(common, load.SiteFile, siteSum)
	if opt.Drafts { // draft plans are in the site, and its pages link them
		field(common, "drafts")
	}
	if opt.BaseURL != "" { // pages differ from what site.yaml alone gives
		field(common, "base_url", opt.BaseURL)
	}
	for _, f := range []string{s.Fonts.Regular, s.Fonts.Bold, s.Fonts.Fallback} {
		if f == "" {
			continue
		}
		h, ok := faces.Sums()[f]
		known = known && ok
		field(common, f, h)
	}
	// Replacement templates change pages only.
	tmpl := sha256.New()
	if opt.Templates != nil {
		if err := hashFS(tmpl, opt.Templates); err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
	}
	tmplSum := hex.EncodeToString(tmpl.Sum(nil))
	if !known {
		return make([]keys, len(s.Plans)), nil
	}
	base := common.Sum(nil)

	own := map[*model.Plan]string{}
	for _, p := range s.Plans {
		h := sha256.New()
		h.Write(base)
		field(h, p.Slug, p.Path, p.Dir)
		ok := true
		for _, f := range p.Files {
			fh, found := p.Hashes[f]
			ok = ok && found
			field(h, f, fh)
		}
		if ok {
			own[p] = hex.EncodeToString(h.Sum(nil))
		}
	}
	byDept := map[string][]*model.Plan{}
	for _, p := range s.Plans {
		byDept[p.Department.Slug] = append(byDept[p.Department.Slug], p)
	}
	for _, ps := range byDept {
		sort.Slice(ps, func(a, b int) bool { return ps[a].Slug < ps[b].Slug })
	}
	out := make([]keys, len(s.Plans))
	for i, p := range s.Plans {
		k := keys{pdf: own[p]}
		h := sha256.New()
		field(h, "page", k.pdf, tmplSum)
		ok := k.pdf != ""
		for _, q := range byDept[p.Department.Slug] {
			ok = ok && own[q] != ""
			field(h, q.Slug, own[q])
		}
		if ok {
			k.page = hex.EncodeToString(h.Sum(nil))
		}
		out[i] = k
	}
	return out, nil
}

// hashFS writes every file of fsys, path and bytes, into h.
func hashFS(h io.Writer, fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%d:%s;%s;", len(p), p, sum(b))
		return nil
	})
}

var (
	saltOnce sync.Once
	saltVal  string
	saltErr  error
)

// toolSalt is a hash of the running program, so that outputs recorded by
// another build of workplan are never reused.
func toolSalt() (string, error) {
	saltOnce.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			saltErr = err
			return
		}
		f, err := os.Open(exe)
		if err != nil {
			saltErr = err
			return
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			saltErr = err
			return
		}
		saltVal = hex.EncodeToString(h.Sum(nil))
	})
	return saltVal, saltErr
}

// sourceDateKey is the build's SOURCE_DATE_EPOCH as it enters the plans'
// keys: empty when unset, else the seconds.
func sourceDateKey(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.FormatInt(t.Unix(), 10)
}
