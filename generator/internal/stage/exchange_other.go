//go:build !linux

package stage

import "errors"

var errNoExchange = errors.New("no atomic exchange here")

// exchange is not available: Commit falls back to two renames.
func exchange(a, b string) error { return errNoExchange }
