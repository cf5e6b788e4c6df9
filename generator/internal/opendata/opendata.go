// Package opendata writes a plan's figures as open data: CSV files that
// Korean Excel opens correctly (UTF-8 with a BOM, Korean headers), one JSON
// file with everything, and a metadata file in the fields of the public
// data portal (공공데이터포털).
package opendata

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/period"
)

// File is one open data file of a plan.
type File struct {
	Name  string // file name, e.g. budget.csv
	Title string // what it holds, in Korean
	Rows  int    // data rows (CSV), for the metadata
	Data  []byte
}

// Files returns the plan's open data files in a fixed order: the CSV
// tables, plan.json and metadata.json. sourceDate (SOURCE_DATE_EPOCH, zero
// when unset) is the metadata's 등록일 when set; else the plan's date is.
func Files(s *model.Site, p *model.Plan, sourceDate time.Time) ([]File, error) {
	var files []File
	add := func(name, title string, header []string, rows [][]string) error {
		if len(rows) == 0 {
			return nil
		}
		b, err := csvBytes(header, rows)
		if err != nil {
			return err
		}
		files = append(files, File{Name: name, Title: title, Rows: len(rows), Data: b})
		return nil
	}
	steps := []struct {
		name, title string
		header      []string
		rows        [][]string
	}{
		{"budget.csv", "사업별 예산", budgetHeader, budgetRows(p)},
		{"budget-lines.csv", "사업별 예산 세부내역", budgetLineHeader, budgetLineRows(p)},
		{"funding.csv", "사업별 재원", fundingHeader, fundingRows(p)},
		{"schedule.csv", "사업별 추진일정", scheduleHeader, scheduleRows(p)},
		{"headcount.csv", "직급별 인력현황", []string{"직급", "정원", "현원", "과부족", "비고"}, headcountRows(p)},
		{"accounts.csv", "회계별 예산현황", accountHeader, accountRows(p)},
		{"pledges.csv", "전략과제별 공약사업", pledgeHeader, pledgeRows(p)},
	}
	for _, st := range steps {
		if err := add(st.name, st.title, st.header, st.rows); err != nil {
			return nil, err
		}
	}
	planJSON, err := json.MarshalIndent(toJSON(p), "", "  ")
	if err != nil {
		return nil, err
	}
	files = append(files, File{Name: "plan.json", Title: "계획 전체(JSON)", Data: append(planJSON, '\n')})
	meta, err := json.MarshalIndent(metadata(s, p, files, sourceDate), "", "  ")
	if err != nil {
		return nil, err
	}
	files = append(files, File{Name: "metadata.json", Title: "메타데이터", Data: append(meta, '\n')})
	return files, nil
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// numeric are the CSV columns that hold numbers (written by this package,
// never text from the content); every other column is text.
var numeric = map[string]bool{
	"금액": true, "금액(원)": true, "비율(%)": true,
	"수준": true, "정원": true, "현원": true, "과부족": true,
	"예산": true, "전년도 예산": true, "증감": true, "예산(원)": true, "공약사업 수": true,
}

func csvBytes(header []string, rows [][]string) ([]byte, error) {
	var b bytes.Buffer
	b.Write(bom)
	w := csv.NewWriter(&b)
	w.UseCRLF = true // what Excel writes and expects
	if err := w.Write(header); err != nil {
		return nil, err
	}
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, c := range row {
			if i < len(header) && numeric[header[i]] {
				cells[i] = c
			} else {
				cells[i] = textCell(c)
			}
		}
		if err := w.Write(cells); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

// textCell keeps a spreadsheet from reading a text cell as a formula
// (=HYPERLINK(…) runs when the file is opened): a cell that starts with
// = + - @, a tab or a carriage return gets a leading ', which spreadsheets
// take as "this is text" and do not show.
func textCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func won(a money.Amount) string { return strconv.FormatInt(int64(a), 10) }

// plain writes an amount in unit u without separators: 16366, 4.5.
func plain(a money.Amount, u money.Unit) string {
	return strings.ReplaceAll(a.Number(u), ",", "")
}

func sourcesText(b *model.Budget) string {
	var parts []string
	for _, s := range b.Sources {
		parts = append(parts, s.Name)
	}
	return strings.Join(parts, ", ")
}

// Item rows lead with the item's key: 장 (the chapter's key, as printed
// numbers restart in each chapter) and 사업번호 (the id as printed).
var (
	budgetHeader     = []string{"장", "사업번호", "사업명", "구분", "예산명", "예산 성격", "금액", "단위", "금액(원)", "재원"}
	budgetLineHeader = []string{"장", "사업번호", "사업명", "예산명", "세부내역", "금액", "단위", "금액(원)", "산출근거"}
	fundingHeader    = []string{"장", "사업번호", "사업명", "예산명", "재원", "금액(원)", "비율(%)"}
	scheduleHeader   = []string{"장", "사업번호", "사업명", "수준", "시기", "내용", "시작", "종료", "시기 구분"}
	pledgeHeader     = []string{"장", "사업번호", "전략과제", "공약사업 수"}
)

// items are the plan's items, each once (an item may stand in two
// chapters; its figures are listed once, under its own chapter).
func items(p *model.Plan) []*model.Item {
	seen := map[*model.Item]bool{}
	var out []*model.Item
	for _, it := range p.Items {
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	return out
}

// budgetName is a budget's label as printed, 소요예산 when it has none.
func budgetName(b *model.Budget) string {
	if b.Label != "" {
		return b.Label
	}
	return "소요예산"
}

// budgetKinds name what a budget's figure covers: only 연간 rows add up
// to a year's budget.
var budgetKinds = map[model.BudgetKind]string{model.BudgetYear: "연간", model.BudgetProject: "총사업비"}

func budgetRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, it := range items(p) {
		for _, b := range it.AllBudgets() {
			rows = append(rows, []string{it.Chapter, it.ID, it.Title, strings.Join(it.Tags, ", "), budgetName(b), budgetKinds[b.Kind],
				plain(b.Total, b.Unit), b.Unit.String(), won(b.Total), sourcesText(b)})
		}
	}
	return rows
}

func budgetLineRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, it := range items(p) {
		for _, b := range it.AllBudgets() {
			for _, l := range b.Breakdown {
				rows = append(rows, []string{it.Chapter, it.ID, it.Title, budgetName(b), l.Label, plain(l.Amount, b.Unit), b.Unit.String(), won(l.Amount), l.Detail})
			}
		}
	}
	return rows
}

func fundingRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, it := range items(p) {
		for _, b := range it.AllBudgets() {
			for _, s := range b.Sources {
				rate := strconv.FormatFloat(float64(s.RateBP)/100, 'f', -1, 64)
				rows = append(rows, []string{it.Chapter, it.ID, it.Title, budgetName(b), s.Name, won(s.Amount), rate})
			}
		}
	}
	return rows
}

