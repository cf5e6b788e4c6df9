package opendata

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"workplan/bench/synth"
	"workplan/generator/internal/load"
	"workplan/generator/internal/model"
)

// districtSites are the trees the district-wide files are checked on: the
// rich fixture and a synthetic district with drafts.
func districtSites(t *testing.T) map[string]*model.Site {
	t.Helper()
	out := map[string]*model.Site{}
	rich, l := load.Load(os.DirFS("../../../testdata/rich"), "rich")
	if rich == nil {
		t.Fatal(l)
	}
	out["rich"] = rich
	dir := t.TempDir()
	if _, err := synth.Generate(dir, synth.Options{Depts: 9, Years: 2, Drafts: 2}); err != nil {
		t.Fatal(err)
	}
	s, l := load.Load(os.DirFS(dir), "district")
	if s == nil {
		t.Fatal(l)
	}
	out["synthetic"] = s
	return out
}

// TestDistrictJoinsBack: every district-wide CSV row carries its plan's
// 연도, 국, 부서 and 계획 id; the rows of one plan are exactly that plan's
// own CSV rows; and the sums per plan give the plan's figures: item
// budgets, funding, headcount, the accounts' total (summing only 세부행,
// where summing every row would count sub-accounts twice), pledges.
// Drafts have no rows.
func TestDistrictJoinsBack(t *testing.T) {
	for name, s := range districtSites(t) {
		t.Run(name, func(t *testing.T) {
			files, err := District(s, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			m := byName(files)
			plans := map[string]*model.Plan{}
			drafts := 0
			for _, p := range s.Plans {
				if p.Draft {
					drafts++
					continue
				}
				plans[p.Slug] = p
			}
			if name == "synthetic" && drafts != 2 {
				t.Fatalf("%d drafts", drafts)
			}
			// plan id → dataset → rows without the plan's columns.
			got := map[string]map[string][][]string{}
			for _, ds := range datasets {
				f, ok := m[ds.name]
				if !ok {
					continue
				}
				rows := readCSV(t, f)
				if strings.Join(rows[0][:4], ",") != "연도,국,부서,계획 id" || len(rows)-1 != f.Rows {
					t.Errorf("%s: header %q, %d rows for %d", ds.name, rows[0], len(rows)-1, f.Rows)
				}
				for _, r := range rows[1:] {
					p := plans[r[3]]
					if p == nil {
						t.Fatalf("%s: a row of %q, which is no published plan", ds.name, r[3])
					}
					if r[0] != strconv.Itoa(p.Year) || r[1] != p.Department.BureauName() || r[2] != p.Department.Name {
						t.Errorf("%s: row %q does not name its plan's year, 국 and department", ds.name, r[:4])
					}
					if got[r[3]] == nil {
						got[r[3]] = map[string][][]string{}
					}
					got[r[3]][ds.name] = append(got[r[3]][ds.name], r[4:])
				}
			}
			sums := map[string]int64{}
			for slug, p := range plans {
				own, err := Files(s, p, time.Time{})
				if err != nil {
					t.Fatal(err)
				}
				per := byName(own)
				for district, single := range map[string]string{"budgets.csv": "budget.csv", "funding.csv": "funding.csv", "schedules.csv": "schedule.csv",
					"headcount.csv": "headcount.csv", "accounts.csv": "accounts.csv", "pledges.csv": "pledges.csv", "budget-lines.csv": "budget-lines.csv"} {
					var want [][]string
					if f, ok := per[single]; ok {
						want = readCSV(t, f)[1:]
					}
					if a, b := rowsText(got[slug][district]), rowsText(want); a != b {
						t.Errorf("%s: %s rows differ from its %s:\n%s\nwant\n%s", slug, district, single, a, b)
					}
				}
				rows := got[slug]
				col := func(ds, c string) int {
					for i, h := range datasetHeader(ds) {
						if h == c {
							return i
						}
					}
					t.Fatalf("%s has no column %s", ds, c)
					return -1
				}
				sum := func(ds, c string, keep func(r []string) bool) int64 {
					var n int64
					i := col(ds, c)
					for _, r := range rows[ds] {
						if keep != nil && !keep(r) {
							continue
						}
						v, err := strconv.ParseInt(r[i], 10, 64)
						if err != nil && r[i] != "" {
							t.Fatalf("%s %s: %q", ds, c, r[i])
						}
						n += v
					}
					return n
				}
				var budgeted, funded int64
				for _, it := range items(p) {
					for _, b := range it.AllBudgets() {
						budgeted += int64(b.Total)
						for _, src := range b.Sources {
							funded += int64(src.Amount)
						}
					}
				}
				if got := sum("budgets.csv", "금액(원)", nil); got != budgeted {
					t.Errorf("%s: budgets sum to %d, the items' budgets to %d", slug, got, budgeted)
				}
				if got := sum("funding.csv", "금액(원)", nil); got != funded {
					t.Errorf("%s: funding sums to %d, want %d", slug, got, funded)
				}
				if st := p.Status; st != nil && st.Budget != nil {
					kind := col("accounts.csv", "구분")
					leaves := sum("accounts.csv", "예산(원)", func(r []string) bool { return r[kind] == rowDetail })
					all := sum("accounts.csv", "예산(원)", nil)
					if leaves != int64(st.Budget.Total) {
						t.Errorf("%s: 세부행 accounts sum to %d, the total is %d", slug, leaves, st.Budget.Total)
					}
					sums["accounts double-counted"] += all - leaves
				}
				if st := p.Status; st != nil && st.Headcount != nil {
					if q, c := sum("headcount.csv", "정원", nil), sum("headcount.csv", "현원", nil); q != int64(st.Headcount.Quota) || c != int64(st.Headcount.Current) {
						t.Errorf("%s: headcount sums to %d/%d, want %d/%d", slug, q, c, st.Headcount.Quota, st.Headcount.Current)
					}
				}
				pledges := 0
				for _, it := range p.Items {
					for _, pb := range it.Blocks {
						if pt, ok := pb.Block.(*model.PledgeTable); ok {
							pledges += pt.Total
						}
					}
				}
				if got := sum("pledges.csv", "공약사업 수", nil); got != int64(pledges) {
					t.Errorf("%s: pledges sum to %d, want %d", slug, got, pledges)
				}
				sums["pledges"] += int64(pledges)
				sums["kpis"] += int64(len(rows["kpis.csv"]))
				sums["budget"] += budgeted
			}
			// The sums must have had something to add up.
			for _, k := range []string{"accounts double-counted", "pledges", "kpis", "budget"} {
				if sums[k] == 0 {
					t.Errorf("%s: nothing to check for %s", name, k)
				}
			}
		})
	}
}

func rowsText(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "|") + "\n")
	}
	return b.String()
}

