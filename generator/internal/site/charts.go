package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"workplan/generator/internal/chart"
	"workplan/generator/internal/document"
)

// Chart colours: KRDS primary and secondary first, then hues that keep at
// least 3:1 against white. Patterns (ECharts decals) and labels tell series
// apart as well, never colour alone.
var palette = []string{"#256ef4", "#063a74", "#d0641b", "#12845b", "#7c4dcc", "#0e7490", "#b42d6e", "#6b6f00"}

const (
	fontStack   = `"Pretendard GOV", "Pretendard", "Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans KR", sans-serif`
	textColor   = "#1e2124"
	subtleColor = "#464c53"
	gridColor   = "#e6e8ea"
	looseFill   = "#b9d2fc"
)

// drawing is one chart as the page script draws it.
type drawing struct {
	ID     string          `json:"id"`
	Kind   string          `json:"kind"`
	Height int             `json:"height"`
	Option json.RawMessage `json:"option"`
}

// chartScript is a page's chart file: the options of every chart of the
// page, handed to the drawing helper in assets/site.js. Options are built
// with go-echarts; what go-echarts has no field for is added to its JSON.
// The JSON escapes <, > and &, so no label can close a script element.
func chartScript(p *document.Plan, cs []*chart.Chart) ([]byte, error) {
	var ds []drawing
	for _, c := range cs {
		opt, height, err := option(c)
		if err != nil {
			return nil, fmt.Errorf("chart %s: %w", c.ID, err)
		}
		raw, err := marshal(opt)
		if err != nil {
			return nil, fmt.Errorf("chart %s: %w", c.ID, err)
		}
		ds = append(ds, drawing{ID: c.ID, Kind: c.Kind.String(), Height: height, Option: raw})
	}
	// As json.MarshalIndent(ds, "", " ") writes it, without scanning the
	// options a second time: they are compact and escaped already.
	var compact bytes.Buffer
	compact.WriteByte('[')
	for i, d := range ds {
		if i > 0 {
			compact.WriteByte(',')
		}
		id, err := json.Marshal(d.ID)
		if err != nil {
			return nil, err
		}
		kind, err := json.Marshal(d.Kind)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&compact, `{"id":%s,"kind":%s,"height":%d,"option":%s}`, id, kind, d.Height, d.Option)
	}
	compact.WriteByte(']')
	var body bytes.Buffer
	if err := json.Indent(&body, compact.Bytes(), "", " "); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "/* Charts of %s %s. Written by workplan from the plan's data; do not edit. */\n", jsComment(p.Department), jsComment(p.Title))
	b.WriteString("workplanCharts(")
	b.Write(body.Bytes())
	b.WriteString(");\n")
	return b.Bytes(), nil
}

func jsComment(s string) string { return strings.ReplaceAll(s, "*/", "* /") }

// marshal writes JSON with object keys sorted (maps) and <, >, & escaped.
func marshal(v any) (json.RawMessage, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSpace(b.Bytes()), nil
}

// obj is a JSON object of an ECharts option.
type obj = map[string]any

// toObj turns a go-echarts option into plain JSON values, so fields that
// go-echarts lacks can be added.
func toObj(v any) (obj, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var o obj
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&o); err != nil {
		return nil, err
	}
	return o, nil
}

// set puts value at a path of keys and list indices, making objects on
// the way: set(o, v, "series", 2, "itemStyle", "decal").
func set(o obj, value any, path ...any) {
	var cur any = o
	for i, k := range path {
		last := i == len(path)-1
		switch key := k.(type) {
		case string:
			m := cur.(obj)
			if last {
				m[key] = value
				return
			}
			next, ok := m[key]
			if !ok || next == nil {
				next = obj{}
				m[key] = next
			}
			cur = next
		case int:
			l := cur.([]any)
			if last {
				l[key] = value
				return
			}
			cur = l[key]
		}
	}
}

// braces is built once: a Replacer builds its tables on first use.
var braces = strings.NewReplacer("{", "｛", "}", "｝")

// safeText keeps a label from being read as an ECharts formatter template
// or rich-text style ({a}, {style|text}).
func safeText(s string) string {
	return braces.Replace(s)
}

// base returns the global options every chart shares.
func base(c *chart.Chart, decal bool) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{ChartID: c.ID}),
		charts.WithAnimation(false),
		charts.WithColorsOpts(opts.Colors(palette)),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
		charts.WithAriaOpts(&opts.Aria{
			Enabled: opts.Bool(true),
			Label:   &opts.AriaLabel{Enabled: opts.Bool(true), Description: c.Summary},
			Decal:   &opts.AriaDecal{Show: opts.Bool(decal)},
		}),
	}
}

