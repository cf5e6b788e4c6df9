package diff

// Mark says how a piece of a 신구대조표 side is shown: as it stands,
// struck through (deleted) or underlined (inserted).
type Mark int

const (
	Same Mark = iota
	Deleted
	Inserted
)

// Piece is one run of text on a side of the 신구대조표, with its mark.
type Piece struct {
	Text string
	Mark Mark
}

// Sides is what the change shows under 현행 and 변경안, and its 비고: the
// one wording every 신구대조표 (PDF, HWPX) styles. A changed sentence
// shows its words, with plain spaces between them, so that the marks
// cover the changed words only.
func (c Change) Sides() (old, new []Piece, note string) {
	whole := func() {
		if c.Old != "" {
			old = []Piece{{c.Old, Deleted}}
		}
		if c.New != "" {
			new = []Piece{{c.New, Inserted}}
		}
	}
	word := func(side []Piece, p Piece) []Piece {
		if len(side) > 0 {
			side = append(side, Piece{" ", Same})
		}
		return append(side, p)
	}
	switch {
	case c.Kind == Added:
		new, note = []Piece{{c.New, Inserted}}, kindWord[Added]
	case c.Kind == Removed:
		old, note = []Piece{{c.Old, Deleted}}, kindWord[Removed]
	case c.Kind == Renamed:
		whole()
		note = kindWord[Renamed]
	case c.Figure():
		whole()
		note = c.Delta
	case len(c.Words) == 0:
		whole()
		note = kindWord[Changed]
	default:
		for _, op := range c.Words {
			switch op.Kind {
			case '=':
				old, new = word(old, Piece{op.Text, Same}), word(new, Piece{op.Text, Same})
			case '-':
				old = word(old, Piece{op.Text, Deleted})
			case '+':
				new = word(new, Piece{op.Text, Inserted})
			}
		}
		note = kindWord[Changed]
	}
	return old, new, note
}
