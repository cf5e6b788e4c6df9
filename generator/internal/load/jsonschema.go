package load

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"workplan/generator/internal/model"
	"workplan/generator/internal/money"
	"workplan/generator/internal/yamlstrict"
)

// Kinds of content file, for Schema.
var schemaRoots = map[string]reflect.Type{
	"site":   reflect.TypeOf(siteFile{}),
	"plan":   reflect.TypeOf(planFile{}),
	"status": reflect.TypeOf(statusFile{}),
	"item":   reflect.TypeOf(itemFile{}),
}

// SchemaKinds lists the kinds Schema accepts.
var SchemaKinds = []string{"site", "plan", "status", "item"}

// Schema returns a JSON Schema (draft 2020-12) for one kind of content file,
// or, for kind "", one that accepts any of them. It is derived from the
// same types the loader decodes into, so it cannot drift from the loader.
func Schema(kind string) ([]byte, error) {
	g := &schemaGen{defs: map[string]any{}}
	doc := map[string]any{"$schema": "https://json-schema.org/draft/2020-12/schema"}
	if kind == "" {
		var refs []any
		for _, k := range SchemaKinds {
			refs = append(refs, g.ref(schemaRoots[k]))
		}
		doc["title"] = "workplan content file"
		doc["anyOf"] = refs
	} else {
		t, ok := schemaRoots[kind]
		if !ok {
			return nil, fmt.Errorf("unknown kind %q; expected one of %s", kind, strings.Join(SchemaKinds, ", "))
		}
		doc["title"] = "workplan " + kind + " file"
		doc["$ref"] = g.ref(t)["$ref"]
	}
	doc["$defs"] = g.defs
	return json.MarshalIndent(doc, "", "  ")
}

type schemaGen struct {
	defs map[string]any
}

var (
	amountType = reflect.TypeOf(amountText(""))
	ratioType  = reflect.TypeOf(ratioText{})
	rateType   = reflect.TypeOf(rateText{})
)

// fieldDocs describes fields for editors' hover text.
var fieldDocs = map[string]string{
	"siteFile.district":        "구 이름, 예: 마포구",
	"siteFile.base_url":        "사이트를 게시하는 주소(https://…)",
	"planFile.year":            "계획 연도",
	"planFile.title":           "예: 2024년도 주요업무 계획",
	"planFile.occasion":        "보고 회기, 예: 제266회 마포구의회 임시회",
	"planFile.date":            "보고 일자, 예: 2024. 2., 2025. 2. 13.(목) 10:00",
	"departmentFile.slug":      "주소와 파일 이름에 쓰는 영문 소문자·숫자·하이픈",
	"blockFile.after":          "항목 안에서 이 블록이 놓일 자리: purpose, basis, period, target, contents, overview, schedule, budget, effects",
	"itemFile.id":              "사업 번호(인쇄된 그대로), 예: 3, 1-5, 가., (1), ➊; 장 안에서 하나",
	"itemFile.budgets":         "여러 예산(총사업비, '25년 예산 …), 인쇄된 순서대로; 각각 label, kind, unit, total, sources, breakdown",
	"itemFile.labels":          "이 사업의 절 이름(예: schedule: 향후계획, budget: 총사업비)",
	"itemFile.sections":        "계획이 이름 붙인 절(□ 추진상황, □ 현안 및 대책 …): label, after, value, lines, markdown, blocks",
	"itemFile.schedule_chart":  "false이면 세부추진계획의 추진일정 차트를 그리지 않음",
	"sectionFile.after":        "이 절이 놓일 자리(기본: 항목 끝): purpose, basis, period, target, contents, overview, schedule, budget, effects",
	"sectionFile.value":        "절 제목 줄에 이어 적는 값, 예: 2025. 4.",
	"planFile.labels":          "계획 전체의 절 이름 기본값(overview, basis, period, target, contents, schedule, budget, effects)",
	"planFile.summaries":       "계산해서 보일 요약(원문에 없으면 쓰지 않음): item-budgets(장 첫머리 사업 수·소요예산 합계와 차트), facts(사이트의 주요사업·사업 예산 합계)",
	"planFile.schedule_chart":  "false이면 모든 사업의 추진일정 차트를 그리지 않음(사업마다 바꿀 수 있음)",
	"chapterFile.key":          "공공데이터에서 장을 가리키는 이름(영문 소문자·숫자·하이픈), 기본값은 순서",
	"chapterFile.numbered":     "false이면 로마 숫자 없이 제목만(【부록】, 별첨, 참고)",
	"budgetFile.label":         "절 이름, 예: 총사업비, '25년 예산 (기본: 소요예산)",
	"budgetFile.kind":          "year(한 해 예산, 기본) 또는 project(여러 해 총사업비): 합계는 같은 종류끼리만",
	"budgetFile.as_printed":    "true이면 적힌 합계를 인쇄된 그대로 두고 부분의 합과 다르면 경고만 함",
	"accountsFile.as_printed":  "true이면 적힌 합계를 인쇄된 그대로 두고 부분의 합과 다르면 경고만 함",
	"accountsFile.rate":        "인쇄된 증감률, 예: 7.5%, △3.1% (계산값보다 우선, 반올림 이상 다르면 경고)",
	"accountFile.rate":         "인쇄된 증감률, 예: 7.5%, △3.1%",
	"headcountFile.as_printed": "true이면 적힌 정원·현원 합계를 인쇄된 그대로 둠(다르면 경고)",
	"sourceFile.private":       "공공 예산이 아닌 돈(민자 등); 이름이 민자·민간·비재정·자부담이면 자동",
	"itemFile.purpose":         "사업 목적(Markdown)",
	"scheduleFile.when":        "시기, 예: 2024. 2. ~ 4., '25. 1.~, '31. 이후, 연중, 상반기, '25.上, 4~5월 중, 10월 중(예정), 미정",
	"scheduleFile.text":        "시기를 문장 안에 적은 한 줄",
	"scheduleFile.period":      "text 안의 시기(차트용)",
	"budgetFile.unit":          "금액 단위: 원, 천원, 백만원, 억원, 조원, 달러, 만달러 (억원에서는 1조 8,416처럼 조를 앞에 쓸 수 있음)",
	"budgetFile.total":         "총액; breakdown이 있으면 합계와 대조",
	"sourceFile.ratio":         "재원 비율, 예: 90%",
	"accountsFile.label":       "예산 행 이름, 예: 2024년",
	"headcountFile.total":      "원문에 적힌 정원·현원 합계(선택, 대조용)",
	"tallyFile.cap":            "상한, 예: 120명 이내",
	"planFile.draft":           "초안: true이면 check와 serve에서만 보이고 게시 사이트, 의회 보고 책자, 공공데이터에서 빠짐",
	"siteFile.committees":      "구의회 상임위원회(의회 순서): name과 slug",
	"siteFile.organisation":    "국/실(직제 순서)과 그 부서(직제 순서); 계획은 department.slug로 부서를 가리킴",
	"orgDeptFile.committee":    "소관 상임위원회의 slug",
	"orgDeptFile.from":         "부서가 생긴 연도(선택)",
	"orgDeptFile.until":        "부서가 없어진 마지막 연도(선택)",
	"orgDeptFile.moves":        "소관 상임위원회가 바뀐 연도와 새 위원회의 slug",
	"openDataFile.department":  "공공데이터 관리부서",
	"openDataFile.phone":       "관리부서 전화번호",
	"openDataFile.licence":     "공공누리 유형: 1(출처표시) 2(+상업적 이용금지) 3(+변경금지) 4(모두)",
	"bookFile.dividers":        "의회 보고 책자에서 국/실마다 간지를 넣음",
	"bookFile.numbering":       "책자 쪽번호: continuous(책 전체 이어서) 또는 department(부서마다 1부터)",
	"bookFile.sessions":        "연도별 책자 표지의 보고 회기와 일자(없으면 계획들이 함께 적은 것)",
}

