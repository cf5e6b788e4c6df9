package load

import "workplan/generator/internal/diag"

// These types mirror the content files one to one. `yaml:"x,required"`
// marks fields a file must state. They are decoded strictly and then turned
// into the model; nothing outside this package sees them.

type planFile struct {
	Year       int             `yaml:"year,required"`
	Title      string          `yaml:"title,required"`
	Department *departmentFile `yaml:"department,required"`
	Occasion   string          `yaml:"occasion"`
	Date       string          `yaml:"date,required"`
	Presenter  string          `yaml:"presenter"`
	Draft      bool            `yaml:"draft"` // still being written: not published
	Chapters   []chapterFile   `yaml:"chapters,required"`
	// Summaries the outputs may compute (item-budgets, facts); none by default.
	Summaries []string `yaml:"summaries"`
	// Labels are the plan's default section labels for its items.
	Labels        *labelsFile `yaml:"labels"`
	ScheduleChart *bool       `yaml:"schedule_chart"` // default for items: draw 추진일정
}

type departmentFile struct {
	Name string `yaml:"name,required"`
	Slug string `yaml:"slug,required"`
}

type chapterFile struct {
	Pos      diag.Pos
	Title    string      `yaml:"title,required"`
	Key      string      `yaml:"key"`      // names the chapter in open data; default its position
	Numbered *bool       `yaml:"numbered"` // false: no Roman numeral (【부록】, 별첨)
	Blocks   []blockFile `yaml:"blocks,required"`
}

// blockFile holds exactly one kind of block.
type blockFile struct {
	Pos      diag.Pos
	Markdown *string       `yaml:"markdown,multiline"` // inline Markdown
	File     string        `yaml:"file"`               // a Markdown file
	Status   string        `yaml:"status"`             // a 일반현황 YAML file
	Item     string        `yaml:"item"`               // an item YAML file
	Items    []string      `yaml:"items"`              // item YAML files, in order
	Group    *groupFile    `yaml:"group"`
	Table    *tableFile    `yaml:"table"`
	KPI      *kpiFile      `yaml:"kpi"`
	Calendar *calendarFile `yaml:"calendar"`
	Box      *boxFile      `yaml:"box"`
	Pledges  *pledgeFile   `yaml:"pledges"`
	Tally    *tallyFile    `yaml:"tally"`
	After    string        `yaml:"after"` // inside an item: the section it follows
}

type groupFile struct {
	ID    string   `yaml:"id,required"`
	Title string   `yaml:"title,required"`
	Intro *string  `yaml:"intro,multiline"`
	Items []string `yaml:"items,required"`
}

type statusFile struct {
	Organisation *orgFile        `yaml:"organisation"`
	Headcount    *headcountFile  `yaml:"headcount"`
	Budget       *accountsFile   `yaml:"budget"`
	Committees   *committeesFile `yaml:"committees"`
	Laws         *lawsFile       `yaml:"laws"`
}

type orgFile struct {
	Note  string        `yaml:"note"`
	Units []orgUnitFile `yaml:"units"`
}

type orgUnitFile struct {
	Name  string        `yaml:"name,required"`
	Role  string        `yaml:"role"`
	Units []orgUnitFile `yaml:"units"`
}

type headcountFile struct {
	AsPrinted bool `yaml:"as_printed"` // the stated total stands as printed
	// Shortfall asks for the 과부족 row (현원 − 정원) the plan prints.
	Shortfall bool           `yaml:"shortfall"`
	Total     *headTotalFile `yaml:"total"`
	Grades    []gradeFile    `yaml:"grades,required"`
	Notes     []string       `yaml:"notes"`
}

type headTotalFile struct {
	Quota   *int `yaml:"quota"`
	Current *int `yaml:"current"`
}

type gradeFile struct {
	Grade   string `yaml:"grade,required"`
	Quota   *int   `yaml:"quota,required"`
	Current *int   `yaml:"current,required"`
	Note    string `yaml:"note"`
}