// finish adds what every chart needs and go-echarts has no field for: the
// page's font, tooltips drawn inside the chart (HTML tooltips would need
// inline styles, which the pages' Content-Security-Policy forbids).
func finish(o obj) {
	o["textStyle"] = obj{"fontFamily": fontStack, "fontSize": 13, "color": textColor}
	set(o, "richText", "tooltip", "renderMode")
	set(o, obj{"color": textColor, "fontFamily": fontStack}, "tooltip", "textStyle")
	delete(o, "title")
	delete(o, "toolbox")
}

// option builds a chart's ECharts option and its height in pixels.
func option(c *chart.Chart) (obj, int, error) {
	switch c.Kind {
	case chart.Bar, chart.GroupedBar:
		if horizontal(c) {
			return hbarOption(c)
		}
		return barOption(c)
	case chart.Pie:
		return pieOption(c)
	case chart.Gantt:
		return ganttOption(c)
	case chart.Tree:
		return treeOption(c)
	}
	return nil, 0, fmt.Errorf("unknown chart kind %v", c.Kind)
}

// horizontal says whether bars lie down: when labels are long.
func horizontal(c *chart.Chart) bool {
	for _, cat := range c.Categories {
		if len([]rune(cat)) > 8 {
			return true
		}
	}
	return false
}

func valueLabel(v float64, unit string) string { return chart.Number(v) + unit }

func barData(c *chart.Chart, s chart.Series, position string) []opts.BarData {
	var d []opts.BarData
	for i, v := range s.Values {
		tip := safeText(c.Categories[i])
		if len(c.Series) > 1 {
			tip += "\n" + safeText(s.Name)
		}
		tip += ": " + valueLabel(v, c.Unit)
		d = append(d, opts.BarData{
			Value:   v,
			Label:   &opts.Label{Show: opts.Bool(true), Position: position, Formatter: chart.Number(v), Color: textColor},
			Tooltip: &opts.Tooltip{Formatter: types.FuncStr(tip)},
		})
	}
	return d
}

func axisLabelColor() *opts.AxisLabel {
	return &opts.AxisLabel{Show: opts.Bool(true), Color: subtleColor}
}

func barOption(c *chart.Chart) (obj, int, error) {
	bar := charts.NewBar()
	multi := len(c.Series) > 1
	bar.SetGlobalOptions(base(c, multi)...)
	bar.SetGlobalOptions(
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(multi), Top: "0", Left: "center", TextStyle: &opts.TextStyle{Color: textColor}}),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "16", Top: top(multi), Bottom: "8", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", AxisLabel: axisLabelColor()}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: unitName(c.Unit), AxisLabel: axisLabelColor(),
			SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: gridColor}}}),
	)
	bar.SetXAxis(safeAll(c.Categories))
	for _, s := range c.Series {
		bar.AddSeries(safeText(s.Name), barData(c, s, "top"), barMaxWidth("56"))
	}
	bar.Validate()
	o, err := toObj(bar.JSON())
	if err != nil {
		return nil, 0, err
	}
	finish(o)
	set(o, obj{"color": subtleColor}, "yAxis", 0, "nameTextStyle")
	return o, 320, nil
}

func top(legend bool) string {
	if legend {
		return "56"
	}
	return "28"
}

func unitName(u string) string {
	if u == "" {
		return ""
	}
	return "(" + u + ")"
}

func safeAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = safeText(s)
	}
	return out
}

