// Command lhserve serves a built site on 127.0.0.1 for bench/lighthouse, as
// a web server would: text files gzip-compressed (level 6, like nginx's
// gzip_comp_level range), fonts and other binary files as they are. It
// prints the address it listens on, then serves until killed.
//
//	go run ./bench/lhserve -dir output/site
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path"
	"strings"
	"time"
)

// compressed are the file types a web server would gzip.
var compressed = map[string]bool{".html": true, ".css": true, ".js": true, ".json": true, ".svg": true, ".xml": true, ".csv": true, ".txt": true}

func main() {
	log.SetFlags(0)
	log.SetPrefix("lhserve: ")
	dir := flag.String("dir", "", "the built site folder")
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on (keep it on 127.0.0.1)")
	flag.Parse()
	if *dir == "" {
		log.Fatal("-dir is required")
	}
	if _, err := os.Stat(*dir); err != nil {
		log.Fatal(err)
	}
	files := http.FileServer(http.Dir(*dir))
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		if !compressed[path.Ext(r.URL.Path)] && !strings.HasSuffix(r.URL.Path, "/") || !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			files.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Add("Vary", "Accept-Encoding")
		gz, _ := gzip.NewWriterLevel(w, 6)
		defer gz.Close()
		files.ServeHTTP(gzipWriter{ResponseWriter: w, gz: gz}, r)
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(ln.Addr().String())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.Serve(ln))
}

// gzipWriter sends a response body through gz; the length is unknown.
type gzipWriter struct {
	http.ResponseWriter
	gz *gzip.Writer
}

func (g gzipWriter) WriteHeader(code int) {
	g.Header().Del("Content-Length")
	g.ResponseWriter.WriteHeader(code)
}

func (g gzipWriter) Write(b []byte) (int, error) {
	g.Header().Del("Content-Length")
	return g.gz.Write(b)
}
