package model

import "workplan/generator/internal/money"

// Status is Ⅰ. 일반현황: organisation, people, money, committees and laws.
// Each part is nil when the plan leaves it out.
type Status struct {
	Organisation *Organisation
	Headcount    *Headcount
	Budget       *AccountBudget
	Committees   *Committees
	Laws         *Laws
}

// Organisation is the unit tree; it may be partial.
type Organisation struct {
	Units []*OrgUnit
	Note  string // what the source lacks, e.g. an org chart that was an image
}

// OrgUnit is a department, team or post, with its sub-units.
type OrgUnit struct {
	Name  string
	Role  string // duties, when stated
	Units []*OrgUnit
}

// Headcount is 인력현황 by grade.
type Headcount struct {
	Grades  []GradeCount
	Quota   int // 정원 total, derived
	Current int // 현원 total, derived
	Notes   []string
	// Shortfall is true when the plan prints a 과부족 row (현원 − 정원).
	Shortfall bool
}

// GradeCount is one grade's 정원 and 현원.
type GradeCount struct {
	Grade   string // 5급, 연구직, 공무직 …
	Quota   int
	Current int
	Note    string // 비고
}

// Shortfall is 현원 - 정원 (negative when short).
func (g GradeCount) Shortfall() int { return g.Current - g.Quota }

// AccountBudget is 예산현황 by account.
type AccountBudget struct {
	Unit        money.Unit
	Label       string // row label for this year's figures, e.g. 2024년
	PrevLabel   string // row label for the previous year's, e.g. 2023년
	Accounts    []*Account
	Total       money.Amount // derived
	HasPrevious bool
	PrevTotal   money.Amount // derived
	Change      money.Amount // Total - PrevTotal
	ChangeBP    int64        // rate of change in basis points
	HasRate     bool         // false when the previous total is 0
	// RatePrinted is the 증감률 as the plan prints it ("7.5%"); it wins
	// over the computed ChangeBP wherever the rate is shown.
	RatePrinted string
	// AsPrinted: the stated totals stand as printed, even where they
	// disagree with their parts (the source's own inconsistency).
	AsPrinted bool
}

// Account is 일반회계, 특별회계 (with sub-accounts) or 기금.
type Account struct {
	Name     string
	Amount   money.Amount // derived from sub-accounts when it has them
	None     bool         // no figure: shown as "-"
	Previous money.Amount
	PrevNone bool
	Change   money.Amount
	ChangeBP int64
	HasRate  bool
	// RatePrinted is the 증감률 as printed; it wins over ChangeBP.
	RatePrinted string
	Accounts    []*Account
}

// Committees is 위원회 현황.
type Committees struct {
	List []Committee
}

// Committee is one committee the department runs.
type Committee struct {
	Name    string
	Members int // 0 when not stated
	Chair   string
	Basis   string
	Note    string
}

// Laws is 자치법규 현황.
type Laws struct {
	Kinds []LawKind
	Total int // derived
}

// LawKind is 조례 or 규칙 (or 훈령, 예규 …) with its count and, optionally, titles.
type LawKind struct {
	Kind   string
	Count  int
	Titles []string
}
