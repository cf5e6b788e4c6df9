package fonts

import (
	"encoding/binary"
	"fmt"
)

// validate checks what gopdf takes on trust when it subsets a TrueType
// file: every table lies inside the file, and the tables that locate
// glyphs and their widths (head, maxp, hhea, hmtx, loca, glyf) are as long
// as their counts say. gopdf slices by these numbers without checking and
// panics on a damaged file, often only when a particular glyph is used.
func validate(data []byte) error {
	be := binary.BigEndian
	n := int(be.Uint16(data[4:]))
	if 12+16*n > len(data) {
		return fmt.Errorf("the table directory (%d tables) runs past the end of the file", n)
	}
	tables := map[string][]byte{}
	for i := 0; i < n; i++ {
		e := data[12+16*i:]
		tag := string(e[:4])
		off, length := uint64(be.Uint32(e[8:])), uint64(be.Uint32(e[12:]))
		if off+length > uint64(len(data)) {
			return fmt.Errorf("table %q (offset %d, length %d) runs past the end of the file (%d bytes)", tag, off, length, len(data))
		}
		tables[tag] = data[off : off+length]
	}
	for _, c := range []struct {
		tag string
		min int
	}{{"head", 54}, {"maxp", 6}, {"hhea", 36}, {"cmap", 4}, {"hmtx", 0}, {"loca", 0}, {"glyf", 0}} {
		t, ok := tables[c.tag]
		if !ok {
			return fmt.Errorf("no %q table; a TrueType font with glyf outlines is needed", c.tag)
		}
		if len(t) < c.min {
			return fmt.Errorf("table %q is %d bytes, shorter than its %d-byte header", c.tag, len(t), c.min)
		}
	}
	glyphs := int(be.Uint16(tables["maxp"][4:]))
	metrics := int(be.Uint16(tables["hhea"][34:]))
	if metrics == 0 || metrics > glyphs {
		return fmt.Errorf("table \"hhea\" gives %d horizontal metrics for %d glyphs", metrics, glyphs)
	}
	if need := 4*metrics + 2*(glyphs-metrics); len(tables["hmtx"]) < need {
		return fmt.Errorf("table \"hmtx\" is %d bytes; %d glyphs need %d", len(tables["hmtx"]), glyphs, need)
	}
	loca, glyf := tables["loca"], tables["glyf"]
	long := be.Uint16(tables["head"][50:]) != 0
	size := 2
	if long {
		size = 4
	}
	if need := size * (glyphs + 1); len(loca) < need {
		return fmt.Errorf("table \"loca\" is %d bytes; %d glyphs need %d", len(loca), glyphs, need)
	}
	prev := uint64(0)
	for i := 0; i <= glyphs; i++ {
		var at uint64
		if long {
			at = uint64(be.Uint32(loca[4*i:]))
		} else {
			at = 2 * uint64(be.Uint16(loca[2*i:]))
		}
		if at < prev || at > uint64(len(glyf)) {
			return fmt.Errorf("table \"loca\" places glyph %d at %d, outside the %d-byte \"glyf\" table", i, at, len(glyf))
		}
		prev = at
	}
	return nil
}
