package opendata

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"workplan/generator/internal/model"
	"workplan/generator/internal/period"
)

// The metadata states only what the plan and the settings give: the
// description names the files the plan has, and no field is made up.
func TestMetadataStatesOnlyWhatIsThere(t *testing.T) {
	s := &model.Site{District: "부산광역시"}
	p := &model.Plan{Year: 2025, Title: "2025년 주요 업무계획", Occasion: "행정문화위원회",
		Department: model.Department{Name: "문화체육국"},
		Date:       period.Date{Year: 2025, Month: 2, Day: 10, Weekday: "월"}}
	files, err := Files(s, p, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var meta map[string]any
	if err := json.Unmarshal(byName(files)["metadata.json"].Data, &meta); err != nil {
		t.Fatal(err)
	}
	desc, _ := meta["설명"].(string)
	for _, unstated := range []string{"공약", "예산", "인력", "마포", "구의회"} {
		if strings.Contains(desc, unstated) {
			t.Errorf("설명 %q names %q, which this plan has no data for", desc, unstated)
		}
	}
	for _, field := range []string{"분류체계", "업데이트 주기", "차기 등록 예정일"} {
		if v, ok := meta[field]; ok {
			t.Errorf("metadata states %s %q, which neither the plan nor the settings give", field, v)
		}
	}
	if meta["등록일"] != "2025. 2. 10." {
		t.Errorf("등록일 = %v, want the day without the weekday", meta["등록일"])
	}
	if meta["제공기관"] != "부산광역시" {
		t.Errorf("제공기관 = %v", meta["제공기관"])
	}

	// The example has pledges: its description says so.
	s, ex := example(t)
	files, _ = Files(s, ex, time.Time{})
	if d := string(byName(files)["metadata.json"].Data); !strings.Contains(d, "전략과제별 공약사업") {
		t.Errorf("the example's metadata does not name its pledge file:\n%s", d)
	}
}