func monthText(m period.Month) string { return fmt.Sprintf("%d-%02d", m.Year(), m.Num()) }

func scheduleRows(p *model.Plan) [][]string {
	var rows [][]string
	var walk func(it *model.Item, es []*model.ScheduleEntry, depth int)
	walk = func(it *model.Item, es []*model.ScheduleEntry, depth int) {
		for _, e := range es {
			when, from, to, kind := "", "", "", ""
			if e.Period != nil {
				when, kind = e.Period.Text, kindNames[e.Period.Kind]
				if e.Period.HasSpan() {
					from, to = monthText(e.Period.Start), monthText(e.Period.End)
				}
			}
			rows = append(rows, []string{it.Chapter, it.ID, it.Title, strconv.Itoa(depth + 1), when, e.Text, from, to, kind})
			walk(it, e.Sub, depth+1)
		}
	}
	for _, it := range items(p) {
		walk(it, it.Schedule, 0)
	}
	return rows
}

var kindNames = map[period.Kind]string{period.Exact: "확정", period.Loose: "대략", period.Recurring: "반복", period.Undecided: "미정"}

func headcountRows(p *model.Plan) [][]string {
	if p.Status == nil || p.Status.Headcount == nil {
		return nil
	}
	var rows [][]string
	for _, g := range p.Status.Headcount.Grades {
		rows = append(rows, []string{g.Grade, strconv.Itoa(g.Quota), strconv.Itoa(g.Current), strconv.Itoa(g.Shortfall()), g.Note})
	}
	return rows
}

// accountHeader is accounts.csv's: 구분 marks a parent account (합계행,
// the sum of the rows under it) and an account without sub-accounts
// (세부행); the 세부행 rows sum to the total.
var accountHeader = []string{"회계", "예산", "전년도 예산", "증감", "단위", "예산(원)", "구분"}

func accountRows(p *model.Plan) [][]string {
	if p.Status == nil || p.Status.Budget == nil {
		return nil
	}
	b := p.Status.Budget
	var rows [][]string
	var walk func(as []*model.Account, prefix string)
	walk = func(as []*model.Account, prefix string) {
		for _, a := range as {
			amount, prev, change, w := "", "", "", ""
			if !a.None {
				amount, w = plain(a.Amount, b.Unit), won(a.Amount)
			}
			if !a.PrevNone {
				prev = plain(a.Previous, b.Unit)
				change = plain(a.Change, b.Unit)
			}
			kind := rowDetail
			if len(a.Accounts) > 0 {
				kind = rowTotal
			}
			rows = append(rows, []string{prefix + a.Name, amount, prev, change, b.Unit.String(), w, kind})
			walk(a.Accounts, prefix+a.Name+" > ")
		}
	}
	walk(b.Accounts, "")
	return rows
}

func pledgeRows(p *model.Plan) [][]string {
	var rows [][]string
	for _, it := range items(p) {
		for _, pb := range it.Blocks {
			if pt, ok := pb.Block.(*model.PledgeTable); ok {
				for _, t := range pt.Tasks {
					rows = append(rows, []string{it.Chapter, it.ID, t.Name, strconv.Itoa(t.Count)})
				}
			}
		}
	}
	return rows
}
