package diff

import (
	"fmt"
	"strings"

	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/numfmt"
)

func (c *comparer) status(w []string, o, n *model.Status) {
	if o == nil {
		o = &model.Status{}
	}
	if n == nil {
		n = &model.Status{}
	}
	c.lines(at(w, "조직"), orgLines(o.Organisation), orgLines(n.Organisation))
	c.headcount(at(w, "인력현황"), o.Headcount, n.Headcount)
	c.accounts(at(w, "예산현황"), o.Budget, n.Budget)
	c.lines(at(w, "위원회"), committeeLines(o.Committees), committeeLines(n.Committees))
	c.laws(at(w, "자치법규"), o.Laws, n.Laws)
}

func orgLines(o *model.Organisation) []string {
	if o == nil {
		return nil
	}
	var out []string
	var walk func(us []*model.OrgUnit, prefix string)
	walk = func(us []*model.OrgUnit, prefix string) {
		for _, u := range us {
			line := prefix + u.Name
			if u.Role != "" {
				line += " (" + u.Role + ")"
			}
			out = append(out, line)
			walk(u.Units, prefix+u.Name+" › ")
		}
	}
	walk(o.Units, "")
	if o.Note != "" {
		out = append(out, "※ "+o.Note)
	}
	return out
}

func (c *comparer) headcount(w []string, o, n *model.Headcount) {
	if o == nil {
		o = &model.Headcount{}
	}
	if n == nil {
		n = &model.Headcount{}
	}
	c.count(at(w, "정원 계"), o.Quota, n.Quota, "명")
	c.count(at(w, "현원 계"), o.Current, n.Current, "명")
	og := map[string]model.GradeCount{}
	for _, g := range o.Grades {
		og[g.Grade] = g
	}
	ng := map[string]bool{}
	for _, g := range n.Grades {
		ng[g.Grade] = true
		old, ok := og[g.Grade]
		if !ok {
			c.add(at(w, g.Grade), Added, "", gradeText(g))
			continue
		}
		c.count(at(w, g.Grade, "정원"), old.Quota, g.Quota, "명")
		c.count(at(w, g.Grade, "현원"), old.Current, g.Current, "명")
		c.text(at(w, g.Grade, "비고"), old.Note, g.Note)
	}
	for _, g := range o.Grades {
		if !ng[g.Grade] {
			c.add(at(w, g.Grade), Removed, gradeText(g), "")
		}
	}
	c.lines(at(w, "비고"), o.Notes, n.Notes)
}

func gradeText(g model.GradeCount) string {
	return fmt.Sprintf("정원 %d명, 현원 %d명", g.Quota, g.Current)
}

// accountRows flattens accounts into "일반회계", "특별회계 › 문화시설특별회계".
func accountRows(as []*model.Account, prefix string, out map[string]*model.Account, order *[]string) {
	for _, a := range as {
		name := prefix + a.Name
		out[name] = a
		*order = append(*order, name)
		accountRows(a.Accounts, name+" › ", out, order)
	}
}

func (c *comparer) accounts(w []string, o, n *model.AccountBudget) {
	switch {
	case o == nil && n == nil:
		return
	case o == nil:
		c.add(w, Added, "", n.Label+" "+n.Total.Format(n.Unit))
		return
	case n == nil:
		c.add(w, Removed, o.Label+" "+o.Total.Format(o.Unit), "")
		return
	}
	u := n.Unit
	c.text(at(w, "구분"), o.Label, n.Label)
	c.money(at(w, "합계"), o.Total, n.Total, u)
	om, nm := map[string]*model.Account{}, map[string]*model.Account{}
	var oorder, norder []string
	accountRows(o.Accounts, "", om, &oorder)
	accountRows(n.Accounts, "", nm, &norder)
	for _, name := range norder {
		na, oa := nm[name], om[name]
		switch {
		case oa == nil:
			c.add(at(w, name), Added, "", accountText(na, u))
		case oa.None != na.None:
			c.text(at(w, name), accountText(oa, u), accountText(na, u))
		default:
			c.money(at(w, name), oa.Amount, na.Amount, u)
		}
	}
	for _, name := range oorder {
		if nm[name] == nil {
			c.add(at(w, name), Removed, accountText(om[name], u), "")
		}
	}
}

func accountText(a *model.Account, u money.Unit) string {
	if a.None {
		return "-"
	}
	return a.Amount.Format(u)
}

func committeeLines(cs *model.Committees) []string {
	if cs == nil {
		return nil
	}
	var out []string
	for _, m := range cs.List {
		var parts []string
		if m.Members > 0 {
			parts = append(parts, fmt.Sprintf("위원 %d명", m.Members))
		}
		if m.Chair != "" {
			parts = append(parts, "위원장 "+m.Chair)
		}
		if m.Basis != "" {
			parts = append(parts, m.Basis)
		}
		if len(parts) > 0 {
			out = append(out, m.Name+" ("+strings.Join(parts, ", ")+")")
		} else {
			out = append(out, m.Name)
		}
	}
	return out
}

func (c *comparer) laws(w []string, o, n *model.Laws) {
	if o == nil {
		o = &model.Laws{}
	}
	if n == nil {
		n = &model.Laws{}
	}
	c.count(at(w, "계"), o.Total, n.Total, "건")
	ok := map[string]model.LawKind{}
	for _, k := range o.Kinds {
		ok[k.Kind] = k
	}
	seen := map[string]bool{}
	for _, k := range n.Kinds {
		seen[k.Kind] = true
		old, found := ok[k.Kind]
		if !found {
			c.add(at(w, k.Kind), Added, "", numfmt.Int(int64(k.Count))+"건")
			continue
		}
		c.count(at(w, k.Kind), old.Count, k.Count, "건")
		c.lines(at(w, k.Kind, "목록"), old.Titles, k.Titles)
	}
	for _, k := range o.Kinds {
		if !seen[k.Kind] {
			c.add(at(w, k.Kind), Removed, numfmt.Int(int64(k.Count))+"건", "")
		}
	}
}
