/* Charts of 문화관광과 2025년도 주요업무 계획. Written by workplan from the plan's data; do not edit. */
workplanCharts([
 {
  "id": "yoy_budget",
  "kind": "bar",
  "height": 320,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": false
    },
    "enabled": true,
    "label": {
     "description": "연도별 예산: 2024년 12,450백만원, 2025년 12,480백만원",
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
     "top": "28"
    }
   ],
   "legend": {
    "left": "center",
    "show": false,
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
        "formatter": "12,450",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "2024년: 12,450백만원"
       },
       "value": 12450
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "12,480",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "2025년: 12,480백만원"
       },
       "value": 12480
      }
     ],
     "name": "예산",
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
      "2024년",
      "2025년"
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
     "name": "(백만원)",
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
  "id": "yoy_headcount",
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
     "description": "연도별 정원/현원: 2024년 21/19명, 2025년 24/23명",
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
        "formatter": "21",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "2024년\n정원: 21명"
       },
       "value": 21
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "24",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "2025년\n정원: 24명"
       },
       "value": 24
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
        "formatter": "19",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "2024년\n현원: 19명"
       },
       "value": 19
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "23",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "2025년\n현원: 23명"
       },
       "value": 23
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
      "2024년",
      "2025년"
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
     "description": "조직 4개 단위: 문화관광과, 문화정책팀, 관광진흥팀, 도서관팀",
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
         "name": "문화정책팀"
        },
        {
         "name": "관광진흥팀"
        },
        {
         "name": "도서관팀"
        }
       ],
       "name": "문화관광과"
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
     "description": "정원 24명, 현원 23명(직급별 정원/현원: 4급 1/1, 6급 5/5, 7급 8/7, 8급 6/6, 연구직 1/1, 공무직 3/3)",
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
        "formatter": "4급\n정원: 1명"
       },
       "value": 1
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "5",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "6급\n정원: 5명"
       },
       "value": 5
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "8",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "7급\n정원: 8명"
       },
       "value": 8
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
        "formatter": "연구직\n정원: 1명"
       },
       "value": 1
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "3",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "공무직\n정원: 3명"
       },
       "value": 3
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
        "formatter": "4급\n현원: 1명"
       },
       "value": 1
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "5",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "6급\n현원: 5명"
       },
       "value": 5
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "7",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "7급\n현원: 7명"
       },
       "value": 7
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
        "formatter": "1",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "연구직\n현원: 1명"
       },
       "value": 1
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "3",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "공무직\n현원: 3명"
       },
       "value": 3
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
      "4급",
      "6급",
      "7급",
      "8급",
      "연구직",
      "공무직"
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
  "id": "accounts",
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
     "description": "2025년 예산 합계 12,480백만원(일반회계 10,200백만원, 특별회계 1,780백만원, 기금 500백만원)",
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
        "formatter": "9,850",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "일반회계\n2024년: 9,850백만원"
       },
       "value": 9850
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "2,100",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "특별회계\n2024년: 2,100백만원"
       },
       "value": 2100
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "500",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "기금\n2024년: 500백만원"
       },
       "value": 500
      }
     ],
     "name": "2024년",
     "type": "bar"
    },
    {
     "barMaxWidth": "56",
     "data": [
      {
       "label": {
        "color": "#1e2124",
        "formatter": "10,200",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "일반회계\n2025년: 10,200백만원"
       },
       "value": 10200
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "1,780",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "특별회계\n2025년: 1,780백만원"
       },
       "value": 1780
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "500",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "기금\n2025년: 500백만원"
       },
       "value": 500
      }
     ],
     "name": "2025년",
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
      "일반회계",
      "특별회계",
      "기금"
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
     "name": "(백만원)",
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
  "id": "item_1_1_schedule",
  "kind": "gantt",
  "height": 180,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": true
    },
    "enabled": true,
    "label": {
     "description": "2025년 추진일정 3건: 설계 공모 및 용역(2025. 1. ~ 3.); 공사 착공 및 준공(2025. 4. ~ 10.); 개관식(2025. 11. 20.)",
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
       "value": 3
      },
      {
       "value": 10
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
        "formatter": "설계 공모 및 용역\n2025. 1. ~ 3."
       },
       "value": 3
      },
      {
       "tooltip": {
        "formatter": "공사 착공 및 준공\n2025. 4. ~ 10."
       },
       "value": 7
      },
      {
       "tooltip": {
        "formatter": "개관식\n2025. 11. 20."
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
      "설계 공모 및 용역",
      "공사 착공 및 준공",
      "개관식"
     ],
     "inverse": true,
     "type": "category"
    }
   ]
  }
 },
 {
  "id": "item_1_2_schedule",
  "kind": "gantt",
  "height": 224,
  "option": {
   "animation": false,
   "aria": {
    "decal": {
     "show": true
    },
    "enabled": true,
    "label": {
     "description": "2025년 추진일정 4건: 강사 모집(상반기); 1기 강좌 운영(2분기); 정기 순회 강좌(매월 셋째주 목요일); 수요 조사(4월 중)",
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
     "확정 일정",
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
       "value": 3
      },
      {
       "value": 0
      },
      {
       "value": 3
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
        "formatter": "강사 모집\n상반기"
       },
       "value": 6
      },
      {
       "tooltip": {
        "formatter": "1기 강좌 운영\n2분기"
       },
       "value": 3
      },
      {
       "value": "-"
      },
      {
       "tooltip": {
        "formatter": "수요 조사\n4월 중"
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
    },
    {
     "barMaxWidth": "22",
     "data": [
      {
       "value": "-"
      },
      {
       "value": "-"
      },
      {
       "tooltip": {
        "formatter": "정기 순회 강좌\n매월 셋째주 목요일"
       },
       "value": 12
      },
      {
       "value": "-"
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
      "강사 모집",
      "1기 강좌 운영",
      "정기 순회 강좌",
      "수요 조사"
     ],
     "inverse": true,
     "type": "category"
    }
   ]
  }
 },
 {
  "id": "item_2_1_overview_after_1_pledges",
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
     "description": "공약사업 7개: 관광 안내 3, 교통 연계 4",
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
        "formatter": "3 (42.9%)",
        "show": true
       },
       "name": "관광 안내",
       "tooltip": {
        "formatter": "관광 안내: 3개 (42.9%)"
       },
       "value": 3
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "4 (57.1%)",
        "show": true
       },
       "name": "교통 연계",
       "tooltip": {
        "formatter": "교통 연계: 4개 (57.1%)"
       },
       "value": 4
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
  "id": "item_2_1_schedule",
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
     "description": "2025년 추진일정 2건: 공모 신청(2025. 2.); 안내판 정비(연중 수시)(연중 수시)",
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
     "확정 일정",
     "유동·반복 일정"
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
        "formatter": "공모 신청\n2025. 2."
       },
       "value": 1
      },
      {
       "value": "-"
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
    },
    {
     "barMaxWidth": "22",
     "data": [
      {
       "value": "-"
      },
      {
       "tooltip": {
        "formatter": "안내판 정비(연중 수시)\n연중 수시"
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
      "공모 신청",
      "안내판 정비(연중 수시)"
     ],
     "inverse": true,
     "type": "category"
    }
   ]
  }
 }
]);
