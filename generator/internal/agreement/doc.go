// Package agreement holds the test that the site, the PDF and the diff
// present each node of a plan's document (package document) as the
// document states it: the page shows it under its data-node id, the PDF's
// text holds it, and the diff names it with the same label and wording
// when it changes. It has no code of its own.
package agreement
