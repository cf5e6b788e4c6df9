package assets

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// chunk is one @font-face rule of FontSheet.
type chunk struct {
	weight int
	file   string    // path in FS
	ranges [][2]rune // inclusive code point ranges
}

var (
	chunkRule = regexp.MustCompile(`@font-face\{[^}]*font-weight:(\d+);[^}]*src:url\(([^)]+)\) format\("woff2"\);unicode-range:([^}]+)\}`)

	sheetOnce   sync.Once
	sheetChunks []chunk
	sheetErr    error
)

// parseSheet reads the @font-face rules of a FontSheet.
func parseSheet(css []byte) ([]chunk, error) {
	var out []chunk
	for _, m := range chunkRule.FindAllSubmatch(css, -1) {
		w, err := strconv.Atoi(string(m[1]))
		if err != nil {
			return nil, err
		}
		c := chunk{weight: w, file: path.Join(path.Dir(FontSheet), string(m[2]))}
		for _, r := range strings.Split(string(m[3]), ",") {
			lo, hi, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(r), "U+"), "-")
			if hi == "" {
				hi = lo
			}
			a, err1 := strconv.ParseUint(lo, 16, 32)
			z, err2 := strconv.ParseUint(hi, 16, 32)
			if err1 != nil || err2 != nil || z < a {
				return nil, fmt.Errorf("assets: %s: bad unicode-range %q", FontSheet, r)
			}
			c.ranges = append(c.ranges, [2]rune{rune(a), rune(z)})
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("assets: %s declares no font chunks", FontSheet)
	}
	return out, nil
}

// FontChunks returns the chunks (paths in FS, in the style sheet's order)
// that a browser downloads to draw text in the given weight (400 or 700),
// for example to preload what a page's first screen shows.
func FontChunks(weight int, text string) ([]string, error) {
	sheetOnce.Do(func() {
		css, err := fs.ReadFile(files, "files/"+FontSheet)
		if err != nil {
			sheetErr = err
			return
		}
		sheetChunks, sheetErr = parseSheet(css)
	})
	if sheetErr != nil {
		return nil, sheetErr
	}
	var out []string
	for _, c := range sheetChunks {
		if c.weight == weight && c.covers(text) {
			out = append(out, c.file)
		}
	}
	return out, nil
}

// covers says whether text has a character of one of c's ranges.
func (c chunk) covers(text string) bool {
	for _, r := range text {
		for _, rg := range c.ranges {
			if r >= rg[0] && r <= rg[1] {
				return true
			}
		}
	}
	return false
}
