package diff

import "strings"

// Op is one step of an edit script.
type Op struct {
	Kind byte   // '=' kept, '-' removed, '+' added
	Text string // a word (with the space before it) or a whole line
}

// lcs returns the edit script that turns a into b, keeping the longest
// common subsequence. Inputs are bounded by the callers (lines of one
// item, words of one paragraph), so the quadratic table is small.
func lcs(a, b []string) []Op {
	const limit = 4000
	if len(a) > limit || len(b) > limit {
		// Too long to align: replace wholesale rather than use quadratic memory.
		var ops []Op
		for _, s := range a {
			ops = append(ops, Op{'-', s})
		}
		for _, s := range b {
			ops = append(ops, Op{'+', s})
		}
		return ops
	}
	n, m := len(a), len(b)
	t := make([][]int32, n+1)
	for i := range t {
		t[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var ops []Op
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			ops = append(ops, Op{'=', a[i]})
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			ops = append(ops, Op{'-', a[i]})
			i++
		default:
			ops = append(ops, Op{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		ops = append(ops, Op{'-', a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, Op{'+', b[j]})
	}
	return ops
}

// Words aligns two texts word by word (어절, split at spaces).
func Words(old, new string) []Op {
	ops := lcs(strings.Fields(old), strings.Fields(new))
	return mergeRuns(ops)
}

// mergeRuns joins neighbouring words of the same kind into one op, with
// single spaces between words.
func mergeRuns(ops []Op) []Op {
	var out []Op
	for _, o := range ops {
		if len(out) > 0 && out[len(out)-1].Kind == o.Kind {
			out[len(out)-1].Text += " " + o.Text
			continue
		}
		out = append(out, o)
	}
	return out
}

// Context shortens long unchanged runs to the few words next to a change,
// so a one-word edit in a long sentence reads at a glance.
func Context(ops []Op, keep int) []Op {
	out := make([]Op, 0, len(ops))
	for i, o := range ops {
		if o.Kind != '=' {
			out = append(out, o)
			continue
		}
		words := strings.Fields(o.Text)
		if len(words) <= 2*keep+1 {
			out = append(out, o)
			continue
		}
		var parts []string
		if i > 0 {
			parts = append(parts, words[:keep]...)
		}
		parts = append(parts, "…")
		if i < len(ops)-1 {
			parts = append(parts, words[len(words)-keep:]...)
		}
		out = append(out, Op{'=', strings.Join(parts, " ")})
	}
	return out
}
