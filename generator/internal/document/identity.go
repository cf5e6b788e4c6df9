package document

import "workplan/generator/internal/model"

// Identity: who publishes the plans and whom they were reported to come
// from the content tree's settings, never from the code, so a 시 and a 구
// are each named as themselves.

// Council is the council the site's plans are reported to: as site.yaml
// names it (council:), else the organisation's own council (부산광역시 →
// 부산광역시의회, 가상구 → 가상구의회), as 지방자치법 names every local
// council.
func Council(s *model.Site) string {
	if s.Council != "" {
		return s.Council
	}
	if s.District == "" {
		return "의회"
	}
	return s.District + "의회"
}

// About is the site's footer statement of what it holds.
func About(s *model.Site) string {
	who := s.District
	if who != "" {
		who += " "
	}
	return "이 누리집은 " + who + "각 부서가 " + Council(s) + "에 보고한 주요업무 계획을 옮겨 게시한 것입니다. 수치와 표현은 보고 원문을 따릅니다."
}

// SiteIntro is the front page's opening line.
func SiteIntro(s *model.Site) string {
	who := s.District
	if who != "" {
		who += " "
	}
	return who + "각 부서의 연도별 주요업무 계획을 부서별로 모았습니다."
}