func datasetHeader(name string) []string {
	for _, ds := range datasets {
		if ds.name == name {
			return ds.header
		}
	}
	return nil
}

// TestDistrictMetadata: contact and licence come from site.yaml; files
// are listed with their rows.
func TestDistrictMetadata(t *testing.T) {
	s := districtSites(t)["rich"]
	files, err := District(s, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(byName(files)["metadata.json"].Data, &m); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{
		"관리부서명": "기획예산과", "관리부서 전화번호": "02-000-0000", "이용허락범위": "공공누리 제1유형(출처표시)",
		"데이터 기준 시점": "2024~2025년", "등록일": "2025. 2. 14.",
	} {
		if m[k] != want {
			t.Errorf("%s = %v, want %s", k, m[k], want)
		}
	}
	if fs, _ := m["파일"].([]any); len(fs) != len(files)-1 {
		t.Errorf("metadata lists %d files, want %d", len(fs), len(files)-1)
	}
	// Nothing the content does not state; the description names the files.
	for _, k := range []string{"분류체계", "업데이트 주기", "차기 등록 예정일"} {
		if v, ok := m[k]; ok && v != "" {
			t.Errorf("%s = %v, which neither the plans nor the settings state", k, v)
		}
	}
	desc, _ := m["설명"].(string)
	for _, f := range files[:len(files)-1] {
		if !strings.Contains(desc, f.Title) {
			t.Errorf("설명 does not name %s: %s", f.Title, desc)
		}
	}
	if !strings.Contains(desc, "세부행") {
		t.Errorf("설명 does not say how to sum the accounts: %s", desc)
	}
	// A plan's own metadata names the same contact and licence.
	own, _ := Files(s, s.Plans[0], time.Time{})
	if err := json.Unmarshal(byName(own)["metadata.json"].Data, &m); err != nil {
		t.Fatal(err)
	}
	if m["관리부서 전화번호"] != "02-000-0000" || m["이용허락범위"] != "공공누리 제1유형(출처표시)" {
		t.Errorf("plan metadata: %v", m)
	}
}
