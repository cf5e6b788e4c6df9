// Command gen bundles the site's ECharts runtime from the pinned npm
// packages into generator/internal/assets/files/echarts, with the licence
// and notice of ECharts and the licence of zrender, which it bundles. Run it after `npm ci --ignore-scripts`, through
// `go generate ./generator/internal/assets` or
// `go run ./generator/internal/assets/gen`, from anywhere in the module.
//
// The bundle registers only the modules listed below with echarts.use;
// assets_test checks that they cover every series type and option the
// site's charts use. esbuild comes from npm as a platform binary
// (@esbuild/<os>-<arch>), so no install script is needed.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"workplan/generator/internal/assets"
)

// modules are registered with echarts.use, by the echarts/* entry point
// that exports them. Renderer is added by -renderer.
var modules = []struct{ from, name string }{
	{"charts", "BarChart"},
	{"charts", "PieChart"},
	{"charts", "TreeChart"},
	{"components", "AriaComponent"},
	{"components", "GridComponent"},
	{"components", "LegendPlainComponent"}, // the site's legends are plain, never scroll
	{"components", "TooltipComponent"},
}

// renderers are the choices of -renderer; the site draws SVG (docs/assets.md).
var renderers = map[string]string{"svg": "SVGRenderer", "canvas": "CanvasRenderer"}

func main() {
	renderer := flag.String("renderer", "svg", "renderer to bundle: svg or canvas (the site's drawing helper needs svg)")
	out := flag.String("out", "", "output folder (default generator/internal/assets/files/echarts)")
	fonts := flag.Bool("fonts", false, "refresh the committed web fonts from node_modules/pretendard-gov instead")
	flag.Parse()
	run := run
	if *fonts {
		run = func(string, string) error {
			root, err := moduleRoot()
			if err != nil {
				return err
			}
			return copyFonts(root)
		}
	}
	if err := run(*renderer, *out); err != nil {
		fmt.Fprintln(os.Stderr, "assets/gen:", err)
		os.Exit(1)
	}
}

func run(renderer, out string) error {
	start := time.Now()
	rname, ok := renderers[renderer]
	if !ok {
		return fmt.Errorf("-renderer %q: want svg or canvas", renderer)
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	if out == "" {
		out = filepath.Join(root, "generator", "internal", "assets", "files", "echarts")
	}
	nm := filepath.Join(root, "node_modules")
	echartsVersion, err := pinned(root, "echarts")
	if err != nil {
		return err
	}
	esbuildVersion, err := pinned(root, "esbuild")
	if err != nil {
		return err
	}
	esbuild, err := esbuildBinary(nm)
	if err != nil {
		return err
	}

	b := assets.Bundle{ECharts: echartsVersion, Bundler: "esbuild " + esbuildVersion}
	var entry bytes.Buffer
	entry.WriteString("import { use, init, getInstanceByDom, dispose, version } from \"echarts/core\";\n")
	all := append(modules[:len(modules):len(modules)], struct{ from, name string }{"renderers", rname})
	for _, m := range all {
		fmt.Fprintf(&entry, "import { %s } from \"echarts/%s\";\n", m.name, m.from)
		b.Modules = append(b.Modules, m.name)
	}
	fmt.Fprintf(&entry, "use([%s]);\n", strings.Join(b.Modules, ", "))
	entry.WriteString("export { init, getInstanceByDom, dispose, version };\n")

	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	js := filepath.Join(out, filepath.Base(assets.ECharts))
	// Imports on stdin resolve from the working folder, the module root.
	cmd := exec.Command(esbuild,
		"--bundle", "--minify", "--format=iife", "--global-name=echarts",
		"--target=es2015", "--charset=utf8", "--log-level=warning",
		"--define:process.env.NODE_ENV=\"production\"",
		"--banner:js="+assets.Banner(b),
		"--sourcefile=workplan-echarts.js",
		"--outfile="+js)
	cmd.Dir = root
	cmd.Stdin = &entry
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("esbuild: %w", err)
	}
	for from, to := range map[string]string{
		"echarts/LICENSE": assets.EChartsLicense,
		"echarts/NOTICE":  assets.EChartsNotice,
		"zrender/LICENSE": assets.ZRenderLicense,
	} {
		data, err := os.ReadFile(filepath.Join(nm, filepath.FromSlash(from)))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, path.Base(to)), data, 0o644); err != nil {
			return err
		}
	}
	data, err := os.ReadFile(js)
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes, %d gzipped (echarts %s, %s, %s) in %s\n",
		filepath.ToSlash(mustRel(root, js)), len(data), gzipSize(data), b.ECharts, b.Bundler, rname, time.Since(start).Round(time.Millisecond))
	return nil
}

// moduleRoot is the folder of the workplan go.mod, found upwards from the
// working folder (go generate runs in the package's folder).
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		// A Windows checkout may have CRLF line ends.
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]) == "module workplan" {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("the workplan module's go.mod is not in the working folder or above it")
		}
		dir = parent
	}
}

// pinned returns the version of an npm package that package.json pins,
// after checking node_modules holds that exact version.
func pinned(root, name string) (string, error) {
	var pj struct {
		Dependencies    map[string]string `json:"dependencies"`
		DevDependencies map[string]string `json:"devDependencies"`
	}
	if err := readJSON(filepath.Join(root, "package.json"), &pj); err != nil {
		return "", err
	}
	want := pj.Dependencies[name]
	if want == "" {
		want = pj.DevDependencies[name]
	}
	if want == "" {
		return "", fmt.Errorf("package.json does not pin %s", name)
	}
	var got struct {
		Version string `json:"version"`
	}
	if err := readJSON(filepath.Join(root, "node_modules", name, "package.json"), &got); err != nil {
		return "", fmt.Errorf("%w: run npm ci --ignore-scripts first", err)
	}
	if got.Version != want {
		return "", fmt.Errorf("node_modules has %s %s; package.json pins %s: run npm ci --ignore-scripts", name, got.Version, want)
	}
	return want, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// esbuildBinary is the platform binary npm installs as an optional
// dependency of esbuild; it runs without esbuild's install script.
func esbuildBinary(nm string) (string, error) {
	goos := map[string]string{"windows": "win32"}[runtime.GOOS]
	if goos == "" {
		goos = runtime.GOOS
	}
	arch := map[string]string{"amd64": "x64", "386": "ia32"}[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	dir := filepath.Join(nm, "@esbuild", goos+"-"+arch)
	p := filepath.Join(dir, "bin", "esbuild")
	if runtime.GOOS == "windows" {
		p = filepath.Join(dir, "esbuild.exe")
	}
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("esbuild for %s-%s not found (%w): run npm ci --ignore-scripts", goos, arch, err)
	}
	return p, nil
}

func gzipSize(b []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Len()
}

func mustRel(base, p string) string {
	if r, err := filepath.Rel(base, p); err == nil {
		return r
	}
	return p
}
