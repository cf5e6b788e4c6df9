package i18n

var en = map[Key]message{
	Errors:         {"%d errors", "%d error"},
	Warnings:       {"%d warnings", "%d warning"},
	Plans:          {"%d plans", "%d plan"},
	Items:          {"%d items", "%d item"},
	PDFs:           {"%d PDFs", "%d PDF"},
	CheckFailed:    {"%s: %s, %s", ""},
	CheckOK:        {"%s: ok, %s, %s, %s", ""},
	NothingWritten: {"workplan build: nothing written; %s is as it was", ""},
	Built:          {"%s: %s → %s/site/index.html and %s", ""},
	ServeBroken:    {"content has %d errors; showing them in the browser", "content has %d error; showing it in the browser"},
	ServeBuilt:     {"built %d plans in %d ms", "built %d plan in %d ms"},

	ErrorPageTitle:   {"Content errors - workplan", ""},
	ErrorPageHeading: {"The content has errors; the pages cannot be built", ""},
	ErrorPageCounts:  {"%s, %s", ""},
	ErrorPageHint:    {"Fix the files and save: this page changes by itself.", ""},
}
