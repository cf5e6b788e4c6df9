// Package synth writes synthetic districts: content trees of realistic
// annual work plans for any number of departments and years, for
// benchmarks. Every tree it writes passes `workplan check`.
//
// Plans are composed from small Korean word lists with a seeded generator.
// Each plan draws from its own generator (seeded from the seed, the
// department and the year), so a department's 2024 plan is the same in a
// district of 2 departments and in one of 41, and the same seed always
// writes the same bytes.
package synth

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Options say what district to write.
type Options struct {
	Depts    int    // departments (41 have names of their own; more get numbered)
	Years    int    // years of plans per department, ending in LastYear
	LastYear int    // 2025 when 0
	Seed     uint64 // 1 when 0
	// Drafts is how many departments (the first ones) also have a draft
	// plan for the year after LastYear, as `workplan new` starts one.
	Drafts int
	// NoOrganisation leaves the organisation chart (and so the council
	// books) out of site.yaml, for measuring builds without books.
	NoOrganisation bool
}

// Stats say what was written.
type Stats struct {
	Plans, Items, Files int
	Drafts              int // draft plans, not counted in Plans
}

// Generate writes the district into dir (created if needed): site.yaml and
// <year>/<slug>/ for every department and year.
func Generate(dir string, opt Options) (Stats, error) {
	if opt.Depts <= 0 || opt.Years <= 0 {
		return Stats{}, fmt.Errorf("synth: -depts and -years must be at least 1")
	}
	if opt.LastYear == 0 {
		opt.LastYear = 2025
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	w := &writer{dir: dir}
	sf := siteFile{
		District: District, Title: District + " 주요업무 계획", BaseURL: "https://example.go.kr/plans/",
		OpenData: &openDataFile{Department: "기획예산과", Phone: "02-000-0000", Licence: 1},
	}
	if !opt.NoOrganisation {
		sf.Committees, sf.Organisation = committees, organisation(opt.Depts, opt.LastYear)
		sf.Book = &bookFile{Dividers: true, Numbering: "continuous"}
	}
	w.yaml("site.yaml", sf)
	var st Stats
	for d := 0; d < opt.Depts; d++ {
		dept := deptAt(d)
		last := opt.LastYear
		if d < opt.Drafts {
			last++
		}
		for y := opt.LastYear - opt.Years + 1; y <= last; y++ {
			g := &gen{
				r:     rand.New(rand.NewPCG(opt.Seed, uint64(d)<<16|uint64(y))),
				dr:    rand.New(rand.NewPCG(opt.Seed, uint64(d)<<16)), // the same for every year of the department
				w:     w,
				dept:  dept,
				index: d,
				year:  y,
				dir:   fmt.Sprintf("%d/%s", y, dept.slug),
			}
			g.draft = y > opt.LastYear
			g.plan()
			if g.draft {
				st.Drafts++
				continue
			}
			st.Plans++
			st.Items += g.items
		}
	}
	st.Files = w.files
	return st, w.err
}

// District is the made-up district's name.
const District = "새빛구"

// deptAt returns the i-th department; past the named ones, numbered copies.
func deptAt(i int) department {
	d := departments[i%len(departments)]
	if n := i / len(departments); n > 0 {
		d.name = fmt.Sprintf("%s%d", strings.TrimSuffix(d.name, "과"), n+1) + "과"
		d.slug = fmt.Sprintf("%s-%d", d.slug, n+1)
	}
	return d
}

// writer writes files under dir and keeps the first error.
type writer struct {
	dir   string
	files int
	err   error
}

func (w *writer) file(rel string, data []byte) {
	if w.err != nil {
		return
	}
	p := filepath.Join(w.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		w.err = err
		return
	}
	w.err = os.WriteFile(p, data, 0o644)
	w.files++
}

func (w *writer) yaml(rel string, v any) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		if w.err == nil {
			w.err = fmt.Errorf("%s: %w", rel, err)
		}
		return
	}
	enc.Close()
	w.file(rel, b.Bytes())
}

