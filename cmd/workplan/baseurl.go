package main

import (
	"flag"
	"fmt"
	"io"

	"workplan/generator"
)

// baseURLArg is the -base-url flag of build and serve.
type baseURLArg struct {
	fs  *flag.FlagSet
	url *string
}

func baseURLFlag(fs *flag.FlagSet) baseURLArg {
	return baseURLArg{fs, fs.String("base-url", "", "publish under this absolute `URL` for this run, instead of site.yaml's base_url (staging, production)")}
}

// value is the checked address ("" when the flag was not given), or false
// after saying what is wrong: an address given, even an empty one, must be
// absolute.
func (a baseURLArg) value(stderr io.Writer) (string, bool) {
	given := false
	a.fs.Visit(func(f *flag.Flag) { given = given || f.Name == "base-url" })
	if !given {
		return "", true
	}
	u, err := generator.BaseURL(*a.url)
	if err != nil {
		fmt.Fprintf(stderr, "%s: -base-url: %v\n", a.fs.Name(), err)
		return "", false
	}
	return u, true
}
