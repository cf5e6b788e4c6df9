// Package yamlstrict reads YAML content files strictly: it refuses what
// hand-edited YAML gets wrong (tabs, unknown keys, duplicate keys, wrong
// types, aliases) and reports every problem with file:line:col instead of
// stopping at the first.
package yamlstrict

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"workplan/generator/internal/diag"
	"workplan/generator/internal/i18n"
)

// MaxFileSize bounds a content file; larger files are refused before parsing.
const MaxFileSize = 4 << 20

var bom = []byte{0xEF, 0xBB, 0xBF}

// Parse checks the raw bytes of a YAML file and parses it into a node tree.
// It returns nil when the file cannot be parsed; the reasons are in l.
// A UTF-8 BOM and CRLF line endings are accepted with a warning.
func Parse(file string, data []byte, l *diag.List) *yaml.Node {
	if len(data) > MaxFileSize {
		l.ErrorMsg(diag.Pos{File: file, Line: 1, Col: 1}, "", i18n.FileTooLarge, len(data), MaxFileSize)
		return nil
	}
	if bytes.HasPrefix(data, bom) {
		l.Add(diag.New(diag.Pos{File: file, Line: 1, Col: 1}, diag.Warning, "", i18n.FileBOM).WithHint(i18n.SaveWithoutBOM))
		data = data[len(bom):]
	}
	if !rawChecks(file, data, l) {
		return nil
	}
	if bytes.Contains(data, []byte("\r\n")) {
		line := bytes.Count(data[:bytes.Index(data, []byte("\r\n"))], []byte("\n")) + 1
		l.Add(diag.New(diag.Pos{File: file, Line: line, Col: 1}, diag.Warning, "", i18n.FileCRLF).WithHint(i18n.SaveLF))
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		l.ErrorMsg(diag.Pos{File: file, Line: 1, Col: 1}, "", i18n.FileEmpty)
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		l.Add(syntaxFinding(file, data, err))
		return nil
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		l.ErrorMsg(diag.Pos{File: file, Line: 1, Col: 1}, "", i18n.FileNoDocument)
		return nil
	}
	// A second document would be silently ignored, unknown keys and all.
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == io.EOF:
	case err != nil:
		l.Add(syntaxFinding(file, data, err))
		return nil
	default:
		l.Add(diag.New(diag.Pos{File: file, Line: next.Line, Col: next.Column}, diag.Error, "", i18n.SecondDocument).WithHint(i18n.RemoveSeparator))
		return nil
	}
	return doc.Content[0]
}

// rawChecks finds byte-level problems that the YAML parser reports badly or
// not at all: invalid UTF-8, NUL bytes and other control characters
// (reported at their place, where yaml.v3 says only "line 1"), and tabs
// used for indentation.
func rawChecks(file string, data []byte, l *diag.List) bool {
	ok := true
	line, col := 1, 1
	indent := true
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		pos := diag.Pos{File: file, Line: line, Col: col}
		switch {
		case r == utf8.RuneError && size == 1:
			l.ErrorMsg(pos, "", i18n.InvalidUTF8, data[i])
			return false
		case r == 0:
			l.ErrorMsg(pos, "", i18n.NULByte)
			return false
		case unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r':
			l.Add(diag.New(pos, diag.Error, "", i18n.ControlInFile, r).WithHint(i18n.RemoveIt))
			return false
		case r == '\t' && indent:
			l.Add(diag.New(pos, diag.Error, "", i18n.TabIndent).WithHint(i18n.TabToSpaces))
			ok = false
		}
		if r == '\n' {
			line, col, indent = line+1, 1, true
		} else {
			col++
			if r != ' ' && r != '\t' {
				indent = false
			}
		}
		i += size
	}
	return ok
}

var lineRe = regexp.MustCompile(`line (\d+)(?:, column (\d+))?: (.*)`)

// syntaxFinding turns a yaml.v3 error ("yaml: line 3: did not find expected
// key") into a positioned finding.
func syntaxFinding(file string, data []byte, err error) diag.Finding {
	msg := err.Error()
	pos := diag.Pos{File: file, Line: 1, Col: 1}
	if m := lineRe.FindStringSubmatch(msg); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		if m[2] != "" {
			pos.Col, _ = strconv.Atoi(m[2])
		} else {
			pos.Line = problemLine(data, pos.Line)
			pos.Col = firstNonSpace(data, pos.Line)
		}
		msg = m[3]
	}
	return diag.New(pos, diag.Error, "", i18n.YAMLSyntax, msg).WithHint(i18n.CheckIndent)
}

func firstNonSpace(data []byte, line int) int {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 1
	}
	s := lines[line-1]
	for i, c := range s {
		if c != ' ' {
			return utf8.RuneCount(s[:i]) + 1
		}
	}
	return 1
}

// problemLine finds the line where a syntax error really is. yaml.v3 names
// the line where the enclosing construct starts ("effects:"), not the line
// that breaks it; parsing ever longer prefixes from there finds the first
// line that makes the text invalid.
func problemLine(data []byte, reported int) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	// Bound the work on huge files: stop after parsing 16 MiB in all.
	budget := 16 << 20
	for k := reported; k <= len(lines) && budget > 0; k++ {
		prefix := bytes.Join(lines[:k], nil)
		budget -= len(prefix)
		var n yaml.Node
		if yaml.Unmarshal(prefix, &n) != nil {
			return k
		}
	}
	return reported
}
