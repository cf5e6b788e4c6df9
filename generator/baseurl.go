package generator

import (
	"fmt"

	"workplan/generator/internal/load"
)

// BaseURL checks an address given on the command line to replace
// site.yaml's base_url for one run, as the loader checks base_url: an
// absolute http(s) address with a host, no user name, query or fragment.
// It returns the address ending in "/", for BuildOptions.BaseURL and
// ServeOptions.BaseURL.
func BaseURL(s string) (string, error) {
	u, hint, err := load.CheckBaseURL(s)
	if err != nil {
		return "", &UsageError{fmt.Sprintf("%v (%s)", err, hint)}
	}
	return u, nil
}
