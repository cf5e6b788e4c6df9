/* Charts of 문화관광과 2024년도 주요업무 계획. Written by workplan from the plan's data; do not edit. */
workplanCharts([
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
     "description": "정원 21명, 현원 19명(직급별 정원/현원: 5급 1/1, 6급 5/4, 7급 9/9, 8급 6/5)",
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
        "formatter": "9",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "7급\n정원: 9명"
       },
       "value": 9
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
        "formatter": "4",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "6급\n현원: 4명"
       },
       "value": 4
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "9",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "7급\n현원: 9명"
       },
       "value": 9
      },
      {
       "label": {
        "color": "#1e2124",
        "formatter": "5",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "8급\n현원: 5명"
       },
       "value": 5
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
      "8급"
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
     "description": "2024년 예산 합계 12,450백만원(일반회계 9,850백만원, 특별회계 2,100백만원, 기금 500백만원)",
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
        "formatter": "9,850",
        "position": "top",
        "show": true
       },
       "tooltip": {
        "formatter": "일반회계: 9,850백만원"
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
        "formatter": "특별회계: 2,100백만원"
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
        "formatter": "기금: 500백만원"
       },
       "value": 500
      }
     ],
     "name": "2024년",
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
 }
]);
