package document

import (
	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
)

// Derived summaries (the chapter-opening "주요사업: 총 N개 사업, 소요예산 X"
// and its chart, the site's 주요사업 and 사업 예산 합계 cards) are figures the
// source does not print. They appear only where the plan asks for them, and
// only when they add like with like.

// asksItemBudgets reports whether the plan asks for the chapter-opening
// count and sum of its items' budgets. Until plan.yaml's summaries: switch
// reaches the model (/work/notes/h12-handoff.md), no plan asks.
var asksItemBudgets = func(p *model.Plan) bool { return false }

// asksFacts reports whether the plan asks for the site's derived cards.
var asksFacts = func(p *model.Plan) bool { return false }

// privateSources name money that is not public: a sum of budgets counts
// public money only, so a budget naming one of them is not summed.
var privateSources = map[string]bool{
	"민자": true, "민간": true, "민간자본": true, "민간투자": true, "비재정": true, "자부담": true,
}

// budgetSum is the sum of the items' budgets when it adds like with like:
// each item once, every budget in one unit (never converted), none naming
// private money. ok is false when there is nothing to add or the figures
// are not alike; n counts the items summed.
func budgetSum(p *model.Plan) (sum money.Amount, u money.Unit, n int, ok bool) {
	seen := map[*model.Item]bool{}
	for _, it := range p.Items {
		if it.Budget == nil || seen[it] {
			continue
		}
		seen[it] = true
		bu := it.Budget
		if n > 0 && bu.Unit != u {
			return 0, 0, 0, false
		}
		for _, s := range bu.Sources {
			if privateSources[s.Name] {
				return 0, 0, 0, false
			}
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
