package synth

// The content files as the generator writes them: a subset of the loader's
// schema (generator/load/schema.go), with empty fields left out. Amounts
// are strings written with thousands separators, as people write them.

type siteFile struct {
	District     string        `yaml:"district"`
	Title        string        `yaml:"title"`
	BaseURL      string        `yaml:"base_url"`
	Committees   []councilFile `yaml:"committees,omitempty"`
	Organisation []bureauFile  `yaml:"organisation,omitempty"`
	OpenData     *openDataFile `yaml:"open_data,omitempty"`
	Book         *bookFile     `yaml:"book,omitempty"`
}

type councilFile struct {
	Name string `yaml:"name"`
	Slug string `yaml:"slug"`
}

type bureauFile struct {
	Name        string        `yaml:"name"`
	Slug        string        `yaml:"slug"`
	Departments []orgDeptFile `yaml:"departments"`
}

type orgDeptFile struct {
	Name      string     `yaml:"name"`
	Slug      string     `yaml:"slug"`
	Committee string     `yaml:"committee,omitempty"`
	Moves     []moveFile `yaml:"moves,omitempty"`
}

type moveFile struct {
	Year      int    `yaml:"year"`
	Committee string `yaml:"committee"`
}

type openDataFile struct {
	Department string `yaml:"department"`
	Phone      string `yaml:"phone"`
	Licence    int    `yaml:"licence"`
}

type bookFile struct {
	Dividers  bool   `yaml:"dividers"`
	Numbering string `yaml:"numbering"`
}

type planFile struct {
	Year       int            `yaml:"year"`
	Title      string         `yaml:"title"`
	Department departmentFile `yaml:"department"`
	Occasion   string         `yaml:"occasion"`
	Date       string         `yaml:"date"`
	Presenter  string         `yaml:"presenter,omitempty"`
	Draft      bool           `yaml:"draft,omitempty"`
	Chapters   []chapterFile  `yaml:"chapters"`
}

type departmentFile struct {
	Name string `yaml:"name"`
	Slug string `yaml:"slug"`
}

type chapterFile struct {
	Title  string      `yaml:"title"`
	Blocks []blockFile `yaml:"blocks"`
}

type blockFile struct {
	After    string        `yaml:"after,omitempty"`
	Markdown *string       `yaml:"markdown,omitempty"`
	File     string        `yaml:"file,omitempty"`
	Status   string        `yaml:"status,omitempty"`
	Items    []string      `yaml:"items,omitempty"`
	Group    *groupFile    `yaml:"group,omitempty"`
	Table    *tableFile    `yaml:"table,omitempty"`
	KPI      *kpiFile      `yaml:"kpi,omitempty"`
	Calendar *calendarFile `yaml:"calendar,omitempty"`
	Box      *boxFile      `yaml:"box,omitempty"`
	Pledges  *pledgeFile   `yaml:"pledges,omitempty"`
	Tally    *tallyFile    `yaml:"tally,omitempty"`
}

type groupFile struct {
	ID    string   `yaml:"id"`
	Title string   `yaml:"title"`
	Intro *string  `yaml:"intro,omitempty"`
	Items []string `yaml:"items"`
}

type statusFile struct {
	Organisation *orgFile        `yaml:"organisation,omitempty"`
	Headcount    *headcountFile  `yaml:"headcount,omitempty"`
	Budget       *accountsFile   `yaml:"budget,omitempty"`
	Committees   *committeesFile `yaml:"committees,omitempty"`
	Laws         *lawsFile       `yaml:"laws,omitempty"`
}

type orgFile struct {
	Note  string        `yaml:"note,omitempty"`
	Units []orgUnitFile `yaml:"units"`
}

type orgUnitFile struct {
	Name  string        `yaml:"name"`
	Role  string        `yaml:"role,omitempty"`
	Units []orgUnitFile `yaml:"units,omitempty"`
}

type headcountFile struct {
	Total  *headTotalFile `yaml:"total,omitempty"`
	Grades []gradeFile    `yaml:"grades"`
	Notes  []string       `yaml:"notes,omitempty"`
}

type headTotalFile struct {
	Quota   int `yaml:"quota"`
	Current int `yaml:"current"`
}

type gradeFile struct {
	Grade   string `yaml:"grade"`
	Quota   int    `yaml:"quota"`
	Current int    `yaml:"current"`
	Note    string `yaml:"note,omitempty"`
}

type accountsFile struct {
	Unit      string        `yaml:"unit"`
	Label     string        `yaml:"label"`
	PrevLabel string        `yaml:"previous_label,omitempty"`
	Total     string        `yaml:"total,omitempty"`
	PrevTotal string        `yaml:"previous_total,omitempty"`
	Accounts  []accountFile `yaml:"accounts"`
}

type accountFile struct {
	Name     string        `yaml:"name"`
	Amount   string        `yaml:"amount,omitempty"`
	Previous string        `yaml:"previous,omitempty"`
	Accounts []accountFile `yaml:"accounts,omitempty"`
}

type committeesFile struct {
	Total int             `yaml:"total"`
	List  []committeeFile `yaml:"list"`
}