type accountsFile struct {
	AsPrinted bool          `yaml:"as_printed"` // stated totals stand as printed, even if they disagree
	Rate      *rateText     `yaml:"rate"`       // the total's 증감률 as printed
	Unit      string        `yaml:"unit,required"`
	Label     string        `yaml:"label,required"`
	PrevLabel string        `yaml:"previous_label"`
	Total     *amountText   `yaml:"total"`
	PrevTotal *amountText   `yaml:"previous_total"`
	Accounts  []accountFile `yaml:"accounts,required"`
}

type accountFile struct {
	Rate     *rateText     `yaml:"rate"` // 증감률 as printed
	Name     string        `yaml:"name,required"`
	Amount   *amountText   `yaml:"amount"`
	Previous *amountText   `yaml:"previous"`
	Accounts []accountFile `yaml:"accounts"`
}

type committeesFile struct {
	Total *int            `yaml:"total"`
	List  []committeeFile `yaml:"list,required"`
}

type committeeFile struct {
	Name    string `yaml:"name,required"`
	Members *int   `yaml:"members"`
	Chair   string `yaml:"chair"`
	Basis   string `yaml:"basis"`
	Note    string `yaml:"note"`
}

type lawsFile struct {
	Total *int          `yaml:"total"`
	Kinds []lawKindFile `yaml:"kinds,required"`
}

type lawKindFile struct {
	Kind   string   `yaml:"kind,required"`
	Count  *int     `yaml:"count"`
	Titles []string `yaml:"titles"`
}

type itemFile struct {
	ID       string         `yaml:"id,required"`
	Title    string         `yaml:"title,required"`
	Tags     []string       `yaml:"tags"`
	Purpose  *string        `yaml:"purpose,multiline"`
	Overview *overviewFile  `yaml:"overview"`
	Schedule []scheduleFile `yaml:"schedule"`
	Budget   *budgetFile    `yaml:"budget"`
	Budgets  []budgetFile   `yaml:"budgets"` // several labelled budgets, in printed order
	Effects  []string       `yaml:"effects"`
	Contact  string         `yaml:"contact"`
	Blocks   []blockFile    `yaml:"blocks"`
	// Labels override the section labels of this item.
	Labels        *labelsFile   `yaml:"labels"`
	ScheduleChart *bool         `yaml:"schedule_chart"`
	Sections      []sectionFile `yaml:"sections"` // further headed parts, in order
}

// labelsFile names sections as the plan prints them.
type labelsFile struct {
	Overview string `yaml:"overview"` // 사업개요
	Basis    string `yaml:"basis"`    // 추진근거
	Period   string `yaml:"period"`   // 사업기간
	Target   string `yaml:"target"`   // 사업대상
	Contents string `yaml:"contents"` // 사업내용
	Schedule string `yaml:"schedule"` // 세부추진계획 (향후계획, 추진계획 …)
	Budget   string `yaml:"budget"`   // 소요예산 (사업비 …)
	Effects  string `yaml:"effects"`  // 기대효과
}

// sectionFile is a headed part with a label of the plan's choosing.
type sectionFile struct {
	Pos      diag.Pos
	Label    string      `yaml:"label,required"`
	After    string      `yaml:"after"` // the place it follows; default the item's end
	Value    string      `yaml:"value"` // text on the heading line after the label
	Lines    []string    `yaml:"lines"`
	Markdown *string     `yaml:"markdown,multiline"`
	Blocks   []blockFile `yaml:"blocks"`
}

type overviewFile struct {
	Basis    []string      `yaml:"basis"`
	Period   string        `yaml:"period"`
	Target   string        `yaml:"target"`
	Contents []string      `yaml:"contents"`
	Extra    []labeledFile `yaml:"extra"`
}

type labeledFile struct {
	Label string `yaml:"label,required"`
	Text  string `yaml:"text,required"`
}

type scheduleFile struct {
	Pos    diag.Pos
	When   string         `yaml:"when"`   // period, printed before the text
	What   string         `yaml:"what"`   // activity, with when
	Text   string         `yaml:"text"`   // a whole line as written
	Period string         `yaml:"period"` // with text: the period it names, for charts
	Notes  []string       `yaml:"notes"`
	Sub    []scheduleFile `yaml:"sub"`
}

