/*
 * workplan: switches on the web fonts once a page has loaded, and draws a
 * plan page's charts with Apache ECharts when they come near the screen.
 *
 * Every page links this file. A plan page also loads
 * assets/charts/<plan>.js, which calls workplanCharts([{id, height,
 * option}, ...]) with options written by the site generator; the ECharts
 * runtime (assets/echarts/echarts.min.js) is loaded from here when the
 * first chart nears the screen, never before the page has painted. Charts
 * are drawn as SVG so they stay sharp in print. This file holds no data.
 */
(function () {
  "use strict";

  // assets is the URL of the assets/ folder this file stands in.
  var me = document.currentScript;
  var assets = me && me.src ? me.src.replace(/[^/]*$/, "") : "";

  // The @font-face rules (assets/fonts.css) are linked for print only, so
  // neither they nor the font chunks they name hold up the first paint;
  // they are switched on after the first frame that follows the load
  // event, and at once on the next pages of a visit (the chunks are
  // cached by then). Until then text shows in the fallback fonts.
  var FONTS_SEEN = "workplan-fonts";
  function fontsOn() {
    var link = document.getElementById("font-sheet");
    if (link && link.media !== "all") {
      link.media = "all";
      try {
        window.sessionStorage.setItem(FONTS_SEEN, "1");
      } catch (e) {
        // storage switched off: the next page waits for its load event too
      }
    }
  }
  var seen = false;
  try {
    seen = window.sessionStorage.getItem(FONTS_SEEN) === "1";
  } catch (e) {
    seen = false;
  }
  if (seen) {
    fontsOn();
  } else {
    var afterPaint = function () {
      window.requestAnimationFrame(function () {
        window.setTimeout(fontsOn, 0);
      });
    };
    if (document.readyState === "complete") {
      afterPaint();
    } else {
      window.addEventListener("load", afterPaint);
    }
  }

  var drawn = [];
  document.documentElement.classList.add("has-charts");

  // runtime loads the ECharts runtime once; a page that cannot load it
  // keeps the data table beside each chart and hides the empty boxes.
  var runtime = null;
  function loadRuntime() {
    if (!runtime) {
      runtime = new Promise(function (resolve, reject) {
        if (typeof window.echarts !== "undefined") {
          resolve();
          return;
        }
        var s = document.createElement("script");
        s.src = assets + "echarts/echarts.min.js";
        s.onload = resolve;
        s.onerror = reject;
        document.head.appendChild(s);
      });
      runtime.catch(function () {
        document.documentElement.classList.remove("has-charts");
      });
    }
    return runtime;
  }

  var MONTHS_LONG = [], MONTHS_SHORT = [];
  for (var m = 1; m <= 12; m++) {
    MONTHS_LONG.push(m + "월");
    MONTHS_SHORT.push(String(m));
  }

  // fit adapts a chart's option to the width w of its container and returns
  // the height to draw it at. On phones, lying bars and schedules give
  // their labels a third of the width and cut them short (the data table
  // beside each chart has them in full); donuts put their legend below.
  function fit(d, w) {
    var o = d.option;
    var narrow = w < 560;
    var height = d.height;
    var y = o.yAxis && o.yAxis[0];
    if (y && y.type === "category" && y.axisLabel && y.axisLabel.width) {
      y.axisLabel.width = narrow ? Math.round(w * 0.34) : Math.max(96, Math.min(260, Math.round(w * 0.3)));
      y.axisLabel.overflow = narrow ? "truncate" : "break";
      reserveLabels(o, y);
    }
    if (d.kind === "gantt" && o.xAxis && o.xAxis[1]) {
      o.xAxis[1].data = narrow ? MONTHS_SHORT : MONTHS_LONG;
    }
    if (d.kind === "bar" && y && y.type === "category" && o.xAxis && o.xAxis[0]) {
      o.xAxis[0].splitNumber = narrow ? 2 : 5;
    }
    if (d.kind === "pie" && o.series && o.series[0]) {
      var n = o.series[0].data.length;
      if (narrow) {
        o.legend.orient = "vertical";
        o.legend.left = "center";
        o.legend.right = "auto";
        o.legend.top = "auto";
        o.legend.bottom = 0;
        o.series[0].center = ["50%", 130];
        o.series[0].radius = [34, 58];
        height = 270 + n * 24;
      } else {
        o.legend.orient = "vertical";
        o.legend.left = "auto";
        o.legend.right = 8;
        o.legend.top = "middle";
        o.legend.bottom = "auto";
        o.series[0].center = ["32%", "50%"];
        o.series[0].radius = ["40%", "66%"];
      }
    }
    if ((d.kind === "bar" || d.kind === "grouped-bar") && o.series) {
      o.series.forEach(function (s) {
        s.label = { fontSize: narrow ? 10 : 12 };
      });
    }
    if (d.kind === "tree" && o.series && o.series[0]) {
      // A tree lies down, units below one another, on phones and
      // wherever its leaves' boxes (14 px type plus padding) would not
      // fit side by side in the width between the margins.
      var t = o.series[0];
      var leaves = countLeaves(t.data[0]);
      var lie = narrow || leaves * (longestName(t.data[0]) * 14 + 40) > w * 0.76;
      // Labels are centred on their node: leave half the longest box.
      var half = Math.max(64, longestName(t.data[0]) * 7 + 28);
      t.orient = lie ? "LR" : "TB";
      t.left = lie ? half : "12%";
      t.right = lie ? half : "12%";
      if (lie) {
        height = Math.max(height, 40 + leaves * 48);
      }
    }
    return height;
  }

  // reserveLabels makes room on the left for a category axis's labels.
  // ECharts' containLabel underestimates labels that have a width and
  // wrap, and cuts them at the chart's edge; so measure them here, each
  // at most the label width it may take, and place the grid after them.
  var measurer = null;
  function reserveLabels(o, y) {
    var g = o.grid && o.grid[0];
    if (!g || !y.data) {
      return;
    }
    measurer = measurer || document.createElement("canvas").getContext("2d");
    var family = (o.textStyle && o.textStyle.fontFamily) || "sans-serif";
    measurer.font = (y.axisLabel.fontSize || 12) + "px " + family;
    var need = 0;
    y.data.forEach(function (label) {
      var text = typeof label === "object" && label !== null ? label.value : label;
      need = Math.max(need, Math.min(measurer.measureText(String(text)).width, y.axisLabel.width));
    });
    g.containLabel = false;
    g.left = Math.ceil(need) + 16;
    g.bottom = 28;
  }

  // longestName is the most characters in one node's name.
  function longestName(node) {
    return (node.children || []).reduce(function (n, c) {
      return Math.max(n, longestName(c));
    }, (node.name || "").length);
  }

  function countLeaves(node) {
    if (!node.children || node.children.length === 0) {
      return 1;
    }
    return node.children.reduce(function (n, c) {
      return n + countLeaves(c);
    }, 0);
  }

  function draw(d) {
    if (typeof window.echarts === "undefined") {
      return;
    }
    d.el.style.height = fit(d, d.el.clientWidth) + "px";
    if (d.chart) {
      d.chart.setOption(d.option);
      d.chart.resize();
      return;
    }
    d.chart = window.echarts.init(d.el, null, { renderer: "svg" });
    d.chart.on("finished", function () {
      scalable(d.el);
    });
    d.chart.setOption(d.option);
    drawn.push(d);
  }

  // scalable gives the drawing a viewBox, so the print style sheet can fit
  // it to the paper's width.
  function scalable(el) {
    var svg = el.querySelector("svg");
    if (!svg) {
      return;
    }
    var w = parseFloat(svg.getAttribute("width"));
    var h = parseFloat(svg.getAttribute("height"));
    if (w > 0 && h > 0) {
      svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    }
  }

  // Charts are drawn when they come near the screen, each in a task of its
  // own, so a page with many charts opens without a long script run; the
  // data table beside each chart is readable before any of this runs.
  var waiting = [];
  var observer = null;

  // fontsFor loads the web font chunks that a chart's text needs, in both
  // weights: labels are measured with the font at hand, and would be laid
  // out for a narrower fallback if drawn before it arrived.
  function fontsFor(d) {
    fontsOn();
    if (!document.fonts || !document.fonts.load) {
      return Promise.resolve();
    }
    var text = JSON.stringify(d.option);
    return Promise.all([
      document.fonts.load('12px "Pretendard GOV"', text),
      document.fonts.load('bold 12px "Pretendard GOV"', text)
    ]);
  }

  // reserve gives charts not drawn yet the height they will be drawn at,
  // so drawing them moves nothing. All widths are read before any height
  // is set: reading one after a change would lay the page out again.
  function reserve(list) {
    var widths = list.map(function (d) {
      return d.el.clientWidth;
    });
    list.forEach(function (d, i) {
      d.el.style.height = fit(d, widths[i]) + "px";
    });
  }

  function show(d) {
    if (d.queued) {
      return;
    }
    d.queued = true;
    var go = function () {
      window.setTimeout(function () {
        if (!d.chart) {
          draw(d);
        }
      }, 0);
    };
    loadRuntime().then(function () {
      return fontsFor(d);
    }).then(go, go);
  }

  window.workplanCharts = function (list) {
    var added = list.filter(function (d) {
      d.el = document.getElementById(d.id);
      return d.el;
    });
    reserve(added);
    added.forEach(function (d) {
      waiting.push(d);
    });
    if (!("IntersectionObserver" in window)) {
      waiting.forEach(show);
      return;
    }
    observer = observer || new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (!e.isIntersecting) {
          return;
        }
        observer.unobserve(e.target);
        waiting.forEach(function (d) {
          if (d.el === e.target) {
            show(d);
          }
        });
      });
    // A small margin: a chart below the first screen (the org chart at
    // about 1,200 px on phones) must not pull the 180 KB runtime into the
    // page's first seconds; the reserved box and its table show meanwhile.
    }, { rootMargin: "100px 0px" });
    waiting.forEach(function (d) {
      observer.observe(d.el);
    });
  };

  var timer = 0;
  window.addEventListener("resize", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      drawn.forEach(draw);
      reserve(waiting.filter(function (d) {
        return !d.chart;
      }));
    }, 120);
  });

  // Print at the width of an A4 page's text, with every chart drawn: the
  // ones never scrolled to are drawn now, before the page is printed. If
  // the runtime has not come yet, the print shows their data tables.
  window.addEventListener("beforeprint", function () {
    if (waiting.length > 0) {
      loadRuntime();
    }
    waiting.forEach(function (d) {
      if (!d.chart && typeof window.echarts !== "undefined") {
        d.queued = true;
        draw(d);
      }
      var table = d.el.parentNode.querySelector(".chart-data");
      if (!d.chart && table) {
        d.el.parentNode.classList.add("print-table");
        d.wasOpen = table.open;
        table.open = true;
      }
    });
    drawn.forEach(function (d) {
      d.chart.resize({ width: 640 });
      scalable(d.el);
    });
  });
  window.addEventListener("afterprint", function () {
    waiting.forEach(function (d) {
      var fig = d.el.parentNode;
      if (fig.classList.contains("print-table")) {
        fig.classList.remove("print-table");
        fig.querySelector(".chart-data").open = d.wasOpen;
      }
    });
    drawn.forEach(function (d) {
      d.chart.resize();
    });
  });
})();
