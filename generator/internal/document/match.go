package document

// ItemKey is what identifies an item across two versions of a plan, or a
// department's plans of two years: its number as printed ("1-5.") and its
// title.
type ItemKey struct {
	Number, Title string
}

// MatchItems pairs the items old and new (each in reading order) as the
// diff and the continuity mark both pair them: the same number and title,
// then the same title under a new number (renumbered), then the same
// number under a new title. It returns, for each new item, the index of
// its old item, or -1 for an item with none. Each old item pairs at most
// once, with the first new item left unpaired that fits.
func MatchItems(old, new []ItemKey) []int {
	oldOf := make([]int, len(new))
	for i := range oldOf {
		oldOf[i] = -1
	}
	paired := make([]bool, len(old))
	match := func(ok func(o, n ItemKey) bool) {
		for i, o := range old {
			if paired[i] {
				continue
			}
			for j, n := range new {
				if oldOf[j] < 0 && ok(o, n) {
					oldOf[j], paired[i] = i, true
					break
				}
			}
		}
	}
	match(func(o, n ItemKey) bool { return o.Number == n.Number && o.Title == n.Title })
	match(func(o, n ItemKey) bool { return o.Title == n.Title })
	match(func(o, n ItemKey) bool { return o.Number == n.Number })
	return oldOf
}