type committeeFile struct {
	Name    string `yaml:"name"`
	Members *int   `yaml:"members,omitempty"`
	Chair   string `yaml:"chair,omitempty"`
	Basis   string `yaml:"basis,omitempty"`
}

type lawsFile struct {
	Total int           `yaml:"total"`
	Kinds []lawKindFile `yaml:"kinds"`
}

type lawKindFile struct {
	Kind   string   `yaml:"kind"`
	Count  *int     `yaml:"count,omitempty"`
	Titles []string `yaml:"titles,omitempty"`
}

type itemFile struct {
	ID       string         `yaml:"id"`
	Title    string         `yaml:"title"`
	Tags     []string       `yaml:"tags,omitempty,flow"`
	Purpose  string         `yaml:"purpose,omitempty"`
	Overview *overviewFile  `yaml:"overview,omitempty"`
	Schedule []scheduleFile `yaml:"schedule,omitempty"`
	Budget   *budgetFile    `yaml:"budget,omitempty"`
	Effects  []string       `yaml:"effects,omitempty"`
	Contact  string         `yaml:"contact,omitempty"`
	Blocks   []blockFile    `yaml:"blocks,omitempty"`
}

type overviewFile struct {
	Basis    []string      `yaml:"basis,omitempty"`
	Period   string        `yaml:"period,omitempty"`
	Target   string        `yaml:"target,omitempty"`
	Contents []string      `yaml:"contents,omitempty"`
	Extra    []labeledFile `yaml:"extra,omitempty"`
}

type labeledFile struct {
	Label string `yaml:"label"`
	Text  string `yaml:"text"`
}

type scheduleFile struct {
	When   string         `yaml:"when,omitempty"`
	What   string         `yaml:"what,omitempty"`
	Text   string         `yaml:"text,omitempty"`
	Period string         `yaml:"period,omitempty"`
	Notes  []string       `yaml:"notes,omitempty"`
	Sub    []scheduleFile `yaml:"sub,omitempty"`
}

type budgetFile struct {
	Unit      string       `yaml:"unit"`
	Total     string       `yaml:"total,omitempty"`
	Sources   []sourceFile `yaml:"sources,omitempty"`
	Breakdown []budgetLine `yaml:"breakdown,omitempty"`
	Years     []yearFile   `yaml:"years,omitempty"`
}

type sourceFile struct {
	Name   string `yaml:"name"`
	Amount string `yaml:"amount,omitempty"`
	Ratio  string `yaml:"ratio,omitempty"`
}

type budgetLine struct {
	Label  string `yaml:"label"`
	Amount string `yaml:"amount"`
	Detail string `yaml:"detail,omitempty"`
}

type yearFile struct {
	Year   int    `yaml:"year"`
	Amount string `yaml:"amount"`
	Label  string `yaml:"label,omitempty"`
}

type tableFile struct {
	Caption string     `yaml:"caption"`
	Unit    string     `yaml:"unit,omitempty"`
	Header  []string   `yaml:"header,flow"`
	Rows    [][]string `yaml:"rows"`
	Notes   []string   `yaml:"notes,omitempty"`
}

type kpiFile struct {
	Caption string       `yaml:"caption"`
	Rows    []kpiRowFile `yaml:"rows"`
}

type kpiRowFile struct {
	Task      string `yaml:"task,omitempty"`
	Indicator string `yaml:"indicator"`
	Unit      string `yaml:"unit"`
	Previous  string `yaml:"previous,omitempty"`
	Target    string `yaml:"target"`
	Note      string `yaml:"note,omitempty"`
}

type calendarFile struct {
	Caption string      `yaml:"caption"`
	Events  []eventFile `yaml:"events"`
}

type eventFile struct {
	When       string `yaml:"when"`
	Name       string `yaml:"name"`
	Venue      string `yaml:"venue,omitempty"`
	Department string `yaml:"department,omitempty"`
	Note       string `yaml:"note,omitempty"`
}

type boxFile struct {
	Title string        `yaml:"title"`
	Lines []boxLineFile `yaml:"lines,omitempty"`
	Tally *tallyFile    `yaml:"tally,omitempty"`
	Notes []string      `yaml:"notes,omitempty"`
}

type boxLineFile struct {
	Label string `yaml:"label"`
	Text  string `yaml:"text"`
	Note  string `yaml:"note,omitempty"`
}

type tallyFile struct {
	Label string          `yaml:"label"`
	Unit  string          `yaml:"unit"`
	Cap   *int            `yaml:"cap,omitempty"`
	Total *int            `yaml:"total,omitempty"`
	Parts []tallyPartFile `yaml:"parts"`
}

type tallyPartFile struct {
	Label string `yaml:"label"`
	Count int    `yaml:"count"`
	When  string `yaml:"when,omitempty"`
}

type pledgeFile struct {
	Caption string           `yaml:"caption,omitempty"`
	Unit    string           `yaml:"unit,omitempty"`
	Total   *int             `yaml:"total,omitempty"`
	Tasks   []pledgeTaskFile `yaml:"tasks"`
}

type pledgeTaskFile struct {
	Name  string `yaml:"name"`
	Count int    `yaml:"count"`
}
