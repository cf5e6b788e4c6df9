// Package serve is the editor's preview: it builds the site into a private
// folder, serves it on a loopback address, watches the content and
// template folders, rebuilds on every saved change and tells open pages to
// reload (server-sent events, no framework). While the content is broken,
// every page shows the check findings instead, and recovers by itself.
package serve

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"workplan/generator/internal/build"
	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
)

// Options configure the preview server.
type Options struct {
	Addr       string        // listen address; loopback unless the user says otherwise
	Content    string        // content folder
	Templates  string        // templates folder read at each build, so template edits show at once; "" for the built-in ones
	Poll       time.Duration // how often to look for changes; 100 ms when 0
	Log        func(format string, args ...any)
	SourceDate time.Time // SOURCE_DATE_EPOCH, passed to every build; zero when unset
	BaseURL    string    // replaces site.yaml's base_url in every build (see build.Options); "" keeps it
	Lang       i18n.Lang // language of the log lines; English when ""
}

// Server is a running preview.
type Server struct {
	opt     Options
	work    string // private folder: the output folder and, beside it, the build's staging folder
	mu      sync.RWMutex
	gen     int            // build generation, bumped on every rebuild
	failed  []diag.Finding // findings of the last failed build; nil when it succeeded
	fatal   string         // a build error that is not about content
	clients map[chan int]struct{}
	ln      net.Listener
	srv     *http.Server
	hosts   hostCheck // the Host headers answered
}

// runBuild is build.Run; tests replace it.
var runBuild = build.Run

// safeBuild runs one build; a panic inside it (a dependency's bug) is an
// error to show, not the end of the preview.
func safeBuild(bo build.Options) (r *build.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("the build stopped inside a library: %v", p)
		}
	}()
	return runBuild(bo)
}

// Start builds once, listens and starts watching. Close stops it.
func Start(opt Options) (*Server, error) {
	if opt.Poll == 0 {
		opt.Poll = 100 * time.Millisecond
	}
	if opt.Log == nil {
		opt.Log = func(string, ...any) {}
	}
	work, err := os.MkdirTemp("", "workplan-serve-")
	if err != nil {
		return nil, err
	}
	s := &Server{opt: opt, work: work, clients: map[chan int]struct{}{}}
	s.rebuild()
	ln, err := net.Listen("tcp", opt.Addr)
	if err != nil {
		os.RemoveAll(work)
		return nil, err
	}
	s.ln = ln
	s.hosts = allowedHosts(opt.Addr, ln.Addr())
	if ip := listenIP(ln.Addr()); ip == nil || !ip.IsLoopback() {
		opt.Log("warning: listening on %s, beyond this computer: anyone who can reach it can read the draft plans; -addr 127.0.0.1:%d keeps them on this computer", ln.Addr(), ln.Addr().(*net.TCPAddr).Port)
	}
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 5 * time.Second}
	go s.srv.Serve(ln)
	go s.watch()
	return s, nil
}

// URL is the address pages are served at.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() + "/" }

// Close stops serving and removes the private build folder.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	s.mu.Lock()
	for c := range s.clients {
		close(c)
		delete(s.clients, c)
	}
	s.gen = -1 // stops the watcher
	s.mu.Unlock()
	err := s.srv.Shutdown(ctx)
	os.RemoveAll(s.work)
	return err
}

// out is the output folder builds write.
func (s *Server) out() string { return filepath.Join(s.work, "output") }

func (s *Server) rebuild() {
	start := time.Now()
	bo := build.Options{Content: s.opt.Content, Out: s.out(), Incremental: true, SourceDate: s.opt.SourceDate, BaseURL: s.opt.BaseURL, Drafts: true}
	if s.opt.Templates != "" {
		bo.Templates = os.DirFS(s.opt.Templates)
	}
	r, err := safeBuild(bo)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gen < 0 {
		return
	}
	s.gen++
	s.failed, s.fatal = nil, ""
	switch {
	case errors.Is(err, build.ErrContent) && r != nil:
		s.failed = r.Check.Findings
		s.opt.Log("%s", i18n.N(s.opt.Lang, i18n.ServeBroken, r.Check.Errors))
	case err != nil:
		s.fatal = err.Error()
		s.opt.Log("build failed: %v", err)
	default:
		s.opt.Log("%s", i18n.N(s.opt.Lang, i18n.ServeBuilt, r.Plans, time.Since(start).Milliseconds()))
	}
	for c := range s.clients {
		select {
		case c <- s.gen:
		default:
		}
	}
}

// watch polls the watched folders and rebuilds when anything changed.
func (s *Server) watch() {
	last := s.fingerprint()
	for {
		time.Sleep(s.opt.Poll)
		s.mu.RLock()
		stopped := s.gen < 0
		s.mu.RUnlock()
		if stopped {
			return
		}
		if fp := s.fingerprint(); fp != last {
			last = fp
			s.rebuild()
		}
	}
}

// fingerprint summarises names, sizes and times of the watched files.
func (s *Server) fingerprint() string {
	var parts []string
	for _, dir := range []string{s.opt.Content, s.opt.Templates} {
		if dir == "" {
			continue
		}
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if info, err := d.Info(); err == nil {
				parts = append(parts, fmt.Sprintf("%s|%d|%d", p, info.Size(), info.ModTime().UnixNano()))
			}
			return nil
		})
	}
	sort.Strings(parts)
	return strings.Join(parts, "\n")
}

