package yamlstrict

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
	"workplan/generator/internal/numfmt"
)

// Unmarshaler is implemented by scalar types that parse their own text,
// such as money amounts written "16,366". The returned error's text is shown
// to the user after the field name.
type Unmarshaler interface {
	UnmarshalYAMLNode(n *yaml.Node) error
}

// Positions maps a field path ("budget.breakdown[1].amount") to where its
// value starts, so that later checks can point at the exact spot. Paths of
// values that failed to decode are kept too, so that later checks do not
// report the same mistake again in other words.
type Positions struct {
	at  map[string]diag.Pos
	bad map[string]bool
}

// Has reports whether the file gave a value at path.
func (p Positions) Has(path string) bool {
	_, ok := p.at[path]
	return ok
}

// FailedAt reports whether the value at path itself failed to decode (it
// had the wrong shape), not counting values inside it.
func (p Positions) FailedAt(path string) bool { return p.bad[path] }

// Failed reports whether the value at path, or anything inside it, failed
// to decode.
func (p Positions) Failed(path string) bool {
	for b := range p.bad {
		if b == path || strings.HasPrefix(b, path+".") || strings.HasPrefix(b, path+"[") {
			return true
		}
	}
	return false
}

// At returns the position of path, or of its nearest recorded parent.
func (p Positions) At(path string) diag.Pos {
	for {
		if pos, ok := p.at[path]; ok {
			return pos
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return p.at[""]
		}
		path = path[:i]
	}
}

// Decode fills v (a pointer to a struct) from n. Struct fields are matched by
// their `yaml:"name"` tag; `yaml:"name,required"` marks a field that must be
// present. Every problem is added to l; decoding goes on past errors so that
// one run reports them all.
func Decode(file string, n *yaml.Node, v any, l *diag.List) Positions {
	d := &decoder{file: file, l: l, pos: Positions{at: map[string]diag.Pos{}, bad: map[string]bool{}}}
	d.value(n, reflect.ValueOf(v).Elem(), "", fieldInfo{})
	return d.pos
}

type decoder struct {
	file string
	l    *diag.List
	pos  Positions
}

// maxDepth bounds nesting so hostile input cannot exhaust the stack.
const maxDepth = 64

func (d *decoder) at(n *yaml.Node) diag.Pos {
	return diag.Pos{File: d.file, Line: n.Line, Col: n.Column}
}

func (d *decoder) errorf(n *yaml.Node, path string, k i18n.Key, args ...any) {
	d.pos.bad[path] = true
	d.l.ErrorMsg(d.at(n), path, k, args...)
}

var unmarshalerType = reflect.TypeOf((*Unmarshaler)(nil)).Elem()

