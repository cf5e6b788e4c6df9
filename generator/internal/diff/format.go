package diff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// contextWords is how many unchanged words stand on each side of a change.
const contextWords = 4

// kindWord is how each kind is named to readers.
var kindWord = map[Kind]string{Added: "추가", Removed: "삭제", Changed: "변경", Renamed: "번호 변경"}

// Text writes the report for a terminal; color adds ANSI colours.
func (r *Report) Text(w io.Writer, color bool) {
	red, green, bold, reset := "", "", "", ""
	if color {
		red, green, bold, reset = "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"
	}
	if r.Empty() {
		fmt.Fprintln(w, "변경 사항 없음")
		return
	}
	// Every text from the content or the command line goes through
	// visible: the only escape sequences written are the colours above.
	v := visible
	for i, p := range r.Plans {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s%s [%s]%s\n", bold, v(p.Title), v(p.Slug), reset)
		for _, c := range r.ByPlan(p.Slug) {
			fmt.Fprintf(w, "  %s: ", v(c.Label()))
			switch {
			case c.Kind == Added:
				fmt.Fprintf(w, "%s+ %s%s (추가)\n", green, v(c.New), reset)
			case c.Kind == Removed:
				fmt.Fprintf(w, "%s- %s%s (삭제)\n", red, v(c.Old), reset)
			case c.Kind == Renamed:
				fmt.Fprintf(w, "%s → %s\n", v(c.Old), v(c.New))
			case c.Figure():
				fmt.Fprintf(w, "%s → %s (%s)\n", v(c.Old), v(c.New), v(c.Delta))
			default:
				var parts []string
				for _, o := range Context(c.Words, contextWords) {
					switch o.Kind {
					case '=':
						parts = append(parts, v(o.Text))
					case '-':
						parts = append(parts, red+"[-"+v(o.Text)+"-]"+reset)
					case '+':
						parts = append(parts, green+"{+"+v(o.Text)+"+}"+reset)
					}
				}
				fmt.Fprintln(w, strings.Join(parts, " "))
			}
		}
	}
	fmt.Fprintf(w, "\n%s\n", r.Summary())
	if vs := r.Versions(); vs != "" {
		fmt.Fprintf(w, "비교: %s\n", v(vs))
	}
}

// Summary counts the changes: "계획 1개, 변경 4건(수치 2건)".
func (r *Report) Summary() string {
	figures := 0
	for _, c := range r.Changes {
		if c.Figure() {
			figures++
		}
	}
	return fmt.Sprintf("계획 %d개, 변경 %d건(수치 %d건)", len(r.Plans), len(r.Changes), figures)
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`,
	"[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`, "&", "&amp;")

// md writes text from the content as literal Markdown inline text: markup
// characters escaped, and newlines and other controls shown as \n, \x1b,
// U+202E (see visible), so that text stays within its list line: a title
// cannot end the line and start a forged one ("\n- 3. …"), a heading or
// a table row. Since no content text starts a line, a leading - + or
// digit cannot make a list either.
func md(s string) string { return visible(mdEscaper.Replace(s)) }

// codeSpan writes s as a Markdown code span, fenced with one backtick
// more than the longest run in s, controls made visible.
func codeSpan(s string) string {
	s = visible(s)
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// Markdown writes the report as a pull-request comment.
func (r *Report) Markdown(w io.Writer) {
	fmt.Fprintln(w, "## workplan diff")
	fmt.Fprintln(w)
	if v := r.Versions(); v != "" {
		fmt.Fprintf(w, "비교: %s\n\n", codeSpan(v))
	}
	if r.Empty() {
		fmt.Fprintln(w, "변경 사항 없음")
		return
	}
	fmt.Fprintln(w, r.Summary())
	for _, p := range r.Plans {
		fmt.Fprintf(w, "\n### %s %s\n\n", md(p.Title), codeSpan(p.Slug))
		for _, c := range r.ByPlan(p.Slug) {
			fmt.Fprintf(w, "- **%s**", md(c.Label()))
			switch {
			case c.Kind == Added:
				fmt.Fprintf(w, " (추가): %s\n", md(c.New))
			case c.Kind == Removed:
				fmt.Fprintf(w, " (삭제): ~~%s~~\n", md(c.Old))
			case c.Kind == Renamed:
				fmt.Fprintf(w, ": %s → %s\n", md(c.Old), md(c.New))
			case c.Figure():
				fmt.Fprintf(w, ": %s → **%s** (%s)\n", md(c.Old), md(c.New), md(c.Delta))
			default:
				fmt.Fprint(w, ": ")
				var parts []string
				for _, o := range Context(c.Words, contextWords) {
					switch o.Kind {
					case '=':
						parts = append(parts, md(o.Text))
					case '-':
						parts = append(parts, "~~"+md(o.Text)+"~~")
					case '+':
						parts = append(parts, "**"+md(o.Text)+"**")
					}
				}
				fmt.Fprintln(w, strings.Join(parts, " "))
			}
		}
	}
}

type jsonOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

type jsonChange struct {
	Plan  string   `json:"plan"`
	Where []string `json:"where"`
	Kind  Kind     `json:"kind"`
	Old   string   `json:"old,omitempty"`
	New   string   `json:"new,omitempty"`
	Delta string   `json:"delta,omitempty"`
	Words []jsonOp `json:"words,omitempty"`
}

// JSON writes the report for tools.
func (r *Report) JSON(w io.Writer) error {
	out := struct {
		From    string       `json:"from,omitempty"`
		To      string       `json:"to,omitempty"`
		Plans   []PlanInfo   `json:"plans"`
		Changes []jsonChange `json:"changes"`
	}{From: r.From, To: r.To, Plans: r.Plans, Changes: []jsonChange{}}
	if out.Plans == nil {
		out.Plans = []PlanInfo{}
	}
	for _, c := range r.Changes {
		jc := jsonChange{Plan: c.Plan, Where: c.Where, Kind: c.Kind, Old: c.Old, New: c.New, Delta: c.Delta}
		for _, o := range c.Words {
			jc.Words = append(jc.Words, jsonOp{Op: map[byte]string{'=': "keep", '-': "delete", '+': "insert"}[o.Kind], Text: o.Text})
		}
		out.Changes = append(out.Changes, jc)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
