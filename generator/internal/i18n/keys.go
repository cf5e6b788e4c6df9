package i18n

// The messages. Each is in every catalogue (TestCatalogues).
const (
	// Counts: %d is the count.
	Errors   Key = "errors"
	Warnings Key = "warnings"
	Plans    Key = "plans"
	Items    Key = "items"
	PDFs     Key = "pdfs"

	// CheckFailed: %s the content folder, then the errors and warnings counts as written by N.
	CheckFailed Key = "check.failed"
	// CheckOK: %s the content folder, then plans, items and warnings.
	CheckOK Key = "check.ok"
	// NothingWritten: %s the output folder.
	NothingWritten Key = "build.nothing-written"
	// Built: the content folder, the plans, the output folder, the PDFs.
	Built Key = "build.done"
	// ServeBroken: the errors count; the preview shows them instead of pages.
	ServeBroken Key = "serve.broken"
	// ServeBuilt: the plans count, the milliseconds.
	ServeBuilt Key = "serve.built"
	// The preview's page while the content is broken: its title, heading,
	// the errors and warnings (as written by N), and how it recovers.
	ErrorPageTitle   Key = "serve.page.title"
	ErrorPageHeading Key = "serve.page.heading"
	ErrorPageCounts  Key = "serve.page.counts"
	ErrorPageHint    Key = "serve.page.hint"
)

// keys lists every Key, for the catalogue test.
var keys = []Key{Errors, Warnings, Plans, Items, PDFs, CheckFailed, CheckOK, NothingWritten, Built, ServeBroken, ServeBuilt,
	ErrorPageTitle, ErrorPageHeading, ErrorPageCounts, ErrorPageHint}
