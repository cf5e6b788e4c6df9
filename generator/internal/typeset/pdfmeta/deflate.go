package pdfmeta

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strconv"
	"sync"
)

// contents returns the object numbers of the pages' content streams.
func (d *document) contents(pages []int) map[int]bool {
	out := map[int]bool{}
	for _, p := range pages {
		body := d.body(p)
		k := bytes.Index(body, []byte("/Contents "))
		if k < 0 {
			continue
		}
		for _, m := range refRe.FindAllSubmatch(body[k:min(len(body), k+40)], 1) {
			if n, err := strconv.Atoi(string(m[1])); err == nil && n > 0 && n < d.n {
				out[n] = true
			}
		}
	}
	return out
}

// writers holds zlib writers by level for reuse: a writer's state is about
// 1 MB, and a plan's PDF has a content stream per page.
var writers sync.Map // level → *sync.Pool

func writer(level int) (*zlib.Writer, func(), error) {
	pl, _ := writers.LoadOrStore(level, &sync.Pool{})
	pool := pl.(*sync.Pool)
	if w, ok := pool.Get().(*zlib.Writer); ok {
		return w, func() { pool.Put(w) }, nil
	}
	w, err := zlib.NewWriterLevel(nil, level)
	if err != nil {
		return nil, nil, err
	}
	return w, func() { pool.Put(w) }, nil
}

// writeDeflated writes object num, an uncompressed stream as gopdf writes
// it (<<\n/Length n\n>>\nstream\n…endstream\n), deflated, in the form
// gopdf gives a compressed content stream, so that at gopdf's level the
// bytes are the same as gopdf's own.
func writeDeflated(w *bytes.Buffer, num int, body []byte, level int) error {
	const head = "<<\n/Length "
	if !bytes.HasPrefix(body, []byte(head)) {
		return fmt.Errorf("pdfmeta: object %d is not an uncompressed stream", num)
	}
	rest := body[len(head):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return fmt.Errorf("pdfmeta: object %d: bad stream length", num)
	}
	n, err := strconv.Atoi(string(rest[:nl]))
	rest = rest[nl+1:]
	const open = ">>\nstream\n"
	if err != nil || n < 0 || !bytes.HasPrefix(rest, []byte(open)) || len(rest) < len(open)+n {
		return fmt.Errorf("pdfmeta: object %d: bad stream", num)
	}
	data := rest[len(open) : len(open)+n]
	zw, done, err := writer(level)
	if err != nil {
		return err
	}
	defer done()
	var z bytes.Buffer
	z.Grow(n/3 + 64)
	zw.Reset(&z)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d 0 obj\n<<\n/Filter/FlateDecode/Length %d\n>>\nstream\n", num, z.Len())
	w.Write(z.Bytes())
	w.WriteString("\nendstream\nendobj\n\n")
	return nil
}
