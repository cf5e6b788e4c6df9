package load

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

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
)

// fieldDocs describes fields for editors' hover text.
var fieldDocs = map[string]string{
	"siteFile.district":       "구 이름, 예: 마포구",
	"siteFile.base_url":       "사이트를 게시하는 주소(https://…)",
	"planFile.year":           "계획 연도",
	"planFile.title":          "예: 2024년도 주요업무 계획",
	"planFile.occasion":       "보고 회기, 예: 제266회 마포구의회 임시회",
	"planFile.date":           "보고 일자, 예: 2024. 2.",
	"departmentFile.slug":     "주소와 파일 이름에 쓰는 영문 소문자·숫자·하이픈",
	"blockFile.after":         "항목 안에서 이 블록이 놓일 자리: basis, period, target, contents, overview, schedule, budget, effects",
	"itemFile.id":             "사업 번호, 예: 3 또는 1-5",
	"itemFile.purpose":        "사업 목적(Markdown)",
	"scheduleFile.when":       "시기, 예: 2024. 2. ~ 4., 연중, 상반기, 4월 중, 미정",
	"scheduleFile.text":       "시기를 문장 안에 적은 한 줄",
	"scheduleFile.period":     "text 안의 시기(차트용)",
	"budgetFile.unit":         "금액 단위: 원, 천원, 백만원, 억원",
	"budgetFile.total":        "총액; breakdown이 있으면 합계와 대조",
	"sourceFile.ratio":        "재원 비율, 예: 90%",
	"accountsFile.label":      "예산 행 이름, 예: 2024년",
	"headcountFile.total":     "원문에 적힌 정원·현원 합계(선택, 대조용)",
	"tallyFile.cap":           "상한, 예: 120명 이내",
	"planFile.draft":          "초안: true이면 check와 serve에서만 보이고 게시 사이트, 의회 보고 책자, 공공데이터에서 빠짐",
	"siteFile.committees":     "구의회 상임위원회(의회 순서): name과 slug",
	"siteFile.organisation":   "국/실(직제 순서)과 그 부서(직제 순서); 계획은 department.slug로 부서를 가리킴",
	"orgDeptFile.committee":   "소관 상임위원회의 slug",
	"orgDeptFile.from":        "부서가 생긴 연도(선택)",
	"orgDeptFile.until":       "부서가 없어진 마지막 연도(선택)",
	"orgDeptFile.moves":       "소관 상임위원회가 바뀐 연도와 새 위원회의 slug",
	"openDataFile.department": "공공데이터 관리부서",
	"openDataFile.phone":      "관리부서 전화번호",
	"openDataFile.licence":    "공공누리 유형: 1(출처표시) 2(+상업적 이용금지) 3(+변경금지) 4(모두)",
	"bookFile.dividers":       "의회 보고 책자에서 국/실마다 간지를 넣음",
	"bookFile.numbering":      "책자 쪽번호: continuous(책 전체 이어서) 또는 department(부서마다 1부터)",
	"bookFile.sessions":       "연도별 책자 표지의 보고 회기와 일자(없으면 계획들이 함께 적은 것)",
}

// fieldEnums lists the values some fields take.
var fieldEnums = map[string][]string{
	"blockFile.after":    {"basis", "period", "target", "contents", "overview", "schedule", "budget", "effects"},
	"budgetFile.unit":    {"원", "천원", "백만원", "억원"},
	"accountsFile.unit":  {"원", "천원", "백만원", "억원"},
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
		return map[string]any{"type": []string{"number", "string"}, "pattern": `^(0|[1-9][0-9]*|[1-9][0-9]{0,2}(,[0-9]{3})+)(\.[0-9]+)?$`, "description": "금액, 예: 16,366"}
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
