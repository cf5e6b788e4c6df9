package raster

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// TestEncodePNG: the own encoder's file decodes, with the standard
// library, to exactly the pixels drawn.
func TestEncodePNG(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 37, 11))
	for y := 0; y < 11; y++ {
		for x := 0; x < 37; x++ {
			img.SetRGBA(x, y, color.RGBA{uint8(x * 7), uint8(y * 23), uint8(x*y + 3), 255})
		}
	}
	samePixels(t, img, encodePNG(img))
}

func samePixels(t *testing.T, img *image.RGBA, data []byte) {
	t.Helper()
	got, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if got.Bounds() != img.Bounds() {
		t.Fatalf("bounds %v, want %v", got.Bounds(), img.Bounds())
	}
	for y := 0; y < img.Bounds().Dy(); y++ {
		for x := 0; x < img.Bounds().Dx(); x++ {
			r, g, b, a := got.At(x, y).RGBA()
			w := img.RGBAAt(x, y)
			if uint8(r>>8) != w.R || uint8(g>>8) != w.G || uint8(b>>8) != w.B || a != 0xffff {
				t.Fatalf("pixel %d,%d = %d %d %d %d, want %v", x, y, r>>8, g>>8, b>>8, a>>8, w)
			}
		}
	}
}
