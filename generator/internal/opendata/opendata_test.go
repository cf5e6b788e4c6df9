package opendata

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
)

func example(t *testing.T) (*model.Site, *model.Plan) {
	t.Helper()
	s, l := load.Load(os.DirFS("../../../content"), "content")
	if s == nil {
		t.Fatal(l.Error())
	}
	return s, s.Plans[0]
}

func byName(files []File) map[string]File {
	m := map[string]File{}
	for _, f := range files {
		m[f.Name] = f
	}
	return m
}

func readCSV(t *testing.T, f File) [][]string {
	t.Helper()
	if !bytes.HasPrefix(f.Data, bom) {
		t.Fatalf("%s lacks the UTF-8 BOM Excel needs", f.Name)
	}
	rows, err := csv.NewReader(bytes.NewReader(f.Data[len(bom):])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestExampleOpenData(t *testing.T) {
	s, p := example(t)
	files, err := Files(s, p, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	m := byName(files)
	budget := readCSV(t, m["budget.csv"])
	if strings.Join(budget[0], ",") != "장,사업번호,사업명,구분,예산명,예산 성격,금액,단위,금액(원),재원" {
		t.Errorf("header = %v", budget[0])
	}
	var totals []string
	for _, r := range budget[1:] {
		totals = append(totals, r[6])
	}
	if got := strings.Join(totals, " "); got != "19600 18880 16366 18040 202154" {
		t.Errorf("budgets = %s", got)
	}
	if strings.Join(budget[3][:2], "-") != "2-3" || budget[3][4] != "소요예산" || budget[3][5] != "연간" || budget[3][8] != "16366000" || budget[3][9] != "구비" {
		t.Errorf("item 3 row = %v", budget[3])
	}
	lines := readCSV(t, m["budget-lines.csv"])
	if len(lines) != 4 || lines[1][4] != "현장구청장실 운영" || lines[1][5] != "3700" {
		t.Errorf("budget lines = %v", lines)
	}
	head := readCSV(t, m["headcount.csv"])
	if len(head) != 6 || strings.Join(head[3], ",") != "7급,6,4,-2," {
		t.Errorf("headcount = %v", head)
	}
	pledges := readCSV(t, m["pledges.csv"])
	if len(pledges) != 6 || pledges[1][2] != "진솔한 공감 소통 마포" || pledges[1][3] != "6" {
		t.Errorf("pledges = %v", pledges)
	}
	sched := readCSV(t, m["schedule.csv"])
	if sched[1][0] != "2" || sched[1][4] != "2024. 2." || sched[1][6] != "2024-02" || sched[1][7] != "2024-02" || sched[1][8] != "확정" {
		t.Errorf("first schedule row = %v", sched[1])
	}
	if m["accounts.csv"].Rows != 3 {
		t.Errorf("accounts rows = %d", m["accounts.csv"].Rows)
	}

	var meta map[string]any
	if err := json.Unmarshal(m["metadata.json"].Data, &meta); err != nil {
		t.Fatal(err)
	}
	if meta["관리부서명"] != "새마포담당관" || meta["등록일"] != "2024. 2." || meta["제공기관"] != "마포구" {
		t.Errorf("metadata = %v", meta)
	}
	var plan map[string]any
	if err := json.Unmarshal(m["plan.json"].Data, &plan); err != nil {
		t.Fatal(err)
	}
	// The source prints no sum of the item budgets, so the data holds none.
	if _, ok := plan["itemBudget"]; ok {
		t.Errorf("plan.json has an itemBudget the plan does not ask for: %v", plan["itemBudget"])
	}
	first := plan["items"].([]any)[0].(map[string]any)
	if first["chapter"] != "2" || first["id"] != "1" {
		t.Errorf("plan.json's first item is keyed %v-%v, want 2-1", first["chapter"], first["id"])
	}
}

// TestDerivedSumMarked: a plan that asks for item-budget summaries gets
// the sum in plan.json, marked as derived.
func TestDerivedSumMarked(t *testing.T) {
	s, p := example(t)
	q := *p
	q.Summaries.ItemBudgets = true
	files, err := Files(s, &q, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var plan struct {
		ItemBudget *jsonSum `json:"itemBudget"`
	}
	if err := json.Unmarshal(byName(files)["plan.json"].Data, &plan); err != nil {
		t.Fatal(err)
	}
	if plan.ItemBudget == nil || plan.ItemBudget.TotalWon != 275040000 || !plan.ItemBudget.Derived || plan.ItemBudget.Text != "275,040천원" || plan.ItemBudget.Items != 5 {
		t.Errorf("itemBudget = %+v, want 275,040천원 over 5 items, derived", plan.ItemBudget)
	}
}

func TestSourceDateEpoch(t *testing.T) {
	s, p := example(t)
	files, _ := Files(s, p, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	if !bytes.Contains(byName(files)["metadata.json"].Data, []byte(`"등록일": "2024. 3. 1."`)) {
		t.Error("SOURCE_DATE_EPOCH not used for 등록일")
	}
}

func TestDeterministic(t *testing.T) {
	s, l := load.Load(os.DirFS("../../../testdata/rich"), "rich")
	if s == nil {
		t.Fatal(l.Error())
	}
	for _, p := range s.Plans {
		a, _ := Files(s, p, time.Time{})
		b, _ := Files(s, p, time.Time{})
		for i := range a {
			if !bytes.Equal(a[i].Data, b[i].Data) {
				t.Errorf("%s/%s differs between runs", p.Slug, a[i].Name)
			}
		}
	}
}
