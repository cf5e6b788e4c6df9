package pdfmeta

import (
	"bytes"
	"compress/zlib"
	"testing"

	"github.com/signintech/gopdf"
)

// Deflating the page contents after gopdf, with reused writers, gives the
// bytes gopdf gives when it deflates them itself at the same level.
func TestCompressSameAsGopdf(t *testing.T) {
	opt := Options{PageHeight: gopdf.PageSizeA4.H, Info: Info{Title: "쪽"}}
	want, err := Apply(sampleLevel(t, 3, false), opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Compress = zlib.DefaultCompression
	for range 2 { // the second time with writers from the pool
		got, err := Apply(sampleLevel(t, 3, true), opt)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("deflated after gopdf: %d bytes, gopdf's own: %d bytes, not the same", len(got), len(want))
		}
	}
	opt.Compress = zlib.BestSpeed
	fast, err := Apply(sampleLevel(t, 3, true), opt)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(fast, want) || bytes.Count(fast, []byte("/Filter/FlateDecode")) != 3 {
		t.Errorf("BestSpeed: want 3 deflated page streams differing from level 6's")
	}
}