// value decodes n into v. fi holds the options of the struct field the
// value belongs to (required, multiline), also for the elements of a list.
func (d *decoder) value(n *yaml.Node, v reflect.Value, path string, fi fieldInfo) {
	if strings.Count(path, ".")+strings.Count(path, "[") > maxDepth {
		d.errorf(n, path, i18n.TooDeep, maxDepth)
		return
	}
	d.pos.at[path] = d.at(n)
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		d.errorf(n, path, i18n.NoAnchors)
		return
	}
	if n.Style&yaml.TaggedStyle != 0 {
		d.pos.bad[path] = true
		d.l.Add(diag.New(d.at(n), diag.Error, path, i18n.TagUnsupported, n.Tag).WithHint(i18n.RemoveTag))
		return
	}
	if v.CanAddr() && v.Addr().Type().Implements(unmarshalerType) {
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, path, i18n.WantSingle, kindName(n))
			return
		}
		if err := v.Addr().Interface().(Unmarshaler).UnmarshalYAMLNode(n); err != nil {
			d.fail(n, path, err)
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if isNull(n) {
			return
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(n, v.Elem(), path, fi)
	case reflect.Struct:
		d.structure(n, v, path)
	case reflect.Slice:
		d.slice(n, v, path, fi)
	case reflect.String:
		s, ok := d.scalar(n, path, i18n.WantText)
		if !ok {
			return
		}
		if fi.required && !fi.empty && strings.TrimSpace(s) == "" {
			d.errorf(n, path, i18n.EmptyText, lastKey(path))
			return
		}
		if f, bad := checkText(s, fi.multiline); bad {
			f.Pos, f.Field = d.at(n), path
			d.pos.bad[path] = true
			d.l.Add(f)
			return
		}
		v.SetString(s)
	case reflect.Bool:
		s, ok := d.scalar(n, path, i18n.WantTrueFalse)
		if !ok {
			return
		}
		switch s {
		case "true":
			v.SetBool(true)
		case "false":
			v.SetBool(false)
		default:
			d.errorf(n, path, i18n.WantBool, s)
		}
	case reflect.Int, reflect.Int64:
		s, ok := d.scalar(n, path, i18n.WantWhole)
		if !ok {
			return
		}
		i, err := ParseInt(s)
		if err != nil {
			d.fail(n, path, err)
			return
		}
		v.SetInt(i)
	default:
		panic(fmt.Sprintf("yamlstrict: unsupported field type %s", v.Type()))
	}
}

// ParseInt parses a whole number written in decimal digits, optionally
// with correct thousands separators ("1,234") and a leading minus sign
// (which callers refuse with their own message where it makes no sense).
// Other notations (0x10, 1_000, +5, 1e3) are refused; the error has a
// Hint with the right form when the value can be told.
func ParseInt(s string) (int64, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, i18n.Errorf(i18n.WholeEmpty)
	}
	sign, body := "", t
	if strings.HasPrefix(t, "-") {
		sign, body = "-", t[1:]
	}
	digits, err := numfmt.Decimal(body)
	if err != nil {
		var se *numfmt.SyntaxError
		if errors.As(err, &se) && se.Suggest != "" && sign == "" {
			return 0, &i18n.Error{Msg: i18n.M(i18n.WholeDigits, s), Hint: se.HintMsg()}
		}
		return 0, i18n.Errorf(i18n.WholeWant, s)
	}
	if strings.Contains(digits, ".") {
		return 0, i18n.Errorf(i18n.WholeFraction, s)
	}
	i, err := strconv.ParseInt(sign+digits, 10, 64)
	if err != nil {
		return 0, i18n.Errorf(i18n.NumberTooLarge, s)
	}
	return i, nil
}

// fail records err for the value at path, with its suggestion if it has one.
func (d *decoder) fail(n *yaml.Node, path string, err error) {
	d.pos.bad[path] = true
	d.l.Add(diag.FromError(d.at(n), path, err))
}

// lastKey is the last key of a field path: "title" for "chapters[1].title".
func lastKey(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[i+1:]
	}
	return path
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func (d *decoder) scalar(n *yaml.Node, path string, want i18n.Key) (string, bool) {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		d.errorf(n, path, i18n.Want, want, kindName(n))
		return "", false
	}
	return n.Value, true
}

// kindName is what n holds, for messages: a kind of value, or the value
// quoted as written.
func kindName(n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		return i18n.KindMapping
	case yaml.SequenceNode:
		return i18n.KindList
	case yaml.AliasNode:
		return i18n.KindAlias
	}
	if isNull(n) {
		return i18n.KindNothing
	}
	return fmt.Sprintf("%q", n.Value)
}

func (d *decoder) slice(n *yaml.Node, v reflect.Value, path string, fi fieldInfo) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, path, i18n.WantList, kindName(n))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, c := range n.Content {
		// Elements share the list's multiline option; "required" is the list's own.
		d.value(c, s.Index(i), fmt.Sprintf("%s[%d]", path, i+1), fieldInfo{multiline: fi.multiline})
	}
	v.Set(s)
}

