package hwpx

import (
	"fmt"
	"strings"

	"golang.org/x/image/font/sfnt"
)

// SiteFonts names the faces after the TrueType file the PDF sets body text
// in (site.yaml's fonts.regular, or the built-in Pretendard GOV): its
// family name as the file states it, which is the name 한글 finds it
// under when it is installed, with 함초롬돋움 (every 한글 install has it)
// in its place when it is not. The serif face stays 함초롬바탕.
func SiteFonts(regular []byte) (Fonts, error) {
	f, err := sfnt.Parse(regular)
	if err != nil {
		return Fonts{}, fmt.Errorf("hwpx: the regular face: %w", err)
	}
	var buf sfnt.Buffer
	name := ""
	// The typographic family (16) groups weights under one name
	// ("Pretendard GOV"); older files state only the family (1).
	for _, id := range []sfnt.NameID{sfnt.NameIDTypographicFamily, sfnt.NameIDFamily} {
		if n, err := f.Name(&buf, id); err == nil && strings.TrimSpace(n) != "" {
			name = strings.TrimSpace(n)
			break
		}
	}
	if name == "" {
		return Fonts{}, fmt.Errorf("hwpx: the regular face names no family")
	}
	fs := DefaultFonts()
	fs.Sans.Face = name
	return fs, nil
}
