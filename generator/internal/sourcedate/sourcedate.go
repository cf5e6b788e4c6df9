// Package sourcedate reads SOURCE_DATE_EPOCH, the reproducible-builds
// convention for the date a build stamps into its outputs (PDF creation
// dates, the open data's 등록일). It is parsed once, by the command, and
// passed to the build in its options.
package sourcedate

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// Var is the environment variable's name.
const Var = "SOURCE_DATE_EPOCH"

// Max is the last second a PDF date can hold: its year has four digits.
var Max = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)

// Parse reads a SOURCE_DATE_EPOCH value: decimal seconds since
// 1970-01-01 UTC, no sign, no fraction, at most the end of year 9999. An
// empty value means unset: the zero time and set false.
func Parse(v string) (t time.Time, set bool, err error) {
	if v == "" {
		return time.Time{}, false, nil
	}
	for _, c := range v {
		if c < '0' || c > '9' {
			return time.Time{}, false, fmt.Errorf("%s=%q is not a whole number of seconds since 1970-01-01 UTC (digits only); for the last commit's date use %s=$(git log -1 --format=%%ct)", Var, v, Var)
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n > Max.Unix() {
		return time.Time{}, false, fmt.Errorf("%s=%q is past the end of year 9999 (the latest date a PDF can hold is %d); for the last commit's date use %s=$(git log -1 --format=%%ct)", Var, v, Max.Unix(), Var)
	}
	return time.Unix(n, 0).UTC(), true, nil
}

// FromEnv parses the environment's SOURCE_DATE_EPOCH.
func FromEnv() (time.Time, bool, error) { return Parse(os.Getenv(Var)) }
