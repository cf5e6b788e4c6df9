package document

import (
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// Derived summaries (the chapter-opening "주요사업: 총 N개 사업, 소요예산 X"
// and its chart, the site's 주요사업 and 사업 예산 합계 cards) are figures the
// source does not print. They appear only where the plan asks for them, and
// only when they add like with like.

// asksItemBudgets reports whether the plan asks (plan.yaml summaries:
// item-budgets) for the chapter-opening count and sum of its items'
// budgets. A variable so tests can ask without a plan file.
var asksItemBudgets = func(p *model.Plan) bool { return p.Summaries.ItemBudgets }

// asksFacts reports whether the plan asks (summaries: facts) for the
// site's derived cards.
var asksFacts = func(p *model.Plan) bool { return p.Summaries.Facts }

// budgetSum is the sum of the items' one-year budgets when it adds like
// with like: each item once, its first budget of one year (a 총사업비 is
// another kind of figure and not added), every budget in one unit (never
// converted), none with private money (민자, 비재정 …). ok is false when
// there is nothing to add or the figures are not alike; n counts the
// items summed.
func budgetSum(p *model.Plan) (sum money.Amount, u money.Unit, n int, ok bool) {
	seen := map[*model.Item]bool{}
	for _, it := range p.Items {
		if seen[it] {
			continue
		}
		seen[it] = true
		bu := yearBudget(it)
		if bu == nil {
			continue
		}
		if n > 0 && bu.Unit != u || !bu.Public() {
			return 0, 0, 0, false
		}
		s, fits := money.Add(sum, bu.Total)
		if !fits {
			return 0, 0, 0, false
		}
		sum, u, n = s, bu.Unit, n+1
	}
	return sum, u, n, n > 0
}

// AsksFacts reports whether the plan asks for the derived cards (주요사업
// count, 사업 예산 합계): the site's plan-wide count honours it too.
func AsksFacts(p *model.Plan) bool { return asksFacts(p) }

// yearBudget is the item's first budget of one year, nil when it states none.
func yearBudget(it *model.Item) *model.Budget {
	for _, b := range it.AllBudgets() {
		if b.Kind == model.BudgetYear {
			return b
		}
	}
	return nil
}

// summedPlan is p as the chart of item budgets should see it: each item with
// only the budget budgetSum added, and that sum, so the chart compares the
// same figures the summary line adds.
func summedPlan(p *model.Plan, sum money.Amount) *model.Plan {
	q := *p
	q.Items = nil
	for _, it := range p.Items {
		c := *it
		c.Budget = yearBudget(it)
		c.Budgets = nil
		q.Items = append(q.Items, &c)
	}
	q.ItemBudget = sum
	return &q
}

// ItemBudgetSum is the derived sum of the items' one-year budgets, as the
// chapter-opening summary line adds it, for outputs that carry figures
// rather than wording (open data): ok only when the plan asks for
// item-budget summaries and the budgets add like with like.
func ItemBudgetSum(p *model.Plan) (sum money.Amount, u money.Unit, n int, ok bool) {
	if !asksItemBudgets(p) {
		return 0, 0, 0, false
	}
	return budgetSum(p)
}
