package generator

import "workplan/generator/internal/scaffold"

// InitOptions and InitResult describe starting a district's content
// repository.
type (
	InitOptions = scaffold.InitOptions
	InitResult  = scaffold.InitResult
)

// Init starts a district's content repository in dir (new or empty): site
// settings, .gitattributes, a CI workflow running check, diff and build,
// a README, and a first plan to fill in that passes Check.
func Init(dir string, opt InitOptions) (*InitResult, error) { return scaffold.Init(dir, opt) }
