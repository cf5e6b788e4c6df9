package load

import (
	"fmt"

	"workplan/generator/internal/i18n"
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
)

// refFile checks that a file referenced from a plan is used once only.
func (fc *fileCtx) refFile(st *planState, field, rel string) bool {
	if first, ok := st.files[rel]; ok {
		fc.errorf(field, i18n.FileUsedTwice, fc.ld.display(rel), first)
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
		fc.errorf(field, i18n.StatusTwice)
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
			sc.errorf("organisation", i18n.OrgEmpty)
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
	h := &model.Headcount{Notes: hf.Notes, Shortfall: hf.Shortfall}
	fc.markPrinted("headcount", hf.AsPrinted)
	seen := map[string]bool{}
	quota := fc.countTotal(i18n.M(i18n.SumQuota))
	current := fc.countTotal(i18n.M(i18n.SumCurrent))
	for i, g := range hf.Grades {
		field := fmt.Sprintf("headcount.grades[%d]", i+1)
		if seen[g.Grade] {
			fc.errorf(field+".grade", i18n.GradeTwice, g.Grade)
		}
		seen[g.Grade] = true
		gc := model.GradeCount{Grade: g.Grade, Note: g.Note,
			Quota: fc.count(field+".quota", g.Quota), Current: fc.count(field+".current", g.Current)}
		quota.add(field, field+".quota", int64(gc.Quota))
		current.add(field, field+".current", int64(gc.Current))
		h.Grades = append(h.Grades, gc)
	}
	q, _ := quota.value()
	c, _ := current.value()
	h.Quota, h.Current = int(q), int(c)
	if hf.Total != nil {
		quota.checkCount("headcount.total.quota", hf.Total.Quota)
		current.checkCount("headcount.total.current", hf.Total.Current)
		if hf.AsPrinted {
			h.Quota, h.Current = printedCount(hf.Total.Quota, h.Quota), printedCount(hf.Total.Current, h.Current)
		}
	}
	return h
}

func (fc *fileCtx) accounts(af *accountsFile) *model.AccountBudget {
	u, err := money.ParseUnit(af.Unit)
	if err != nil {
		fc.fail("budget.unit", err)
		return nil
	}
	b := &model.AccountBudget{Unit: u, Label: af.Label, PrevLabel: af.PrevLabel, AsPrinted: af.AsPrinted}
	fc.markPrinted("budget", af.AsPrinted)
	b.Accounts = fc.accountList("budget.accounts", af.Accounts, u, b)
	sum, psum := fc.amountTotal(i18n.M(i18n.SumAccounts), u), fc.amountTotal(i18n.M(i18n.SumAccountsPrev), u)
	for i, a := range b.Accounts {
		f := fmt.Sprintf("budget.accounts[%d]", i+1)
		sum.add(f, f+".amount", int64(a.Amount))
		psum.add(f, f+".previous", int64(a.Previous))
	}
	t, _ := sum.value()
	pt, _ := psum.value()
	b.Total, b.PrevTotal = money.Amount(t), money.Amount(pt)
	if af.Total != nil {
		if t, ok := fc.amount("budget.total", af.Total, u); ok {
			sum.check("budget.total", int64(t))
			if af.AsPrinted {
				b.Total = t
			}
		}
	}
	if b.HasPrevious {
		if b.PrevLabel == "" {
			fc.errorf("budget.previous_label", i18n.PreviousLabel, fc.year-1)
		}
		if af.PrevTotal != nil {
			if t, ok := fc.amount("budget.previous_total", af.PrevTotal, u); ok {
				psum.check("budget.previous_total", int64(t))
				if af.AsPrinted {
					b.PrevTotal = t
				}
			}
		}
		b.Change = b.Total - b.PrevTotal
		b.ChangeBP, b.HasRate = fc.changeRate("budget.previous_total", b.Change, b.PrevTotal)
		b.RatePrinted = fc.printedRate("budget.rate", af.Rate, b.ChangeBP, b.HasRate)
	} else if af.Rate != nil {
		fc.errorf("budget.rate", i18n.RateNoPrevious)
	} else if af.PrevTotal != nil {
		fc.errorf("budget.previous_total", i18n.PrevTotalNoPrevious)
	}
	return b
}

// changeRate is the rate of change over prev and whether it can be shown:
// not over a base of 0, nor when it is too large for a table (a change of
// more than 10^13 percent over a base of a few won).
func (fc *fileCtx) changeRate(field string, change, prev money.Amount) (int64, bool) {
	if prev == 0 {
		return 0, false
	}
	bp, ok := money.RateBPChecked(change, prev)
	if !ok {
		fc.warnf(field, i18n.RateTooLarge, prev.Format(money.Won))
	}
	return bp, ok
}

// printedRate is a 증감률 as printed, which wins over the computed one;
// check warns when the two differ by more than the printed rounding.
func (fc *fileCtx) printedRate(field string, r *rateText, bp int64, ok bool) string {
	if r == nil {
		return ""
	}
	if d := r.bp - bp; ok && (d > r.tolBP || -d > r.tolBP) {
		fc.warnf(field, i18n.RateDiffers, r.text, numfmt.DeltaRate(bp))
	}
	return r.text
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
			sum := fc.amountTotal(i18n.M(i18n.SumSubAccounts), u)
			psum := fc.amountTotal(i18n.M(i18n.SumSubAccountsPrev), u)
			anyPrev := false
			for j, c := range a.Accounts {
				cf := fmt.Sprintf("%s.accounts[%d]", f, j+1)
				sum.add(cf, cf+".amount", int64(c.Amount))
				psum.add(cf, cf+".previous", int64(c.Previous))
				anyPrev = anyPrev || !c.PrevNone
			}
			if hasAmount {
				sum.check(f+".amount", int64(amount))
			}
			if hasPrev {
				psum.check(f+".previous", int64(prev))
			}
			s, _ := sum.value()
			ps, _ := psum.value()
			// A stated figure marked as printed stands; else the sum.
			if !hasAmount || !fc.isPrinted(f+".amount") {
				amount, hasAmount = money.Amount(s), true
			}
			if !hasPrev || !fc.isPrinted(f+".previous") {
				prev, hasPrev = money.Amount(ps), anyPrev
			}
		}
		a.Amount, a.None = amount, !hasAmount
		a.Previous, a.PrevNone = prev, !hasPrev
		if hasPrev {
			b.HasPrevious = true
			a.Change = a.Amount - a.Previous
			a.ChangeBP, a.HasRate = fc.changeRate(f+".previous", a.Change, a.Previous)
			a.RatePrinted = fc.printedRate(f+".rate", af.Rate, a.ChangeBP, a.HasRate)
		} else if af.Rate != nil {
			fc.errorf(f+".rate", i18n.AccountRateNoPrevious)
		}
		out = append(out, a)
	}
	return out
}