// hbarOption lays bars down, first category on top, for long labels such
// as item titles. The helper script narrows the label column on phones.
func hbarOption(c *chart.Chart) (obj, int, error) {
	bar := charts.NewBar()
	multi := len(c.Series) > 1
	bar.SetGlobalOptions(base(c, multi)...)
	bar.SetGlobalOptions(
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(multi), Top: "0", Left: "center", TextStyle: &opts.TextStyle{Color: textColor}}),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "72", Top: top(multi), Bottom: "8", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: unitName(c.Unit), AxisLabel: axisLabelColor(),
			SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: gridColor}}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true), AxisLabel: axisLabelColor()}),
	)
	bar.SetXAxis(safeAll(c.Categories)).XYReversal()
	for _, s := range c.Series {
		bar.AddSeries(safeText(s.Name), barData(c, s, "right"), barMaxWidth("28"))
	}
	bar.Validate()
	o, err := toObj(bar.JSON())
	if err != nil {
		return nil, 0, err
	}
	finish(o)
	set(o, 200, "yAxis", 0, "axisLabel", "width")
	set(o, "break", "yAxis", 0, "axisLabel", "overflow")
	set(o, 17, "yAxis", 0, "axisLabel", "lineHeight")
	set(o, true, "xAxis", 0, "axisLabel", "hideOverlap")
	set(o, "end", "xAxis", 0, "nameLocation")
	set(o, 28, "xAxis", 0, "nameGap")
	set(o, obj{"color": subtleColor}, "xAxis", 0, "nameTextStyle")
	rows := len(c.Categories) * max(1, len(c.Series))
	return o, 40 + rows*56 + legendSpace(multi), nil
}

func legendSpace(legend bool) int {
	if legend {
		return 32
	}
	return 0
}

// pieOption is a donut with value labels, and names in the legend below.
func pieOption(c *chart.Chart) (obj, int, error) {
	pie := charts.NewPie()
	pie.SetGlobalOptions(base(c, true)...)
	pie.SetGlobalOptions(charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Orient: "vertical", Right: "8", Top: "middle", TextStyle: &opts.TextStyle{Color: textColor}}))
	var sum float64
	for _, v := range c.Series[0].Values {
		sum += v
	}
	var data []opts.PieData
	for i, v := range c.Series[0].Values {
		name := safeText(c.Categories[i])
		data = append(data, opts.PieData{
			Name:    name,
			Value:   v,
			Label:   &opts.Label{Show: opts.Bool(true), Formatter: valueLabel(v, "") + " (" + chart.Share(v, sum) + ")", Color: textColor},
			Tooltip: &opts.Tooltip{Formatter: types.FuncStr(name + ": " + valueLabel(v, c.Unit) + " (" + chart.Share(v, sum) + ")")},
		})
	}
	pie.AddSeries(safeText(c.Series[0].Name), data, charts.WithPieChartOpts(opts.PieChart{Radius: []string{"40%", "66%"}, Center: []string{"32%", "50%"}}))
	pie.Validate()
	o, err := toObj(pie.JSON())
	if err != nil {
		return nil, 0, err
	}
	finish(o)
	set(o, 3, "series", 0, "itemStyle", "borderWidth")
	set(o, "#ffffff", "series", 0, "itemStyle", "borderColor")
	set(o, 8, "series", 0, "labelLine", "length")
	set(o, 6, "series", 0, "labelLine", "length2")
	set(o, "none", "series", 0, "label", "overflow")
	return o, max(300, 60+len(c.Categories)*28), nil
}

