package raster

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"sync"
)

// encodePNG writes an opaque image as an 8-bit RGB PNG with every row
// filtered by Sub and deflated at best speed. image/png tries all five
// filters on every row and took about half of a 205-plan build's CPU
// (the HWPX's chart pictures); charts are flat colour runs, for which Sub
// alone does about as well. (A palette does not help: antialiased text
// and lines give charts more than 256 colours.) The bytes depend only on
// the pixels.
func encodePNG(img *image.RGBA) []byte {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits per sample, RGB
	chunk(&out, "IHDR", ihdr)

	var data bytes.Buffer
	zw := zlibWriters.Get().(*zlib.Writer)
	zw.Reset(&data)
	row := make([]byte, 1+3*w)
	row[0] = 1 // Sub
	for y := b.Min.Y; y < b.Max.Y; y++ {
		src := img.Pix[img.PixOffset(b.Min.X, y):]
		var pr, pg, pb byte
		for x := 0; x < w; x++ {
			r, g, bl := src[4*x], src[4*x+1], src[4*x+2]
			row[1+3*x], row[2+3*x], row[3+3*x] = r-pr, g-pg, bl-pb
			pr, pg, pb = r, g, bl
		}
		zw.Write(row) // writes to a bytes.Buffer cannot fail
	}
	zw.Close()
	zlibWriters.Put(zw)
	chunk(&out, "IDAT", data.Bytes())
	chunk(&out, "IEND", nil)
	return out.Bytes()
}

// zlibWriters are reused: a new deflate writer allocates about 1 MB.
var zlibWriters = sync.Pool{New: func() any {
	zw, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return zw
}}

// chunk writes one PNG chunk: length, type, data and CRC of type and data.
func chunk(out *bytes.Buffer, typ string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	out.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(typ))
	crc.Write(data)
	out.WriteString(typ)
	out.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	out.Write(n[:])
}