type budgetFile struct {
	Pos       diag.Pos
	Label     string       `yaml:"label"`      // section label as printed; default 소요예산
	AsPrinted bool         `yaml:"as_printed"` // stated totals stand as printed, even if they disagree
	Kind      string       `yaml:"kind"`       // year (default) or project (총사업비)
	Unit      string       `yaml:"unit,required"`
	Total     *amountText  `yaml:"total"`
	Sources   []sourceFile `yaml:"sources"`
	Breakdown []budgetLine `yaml:"breakdown"`
	Years     []yearFile   `yaml:"years"`
	Note      string       `yaml:"note"`
}

type sourceFile struct {
	Private *bool       `yaml:"private"` // not public money; default from the name (민자 …)
	Name    string      `yaml:"name,required"`
	Amount  *amountText `yaml:"amount"`
	Ratio   *ratioText  `yaml:"ratio"`
}

type budgetLine struct {
	Label  string      `yaml:"label,required"`
	Amount *amountText `yaml:"amount,required"`
	Detail string      `yaml:"detail"`
}

type yearFile struct {
	Year   int         `yaml:"year,required"`
	Amount *amountText `yaml:"amount,required"`
	Label  string      `yaml:"label"`
}

type tableFile struct {
	Caption string     `yaml:"caption,required,empty"` // "" for a table printed without one
	Unit    string     `yaml:"unit"`
	Header  []string   `yaml:"header,required,multiline"`
	Rows    [][]string `yaml:"rows,required,multiline"`
	Notes   []string   `yaml:"notes"`
}

type kpiFile struct {
	Caption string `yaml:"caption,required"`
	// Labels are the column headings as the plan prints them; each one
	// left out keeps the usual heading.
	Labels *kpiLabelsFile `yaml:"labels"`
	Rows   []kpiRowFile   `yaml:"rows,required"`
}

type kpiLabelsFile struct {
	Task      string `yaml:"task"`      // 정책과제
	Indicator string `yaml:"indicator"` // 성과지표
	Unit      string `yaml:"unit"`      // 단위
	Previous  string `yaml:"previous"`  // 전년 실적, e.g. ‹ 2024년 ›
	Target    string `yaml:"target"`    // 목표, e.g. ‹ 2025년 ›
	Note      string `yaml:"note"`      // 비고
}

type kpiRowFile struct {
	Task      string `yaml:"task"`
	Indicator string `yaml:"indicator,required"`
	Unit      string `yaml:"unit,required"`
	Previous  string `yaml:"previous"`
	Target    string `yaml:"target,required"`
	Note      string `yaml:"note"`
}

type calendarFile struct {
	Caption string      `yaml:"caption,required"`
	Events  []eventFile `yaml:"events,required"`
}

type eventFile struct {
	When       string `yaml:"when,required"`
	Name       string `yaml:"name,required"`
	Venue      string `yaml:"venue"`
	Department string `yaml:"department"`
	Note       string `yaml:"note"`
}

type boxFile struct {
	Title string        `yaml:"title,required"`
	Lines []boxLineFile `yaml:"lines"`
	Tally *tallyFile    `yaml:"tally"`
	Notes []string      `yaml:"notes"`
}

type boxLineFile struct {
	Label string `yaml:"label,required"`
	Text  string `yaml:"text,required"`
	Note  string `yaml:"note"`
}

type tallyFile struct {
	AsPrinted bool            `yaml:"as_printed"`
	Label     string          `yaml:"label,required"`
	Unit      string          `yaml:"unit,required"`
	Cap       *int            `yaml:"cap"`
	Total     *int            `yaml:"total"`
	Parts     []tallyPartFile `yaml:"parts,required"`
}

type tallyPartFile struct {
	Label string `yaml:"label,required"`
	Count *int   `yaml:"count,required"`
	When  string `yaml:"when"`
}

type pledgeFile struct {
	AsPrinted bool             `yaml:"as_printed"`
	Caption   string           `yaml:"caption"`
	Unit      string           `yaml:"unit"`
	Total     *int             `yaml:"total"`
	Tasks     []pledgeTaskFile `yaml:"tasks,required"`
}

type pledgeTaskFile struct {
	Name  string `yaml:"name,required"`
	Count *int   `yaml:"count,required"`
}