func (fc *fileCtx) committees(cf *committeesFile) *model.Committees {
	c := &model.Committees{}
	seen := map[string]bool{}
	listed := fc.countTotal(i18n.M(i18n.SumCommittees))
	for i, m := range cf.List {
		field := fmt.Sprintf("committees.list[%d]", i+1)
		if seen[m.Name] {
			fc.errorf(field+".name", i18n.CommitteeTwice, m.Name)
		}
		seen[m.Name] = true
		listed.add(field, field, 1)
		c.List = append(c.List, model.Committee{Name: m.Name, Members: fc.count(field+".members", m.Members), Chair: m.Chair, Basis: m.Basis, Note: m.Note})
	}
	listed.checkCount("committees.total", cf.Total)
	return c
}

func (fc *fileCtx) laws(lf *lawsFile) *model.Laws {
	l := &model.Laws{}
	sum := fc.countTotal(i18n.M(i18n.SumKinds))
	for i, k := range lf.Kinds {
		field := fmt.Sprintf("laws.kinds[%d]", i+1)
		lk := model.LawKind{Kind: k.Kind, Titles: k.Titles}
		switch {
		case k.Count == nil && len(k.Titles) == 0:
			fc.errorf(field, i18n.CountOrTitles, k.Kind)
		case k.Count == nil:
			lk.Count = len(k.Titles)
		default:
			lk.Count = fc.count(field+".count", k.Count)
			if len(k.Titles) > 0 && len(k.Titles) != lk.Count && !fc.pos.Failed(field+".count") {
				fc.errorf(field+".count", i18n.TitlesCount, len(k.Titles), lk.Count)
			}
		}
		at := field + ".count"
		if k.Count == nil {
			at = field + ".titles"
		}
		sum.add(field, at, int64(lk.Count))
		l.Kinds = append(l.Kinds, lk)
	}
	n, _ := sum.value()
	l.Total = int(n)
	sum.checkCount("laws.total", lf.Total)
	return l
}
