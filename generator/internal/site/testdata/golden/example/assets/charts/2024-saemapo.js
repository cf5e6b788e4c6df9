/* Charts of 새마포담당관 2024년도 주요업무 계획. Written by workplan from the plan's data; do not edit. */
workplanCharts([
 {
  "id": "organisation",
  "kind": "tree",
  "height": 192,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": false
    },
    "enabled": true,
    "label": {
     "description": "조직 2개 단위: 새마포담당관, 새로운마포팀",
     "enabled": true
    }
   },
   "color": [
    "#256ef4",
    "#063a74",
    "#d0641b",
    "#12845b",
    "#7c4dcc",
    "#0e7490",
    "#b42d6e",
    "#6b6f00"
   ],
   "series": [
    {
     "bottom": "28",
     "data": [
      {
       "children": [
        {
         "name": "새로운마포팀"
        }
       ],
       "name": "새마포담당관"
      }
     ],
     "edgeShape": "polyline",
     "emphasis": {
      "disabled": true
     },
     "expandAndCollapse": false,
     "initialTreeDepth": -1,
     "label": {
      "backgroundColor": "#ffffff",
      "borderColor": "#256ef4",
      "borderRadius": 6,
      "borderWidth": 1.5,
      "color": "#1e2124",
      "fontSize": 14,
      "padding": [
       8,
       12
      ],
      "position": "inside",
      "show": true
     },
     "leaves": {
      "label": {
       "position": "inside"
      }
     },
     "left": "12%",
     "lineStyle": {
      "color": "#8a949e",
      "width": 1.5
     },
     "name": "조직",
     "orient": "TB",
     "right": "12%",
     "symbolSize": 1,
     "top": "28",
     "type": "tree"
    }
   ],
   "textStyle": {
    "color": "#1e2124",
    "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif",
    "fontSize": 13
   },
   "tooltip": {
    "renderMode": "richText",
    "show": true,
    "textStyle": {
     "color": "#1e2124",
     "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif"
    }
   }
  }
 },
 {
  "id": "headcount",
  "kind": "grouped-bar",
  "height": 320,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": true
    },
    "enabled": true,
    "label": {
     "description": "정원 20명, 현원 19명(직급별 정원/현원: 5급 1/1, 6급 6/6, 7급 6/4, 8급 6/6, 9급 1/2)",
     "enabled": true
    }
   },
   "color": [
    "#256ef4",
    "#063a74",
    "#d0641b",
    "#12845b",
    "#7c4dcc",
    "#0e7490",
    "#b42d6e",
    "#6b6f00"
   ],
   "grid": [
    {
     "bottom": "8",
     "containLabel": true,
     "left": "8",
     "right": "16",
     "top": "56"
    }
   ],
   "legend": {
    "left": "center",
    "show": true,
    "textStyle": {
     "color": "#1e2124"
    },
    "top": "0"
   },
   "series": [
    {
     "barMaxWidth": "56",
     "data": [
      {
       "label": {
        "color": "#1e2124",
        "formatter": "1",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "5급\n정원: 1명"
       },
       "value": 1
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "6",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "6급\n정원: 6명"
       },
       "value": 6
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "6",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "7급\n정원: 6명"
       },
       "value": 6
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "6",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "8급\n정원: 6명"
       },
       "value": 6
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "1",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "9급\n정원: 1명"
       },
       "value": 1
      }
     ],
     "name": "정원",
     "type": "bar"
    },
    {
     "barMaxWidth": "56",
     "data": [
      {
       "label": {
        "color": "#1e2124",
        "formatter": "1",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "5급\n현원: 1명"
       },
       "value": 1
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "6",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "6급\n현원: 6명"
       },
       "value": 6
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "4",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "7급\n현원: 4명"
       },
       "value": 4
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "6",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "8급\n현원: 6명"
       },
       "value": 6
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "2",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "9급\n현원: 2명"
       },
       "value": 2
      }
     ],
     "name": "현원",
     "type": "bar"
    }
   ],
   "textStyle": {
    "color": "#1e2124",
    "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif",
    "fontSize": 13
   },
   "tooltip": {
    "renderMode": "richText",
    "show": true,
    "textStyle": {
     "color": "#1e2124",
     "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif"
    }
   },
   "xAxis": [
    {
     "axisLabel": {
      "color": "#464c53",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "data": [
      "5급",
      "6급",
      "7급",
      "8급",
      "9급"
     ],
     "type": "category"
    }
   ],
   "yAxis": [
    {
     "axisLabel": {
      "color": "#464c53",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "name": "(명)",
     "nameTextStyle": {
      "color": "#464c53"
     },
     "splitLine": {
      "lineStyle": {
       "color": "#e6e8ea"
      },
      "show": true
     },
     "type": "value"
    }
   ]
  }
 },
 {
  "id": "item_1_overview_3_1_pledges",
  "kind": "pie",
  "height": 300,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": true
    },
    "enabled": true,
    "label": {
     "description": "공약사업 37개: 진솔한 공감 소통 마포 6, 언제나 행복 동행 마포 9, 모두의 행복 상생 마포 8, 설렘이 가득 매력 마포 9, 365일 든든 안전 마포 5",
     "enabled": true
    }
   },
   "color": [
    "#256ef4",
    "#063a74",
    "#d0641b",
    "#12845b",
    "#7c4dcc",
    "#0e7490",
    "#b42d6e",
    "#6b6f00"
   ],
   "legend": {
    "orient": "vertical",
    "right": "8",
    "show": true,
    "textStyle": {
     "color": "#1e2124"
    },
    "top": "middle"
   },
   "series": [
    {
     "center": [
      "32%",
      "50%"
     ],
     "data": [
      {
       "label": {
        "color": "#1e2124",
        "formatter": "6 (16.2%)",
        "show": true
       },
       "name": "진솔한 공감 소통 마포",
       "tooltip": {
        "formatter": "진솔한 공감 소통 마포: 6사업 수 (16.2%)"
       },
       "value": 6
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "9 (24.3%)",
        "show": true
       },
       "name": "언제나 행복 동행 마포",
       "tooltip": {
        "formatter": "언제나 행복 동행 마포: 9사업 수 (24.3%)"
       },
       "value": 9
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "8 (21.6%)",
        "show": true
       },
       "name": "모두의 행복 상생 마포",
       "tooltip": {
        "formatter": "모두의 행복 상생 마포: 8사업 수 (21.6%)"
       },
       "value": 8
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "9 (24.3%)",
        "show": true
       },
       "name": "설렘이 가득 매력 마포",
       "tooltip": {
        "formatter": "설렘이 가득 매력 마포: 9사업 수 (24.3%)"
       },
       "value": 9
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "5 (13.5%)",
        "show": true
       },
       "name": "365일 든든 안전 마포",
       "tooltip": {
        "formatter": "365일 든든 안전 마포: 5사업 수 (13.5%)"
       },
       "value": 5
      }
     ],
     "itemStyle": {
      "borderColor": "#ffffff",
      "borderWidth": 3
     },
     "label": {
      "overflow": "none"
     },
     "labelLine": {
      "length": 8,
      "length2": 6
     },
     "name": "공약사업",
     "radius": [
      "40%",
      "66%"
     ],
     "type": "pie"
    }
   ],
   "textStyle": {
    "color": "#1e2124",
    "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif",
    "fontSize": 13
   },
   "tooltip": {
    "renderMode": "richText",
    "show": true,
    "textStyle": {
     "color": "#1e2124",
     "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif"
    }
   }
  }
 },
 {
  "id": "item_1_schedule",
  "kind": "gantt",
  "height": 268,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": true
    },
    "enabled": true,
    "label": {
     "description": "2024년 추진일정 5건: 공약 추진 관리계획 수립(2024. 2.); 반기별 공약추진 보고회 개최(2024. 1. ~ 12.); 한국매니페스토 기초단체장 공약 이행 및 정보공개 평가(2024. 2. ~ 4.); 한국매니페스토 기초단체장 우수사례 경진대회(2024. 6. ~ 8.); 공약사업 이행현황 점검을 위한 주민배심원 운영(2024. 9. ~ 10.)",
     "enabled": true
    }
   },
   "color": [
    "#256ef4",
    "#063a74",
    "#d0641b",
    "#12845b",
    "#7c4dcc",
    "#0e7490",
    "#b42d6e",
    "#6b6f00"
   ],
   "grid": [
    {
     "bottom": "8",
     "containLabel": true,
     "left": "8",
     "right": "16",
     "top": "12"
    }
   ],
   "legend": {
    "data": [
     "확정 일정"
    ],
    "show": false
   },
   "series": [
    {
     "barMaxWidth": "22",
     "data": [
      {
       "value": 1
      },
      {
       "value": 0
      },
      {
       "value": 1
      },
      {
       "value": 5
      },
      {
       "value": 8
      }
     ],
     "emphasis": {
      "disabled": true
     },
     "itemStyle": {
      "color": "transparent",
      "decal": {
       "symbol": "none"
      }
     },
     "name": "시작 전",
     "silent": true,
     "stack": "months",
     "tooltip": {
      "show": false
     },
     "type": "bar"
    },
    {
     "barMaxWidth": "22",
     "data": [
      {
       "tooltip": {
        "formatter": "공약 추진 관리계획 수립\n2024. 2."
       },
       "value": 1
      },
      {
       "tooltip": {
        "formatter": "반기별 공약추진 보고회 개최\n2024. 1. ~ 12."
       },
       "value": 12
      },
      {
       "tooltip": {
        "formatter": "한국매니페스토 기초단체장 공약 이행 및 정보공개 평가\n2024. 2. ~ 4."
       },
       "value": 3
      },
      {
       "tooltip": {
        "formatter": "한국매니페스토 기초단체장 우수사례 경진대회\n2024. 6. ~ 8."
       },
       "value": 3
      },
      {
       "tooltip": {
        "formatter": "공약사업 이행현황 점검을 위한 주민배심원 운영\n2024. 9. ~ 10."
       },
       "value": 2
      }
     ],
     "itemStyle": {
      "color": "#256ef4",
      "decal": {
       "symbol": "none"
      }
     },
     "name": "확정 일정",
     "stack": "months",
     "type": "bar"
    }
   ],
   "textStyle": {
    "color": "#1e2124",
    "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif",
    "fontSize": 13
   },
   "tooltip": {
    "renderMode": "richText",
    "show": true,
    "textStyle": {
     "color": "#1e2124",
     "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif"
    }
   },
   "xAxis": [
    {
     "axisLabel": {
      "show": false,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisLine": {
      "show": false
     },
     "max": 12,
     "min": 0,
     "position": "top",
     "show": true,
     "splitLine": {
      "lineStyle": {
       "color": "#e6e8ea"
      },
      "show": true
     },
     "type": "value"
    },
    {
     "axisLabel": {
      "color": "#464c53",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisTick": {
      "show": false
     },
     "boundaryGap": true,
     "data": [
      "1월",
      "2월",
      "3월",
      "4월",
      "5월",
      "6월",
      "7월",
      "8월",
      "9월",
      "10월",
      "11월",
      "12월"
     ],
     "gridIndex": 0,
     "position": "bottom",
     "type": "category"
    }
   ],
   "yAxis": [
    {
     "axisLabel": {
      "color": "#464c53",
      "lineHeight": 17,
      "overflow": "break",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null,
      "width": 200
     },
     "data": [
      "공약 추진 관리계획 수립",
      "반기별 공약추진 보고회 개최",
      "한국매니페스토 기초단체장 공약 이행 및 정보공개 평가",
      "한국매니페스토 기초단체장 우수사례 경진대회",
      "공약사업 이행현황 점검을 위한 주민배심원 운영"
     ],
     "inverse": true,
     "type": "category"
    }
   ]
  }
 },
 {
  "id": "item_2_schedule",
  "kind": "gantt",
  "height": 268,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": true
    },
    "enabled": true,
    "label": {
     "description": "2024년 추진일정 5건: 성과관리 수립지침 안내(2024. 2.); 성과관리계획 확정 및 운영계획 수립(2024. 3.); 외부기관 지표 품질평가 용역 실시(2024. 4.); 분기별 실적 입력 및 모니터링(2024. 4. ~ 12.); 2024년 성과관리 종합평가 실시(2024. 12.)",
     "enabled": true
    }
   },
   "color": [
    "#256ef4",
    "#063a74",
    "#d0641b",
    "#12845b",
    "#7c4dcc",
    "#0e7490",
    "#b42d6e",
    "#6b6f00"
   ],
   "grid": [
    {
     "bottom": "8",
     "containLabel": true,
     "left": "8",
     "right": "16",
     "top": "12"
    }
   ],
   "legend": {
    "data": [
     "확정 일정"
    ],
    "show": false
   },
   "series": [
    {
     "barMaxWidth": "22",
     "data": [
      {
       "value": 1
      },
      {
       "value": 2
      },
      {
       "value": 3
      },
      {
       "value": 3
      },
      {
       "value": 11
      }
     ],
     "emphasis": {
      "disabled": true
     },
     "itemStyle": {
      "color": "transparent",
      "decal": {
       "symbol": "none"
      }
     },
     "name": "시작 전",
     "silent": true,
     "stack": "months",
     "tooltip": {
      "show": false
     },
     "type": "bar"
    },
    {
     "barMaxWidth": "22",
     "data": [
      {
       "tooltip": {
        "formatter": "성과관리 수립지침 안내\n2024. 2."
       },
       "value": 1
      },
      {
       "tooltip": {
        "formatter": "성과관리계획 확정 및 운영계획 수립\n2024. 3."
       },
       "value": 1
      },
      {
       "tooltip": {
        "formatter": "외부기관 지표 품질평가 용역 실시\n2024. 4."
       },
       "value": 1
      },
      {
       "tooltip": {
        "formatter": "분기별 실적 입력 및 모니터링\n2024. 4. ~ 12."
       },
       "value": 9
      },
      {
       "tooltip": {
        "formatter": "2024년 성과관리 종합평가 실시\n2024. 12."
       },
       "value": 1
      }
     ],
     "itemStyle": {
      "color": "#256ef4",
      "decal": {
       "symbol": "none"
      }
     },
     "name": "확정 일정",
     "stack": "months",
     "type": "bar"
    }
   ],
   "textStyle": {
    "color": "#1e2124",
    "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif",
    "fontSize": 13
   },
   "tooltip": {
    "renderMode": "richText",
    "show": true,
    "textStyle": {
     "color": "#1e2124",
     "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif"
    }
   },
   "xAxis": [
    {
     "axisLabel": {
      "show": false,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisLine": {
      "show": false
     },
     "max": 12,
     "min": 0,
     "position": "top",
     "show": true,
     "splitLine": {
      "lineStyle": {
       "color": "#e6e8ea"
      },
      "show": true
     },
     "type": "value"
    },
    {
     "axisLabel": {
      "color": "#464c53",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisTick": {
      "show": false
     },
     "boundaryGap": true,
     "data": [
      "1월",
      "2월",
      "3월",
      "4월",
      "5월",
      "6월",
      "7월",
      "8월",
      "9월",
      "10월",
      "11월",
      "12월"
     ],
     "gridIndex": 0,
     "position": "bottom",
     "type": "category"
    }
   ],
   "yAxis": [
    {
     "axisLabel": {
      "color": "#464c53",
      "lineHeight": 17,
      "overflow": "break",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null,
      "width": 200
     },
     "data": [
      "성과관리 수립지침 안내",
      "성과관리계획 확정 및 운영계획 수립",
      "외부기관 지표 품질평가 용역 실시",
      "분기별 실적 입력 및 모니터링",
      "2024년 성과관리 종합평가 실시"
     ],
     "inverse": true,
     "type": "category"
    }
   ]
  }
 },
 {
  "id": "item_3_schedule",
  "kind": "gantt",
  "height": 268,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": true
    },
    "enabled": true,
    "label": {
     "description": "2024년 추진일정 5건: 우리동 현장속으로 일일동장: 매월 2째,4째주 수요일(매월 2째,4째주 수요일); 사회적 약자와의 소통 만남: 연중 수시(연중 수시); 365 안전마포 지킴이: 연중 수시(연중 수시); 365 구민소통폰: 구민 의견 접수 및 처리(연중)(연중); 제안제도 운영: 제안심사위원회 연 2회 개최(예정)(연 2회)",
     "enabled": true
    }
   },
   "color": [
    "#256ef4",
    "#063a74",
    "#d0641b",
    "#12845b",
    "#7c4dcc",
    "#0e7490",
    "#b42d6e",
    "#6b6f00"
   ],
   "grid": [
    {
     "bottom": "8",
     "containLabel": true,
     "left": "8",
     "right": "16",
     "top": "12"
    }
   ],
   "legend": {
    "data": [
     "유동·반복 일정"
    ],
    "show": false
   },
   "series": [
    {
     "barMaxWidth": "22",
     "data": [
      {
       "value": 0
      },
      {
       "value": 0
      },
      {
       "value": 0
      },
      {
       "value": 0
      },
      {
       "value": 0
      }
     ],
     "emphasis": {
      "disabled": true
     },
     "itemStyle": {
      "color": "transparent",
      "decal": {
       "symbol": "none"
      }
     },
     "name": "시작 전",
     "silent": true,
     "stack": "months",
     "tooltip": {
      "show": false
     },
     "type": "bar"
    },
    {
     "barMaxWidth": "22",
     "data": [
      {
       "tooltip": {
        "formatter": "우리동 현장속으로 일일동장: 매월 2째,4째주 수요일\n매월 2째,4째주 수요일"
       },
       "value": 12
      },
      {
       "tooltip": {
        "formatter": "사회적 약자와의 소통 만남: 연중 수시\n연중 수시"
       },
       "value": 12
      },
      {
       "tooltip": {
        "formatter": "365 안전마포 지킴이: 연중 수시\n연중 수시"
       },
       "value": 12
      },
      {
       "tooltip": {
        "formatter": "365 구민소통폰: 구민 의견 접수 및 처리(연중)\n연중"
       },
       "value": 12
      },
      {
       "tooltip": {
        "formatter": "제안제도 운영: 제안심사위원회 연 2회 개최(예정)\n연 2회"
       },
       "value": 12
      }
     ],
     "itemStyle": {
      "borderColor": "#256ef4",
      "borderType": "dashed",
      "borderWidth": 1.5,
      "color": "#b9d2fc",
      "decal": {
       "color": "rgba(6, 58, 116, 0.55)",
       "dashArrayX": [
        1,
        0
       ],
       "dashArrayY": [
        2,
        4
       ],
       "rotation": -0.7853981633974483,
       "symbol": "rect"
      }
     },
     "name": "유동·반복 일정",
     "stack": "months",
     "type": "bar"
    }
   ],
   "textStyle": {
    "color": "#1e2124",
    "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif",
    "fontSize": 13
   },
   "tooltip": {
    "renderMode": "richText",
    "show": true,
    "textStyle": {
     "color": "#1e2124",
     "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif"
    }
   },
   "xAxis": [
    {
     "axisLabel": {
      "show": false,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisLine": {
      "show": false
     },
     "max": 12,
     "min": 0,
     "position": "top",
     "show": true,
     "splitLine": {
      "lineStyle": {
       "color": "#e6e8ea"
      },
      "show": true
     },
     "type": "value"
    },
    {
     "axisLabel": {
      "color": "#464c53",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisTick": {
      "show": false
     },
     "boundaryGap": true,
     "data": [
      "1월",
      "2월",
      "3월",
      "4월",
      "5월",
      "6월",
      "7월",
      "8월",
      "9월",
      "10월",
      "11월",
      "12월"
     ],
     "gridIndex": 0,
     "position": "bottom",
     "type": "category"
    }
   ],
   "yAxis": [
    {
     "axisLabel": {
      "color": "#464c53",
      "lineHeight": 17,
      "overflow": "break",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null,
      "width": 200
     },
     "data": [
      "우리동 현장속으로 일일동장: 매월 2째,4째주 수요일",
      "사회적 약자와의 소통 만남: 연중 수시",
      "365 안전마포 지킴이: 연중 수시",
      "365 구민소통폰: 구민 의견 접수 및 처리(연중)",
      "제안제도 운영: 제안심사위원회 연 2회 개최(예정)"
     ],
     "inverse": true,
     "type": "category"
    }
   ]
  }
 },
 {
  "id": "item_4_schedule",
  "kind": "gantt",
  "height": 136,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": true
    },
    "enabled": true,
    "label": {
     "description": "2024년 추진일정 2건: 마포미래성장자문단 신규위원 위촉(2024. 1. ~ 12.); 분과위원회별 자문회의 및 보고회 개최(2024. 1. ~ 12.)",
     "enabled": true
    }
   },
   "color": [
    "#256ef4",
    "#063a74",
    "#d0641b",
    "#12845b",
    "#7c4dcc",
    "#0e7490",
    "#b42d6e",
    "#6b6f00"
   ],
   "grid": [
    {
     "bottom": "8",
     "containLabel": true,
     "left": "8",
     "right": "16",
     "top": "12"
    }
   ],
   "legend": {
    "data": [
     "확정 일정"
    ],
    "show": false
   },
   "series": [
    {
     "barMaxWidth": "22",
     "data": [
      {
       "value": 0
      },
      {
       "value": 0
      }
     ],
     "emphasis": {
      "disabled": true
     },
     "itemStyle": {
      "color": "transparent",
      "decal": {
       "symbol": "none"
      }
     },
     "name": "시작 전",
     "silent": true,
     "stack": "months",
     "tooltip": {
      "show": false
     },
     "type": "bar"
    },
    {
     "barMaxWidth": "22",
     "data": [
      {
       "tooltip": {
        "formatter": "마포미래성장자문단 신규위원 위촉\n2024. 1. ~ 12."
       },
       "value": 12
      },
      {
       "tooltip": {
        "formatter": "분과위원회별 자문회의 및 보고회 개최\n2024. 1. ~ 12."
       },
       "value": 12
      }
     ],
     "itemStyle": {
      "color": "#256ef4",
      "decal": {
       "symbol": "none"
      }
     },
     "name": "확정 일정",
     "stack": "months",
     "type": "bar"
    }
   ],
   "textStyle": {
    "color": "#1e2124",
    "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif",
    "fontSize": 13
   },
   "tooltip": {
    "renderMode": "richText",
    "show": true,
    "textStyle": {
     "color": "#1e2124",
     "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif"
    }
   },
   "xAxis": [
    {
     "axisLabel": {
      "show": false,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisLine": {
      "show": false
     },
     "max": 12,
     "min": 0,
     "position": "top",
     "show": true,
     "splitLine": {
      "lineStyle": {
       "color": "#e6e8ea"
      },
      "show": true
     },
     "type": "value"
    },
    {
     "axisLabel": {
      "color": "#464c53",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisTick": {
      "show": false
     },
     "boundaryGap": true,
     "data": [
      "1월",
      "2월",
      "3월",
      "4월",
      "5월",
      "6월",
      "7월",
      "8월",
      "9월",
      "10월",
      "11월",
      "12월"
     ],
     "gridIndex": 0,
     "position": "bottom",
     "type": "category"
    }
   ],
   "yAxis": [
    {
     "axisLabel": {
      "color": "#464c53",
      "lineHeight": 17,
      "overflow": "break",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null,
      "width": 200
     },
     "data": [
      "마포미래성장자문단 신규위원 위촉",
      "분과위원회별 자문회의 및 보고회 개최"
     ],
     "inverse": true,
     "type": "category"
    }
   ]
  }
 },
 {
  "id": "item_5_schedule",
  "kind": "gantt",
  "height": 92,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": true
    },
    "enabled": true,
    "label": {
     "description": "2024년 추진일정 1건: 법적 사고력 및 소송 수행 능력 함양을 위한 법제교육 실시(상·하반기)(상·하반기)",
     "enabled": true
    }
   },
   "color": [
    "#256ef4",
    "#063a74",
    "#d0641b",
    "#12845b",
    "#7c4dcc",
    "#0e7490",
    "#b42d6e",
    "#6b6f00"
   ],
   "grid": [
    {
     "bottom": "8",
     "containLabel": true,
     "left": "8",
     "right": "16",
     "top": "12"
    }
   ],
   "legend": {
    "data": [
     "유동·반복 일정"
    ],
    "show": false
   },
   "series": [
    {
     "barMaxWidth": "22",
     "data": [
      {
       "value": 0
      }
     ],
     "emphasis": {
      "disabled": true
     },
     "itemStyle": {
      "color": "transparent",
      "decal": {
       "symbol": "none"
      }
     },
     "name": "시작 전",
     "silent": true,
     "stack": "months",
     "tooltip": {
      "show": false
     },
     "type": "bar"
    },
    {
     "barMaxWidth": "22",
     "data": [
      {
       "tooltip": {
        "formatter": "법적 사고력 및 소송 수행 능력 함양을 위한 법제교육 실시(상·하반기)\n상·하반기"
       },
       "value": 12
      }
     ],
     "itemStyle": {
      "borderColor": "#256ef4",
      "borderType": "dashed",
      "borderWidth": 1.5,
      "color": "#b9d2fc",
      "decal": {
       "color": "rgba(6, 58, 116, 0.55)",
       "dashArrayX": [
        1,
        0
       ],
       "dashArrayY": [
        2,
        4
       ],
       "rotation": -0.7853981633974483,
       "symbol": "rect"
      }
     },
     "name": "유동·반복 일정",
     "stack": "months",
     "type": "bar"
    }
   ],
   "textStyle": {
    "color": "#1e2124",
    "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif",
    "fontSize": 13
   },
   "tooltip": {
    "renderMode": "richText",
    "show": true,
    "textStyle": {
     "color": "#1e2124",
     "fontFamily": "\"Pretendard GOV\", \"Pretendard\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", sans-serif"
    }
   },
   "xAxis": [
    {
     "axisLabel": {
      "show": false,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisLine": {
      "show": false
     },
     "max": 12,
     "min": 0,
     "position": "top",
     "show": true,
     "splitLine": {
      "lineStyle": {
       "color": "#e6e8ea"
      },
      "show": true
     },
     "type": "value"
    },
    {
     "axisLabel": {
      "color": "#464c53",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null
     },
     "axisTick": {
      "show": false
     },
     "boundaryGap": true,
     "data": [
      "1월",
      "2월",
      "3월",
      "4월",
      "5월",
      "6월",
      "7월",
      "8월",
      "9월",
      "10월",
      "11월",
      "12월"
     ],
     "gridIndex": 0,
     "position": "bottom",
     "type": "category"
    }
   ],
   "yAxis": [
    {
     "axisLabel": {
      "color": "#464c53",
      "lineHeight": 17,
      "overflow": "break",
      "show": true,
      "showMaxLabel": null,
      "showMinLabel": null,
      "width": 200
     },
     "data": [
      "법적 사고력 및 소송 수행 능력 함양을 위한 법제교육 실시(상·하반기)"
     ],
     "inverse": true,
     "type": "category"
    }
   ]
  }
 }
]);
