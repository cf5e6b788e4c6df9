// Package templates holds the website's HTML templates, style sheet and
// chart helper script, embedded so the workplan binary is self-contained.
// The site renderer (generator/site) parses them once.
package templates

import "embed"

// FS holds every template (*.html), the style sheet (site.css), the
// browser script that draws charts (site.js) and the site icon (favicon.svg).
//
//go:embed *.html *.css *.js *.svg
var FS embed.FS
