package opendata

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"workplan/generator/internal/model"
)

// Row kinds of accounts: a parent's amount is the sum of its
// sub-accounts', so summing only the 세부행 rows never counts twice.
const (
	rowTotal  = "합계행"
	rowDetail = "세부행"
)

// planColumns lead every district-wide row: which plan it comes from.
var planColumns = []string{"연도", "국", "부서", "계획 id"}

// dataset is one district-wide CSV: its per-plan rows with the plan's
// columns in front.
type dataset struct {
	name, title string
	header      []string
	rows        func(p *model.Plan) [][]string
}

var datasets = []dataset{
	{"budgets.csv", "사업별 예산", budgetHeader, budgetRows},
	{"budget-lines.csv", "사업별 예산 세부내역", budgetLineHeader, budgetLineRows},
	{"funding.csv", "사업별 재원", fundingHeader, fundingRows},
	{"schedules.csv", "사업별 추진일정", scheduleHeader, scheduleRows},
	{"headcount.csv", "직급별 인력현황", []string{"직급", "정원", "현원", "과부족", "비고"}, headcountRows},
	{"accounts.csv", "회계별 예산현황", accountHeader, accountRows},
	{"pledges.csv", "전략과제별 공약사업", pledgeHeader, pledgeRows},
	{"kpis.csv", "성과지표", []string{"표 제목", "정책과제", "성과지표", "단위", "전년 실적", "목표", "비고"}, kpiRows},
}

// District returns the district-wide open data: one CSV per dataset
// over every published plan (drafts are left out), each row led by the
// plan's 연도, 국, 부서 and 계획 id, and a metadata.json describing them.
// Plans are taken newest year first, then in organisation order (or by
// department slug without an organisation chart). A dataset no plan has
// rows for is left out.
func District(s *model.Site, sourceDate time.Time) ([]File, error) {
	plans := districtPlans(s)
	var files []File
	for _, ds := range datasets {
		var rows [][]string
		for _, p := range plans {
			lead := []string{strconv.Itoa(p.Year), p.Department.BureauName(), p.Department.Name, p.Slug}
			for _, r := range ds.rows(p) {
				rows = append(rows, append(append([]string{}, lead...), r...))
			}
		}
		if len(rows) == 0 {
			continue
		}
		b, err := csvBytes(append(append([]string{}, planColumns...), ds.header...), rows)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: ds.name, Title: ds.title, Rows: len(rows), Data: b})
	}
	m, err := json.MarshalIndent(districtMetadata(s, plans, files, sourceDate), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(files, File{Name: "metadata.json", Title: "메타데이터", Data: append(m, '\n')}), nil
}

// districtPlans are the published plans in the order the files list them.
func districtPlans(s *model.Site) []*model.Plan {
	order := map[string]int{}
	i := 0
	for _, b := range s.Organisation.Bureaus {
		for _, d := range b.Departments {
			order[d.Slug] = i
			i++
		}
	}
	var out []*model.Plan
	for _, p := range s.Plans {
		if !p.Draft {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		pa, pb := out[a], out[b]
		if pa.Year != pb.Year {
			return pa.Year > pb.Year
		}
		oa, ka := order[pa.Department.Slug]
		ob, kb := order[pb.Department.Slug]
		if ka != kb {
			return ka
		}
		if oa != ob {
			return oa < ob
		}
		return pa.Department.Slug < pb.Department.Slug
	})
	return out
}

func districtMetadata(s *model.Site, plans []*model.Plan, files []File, sourceDate time.Time) meta {
	years := map[int]bool{}
	var ys []int
	for _, p := range plans {
		if !years[p.Year] {
			years[p.Year] = true
			ys = append(ys, p.Year)
		}
	}
	sort.Ints(ys)
	coverage, reg := "", ""
	if len(ys) > 0 {
		coverage = fmt.Sprintf("%d년", ys[0])
		if len(ys) > 1 {
			coverage = fmt.Sprintf("%d~%d년", ys[0], ys[len(ys)-1])
		}
		// The newest plan's date, unless SOURCE_DATE_EPOCH says.
		var newest *model.Plan
		for _, p := range plans {
			if newest == nil || p.Date.Year*10000+p.Date.Month*100+p.Date.Day > newest.Date.Year*10000+newest.Date.Month*100+newest.Date.Day {
				newest = p
			}
		}
		reg = registered(newest, sourceDate)
	}
	// Only what the plans and the settings state (no 분류체계, update
	// cycle or next date), and a description naming the files there are.
	var held []string
	for _, f := range files {
		held = append(held, f.Title)
	}
	desc := fmt.Sprintf("%s 주요업무 계획 %d건에 실린 자료: %s. 모든 행에 연도, 국, 부서, 계획 id가 있다.", s.District, len(plans), strings.Join(held, ", "))
	for _, f := range files {
		if f.Name == "accounts.csv" {
			desc += fmt.Sprintf(" 회계별 예산현황은 구분이 %s인 행만 더하면 합계가 된다.", rowDetail)
		}
	}
	m := meta{
		Name:        strings.TrimSpace(s.District + " 주요업무 계획 통합 자료"),
		Provider:    s.District,
		Department:  s.Contact.Department,
		Phone:       s.Contact.Phone,
		Format:      "CSV",
		Keywords:    []string{"주요업무계획", s.District},
		Registered:  reg,
		Coverage:    coverage,
		Licence:     licence(s),
		Description: desc,
	}
	for _, f := range files {
		m.Files = append(m.Files, metaFile{Name: f.Name, Title: f.Title, Rows: f.Rows, Type: "CSV(UTF-8)"})
	}
	return m
}

// licence is the site's 공공누리 type, or the wording used before one
// could be chosen.
func licence(s *model.Site) string {
	if l := s.Licence.String(); l != "" {
		return l
	}
	return "이용허락범위 제한 없음"
}

// kpiRows lists the plan's performance indicators, wherever their tables
// stand.
func kpiRows(p *model.Plan) [][]string {
	var rows [][]string
	var walk func(bs []model.Block)
	walk = func(bs []model.Block) {
		for _, b := range bs {
			switch n := b.(type) {
			case *model.KPITable:
				for _, k := range n.Rows {
					rows = append(rows, []string{n.Caption, k.Task, k.Indicator, k.Unit, k.Previous, k.Target, k.Note})
				}
			case *model.Group:
				for _, it := range n.Items {
					walk([]model.Block{it})
				}
			case *model.Item:
				for _, pb := range n.Blocks {
					walk([]model.Block{pb.Block})
				}
			}
		}
	}
	for _, c := range p.Chapters {
		walk(c.Blocks)
	}
	return rows
}
