package opendata

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"workplan/generator/internal/document"
	"workplan/generator/internal/markdown"
	"workplan/generator/internal/model"
)

// The JSON form of a plan: figures in won with their unit and display text,
// periods with their wording and month span.

type jsonPlan struct {
	Year       int        `json:"year"`
	Title      string     `json:"title"`
	Department string     `json:"department"`
	Occasion   string     `json:"occasion,omitempty"`
	Date       string     `json:"date"`
	Items      []jsonItem `json:"items"`
	// ItemBudget is the derived sum the plan asks for (summaries:
	// item-budgets), absent when it does not or the budgets are not alike.
	ItemBudget *jsonSum  `json:"itemBudget,omitempty"`
	Headcount  *jsonHead `json:"headcount,omitempty"`
}

// jsonSum is a figure the source does not print, computed for display.
type jsonSum struct {
	Text     string `json:"text"`
	Unit     string `json:"unit"`
	TotalWon int64  `json:"totalWon"`
	Items    int    `json:"items"`
	Derived  bool   `json:"derived"`
}

type jsonHead struct {
	Quota   int `json:"quota"`
	Current int `json:"current"`
}

type jsonItem struct {
	Chapter  string       `json:"chapter"`
	Group    string       `json:"group,omitempty"`
	ID       string       `json:"id"`
	Title    string       `json:"title"`
	Tags     []string     `json:"tags,omitempty"`
	Purpose  string       `json:"purpose,omitempty"`
	Period   string       `json:"period,omitempty"`
	Target   string       `json:"target,omitempty"`
	Budgets  []jsonBudget `json:"budgets,omitempty"`
	Schedule []jsonSched  `json:"schedule,omitempty"`
	Effects  []string     `json:"effects,omitempty"`
}

type jsonBudget struct {
	Label    string `json:"label"`
	Kind     string `json:"kind"`
	Text     string `json:"text"`
	Unit     string `json:"unit"`
	TotalWon int64  `json:"totalWon"`
}

type jsonSched struct {
	Line  string      `json:"line"`
	When  string      `json:"when,omitempty"`
	Start string      `json:"start,omitempty"`
	End   string      `json:"end,omitempty"`
	Kind  string      `json:"kind,omitempty"`
	Sub   []jsonSched `json:"sub,omitempty"`
}

func toJSON(p *model.Plan) jsonPlan {
	jp := jsonPlan{Year: p.Year, Title: p.Title, Department: p.Department.Name, Occasion: p.Occasion,
		Date: p.Date.String(), Items: []jsonItem{}}
	if sum, u, n, ok := document.ItemBudgetSum(p); ok {
		jp.ItemBudget = &jsonSum{Text: sum.Format(u), Unit: u.String(), TotalWon: int64(sum), Items: n, Derived: true}
	}
	if p.Status != nil && p.Status.Headcount != nil {
		jp.Headcount = &jsonHead{Quota: p.Status.Headcount.Quota, Current: p.Status.Headcount.Current}
	}
	for _, it := range items(p) {
		ji := jsonItem{Chapter: it.Chapter, Group: it.Group, ID: it.ID, Title: it.Title, Tags: it.Tags, Target: it.Overview.Target, Effects: it.Effects}
		if it.Purpose != nil {
			ji.Purpose = markdown.PlainText(it.Purpose.Doc, it.Purpose.Source)
		}
		if it.Overview.Period != nil {
			ji.Period = it.Overview.Period.Text
		}
		for _, b := range it.AllBudgets() {
			ji.Budgets = append(ji.Budgets, jsonBudget{Label: budgetName(b), Kind: budgetKinds[b.Kind], Text: b.Total.Format(b.Unit), Unit: b.Unit.String(), TotalWon: int64(b.Total)})
		}
		ji.Schedule = schedJSON(it.Schedule)
		jp.Items = append(jp.Items, ji)
	}
	return jp
}

func schedJSON(es []*model.ScheduleEntry) []jsonSched {
	var out []jsonSched
	for _, e := range es {
		js := jsonSched{Line: e.Line(), Sub: schedJSON(e.Sub)}
		if e.Period != nil {
			js.When, js.Kind = e.Period.Text, kindNames[e.Period.Kind]
			if e.Period.HasSpan() {
				js.Start, js.End = monthText(e.Period.Start), monthText(e.Period.End)
			}
		}
		out = append(out, js)
	}
	return out
}

// metadata describes the files in the fields the public data portal uses.
type meta struct {
	Name        string     `json:"파일데이터명"`
	Category    string     `json:"분류체계,omitempty"`
	Provider    string     `json:"제공기관"`
	Department  string     `json:"관리부서명"`
	Phone       string     `json:"관리부서 전화번호"`
	Cycle       string     `json:"업데이트 주기,omitempty"`
	NextUpdate  string     `json:"차기 등록 예정일,omitempty"`
	Format      string     `json:"확장자"`
	Keywords    []string   `json:"키워드"`
	Registered  string     `json:"등록일"`
	Coverage    string     `json:"데이터 기준 시점"`
	Licence     string     `json:"이용허락범위"`
	Description string     `json:"설명"`
	Files       []metaFile `json:"파일"`
}

type metaFile struct {
	Name  string `json:"파일명"`
	Title string `json:"내용"`
	Rows  int    `json:"전체 행,omitempty"`
	Type  string `json:"형식"`
}

func metadata(s *model.Site, p *model.Plan, files []File, sourceDate time.Time) meta {
	// Only what the plan and the settings state: no 분류체계, update cycle
	// or next date the source does not give, and a description naming the
	// files this plan actually has (no 공약 when it has none).
	var held []string
	for _, f := range files {
		if f.Rows > 0 {
			held = append(held, f.Title)
		}
	}
	desc := fmt.Sprintf("%s %s의 %s", s.District, p.Department.Name, p.Title)
	if p.Occasion != "" {
		desc += "(" + p.Occasion + ")"
	}
	if len(held) > 0 {
		desc += "에 실린 자료: " + strings.Join(held, ", ")
	} else {
		desc += " 전체(JSON)"
	}
	m := meta{
		Name:        fmt.Sprintf("%s %s %s", s.District, p.Department.Name, p.Title),
		Provider:    s.District,
		Department:  p.Department.Name,
		Phone:       s.Contact.Phone,
		Format:      "CSV, JSON",
		Keywords:    []string{"주요업무계획", p.Department.Name, strconv.Itoa(p.Year)},
		Registered:  registered(p, sourceDate),
		Coverage:    strconv.Itoa(p.Year) + "년",
		Licence:     licence(s),
		Description: desc,
	}
	if len(held) == 0 {
		m.Format = "JSON"
	}
	// The office that answers for the published data, when the settings
	// name one; else the plan's own department, without a number.
	if s.Contact.Department != "" {
		m.Department = s.Contact.Department
	}
	for _, f := range files {
		typ := "CSV(UTF-8)"
		if f.Rows == 0 {
			typ = "JSON"
		}
		m.Files = append(m.Files, metaFile{Name: f.Name, Title: f.Title, Rows: f.Rows, Type: typ})
	}
	return m
}

// registered is the plan's date, or SOURCE_DATE_EPOCH when set: never the
// wall clock, so builds are reproducible.
func registered(p *model.Plan, sourceDate time.Time) string {
	if !sourceDate.IsZero() {
		t := sourceDate.UTC()
		return fmt.Sprintf("%d. %d. %d.", t.Year(), int(t.Month()), t.Day())
	}
	d := p.Date // a register date: the day, without the printed weekday or time
	d.Weekday, d.Time = "", ""
	return d.String()
}