// gen writes one plan.
type gen struct {
	r, dr *rand.Rand
	w     *writer
	dept  department
	index int
	year  int
	dir   string
	items int
	ids   int  // items written
	draft bool // a plan still being written
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// between returns a number in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func (g *gen) chance(percent int) bool { return g.r.IntN(100) < percent }

func (g *gen) plan() {
	y := g.year
	p := planFile{
		Year:       y,
		Title:      fmt.Sprintf("%d년도 주요업무 계획", y),
		Department: departmentFile{Name: g.dept.name, Slug: g.dept.slug},
		Occasion:   fmt.Sprintf("제%d회 %s의회 임시회", 250+(y-2020)*9+g.index%3, District),
		Date:       fmt.Sprintf("%d. 2.", y),
		Presenter:  g.dept.name + "장",
		Draft:      g.draft,
	}
	if g.chance(40) {
		p.Date = fmt.Sprintf("%d. 2. %d.", y, g.between(1, 28))
	}
	p.Chapters = append(p.Chapters, chapterFile{Title: "일반현황", Blocks: []blockFile{{Status: "status.yaml"}}})
	g.status()

	if g.chance(60) {
		g.w.file(g.dir+"/achievements.md", []byte(g.achievements()))
		p.Chapters = append(p.Chapters, chapterFile{Title: fmt.Sprintf("%d년 주요 업무성과", y-1), Blocks: []blockFile{{File: "achievements.md"}}})
	}
	if g.chance(50) {
		md := g.vision()
		p.Chapters = append(p.Chapters, chapterFile{Title: "정책목표 및 추진전략", Blocks: []blockFile{{Markdown: &md}, {KPI: g.kpi()}}})
	}

	n := g.between(5, 12)
	work := chapterFile{Title: fmt.Sprintf("%d년 주요업무 추진계획", y)}
	if n >= 7 && g.chance(50) {
		// Items under two or three strategies (1-1, 1-2 … 2-1 …).
		groups := g.between(2, 3)
		left := n
		for gi := 1; gi <= groups; gi++ {
			k := left / (groups - gi + 1)
			left -= k
			gf := &groupFile{ID: strconv.Itoa(gi), Title: g.pick(prefixes) + " " + g.pick(needs)}
			if g.chance(60) {
				intro := g.sentence()
				gf.Intro = &intro
			}
			for j := 1; j <= k; j++ {
				id := fmt.Sprintf("%d-%d", gi, j)
				gf.Items = append(gf.Items, g.item(id))
			}
			work.Blocks = append(work.Blocks, blockFile{Group: gf})
		}
	} else {
		var refs []string
		for i := 1; i <= n; i++ {
			refs = append(refs, g.item(strconv.Itoa(i)))
		}
		work.Blocks = append(work.Blocks, blockFile{Items: refs})
	}
	p.Chapters = append(p.Chapters, work)

	if g.chance(50) {
		ref := chapterFile{Title: "참고자료", Blocks: []blockFile{{Calendar: g.calendar()}}}
		if g.chance(50) {
			ref.Blocks = append(ref.Blocks, blockFile{Box: g.box()})
		}
		p.Chapters = append(p.Chapters, ref)
	}
	g.w.yaml(g.dir+"/plan.yaml", p)
}

// item writes items/<id>.yaml and returns its reference.
func (g *gen) item(id string) string {
	g.items++
	y := g.year
	obj := g.pick(g.dept.objects)
	title := g.pick(prefixes) + " " + obj + " " + g.pick(actions)
	target := g.pick(g.dept.targets)
	need := g.pick(needs)
	purpose := fmt.Sprintf("%s의 %s 위해 %s %s하고자 함", target, need+eulReul(need), obj+eulReul(obj), g.pick(actions))
	if g.chance(60) {
		purpose += "\n" + g.sentence()
	}
	it := itemFile{ID: id, Title: title, Purpose: purpose}
	switch g.r.IntN(6) {
	case 0:
		it.Tags = []string{"공약"}
	case 1:
		it.Tags = []string{"신규"}
	case 2:
		it.Tags = []string{"공약", "중점"}
	case 3:
		it.Tags = []string{"공모"}
	}
	ov := &overviewFile{Target: target}
	if g.chance(80) {
		ov.Basis = []string{"「" + g.pick(lawNames) + "」"}
		if g.chance(40) {
			ov.Basis = append(ov.Basis, fmt.Sprintf("「%s %s 조례」 제%d조", District, obj, g.between(2, 15)))
		}
	}
	multiYear := g.chance(20)
	if multiYear {
		ov.Period = fmt.Sprintf("%d. ~ %d.", y-1, y+1)
	} else {
		ov.Period = fmt.Sprintf("%d. %d. ~ %d.", y, g.between(1, 3), g.between(10, 12))
	}
	for i, k := 0, g.between(1, 4); i < k; i++ {
		ov.Contents = append(ov.Contents, fmt.Sprintf("%s %s %s", g.pick(g.dept.objects), g.pick(contentsVerbs), g.detail()))
	}
	if g.chance(30) {
		ov.Extra = append(ov.Extra, labeledFile{Label: "사업규모", Text: fmt.Sprintf("%d개소, 연 %s명", g.between(2, 30), comma(int64(g.between(3, 120)*100)))})
	}
	it.Overview = ov
	it.Schedule = g.schedule()
	it.Budget = g.budget(multiYear)
	for i, k := 0, g.between(1, 3); i < k; i++ {
		it.Effects = append(it.Effects, fmt.Sprintf("%s 및 %s", g.pick(effectsWords), g.pick(needs)))
	}
	if g.chance(70) {
		it.Contact = fmt.Sprintf("과장 %s ☎ %d, 팀장 %s ☎ %d, 담당 %s ☎ %d", g.name(), g.between(2000, 2999), g.name(), g.between(2000, 2999), g.name(), g.between(2000, 2999))
	}
	switch {
	case len(it.Tags) > 0 && it.Tags[0] == "공약" && g.chance(60):
		it.Blocks = append(it.Blocks, blockFile{After: "target", Pledges: g.pledges()})
	case g.chance(25):
		it.Blocks = append(it.Blocks, blockFile{After: "contents", Box: g.box()})
	case g.chance(20):
		it.Blocks = append(it.Blocks, blockFile{After: "schedule", Tally: g.tally()})
	case g.chance(15):
		it.Blocks = append(it.Blocks, blockFile{Table: g.table()})
	}
	ref := "items/" + id + ".yaml"
	g.w.yaml(g.dir+"/"+ref, it)
	return ref
}

// sentence is a line of prose of realistic length.
func (g *gen) sentence() string {
	eff := g.pick(effectsWords)
	return fmt.Sprintf("%s %s 통해 %s에 기여하고, %s 도모함", g.pick(g.dept.objects), g.pick(means)+"하는 것을", g.pick(needs), eff+eulReul(eff))
}

func (g *gen) detail() string {
	return fmt.Sprintf("(%s %d개소)", g.pick([]string{"권역별", "동별", "시설별", "분야별"}), g.between(2, 16))
}

func (g *gen) name() string { return g.pick(surnames) + g.pick(givenNames) }

// schedule mixes exact dates, ranges and loose periods.
func (g *gen) schedule() []scheduleFile {
	y := g.year
	var out []scheduleFile
	m := g.between(1, 3)
	for i, k := 0, g.between(3, 7); i < k; i++ {
		var when string
		switch g.r.IntN(7) {
		case 0:
			when = fmt.Sprintf("%d. %d.", y, m)
		case 1:
			when = fmt.Sprintf("%d. %d. %d.", y, m, g.between(1, 28))
		case 2, 3:
			end := min(m+g.between(1, 3), 12)
			when = fmt.Sprintf("%d. %d. ~ %d.", y, m, end)
		case 4:
			when = fmt.Sprintf("%d. 1. ~ %d. 12.", y, y)
		default:
			when = g.pick(loose)
		}
		e := scheduleFile{When: when, What: g.pick(schedWhat)}
		if g.chance(20) {
			e = scheduleFile{Text: fmt.Sprintf("%s %s(%s)", g.pick(g.dept.objects), g.pick(contentsVerbs), "연중 수시"), Period: "연중 수시"}
		}
		if g.chance(20) {
			e.Notes = []string{fmt.Sprintf("%s: %s", g.pick([]string{"대상", "방법", "장소", "규모"}), g.pick(means))}
		}
		if g.chance(15) {
			e.Sub = []scheduleFile{{Text: g.pick(g.dept.objects) + " " + g.pick(contentsVerbs)}, {Text: g.pick(schedWhat)}}
		}
		out = append(out, e)
		m = min(m+g.between(0, 3), 12)
	}
	return out
}

// budget writes a budget with a breakdown and a funding mix in one of the
// three units.
func (g *gen) budget(multiYear bool) *budgetFile {
	b := &budgetFile{}
	switch r := g.r.IntN(10); {
	case r < 6:
		b.Unit = "천원"
	case r < 9:
		b.Unit = "백만원"
	default:
		b.Unit = "억원"
	}
	var lines []int64
	var total int64
	for i, k := 0, g.between(1, 4); i < k; i++ {
		var a int64
		switch b.Unit {
		case "천원":
			a = int64(g.between(5, 900)) * 100
		case "백만원":
			a = int64(g.between(20, 3000))
		default:
			a = int64(g.between(1, 40))
		}
		lines = append(lines, a)
		total += a
	}
	if len(lines) == 1 && g.chance(50) {
		b.Total = comma(total)
	} else {
		for _, a := range lines {
			l := budgetLine{Label: g.pick(budgetLabels), Amount: comma(a)}
			if g.chance(30) {
				l.Detail = fmt.Sprintf("%d개소 × %s", g.between(2, 20), g.pick([]string{"12개월", "연 2회", "4분기", "1식"}))
			}
			b.Breakdown = append(b.Breakdown, l)
		}
		if g.chance(50) {
			b.Total = comma(total)
		}
	}
	switch g.r.IntN(4) {
	case 0, 1:
		b.Sources = []sourceFile{{Name: g.pick([]string{"구비", "구비", "시비", "기금"})}}
	case 2:
		mixes := [][]sourceFile{
			{{Name: "국비", Ratio: "50%"}, {Name: "시비", Ratio: "25%"}, {Name: "구비", Ratio: "25%"}},
			{{Name: "시비", Ratio: "70%"}, {Name: "구비", Ratio: "30%"}},
			{{Name: "국비", Ratio: "90%"}, {Name: "구비", Ratio: "10%"}},
			{{Name: "국비", Ratio: "30%"}, {Name: "시비", Ratio: "20%"}, {Name: "구비", Ratio: "50%"}},
		}
		b.Sources = mixes[g.r.IntN(len(mixes))]
	default:
		a := total * int64(g.between(20, 60)) / 100
		b.Sources = []sourceFile{{Name: "시비", Amount: comma(a)}, {Name: "구비", Amount: comma(total - a)}}
	}
	if multiYear {
		for yy := g.year - 1; yy <= g.year+1; yy++ {
			label := "계획"
			if yy < g.year {
				label = "실적"
			}
			amt := total
			if yy != g.year {
				amt = max(1, total*int64(g.between(40, 120))/100)
			}
			b.Years = append(b.Years, yearFile{Year: yy, Amount: comma(amt), Label: label})
		}
	}
	return b
}

func (g *gen) status() {
	y := g.year
	st := statusFile{}
	org := &orgFile{Units: []orgUnitFile{{Name: g.dept.name}}}
	for i, k := 0, g.between(2, 5); i < k; i++ {
		obj := g.dept.objects[i%len(g.dept.objects)]
		u := orgUnitFile{Name: strings.ReplaceAll(obj, " ", "") + g.pick(teamWords) + "팀"}
		if g.chance(60) {
			u.Role = obj + " " + g.pick(contentsVerbs)
		}
		org.Units[0].Units = append(org.Units[0].Units, u)
	}
	st.Organisation = org

	hc := &headcountFile{}
	var quota, current int
	for i, gr := range grades {
		q := 1
		if i > 0 {
			q = g.between(1, 8)
		}
		c := max(0, q+g.between(-1, 1))
		if i == 0 {
			c = 1
		}
		gf := gradeFile{Grade: gr, Quota: q, Current: c}
		if c < q && g.chance(40) {
			gf.Note = "육아휴직 " + strconv.Itoa(q-c)
		}
		hc.Grades = append(hc.Grades, gf)
		quota, current = quota+q, current+c
	}
	if g.chance(50) {
		q := g.between(1, 4)
		hc.Grades = append(hc.Grades, gradeFile{Grade: "공무직", Quota: q, Current: q})
		quota, current = quota+q, current+q
	}
	hc.Total = &headTotalFile{Quota: quota, Current: current}
	hc.Notes = []string{fmt.Sprintf("%d. 1. 1. 기준", y)}
	st.Headcount = hc

	base := int64(g.dr.IntN(20000) + 400) // the department's size, stable across years
	grow := func(yy int) int64 { return base * int64(100+(yy-2020)*4+g.r.IntN(6)) / 100 }
	gen, prev := grow(y), grow(y-1)
	acc := &accountsFile{Unit: "백만원", Label: fmt.Sprintf("%d년", y), PrevLabel: fmt.Sprintf("%d년", y-1)}
	total, ptotal := gen, prev
	acc.Accounts = append(acc.Accounts, accountFile{Name: "일반회계", Amount: comma(gen), Previous: comma(prev)})
	if g.chance(40) {
		a1, a2 := int64(g.between(50, 900)), int64(g.between(10, 300))
		p1, p2 := a1*int64(g.between(80, 110))/100, a2
		acc.Accounts = append(acc.Accounts, accountFile{Name: "특별회계", Accounts: []accountFile{
			{Name: g.pick(g.dept.objects) + "특별회계", Amount: comma(a1), Previous: comma(p1)},
			{Name: "기반시설특별회계", Amount: comma(a2), Previous: comma(p2)},
		}})
		total, ptotal = total+a1+a2, ptotal+p1+p2
	} else {
		acc.Accounts = append(acc.Accounts, accountFile{Name: "특별회계"})
	}
	if g.chance(30) {
		f := int64(g.between(10, 500))
		acc.Accounts = append(acc.Accounts, accountFile{Name: "기금", Amount: comma(f), Previous: comma(f)})
		total, ptotal = total+f, ptotal+f
	} else {
		acc.Accounts = append(acc.Accounts, accountFile{Name: "기금"})
	}
	acc.Total = comma(total)
	if g.chance(50) {
		acc.PrevTotal = comma(ptotal)
	}
	st.Budget = acc

	cm := &committeesFile{}
	seen := map[string]bool{}
	for i, k := 0, g.between(1, 6); i < k; i++ {
		name := strings.ReplaceAll(g.pick(g.dept.objects), " ", "") + g.pick([]string{"위원회", "심의위원회", "운영위원회", "자문단", "협의회"})
		if seen[name] {
			continue
		}
		seen[name] = true
		c := committeeFile{Name: name}
		if g.chance(70) {
			n := g.between(7, 30)
			c.Members = &n
			c.Chair = g.pick(chairs)
			c.Basis = fmt.Sprintf("「%s %s 조례」 제%d조", District, strings.TrimSuffix(name, "위원회"), g.between(2, 12))
		}
		cm.List = append(cm.List, c)
	}
	cm.Total = len(cm.List)
	st.Committees = cm

	laws := &lawsFile{}
	ord := g.between(2, 20)
	laws.Kinds = append(laws.Kinds, lawKindFile{Kind: "조례", Count: &ord})
	rule := g.between(0, 10)
	if rule > 0 {
		laws.Kinds = append(laws.Kinds, lawKindFile{Kind: "규칙", Count: &rule})
	}
	if g.chance(30) {
		t := []string{fmt.Sprintf("「%s %s 훈령」", District, g.pick(g.dept.objects)), fmt.Sprintf("「%s %s 운영 예규」", District, g.pick(g.dept.objects))}
		laws.Kinds = append(laws.Kinds, lawKindFile{Kind: "훈령·예규", Titles: t})
	}
	laws.Total = ord + rule + len(laws.Kinds[len(laws.Kinds)-1].Titles)
	st.Laws = laws
	g.w.yaml(g.dir+"/status.yaml", st)
}

// achievements is last year's results in Markdown, with a table.
func (g *gen) achievements() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d년에는 %s 중심으로 %s에 힘썼다. %s\n\n", g.year-1, g.pick(g.dept.objects), g.pick(needs), g.sentence())
	for i, k := 0, g.between(3, 6); i < k; i++ {
		fmt.Fprintf(&b, "- **%s**: %s %s, %s\n", g.pick(g.dept.objects), g.pick(contentsVerbs), g.detail(), g.pick(effectsWords))
	}
	fmt.Fprintf(&b, "\n| 구분 | %d년 | %d년 | 증감 |\n| --- | ---: | ---: | ---: |\n", g.year-2, g.year-1)
	for i, k := 0, g.between(2, 5); i < k; i++ {
		a, c := g.between(100, 9000), g.between(100, 9000)
		d := comma(int64(c - a))
		if c < a {
			d = "△" + comma(int64(a-c))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", g.pick(g.dept.objects), comma(int64(a)), comma(int64(c)), d)
	}
	fmt.Fprintf(&b, "\n%s\n", g.sentence())
	return b.String()
}

func (g *gen) vision() string {
	need := g.pick(needs)
	return fmt.Sprintf("**비전**: %s %s\n\n- 전략 1. %s\n- 전략 2. %s\n  - %s\n", need+euro(need), "행복한 "+District,
		g.pick(prefixes)+" "+g.pick(g.dept.objects), g.pick(g.dept.objects)+" "+g.pick(actions), g.sentence())
}

func (g *gen) kpi() *kpiFile {
	k := &kpiFile{Caption: "성과지표"}
	for i, n := 0, g.between(2, 5); i < n; i++ {
		prev := g.between(50, 5000)
		row := kpiRowFile{Task: g.pick(g.dept.objects) + " " + g.pick(actions), Indicator: g.pick(g.dept.objects) + " " + g.pick([]string{"참여자", "만족도", "이용 건수", "개선율"}),
			Unit: g.pick([]string{"명", "점", "건", "%"}), Previous: comma(int64(prev)), Target: comma(int64(prev + g.between(1, 500)))}
		if g.chance(20) {
			row.Unit, row.Previous, row.Target = "위", fmt.Sprintf("서울 %d위", g.between(5, 20)), "서울 5위 이내"
		}
		if g.chance(30) {
			row.Note = g.pick([]string{"자체 조사", "서울시 조사", "행정안전부 평가"})
		}
		k.Rows = append(k.Rows, row)
	}
	return k
}

func (g *gen) calendar() *calendarFile {
	c := &calendarFile{Caption: fmt.Sprintf("%d년 주요 행사 일정", g.year)}
	for i, n := 0, g.between(2, 6); i < n; i++ {
		m := g.between(3, 11)
		when := fmt.Sprintf("%d. %d. %d.", g.year, m, g.between(1, 28))
		if g.chance(30) {
			when = g.pick([]string{"상반기", "하반기", "9월 중", "미정"})
		}
		e := eventFile{When: when, Name: g.pick(g.dept.objects) + " " + g.pick([]string{"설명회", "보고회", "발대식", "축제", "박람회", "워크숍"}),
			Venue: g.pick(venues), Department: g.dept.name}
		if g.chance(20) {
			e.Note = "우천 시 연기"
		}
		c.Events = append(c.Events, e)
	}
	return c
}

func (g *gen) box() *boxFile {
	b := &boxFile{Title: g.pick(g.dept.objects) + " 운영 기준"}
	labels := []string{"구 성", "대 상", "기 간", "방 법", "장 소", "기 능"}
	for i, n := 0, g.between(2, 5); i < n; i++ {
		l := boxLineFile{Label: labels[i], Text: g.pick(means)}
		if g.chance(25) {
			l.Note = g.pick(effectsWords)
		}
		b.Lines = append(b.Lines, l)
	}
	if g.chance(40) {
		b.Tally = g.tally()
	}
	if g.chance(50) {
		b.Notes = []string{fmt.Sprintf("%d. %d. 기준", g.year, g.between(1, 6))}
	}
	return b
}

func (g *gen) tally() *tallyFile {
	t := &tallyFile{Label: g.pick([]string{"위촉 완료", "운영 계획", "설치 현황", "참여 실적"}), Unit: g.pick([]string{"명", "회", "개소"})}
	sum := 0
	for i, n := 0, g.between(2, 4); i < n; i++ {
		c := g.between(3, 40)
		p := tallyPartFile{Label: fmt.Sprintf("%d차", i+1), Count: c}
		if g.chance(50) {
			p.When = fmt.Sprintf("'%02d.%d.%d.", (g.year-1)%100, g.between(1, 12), g.between(1, 28))
		}
		t.Parts = append(t.Parts, p)
		sum += c
	}
	if g.chance(50) {
		cp := sum + g.between(0, 30)
		t.Cap = &cp
	}
	if g.chance(50) {
		t.Total = &sum
	}
	return t
}

func (g *gen) pledges() *pledgeFile {
	p := &pledgeFile{Unit: "사업 수"}
	sum := 0
	for i, n := 0, g.between(3, 6); i < n; i++ {
		c := g.between(1, 10)
		p.Tasks = append(p.Tasks, pledgeTaskFile{Name: g.pick(prefixes) + " " + g.pick(g.dept.objects), Count: c})
		sum += c
	}
	p.Total = &sum
	return p
}

func (g *gen) table() *tableFile {
	t := &tableFile{Caption: g.pick(g.dept.objects) + " 현황", Unit: g.pick([]string{"개소", "명", "건"}),
		Header: []string{"구분", fmt.Sprintf("%d년", g.year-1), fmt.Sprintf("%d년", g.year), "비고"}}
	for i, n := 0, g.between(2, 5); i < n; i++ {
		t.Rows = append(t.Rows, []string{g.pick(g.dept.targets), comma(int64(g.between(1, 3000))), comma(int64(g.between(1, 3000))), g.pick([]string{"-", "신규", "확대", ""})})
	}
	if g.chance(50) {
		t.Notes = []string{"자체 집계"}
	}
	return t
}

// comma writes n with thousands separators: 16,366.
func comma(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// euro is the particle 으로 after a final consonant other than ㄹ, 로
// otherwise.
func euro(word string) string {
	rs := []rune(word)
	if len(rs) > 0 {
		r := rs[len(rs)-1]
		if r >= 0xAC00 && r <= 0xD7A3 {
			if f := (r - 0xAC00) % 28; f != 0 && f != 8 {
				return "으로"
			}
		}
	}
	return "로"
}

// eulReul is the object particle that follows word: 을 after a final
// consonant, 를 after a vowel.
func eulReul(word string) string {
	rs := []rune(word)
	if len(rs) == 0 {
		return "를"
	}
	r := rs[len(rs)-1]
	if r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 != 0 {
		return "을"
	}
	return "를"
}
