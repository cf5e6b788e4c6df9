/* Charts of 안전재난과 2025년도 주요업무 계획. Written by workplan from the plan's data; do not edit. */
workplanCharts([
 {
  "id": "item_1_schedule",
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
     "description": "2025년 추진일정 2건: 일제 준설(2025. 4. ~ 6.); 중간 점검(2025. 5. 15.)",
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
       "value": 3
      },
      {
       "value": 4
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
        "formatter": "일제 준설\n2025. 4. ~ 6."
       },
       "value": 3
      },
      {
       "tooltip": {
        "formatter": "중간 점검\n2025. 5. 15."
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
      "일제 준설",
      "중간 점검"
     ],
     "inverse": true,
     "type": "category"
    }
   ]
  }
 }
]);