// fieldInfo is a struct field and the options of its `yaml` tag:
// "required" (the key must be present, and text must not be empty),
// "empty" (with required: the key must be present but its text may be
// empty, e.g. a table without caption) and "multiline" (text that may
// hold line breaks and tabs: Markdown, table cells).
type fieldInfo struct {
	index     int
	required  bool
	empty     bool
	multiline bool
}

// TagOptions reads a `yaml:"name,opt,…"` tag.
func TagOptions(tag string) (name string, required, multiline bool) {
	fi, name := tagOptions(tag)
	return name, fi.required, fi.multiline
}

func tagOptions(tag string) (fieldInfo, string) {
	name, rest, _ := strings.Cut(tag, ",")
	var fi fieldInfo
	for _, o := range strings.Split(rest, ",") {
		switch o {
		case "required":
			fi.required = true
		case "empty":
			fi.empty = true
		case "multiline":
			fi.multiline = true
		}
	}
	return fi, name
}

func fieldsOf(t reflect.Type) (map[string]fieldInfo, []string) {
	m := map[string]fieldInfo{}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("yaml")
		if tag == "" || tag == "-" {
			continue
		}
		fi, name := tagOptions(tag)
		fi.index = i
		m[name] = fi
		names = append(names, name)
	}
	return m, names
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (d *decoder) structure(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, path, i18n.WantMapping, kindName(n))
		return
	}
	if f := v.FieldByName("Pos"); f.IsValid() && f.Type() == reflect.TypeOf(diag.Pos{}) {
		f.Set(reflect.ValueOf(d.at(n)))
	}
	fields, names := fieldsOf(v.Type())
	seen := map[string]bool{}
	suggested := map[string]bool{} // a typo already reported stands for the missing field
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := k.Value
		fp := join(path, key)
		if k.Kind != yaml.ScalarNode || k.Anchor != "" {
			d.errorf(k, path, i18n.WantPlainKey, kindName(k))
			continue
		}
		if k.Style&yaml.TaggedStyle != 0 {
			d.errorf(k, path, i18n.KeyTag, k.Tag, k.Value)
			continue
		}
		if seen[key] {
			d.errorf(k, fp, i18n.KeyTwice, key)
			continue
		}
		seen[key] = true
		fi, ok := fields[key]
		if !ok {
			f := diag.New(d.at(k), diag.Error, fp, i18n.UnknownKey, key)
			if isDigits(key) && n.Style&yaml.FlowStyle != 0 {
				f = f.WithHint(i18n.FlowComma)
			} else if s := Suggest(key, names); s != "" {
				f = f.WithHint(i18n.DidYouMean, s)
				suggested[s] = true
			} else {
				f = f.WithHint(i18n.AllowedKeys, strings.Join(sortedCopy(names), ", "))
			}
			d.l.Add(f)
			continue
		}
		if isNull(val) {
			d.pos.at[fp] = d.at(val)
			if fi.required {
				d.errorf(val, fp, i18n.NoValue, key)
			}
			continue
		}
		d.value(val, v.Field(fi.index), fp, fi)
	}
	var missing []string
	for _, name := range names {
		if fields[name].required && !seen[name] && !suggested[name] {
			missing = append(missing, name)
		}
	}
	for _, name := range missing {
		d.errorf(n, join(path, name), i18n.MissingField, name)
	}
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// Suggest returns the candidate closest to s when it is close enough to be
// a likely typo, or "".
func Suggest(s string, candidates []string) string {
	best, bestDist := "", 1<<30
	for _, c := range candidates {
		if dist := levenshtein(strings.ToLower(s), strings.ToLower(c)); dist < bestDist {
			best, bestDist = c, dist
		}
	}
	limit := 2
	if len([]rune(s)) > 8 {
		limit = 3
	}
	if bestDist <= limit || (best != "" && (strings.HasPrefix(best, s) || strings.HasPrefix(s, best))) {
		return best
	}
	return ""
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
