package document

import (
	"fmt"
	"slices"

	"workplan/generator/internal/model"
)

// Continuation marks an item that continues an item of the department's
// previous plan (계속사업), matched as the diff matches items
// (MatchItems): by number and title, then title, then number.
type Continuation struct {
	Mark string // the badge: "계속"
	// Text says what it continues, for readers and screen readers:
	// "2024년 계획 1-1. 생활문화센터 확충에서 계속".
	Text   string
	Year   int    // the previous plan's year
	Path   string // the previous plan's path under the site root: "2024/culture/"
	ItemID string // the previous item's anchor in that plan: "item-1-1"
}

// continuityMark is the badge of a continuing item, the word Korean plans
// set against 신규 (계속사업).
const continuityMark = "계속"

// previousPlan is the department's newest plan of an earlier year than
// p's in s, nil when there is none.
func previousPlan(s *model.Site, p *model.Plan) *model.Plan {
	var prev *model.Plan
	for _, q := range s.Plans {
		if q.Department.Slug == p.Department.Slug && q.Year < p.Year && (prev == nil || q.Year > prev.Year) {
			prev = q
		}
	}
	return prev
}

// continuations finds, for each item of p, the item of the department's
// previous plan it continues. An item the plan itself tags 신규 or 계속
// takes no mark: the plan's own word stands.
func continuations(s *model.Site, p *model.Plan) map[*model.Item]*Continuation {
	prev := previousPlan(s, p)
	if prev == nil || len(prev.Items) == 0 {
		return nil
	}
	oldOf := MatchItems(modelItemKeys(prev.Items), modelItemKeys(p.Items))
	out := map[*model.Item]*Continuation{}
	for j, it := range p.Items {
		i := oldOf[j]
		if i < 0 || slices.Contains(it.Tags, "신규") || slices.Contains(it.Tags, continuityMark) {
			continue
		}
		o := prev.Items[i]
		out[it] = &Continuation{
			Mark:   continuityMark,
			Text:   fmt.Sprintf("%d년 계획 %s에서 계속", prev.Year, itemLabel(o)),
			Year:   prev.Year,
			Path:   prev.Path,
			ItemID: o.Anchor,
		}
	}
	return out
}

func modelItemKeys(its []*model.Item) []ItemKey {
	out := make([]ItemKey, len(its))
	for i, it := range its {
		out[i] = ItemKey{Number: itemNumber(it), Title: it.Title}
	}
	return out
}
