package site

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestContentSecurityPolicy: every page states the policy in a meta tag
// before anything it could govern, so that a link or script that slips
// through the content filters cannot run wherever the site is hosted.
func TestContentSecurityPolicy(t *testing.T) {
	out := writeSite(t, "testdata/rich", Options{Assets: fakeAssets(), PDF: true})
	files := htmlFiles(t, out)
	if len(files) < 4 {
		t.Fatalf("only %d pages", len(files))
	}
	for _, rel := range files {
		doc := parsePage(t, out, rel)
		var metas []string
		first := ""
		walk(doc, func(n *html.Node) {
			if first == "" && (n.Data == "script" || n.Data == "link" || n.Data == "style") {
				first = n.Data
			}
			if n.Data != "meta" {
				return
			}
			if v, _ := attr(n, "http-equiv"); strings.EqualFold(v, "Content-Security-Policy") {
				c, _ := attr(n, "content")
				metas = append(metas, c)
				if first != "" {
					t.Errorf("%s: the policy comes after a <%s>", rel, first)
				}
			}
		})
		if len(metas) != 1 || metas[0] != ContentSecurityPolicy {
			t.Errorf("%s: policies %q, want one %q", rel, metas, ContentSecurityPolicy)
		}
	}
	for _, want := range []string{"script-src 'self'", "object-src 'none'", "base-uri 'none'"} {
		if !strings.Contains(ContentSecurityPolicy, want) {
			t.Errorf("the policy lacks %s", want)
		}
	}
}