const eventsPath = "/_workplan/events"
const reloadPath = "/_workplan/reload.js"

// reloadJS reconnects after a rebuild and reloads the page.
const reloadJS = `(function(){var gen=null;var es=new EventSource("` + eventsPath + `");
es.addEventListener("build",function(e){if(gen!==null&&e.data!==gen){location.reload();}gen=e.data;});})();
`

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// A page elsewhere can make a browser send requests here under its
	// own host name (DNS rebinding); only the names of this server are
	// answered.
	if !s.hosts.ok(r.Host) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusMisdirectedRequest)
		fmt.Fprintf(w, "workplan serve answers only to %s, not to Host %q\n", s.URL(), r.Host)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		s.events(w, r)
		return
	case reloadPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		fmt.Fprint(w, reloadJS)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	s.mu.RLock()
	failed, fatal := s.failed, s.fatal
	s.mu.RUnlock()
	if failed != nil || fatal != "" {
		s.errorPage(w, failed, fatal)
		return
	}
	s.file(w, r)
}

// file serves a file of the built site; folders serve their index.html,
// and nothing outside the site is reachable.
func (s *Server) file(w http.ResponseWriter, r *http.Request) {
	// Cleaning a rooted path drops every ".." that would climb above the root.
	rel := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if strings.ContainsAny(rel, "\x00\\") {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	root := filepath.Join(s.out(), "site")
	p := filepath.Join(root, filepath.FromSlash(rel))
	if info, err := os.Stat(p); err == nil && info.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") || rel != "" && "/"+rel+"/" != r.URL.Path {
			// To the cleaned path, which starts with a single "/": never
			// "//host/", which a browser would take to another site.
			to := "/"
			if rel != "" {
				to = "/" + rel + "/"
			}
			http.Redirect(w, r, to, http.StatusMovedPermanently)
			return
		}
		p = filepath.Join(p, "index.html")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		w.WriteHeader(http.StatusNotFound)
		data, _ = os.ReadFile(filepath.Join(root, "404.html"))
		w.Write(withReload(data))
		return
	}
	if strings.HasSuffix(p, ".html") {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(withReload(data))
		return
	}
	http.ServeContent(w, r, p, time.Time{}, strings.NewReader(string(data)))
}

// withReload adds the reload script before </body>.
func withReload(page []byte) []byte {
	tag := `<script src="` + reloadPath + `"></script>`
	s := string(page)
	if i := strings.LastIndex(s, "</body>"); i >= 0 {
		return []byte(s[:i] + tag + s[i:])
	}
	return []byte(s + tag)
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	c := make(chan int, 1)
	s.mu.Lock()
	s.clients[c] = struct{}{}
	gen := s.gen
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.clients, c)
		s.mu.Unlock()
	}()
	fmt.Fprintf(w, "event: build\ndata: %d\n\n", gen)
	fl.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case g, ok := <-c:
			if !ok {
				return
			}
			fmt.Fprintf(w, "event: build\ndata: %d\n\n", g)
			fl.Flush()
		}
	}
}

var errorTmpl = template.Must(template.New("errors").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>body{font-family:"Pretendard GOV","Malgun Gothic",sans-serif;margin:2rem;color:#1e2124;line-height:1.6}
h1{font-size:1.5rem;color:#b3261e}code{font-family:ui-monospace,monospace;font-size:.95rem}li{margin:.4rem 0}.w{color:#8a5300}</style></head>
<body><main><h1>{{.Heading}}</h1>
{{if .Fatal}}<p><code>{{.Fatal}}</code></p>{{else}}<p>{{.Counts}}</p>{{end}}
<p>{{.Hint}}</p>
<ol>{{range .Findings}}<li{{if .Warn}} class="w"{{end}}><code>{{.Line}}</code></li>{{end}}</ol></main>
<script src="` + reloadPath + `"></script></body></html>`))

func (s *Server) errorPage(w http.ResponseWriter, findings []diag.Finding, fatal string) {
	type row struct {
		Line string
		Warn bool
	}
	l := s.opt.Lang
	if l == "" {
		l = i18n.Korean // the page has always been Korean; -lang en or LANG=en… gives English
	}
	var rows []row
	errs, warns := 0, 0
	for _, f := range findings {
		rows = append(rows, row{Line: f.Text(l), Warn: f.Severity == diag.Warning})
		if f.Severity == diag.Warning {
			warns++
		} else {
			errs++
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusInternalServerError)
	errorTmpl.Execute(w, struct {
		Lang                         i18n.Lang
		Title, Heading, Counts, Hint string
		Fatal                        string
		Findings                     []row
	}{l, i18n.T(l, i18n.ErrorPageTitle), i18n.T(l, i18n.ErrorPageHeading),
		i18n.T(l, i18n.ErrorPageCounts, i18n.N(l, i18n.Errors, errs), i18n.N(l, i18n.Warnings, warns)),
		i18n.T(l, i18n.ErrorPageHint), fatal, rows})
}
