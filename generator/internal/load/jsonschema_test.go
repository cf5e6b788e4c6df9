package load

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// validate checks v against the subset of JSON Schema that Schema emits.
func validate(s map[string]any, defs map[string]any, v any, at string) []string {
	if ref, ok := s["$ref"].(string); ok {
		return validate(defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any), defs, v, at)
	}
	var errs []string
	if all, ok := s["allOf"].([]any); ok {
		for _, sub := range all {
			errs = append(errs, validate(sub.(map[string]any), defs, v, at)...)
		}
	}
	if any_, ok := s["anyOf"].([]any); ok {
		okOne := false
		for _, sub := range any_ {
			if len(validate(sub.(map[string]any), defs, v, at)) == 0 {
				okOne = true
			}
		}
		if !okOne {
			errs = append(errs, at+": matches none of anyOf")
		}
	}
	if enum, ok := s["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			found = found || fmt.Sprint(e) == fmt.Sprint(v)
		}
		if !found {
			errs = append(errs, fmt.Sprintf("%s: %v not in enum", at, v))
		}
	}
	switch t := s["type"].(type) {
	case string:
		errs = append(errs, checkType(t, s, defs, v, at)...)
	case []any:
		var sub []string
		for _, one := range t {
			e := checkType(one.(string), s, defs, v, at)
			if len(e) == 0 {
				sub = nil
				break
			}
			sub = e
		}
		errs = append(errs, sub...)
	}
	return errs
}

func checkType(t string, s, defs map[string]any, v any, at string) []string {
	switch t {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return []string{at + ": not an object"}
		}
		var errs []string
		props := s["properties"].(map[string]any)
		for k, val := range m {
			p, ok := props[k]
			if !ok {
				errs = append(errs, at+": unknown property "+k)
				continue
			}
			errs = append(errs, validate(p.(map[string]any), defs, val, at+"."+k)...)
		}
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := m[r.(string)]; !ok {
					errs = append(errs, at+": missing "+r.(string))
				}
			}
		}
		return errs
	case "array":
		a, ok := v.([]any)
		if !ok {
			return []string{at + ": not an array"}
		}
		var errs []string
		for i, e := range a {
			errs = append(errs, validate(s["items"].(map[string]any), defs, e, fmt.Sprintf("%s[%d]", at, i))...)
		}
		return errs
	case "string":
		str, ok := v.(string)
		if !ok {
			return []string{at + ": not a string"}
		}
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(str) {
			return []string{at + ": does not match " + p}
		}
	case "integer":
		if _, ok := v.(int); !ok {
			return []string{at + ": not an integer"}
		}
	case "number":
		switch v.(type) {
		case int, float64:
		default:
			return []string{at + ": not a number"}
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return []string{at + ": not a boolean"}
		}
	}
	return nil
}

func schemaFor(t *testing.T, kind string) (map[string]any, map[string]any) {
	b, err := Schema(kind)
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s, s["$defs"].(map[string]any)
}

func kindOf(p string) string {
	switch {
	case path.Base(p) == "site.yaml":
		return "site"
	case path.Base(p) == "plan.yaml":
		return "plan"
	case path.Base(p) == "status.yaml":
		return "status"
	}
	return "item"
}

// TestSchemaAcceptsContent validates every YAML file of the example and the
// rich fixture against the schema of its kind and against the combined one.
func TestSchemaAcceptsContent(t *testing.T) {
	all, allDefs := schemaFor(t, "")
	n := 0
	for _, root := range []string{"../../../content", "../../../testdata/rich"} {
		fs.WalkDir(os.DirFS(root), ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
				return err
			}
			data, _ := os.ReadFile(root + "/" + p)
			var v any
			if err := yaml.Unmarshal(data, &v); err != nil {
				t.Fatal(err)
			}
			s, defs := schemaFor(t, kindOf(p))
			if errs := validate(s, defs, v, p); len(errs) > 0 {
				t.Errorf("%s/%s: %s", root, p, strings.Join(errs, "; "))
			}
			if errs := validate(all, allDefs, v, p); len(errs) > 0 {
				t.Errorf("%s/%s against the combined schema: %s", root, p, strings.Join(errs, "; "))
			}
			n++
			return nil
		})
	}
	if n < 15 {
		t.Errorf("validated only %d files", n)
	}
}

func TestSchemaRejectsTypos(t *testing.T) {
	s, defs := schemaFor(t, "item")
	var v any
	yaml.Unmarshal([]byte("id: \"1\"\ntitle: x\npurpse: y\nbudget:\n  unit: 만원\n  total: 1,000\n"), &v)
	errs := strings.Join(validate(s, defs, v, "item"), "; ")
	for _, want := range []string{"unknown property purpse", "만원 not in enum"} {
		if !strings.Contains(errs, want) {
			t.Errorf("errors %q lack %q", errs, want)
		}
	}
	if _, err := Schema("nope"); err == nil {
		t.Error("unknown kind accepted")
	}
}
