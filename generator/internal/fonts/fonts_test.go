package fonts

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/signintech/gopdf"

	"workplan/generator/internal/model"
)

func TestDefaultCoverage(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if s2, _ := Default(); s2 != s {
		t.Error("Default parsed the faces twice")
	}
	reg, bold, fb := s.Face(Regular), s.Face(Bold), s.Face(Fallback)
	for _, r := range "2024년도 주요업무 계획 □ㅇ※▶△「」·ㆍ()%~" {
		if !reg.Has(r) || !bold.Has(r) {
			t.Errorf("Pretendard GOV lacks %q", r)
		}
	}
	// REFERENCE §5: symbols only the fallback has.
	for _, r := range "∼◎▣☞≒" {
		if reg.Has(r) {
			t.Errorf("Pretendard GOV unexpectedly has %q; the fallback test is moot", r)
		}
		if !fb.Has(r) {
			t.Errorf("NanumGothic lacks %q", r)
		}
	}
	if reg.Has('✔') || fb.Has('✔') {
		t.Error("expected ✔ to be in no built-in face")
	}
	if reg.Advance('가') <= 0 || reg.Advance('✔') != 0 {
		t.Errorf("advances: 가=%d ✔=%d", reg.Advance('가'), reg.Advance('✔'))
	}
	if !strings.HasSuffix(reg.Family, "+PretendardGOV-Regular") || len(reg.Family) != 6+1+len("PretendardGOV-Regular") {
		t.Errorf("family %q lacks a subset tag", reg.Family)
	}
}

// TestAdvanceMatchesGopdf checks our widths against gopdf's own measure,
// which is what the PDF's /W array says.
func TestAdvanceMatchesGopdf(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	if err := s.AddTo(pdf); err != nil {
		t.Fatal(err)
	}
	text := "효율적이고 체계적인 민선8기 공약사업 추진 (단위: 백만원) 19,600천원 ABC xyz"
	for _, role := range []Role{Regular, Bold, Fallback} {
		f := s.Face(role)
		if err := pdf.SetFont(f.Family, "", 13); err != nil {
			t.Fatal(err)
		}
		got, err := pdf.MeasureTextWidth(text)
		if err != nil {
			t.Fatal(err)
		}
		sum := 0
		for _, r := range text {
			sum += f.Advance(r)
		}
		want := float64(sum) * 13 / 1000
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s: gopdf measures %v, we %v", role, got, want)
		}
	}
}

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		data []byte
		want string
	}{
		{[]byte("OTTO\x00\x00\x00\x00\x00\x00\x00\x00"), ".otf"},
		{[]byte("ttcf\x00\x00\x00\x00\x00\x00\x00\x00"), ".ttc"},
		{[]byte("hello world, not a font"), "not a TrueType"},
		{[]byte{0, 1}, "too short"},
	} {
		err := Check(c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Check(%q) = %v, want %q", c.data[:4], err, c.want)
		}
	}
	if err := Check(pretendardRegular); err != nil {
		t.Error(err)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "fonts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fonts", "My Face.ttf"), nanumGothic, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fonts", "bad.otf"), []byte("OTTO\x00\x01\x00\x00\x00\x00\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(os.DirFS(dir), model.Fonts{Regular: "fonts/My Face.ttf"}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Face(Regular).Name; got != "My-Face" {
		t.Errorf("regular name %q", got)
	}
	if got := s.Face(Bold).Name; got != "PretendardGOV-Bold" {
		t.Errorf("bold name %q", got)
	}
	if s.Face(Regular).Family == s.Face(Fallback).Family {
		t.Error("two roles share a family key")
	}
	if _, err := Load(os.DirFS(dir), model.Fonts{Bold: "fonts/bad.otf"}, dir); err == nil || !strings.Contains(err.Error(), ".otf") {
		t.Errorf("want an .otf error, got %v", err)
	}
	if _, err := Load(os.DirFS(dir), model.Fonts{Fallback: "fonts/none.ttf"}, dir); err == nil {
		t.Error("want an error for a missing file")
	}
	if d, _ := Load(os.DirFS(dir), model.Fonts{}, dir); d == nil {
		t.Error("empty settings must give the built-in set")
	}
}

// TestConcurrentDocuments renders documents from one Set in parallel; run
// with -race.
func TestConcurrentDocuments(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	render := func(text string) []byte {
		pdf := &gopdf.GoPdf{}
		pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
		if err := s.AddTo(pdf); err != nil {
			t.Error(err)
			return nil
		}
		pdf.AddPage()
		for _, f := range s.faces {
			if err := pdf.SetFont(f.Family, "", 12); err != nil {
				t.Error(err)
			}
			pdf.SetXY(50, 100)
			if err := pdf.Text(text); err != nil {
				t.Error(err)
			}
		}
		b, err := pdf.GetBytesPdfReturnErr()
		if err != nil {
			t.Error(err)
		}
		return b
	}
	want := [2][]byte{render("가나다 ∼◎"), render("라마바 ≒☞")}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := [2]string{"가나다 ∼◎", "라마바 ≒☞"}[i%2]
			if got := render(text); !bytes.Equal(got, want[i%2]) {
				t.Errorf("document %d differs when rendered concurrently", i)
			}
		}()
	}
	wg.Wait()
}
