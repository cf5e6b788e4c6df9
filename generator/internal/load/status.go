package load

import (
	"fmt"

	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// refFile checks that a file referenced from a plan is used once only.
func (fc *fileCtx) refFile(st *planState, field, rel string) bool {
	if first, ok := st.files[rel]; ok {
		fc.errorf(field, "%s is already used at %s; each file can appear once in a plan", fc.ld.display(rel), first)
		return false
	}
	st.files[rel] = fc.at(field)
	return true
}

func (fc *fileCtx) statusBlock(st *planState, field, ref string) *model.Status {
	rel := fc.sibling(ref)
	if !fc.refFile(st, field, rel) {
		return nil
	}
	st.statuses++
	if st.statuses > 1 {
		fc.errorf(field, "a plan has one 일반현황 (status) block; this is the second")
	}
	var sf statusFile
	sc, ok := fc.ld.yamlFile(rel, fc.at(field), field, &sf)
	if !ok {
		return nil
	}
	sc.year = fc.year
	s := &model.Status{}
	if sf.Organisation != nil {
		s.Organisation = &model.Organisation{Note: sf.Organisation.Note, Units: orgUnits(sf.Organisation.Units)}
		if len(s.Organisation.Units) == 0 && s.Organisation.Note == "" {
			sc.errorf("organisation", "organisation has neither units nor a note; list the units, or say in note why they are missing")
		}
	}
	if sf.Headcount != nil {
		s.Headcount = sc.headcount(sf.Headcount)
	}
	if sf.Budget != nil {
		s.Budget = sc.accounts(sf.Budget)
	}
	if sf.Committees != nil {
		s.Committees = sc.committees(sf.Committees)
	}
	if sf.Laws != nil {
		s.Laws = sc.laws(sf.Laws)
	}
	if st.plan.Status == nil {
		st.plan.Status = s
	}
	return s
}

func orgUnits(in []orgUnitFile) []*model.OrgUnit {
	var out []*model.OrgUnit
	for _, u := range in {
		out = append(out, &model.OrgUnit{Name: u.Name, Role: u.Role, Units: orgUnits(u.Units)})
	}
	return out
}

func (fc *fileCtx) headcount(hf *headcountFile) *model.Headcount {
	h := &model.Headcount{Notes: hf.Notes}
	seen := map[string]bool{}
	for i, g := range hf.Grades {
		field := fmt.Sprintf("headcount.grades[%d]", i+1)
		if seen[g.Grade] {
			fc.errorf(field+".grade", "grade %q is listed twice", g.Grade)
		}
		seen[g.Grade] = true
		gc := model.GradeCount{Grade: g.Grade, Note: g.Note,
			Quota: fc.count(field+".quota", g.Quota), Current: fc.count(field+".current", g.Current)}
		h.Quota += gc.Quota
		h.Current += gc.Current
		h.Grades = append(h.Grades, gc)
	}
	if hf.Total != nil {
		fc.checkStated("headcount.total.quota", hf.Total.Quota, h.Quota, "the grades' quotas (정원)")
		fc.checkStated("headcount.total.current", hf.Total.Current, h.Current, "the grades' current staff (현원)")
	}
	return h
}

func (fc *fileCtx) accounts(af *accountsFile) *model.AccountBudget {
	u, err := money.ParseUnit(af.Unit)
	if err != nil {
		fc.errorf("budget.unit", "%v", err)
		return nil
	}
	b := &model.AccountBudget{Unit: u, Label: af.Label, PrevLabel: af.PrevLabel}
	b.Accounts = fc.accountList("budget.accounts", af.Accounts, u, b)
	for _, a := range b.Accounts {
		b.Total += a.Amount
		b.PrevTotal += a.Previous
	}
	if af.Total != nil {
		if t, ok := fc.amount("budget.total", af.Total, u); ok && t != b.Total {
			fc.errorf("budget.total", "the accounts sum to %s but budget.total is %s", b.Total.Format(u), t.Format(u))
		}
	}
	if b.HasPrevious {
		if b.PrevLabel == "" {
			fc.errorf("budget.previous_label", "accounts give previous-year figures; name their row, e.g. previous_label: %d년", fc.year-1)
		}
		if af.PrevTotal != nil {
			if t, ok := fc.amount("budget.previous_total", af.PrevTotal, u); ok && t != b.PrevTotal {
				fc.errorf("budget.previous_total", "the accounts' previous figures sum to %s but budget.previous_total is %s", b.PrevTotal.Format(u), t.Format(u))
			}
		}
		b.Change = b.Total - b.PrevTotal
		b.ChangeBP, b.HasRate = money.RateBP(b.Change, b.PrevTotal), b.PrevTotal != 0
	} else if af.PrevTotal != nil {
		fc.errorf("budget.previous_total", "previous_total is given but no account has a previous figure")
	}
	return b
}

func (fc *fileCtx) accountList(field string, in []accountFile, u money.Unit, b *model.AccountBudget) []*model.Account {
	var out []*model.Account
	for i, af := range in {
		f := fmt.Sprintf("%s[%d]", field, i+1)
		a := &model.Account{Name: af.Name}
		a.Accounts = fc.accountList(f+".accounts", af.Accounts, u, b)
		amount, hasAmount := fc.amount(f+".amount", af.Amount, u)
		prev, hasPrev := fc.amount(f+".previous", af.Previous, u)
		if len(a.Accounts) > 0 {
			var sum, psum money.Amount
			anyPrev := false
			for _, c := range a.Accounts {
				sum += c.Amount
				psum += c.Previous
				anyPrev = anyPrev || !c.PrevNone
			}
			if hasAmount && amount != sum {
				fc.errorf(f+".amount", "the sub-accounts sum to %s but %s.amount is %s", sum.Format(u), f, amount.Format(u))
			}
			if hasPrev && prev != psum {
				fc.errorf(f+".previous", "the sub-accounts' previous figures sum to %s but %s.previous is %s", psum.Format(u), f, prev.Format(u))
			}
			amount, hasAmount = sum, true
			prev, hasPrev = psum, anyPrev
		}
		a.Amount, a.None = amount, !hasAmount
		a.Previous, a.PrevNone = prev, !hasPrev
		if hasPrev {
			b.HasPrevious = true
			a.Change = a.Amount - a.Previous
			a.ChangeBP, a.HasRate = money.RateBP(a.Change, a.Previous), a.Previous != 0
		}
		out = append(out, a)
	}
	return out
}

func (fc *fileCtx) committees(cf *committeesFile) *model.Committees {
	c := &model.Committees{}
	seen := map[string]bool{}
	for i, m := range cf.List {
		field := fmt.Sprintf("committees.list[%d]", i+1)
		if seen[m.Name] {
			fc.errorf(field+".name", "committee %q is listed twice", m.Name)
		}
		seen[m.Name] = true
		c.List = append(c.List, model.Committee{Name: m.Name, Members: fc.count(field+".members", m.Members), Chair: m.Chair, Basis: m.Basis, Note: m.Note})
	}
	fc.checkStated("committees.total", cf.Total, len(c.List), "the committees listed")
	return c
}

func (fc *fileCtx) laws(lf *lawsFile) *model.Laws {
	l := &model.Laws{}
	for i, k := range lf.Kinds {
		field := fmt.Sprintf("laws.kinds[%d]", i+1)
		lk := model.LawKind{Kind: k.Kind, Titles: k.Titles}
		switch {
		case k.Count == nil && len(k.Titles) == 0:
			fc.errorf(field, "give count or titles for %q", k.Kind)
		case k.Count == nil:
			lk.Count = len(k.Titles)
		default:
			lk.Count = fc.count(field+".count", k.Count)
			if len(k.Titles) > 0 && len(k.Titles) != lk.Count {
				fc.errorf(field+".count", "%d titles are listed but count is %d", len(k.Titles), lk.Count)
			}
		}
		l.Total += lk.Count
		l.Kinds = append(l.Kinds, lk)
	}
	fc.checkStated("laws.total", lf.Total, l.Total, "the kinds' counts")
	return l
}
