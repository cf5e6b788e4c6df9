// Command gen writes a synthetic district for benchmarks: site.yaml and
// <year>/<department>/ plan folders (plan.yaml, status.yaml, items/*.yaml,
// some Markdown) of realistic, deterministic plans that pass
// `workplan check`, with an organisation chart (국/실, 상임위원회) and a
// few draft plans for the year after the last.
//
//	go run ./bench/gen -depts 41 -years 5 -out /tmp/district
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"workplan/bench/synth"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	depts := flag.Int("depts", 41, "number of departments")
	years := flag.Int("years", 5, "years of plans per department")
	last := flag.Int("last-year", 2025, "the newest plan year")
	drafts := flag.Int("drafts", 3, "departments that also have a draft plan for the year after -last-year")
	noOrg := flag.Bool("no-organisation", false, "write no organisation chart into site.yaml (a build then makes no council books)")
	seed := flag.Uint64("seed", 1, "random seed; the same seed writes the same files")
	out := flag.String("out", "", "folder to write the content tree into (must not exist or be empty)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		log.Fatalf("%s is not empty", *out)
	}
	st, err := synth.Generate(*out, synth.Options{Depts: *depts, Years: *years, LastYear: *last, Seed: *seed, Drafts: *drafts, NoOrganisation: *noOrg})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d plans, %d drafts, %d items, %d files\n", *out, st.Plans, st.Drafts, st.Items, st.Files)
}
