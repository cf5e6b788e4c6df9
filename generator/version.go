package generator

import (
	"runtime"
	"runtime/debug"

	"workplan/generator/internal/assets"
)

// VersionInfo is what `workplan version` prints.
type VersionInfo struct {
	Tool string // the module version, the VCS revision (with "+modified"), or "devel"
	Go   string // the Go toolchain that built the binary
	// Assets are the chart runtime and web font versions inside the
	// binary; AssetsErr says why the chart runtime is missing when the
	// binary was built without it (the font fields are set even then).
	Assets    assets.Versions
	AssetsErr error
}

// Version reports the versions of the running binary and of what it embeds.
func Version() VersionInfo {
	bi, _ := debug.ReadBuildInfo()
	v := VersionInfo{Tool: toolVersion(bi), Go: runtime.Version()}
	v.Assets, v.AssetsErr = assets.Info()
	return v
}

// toolVersion is the binary's version from its build information: the
// module version when it was built from a tagged module (go install
// workplan@v1.2.0, or go build in a checkout, which stamps a version
// derived from the VCS), else the VCS revision, else "devel" (go run,
// tests).
func toolVersion(bi *debug.BuildInfo) string {
	if bi == nil {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+modified"
			}
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return rev + modified
}

// ErrAssetsNotEmbedded is wrapped by VersionInfo.AssetsErr (and by a
// build's error) when the binary was built without the chart runtime;
// AssetsSetupCommand makes it before the binary is built again.
var ErrAssetsNotEmbedded = assets.ErrNotEmbedded

const AssetsSetupCommand = assets.SetupCommand