// sectionPlaces are the places an item's blocks and sections can follow.
var sectionPlaces = func() []string {
	var out []string
	for _, s := range model.Sections {
		out = append(out, string(s))
	}
	return out
}()

// fieldEnums lists the values some fields take.
var fieldEnums = map[string][]string{
	"blockFile.after":    sectionPlaces,
	"sectionFile.after":  sectionPlaces,
	"budgetFile.unit":    money.Names(),
	"budgetFile.kind":    {"year", "project"},
	"planFile.summaries": summaryNames,
	"accountsFile.unit":  money.Names(),
	"bookFile.numbering": {"continuous", "department"},
}

func (g *schemaGen) ref(t reflect.Type) map[string]any {
	name := strings.TrimSuffix(t.Name(), "File")
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil // reserve: types may refer to themselves
		g.defs[name] = g.object(t)
	}
	return map[string]any{"$ref": "#/$defs/" + name}
}

func (g *schemaGen) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		if tag == "" || tag == "-" {
			continue
		}
		name, req, _ := yamlstrict.TagOptions(tag)
		s := g.typ(f.Type)
		if e, ok := fieldEnums[t.Name()+"."+name]; ok {
			s = map[string]any{"enum": e}
			if f.Type.Kind() == reflect.Slice {
				s = map[string]any{"type": "array", "items": s}
			}
		}
		if d, ok := fieldDocs[t.Name()+"."+name]; ok {
			s = map[string]any{"allOf": []any{s}, "description": d}
		}
		props[name] = s
		if req {
			required = append(required, name)
		}
	}
	o := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		o["required"] = required
	}
	return o
}

func (g *schemaGen) typ(t reflect.Type) map[string]any {
	switch {
	case t == amountType:
		return map[string]any{"type": []string{"number", "string"}, "pattern": `^([1-9][0-9]*조( |$))?((0|[1-9][0-9]*|[1-9][0-9]{0,2}(,[0-9]{3})+)(\.[0-9]+)?)?$`, "description": "금액, 예: 16,366, 0.5, 1조 8,416(억원)"}
	case t == rateType:
		return map[string]any{"type": []string{"number", "string"}, "pattern": `^[△▽+-]?[0-9]+(\.[0-9]{1,2})?%?$`, "description": "인쇄된 증감률, 예: 7.5%, △3.1%"}
	case t == ratioType:
		return map[string]any{"type": []string{"number", "string"}, "pattern": `^[0-9]+(\.[0-9]{1,2})?%?$`, "description": "비율, 예: 90%"}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return g.typ(t.Elem())
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Int, reflect.Int64:
		return map[string]any{"type": "integer"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": g.typ(t.Elem())}
	case reflect.Struct:
		return g.ref(t)
	}
	panic("jsonschema: unsupported type " + t.String())
}
