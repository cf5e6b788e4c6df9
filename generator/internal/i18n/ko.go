package i18n

var ko = map[Key]message{
	Errors:         {"오류 %d건", ""},
	Warnings:       {"경고 %d건", ""},
	Plans:          {"계획 %d건", ""},
	Items:          {"사업 %d건", ""},
	PDFs:           {"PDF %d개", ""},
	CheckFailed:    {"%s: %s, %s", ""},
	CheckOK:        {"%s: 이상 없음, %s, %s, %s", ""},
	NothingWritten: {"workplan build: 아무것도 쓰지 않았습니다(%s 폴더는 그대로입니다)", ""},
	Built:          {"%s: %s → %s/site/index.html, %s", ""},
	ServeBroken:    {"내용에 오류가 %d건 있어 브라우저에 오류를 보여 줍니다", ""},
	ServeBuilt:     {"계획 %d건을 %d ms에 만들었습니다", ""},

	ErrorPageTitle:   {"내용 오류 - workplan", ""},
	ErrorPageHeading: {"내용에 오류가 있어 페이지를 만들 수 없습니다", ""},
	ErrorPageCounts:  {"%s, %s", ""},
	ErrorPageHint:    {"파일을 고쳐 저장하면 이 화면이 저절로 바뀝니다.", ""},
}