// ganttOption draws the months of the plan year as a reversed stacked bar:
// a transparent offset up to each line's first month, then the months it
// runs, solid when exact and hatched when loose or recurring.
func ganttOption(c *chart.Chart) (obj, int, error) {
	bar := charts.NewBar()
	exact, loose := c.GanttKinds()
	bar.SetGlobalOptions(base(c, true)...)
	var legend []string
	if exact {
		legend = append(legend, "확정 일정")
	}
	if loose {
		legend = append(legend, "유동·반복 일정")
	}
	bar.SetGlobalOptions(
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false), Data: legend}),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "16", Top: "12", Bottom: "8", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: 0, Max: 12, Position: "top", Show: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Show: opts.Bool(false)},
			SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: gridColor}}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true), AxisLabel: axisLabelColor()}),
	)
	var months []string
	for m := 1; m <= 12; m++ {
		months = append(months, strconv.Itoa(m)+"월")
	}
	bar.ExtendXAxis(opts.XAxis{Type: "category", Data: months, Position: "bottom", AxisLabel: axisLabelColor()})

	var labels []string
	var offset, solid, hatched []opts.BarData
	for _, r := range c.Rows {
		labels = append(labels, safeText(r.Label))
		tip := &opts.Tooltip{Formatter: types.FuncStr(safeText(r.Label) + "\n" + safeText(r.When))}
		offset = append(offset, opts.BarData{Value: r.From - 1})
		span := opts.BarData{Value: r.To - r.From + 1, Tooltip: tip}
		none := opts.BarData{Value: "-"}
		if r.Loose {
			solid, hatched = append(solid, none), append(hatched, span)
		} else {
			solid, hatched = append(solid, span), append(hatched, none)
		}
	}
	bar.SetXAxis(labels).XYReversal()
	stack := charts.WithBarChartOpts(opts.BarChart{Stack: "months"})
	bar.AddSeries("시작 전", offset, stack, barMaxWidth("22"))
	if exact {
		bar.AddSeries("확정 일정", solid, stack, barMaxWidth("22"), charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[0]}))
	}
	if loose {
		bar.AddSeries("유동·반복 일정", hatched, stack, barMaxWidth("22"),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: looseFill, BorderColor: palette[0], BorderWidth: 1.5}))
	}
	bar.Validate()
	o, err := toObj(bar.JSON())
	if err != nil {
		return nil, 0, err
	}
	finish(o)
	// The offset series is invisible and silent.
	set(o, obj{"color": "transparent", "decal": noDecal()}, "series", 0, "itemStyle")
	set(o, true, "series", 0, "silent")
	set(o, obj{"show": false}, "series", 0, "tooltip")
	set(o, obj{"disabled": true}, "series", 0, "emphasis")
	i := 1
	if exact {
		set(o, noDecal(), "series", i, "itemStyle", "decal")
		i++
	}
	if loose {
		set(o, "dashed", "series", i, "itemStyle", "borderType")
		set(o, obj{"symbol": "rect", "color": "rgba(6, 58, 116, 0.55)", "dashArrayX": []any{1, 0}, "dashArrayY": []any{2, 4}, "rotation": -0.7853981633974483}, "series", i, "itemStyle", "decal")
	}
	set(o, 0, "xAxis", 1, "gridIndex")
	set(o, true, "xAxis", 1, "boundaryGap")
	set(o, obj{"show": false}, "xAxis", 1, "axisTick")
	set(o, 200, "yAxis", 0, "axisLabel", "width")
	set(o, "break", "yAxis", 0, "axisLabel", "overflow")
	set(o, 17, "yAxis", 0, "axisLabel", "lineHeight")
	set(o, obj{"show": false}, "xAxis", 0, "axisLine")
	return o, 48 + len(c.Rows)*44, nil
}

// treeOption draws an organisation top-down, each unit as a labelled box,
// with elbow lines like an organisation chart.
func treeOption(c *chart.Chart) (obj, int, error) {
	tree := charts.NewTree()
	tree.SetGlobalOptions(base(c, false)...)
	var conv func(n *chart.Node) *opts.TreeData
	depth := 0
	var measure func(n *chart.Node, d int)
	measure = func(n *chart.Node, d int) {
		depth = max(depth, d)
		for _, ch := range n.Children {
			measure(ch, d+1)
		}
	}
	measure(c.Root, 1)
	conv = func(n *chart.Node) *opts.TreeData {
		t := &opts.TreeData{Name: safeText(n.Name)}
		for _, ch := range n.Children {
			t.Children = append(t.Children, conv(ch))
		}
		return t
	}
	root := conv(c.Root)
	tree.AddSeries(safeText(c.Title), []opts.TreeData{*root}, charts.WithTreeOpts(opts.TreeChart{
		Orient: "TB", Top: "28", Bottom: "28", Left: "12%", Right: "12%", InitialTreeDepth: -1,
		ExpandAndCollapse: opts.Bool(false),
		Label: &opts.Label{Show: opts.Bool(true), Position: "inside", Color: textColor, BackgroundColor: "#ffffff",
			BorderColor: palette[0], BorderWidth: 1.5, BorderRadius: 6, FontSize: 14},
	}))
	tree.Validate()
	o, err := toObj(tree.JSON())
	if err != nil {
		return nil, 0, err
	}
	finish(o)
	set(o, []any{8, 12}, "series", 0, "label", "padding")
	set(o, "polyline", "series", 0, "edgeShape")
	set(o, 1, "series", 0, "symbolSize")
	set(o, obj{"color": "#8a949e", "width": 1.5}, "series", 0, "lineStyle")
	set(o, obj{"label": obj{"position": "inside"}}, "series", 0, "leaves")
	set(o, obj{"disabled": true}, "series", 0, "emphasis")
	delete(o, "legend")
	return o, 40 + depth*76, nil
}

// noDecal keeps a series plain while ECharts' aria decals are on.
func noDecal() obj { return obj{"symbol": "none"} }

// barMaxWidth keeps bars slim when there are few of them.
func barMaxWidth(w string) charts.SeriesOpts {
	return charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.BarMaxWidth = w })
}
