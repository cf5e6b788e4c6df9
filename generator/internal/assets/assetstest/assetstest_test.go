package assetstest

import (
	"testing"

	"workplan/generator/internal/assets"
)

func TestFSPassesCheck(t *testing.T) {
	fsys := FS("5.6.0")
	if err := assets.Check(fsys); err != nil {
		t.Fatal(err)
	}
	b, err := assets.ReadBundle(fsys)
	if err != nil || b.ECharts != "5.6.0" {
		t.Fatalf("ReadBundle = %+v, %v", b, err)
	}
}
