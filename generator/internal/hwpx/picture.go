package hwpx

import (
	"bytes"
	"fmt"
	"image/png"
	"strconv"
)

// binStore holds the pictures' bytes, each distinct PNG once, named in the
// order first used: BinData/image1.png is manifest item "image1".
type binStore struct {
	ids   map[string]string
	items []binItem
}

type binItem struct {
	id, path string
	data     []byte
}

func newBinStore() *binStore { return &binStore{ids: map[string]string{}} }

func (b *binStore) add(data []byte) string {
	if id, ok := b.ids[string(data)]; ok {
		return id
	}
	id := "image" + strconv.Itoa(len(b.items)+1)
	b.ids[string(data)] = id
	b.items = append(b.items, binItem{id: id, path: "BinData/" + id + ".png", data: data})
	return id
}

// pxUnit is the size of one image pixel at 96 dpi, in HWPUNIT.
const pxUnit = 75

func (s *sectionWriter) picture(p *Picture) error {
	cfg, err := png.DecodeConfig(bytes.NewReader(p.PNG))
	if err != nil {
		return fmt.Errorf("picture %q: not a PNG image: %v", p.Alt, err)
	}
	if cfg.Width == 0 || cfg.Height == 0 {
		return fmt.Errorf("picture %q: empty image (%dx%d)", p.Alt, cfg.Width, cfg.Height)
	}
	if p.Width < 0 || p.Height < 0 {
		return fmt.Errorf("picture %q: size %dx%d; want positive or 0", p.Alt, p.Width, p.Height)
	}
	orgW, orgH := Length(cfg.Width*pxUnit), Length(cfg.Height*pxUnit)
	w, h := p.Width, p.Height
	if w == 0 {
		w = min(orgW, s.doc.Page.TextWidth())
	}
	if h == 0 {
		h = Length(int64(w) * int64(orgH) / int64(orgW))
	}
	id := s.bins.add(p.PNG)

	s.openP(Normal, s.refs.para(&Paragraph{Style: Normal, Align: AlignCenter}), true)
	x := s.w
	x.start("hp:run", "charPrIDRef", itoa(s.refs.styleChar[Normal]))
	obj := itoa(s.objID)
	s.objID++
	x.start("hp:pic", "id", obj, "zOrder", "0", "numberingType", "PICTURE", "textWrap", "TOP_AND_BOTTOM",
		"textFlow", "BOTH_SIDES", "lock", "0", "dropcapstyle", "None", "href", "", "groupLevel", "0",
		"instid", obj, "reverse", "0")
	x.empty("hp:offset", "x", "0", "y", "0")
	x.empty("hp:orgSz", "width", itoa(orgW), "height", itoa(orgH))
	x.empty("hp:curSz", "width", itoa(w), "height", itoa(h))
	x.empty("hp:flip", "horizontal", "0", "vertical", "0")
	x.empty("hp:rotationInfo", "angle", "0", "centerX", itoa(w/2), "centerY", itoa(h/2), "rotateimage", "1")
	x.start("hp:renderingInfo")
	x.empty("hc:transMatrix", matrix(1, 1)...)
	x.empty("hc:scaMatrix", matrix(float64(w)/float64(orgW), float64(h)/float64(orgH))...)
	x.empty("hc:rotMatrix", matrix(1, 1)...)
	x.end("hp:renderingInfo")
	x.empty("hc:img", "binaryItemIDRef", id, "bright", "0", "contrast", "0", "effect", "REAL_PIC", "alpha", "0")
	x.start("hp:imgRect")
	x.empty("hc:pt0", "x", "0", "y", "0")
	x.empty("hc:pt1", "x", itoa(orgW), "y", "0")
	x.empty("hc:pt2", "x", itoa(orgW), "y", itoa(orgH))
	x.empty("hc:pt3", "x", "0", "y", itoa(orgH))
	x.end("hp:imgRect")
	x.empty("hp:imgClip", "left", "0", "right", itoa(orgW), "top", "0", "bottom", itoa(orgH))
	x.empty("hp:inMargin", "left", "0", "right", "0", "top", "0", "bottom", "0")
	x.empty("hp:imgDim", "dimwidth", itoa(orgW), "dimheight", itoa(orgH))
	x.empty("hp:effects")
	x.empty("hp:sz", "width", itoa(w), "widthRelTo", "ABSOLUTE", "height", itoa(h), "heightRelTo", "ABSOLUTE", "protect", "0")
	x.empty("hp:pos", "treatAsChar", "1", "affectLSpacing", "0", "flowWithText", "1", "allowOverlap", "0",
		"holdAnchorAndSO", "0", "vertRelTo", "PARA", "horzRelTo", "COLUMN", "vertAlign", "TOP", "horzAlign", "LEFT",
		"vertOffset", "0", "horzOffset", "0")
	x.empty("hp:outMargin", "left", "0", "right", "0", "top", "0", "bottom", "0")
	x.elem("hp:shapeComment", p.Alt)
	x.end("hp:pic")
	x.end("hp:run")
	x.end("hp:p")
	s.preview.WriteString("\n")
	return nil
}

// matrix is the attribute list of a 2D transform scaling by sx, sy.
func matrix(sx, sy float64) []string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	return []string{"e1", f(round6(sx)), "e2", "0", "e3", "0", "e4", "0", "e5", f(round6(sy)), "e6", "0"}
}

func round6(v float64) float64 {
	s := strconv.FormatFloat(v, 'f', 6, 64)
	r, _ := strconv.ParseFloat(s, 64)
	return r
}
