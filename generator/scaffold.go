package generator

import (
	"fmt"

	"workplan/generator/internal/scaffold"
)

// NewPlanResult is what starting next year's plan wrote.
type NewPlanResult = scaffold.Result

// NewPlan starts a plan from the plan folder from: year 0 means the year
// after from's, to "" the same department under the new year.
func NewPlan(from, to string, year int) (*NewPlanResult, int, error) {
	fromYear, err := scaffold.YearOf(from)
	if err != nil {
		return nil, 0, err
	}
	if year == 0 {
		year = fromYear + 1
	}
	if year <= fromYear {
		return nil, fromYear, &UsageError{fmt.Sprintf("-year %d is not after the plan's year %d", year, fromYear)}
	}
	if to == "" {
		to = scaffold.SiblingFor(from, fromYear, year)
	}
	r, err := scaffold.NextYear(from, to, fromYear, year)
	return r, fromYear, err
}

// UsageError is an error in how a command was called (exit status 2), as
// opposed to a problem found in the content (exit status 1).
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }
