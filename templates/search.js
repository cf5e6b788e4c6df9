// search.js runs the search page (search.html): it loads search.json
// (written by the site generator: every published plan's items, with
// their text on one line), finds the query's words in it and lists the
// items that hold them all. A word is found as a substring of an item's
// title, text or tags, without regard to case or spaces, so "소통" finds
// "소통폰" and "소통 활성화". Items with words in their titles come first.
(function () {
  'use strict';
  var form = document.querySelector('form.search-form');
  if (!form) return;
  var input = form.querySelector('input[name=q]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  var MAX = 50; // results shown
  var BEFORE = 30, AFTER = 90; // snippet characters around the first match
  var loading = null;
  var seq = 0;

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute('data-index'), {credentials: 'same-origin'}).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      });
    }
    return loading;
  }

  // fold lowers s's case and drops its spaces; at[i] is the index in s of
  // the i-th code unit of the folded string, so matches map back to s.
  function fold(s) {
    var out = '', at = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      if (/\s/.test(c)) continue;
      var l = c.toLowerCase();
      for (var k = 0; k < l.length; k++) at.push(i);
      out += l;
    }
    at.push(s.length);
    return {s: out, at: at};
  }

  function words(q) {
    return q.split(/\s+/).map(function (w) { return fold(w).s; }).filter(function (w) { return w; });
  }

  // ranges lists where the words stand in s, as [start, end) pairs of s,
  // sorted and merged.
  function ranges(s, ws) {
    var f = fold(s), out = [];
    ws.forEach(function (w) {
      for (var i = f.s.indexOf(w); i >= 0; i = f.s.indexOf(w, i + 1)) {
        out.push([f.at[i], f.at[i + w.length - 1] + 1]);
      }
    });
    out.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    out.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r.slice());
    });
    return merged;
  }

  // marked appends s[from, to) to el, each range in <mark>.
  function marked(el, s, rs, from, to) {
    var pos = from;
    rs.forEach(function (r) {
      var a = Math.max(r[0], from), b = Math.min(r[1], to);
      if (a >= b) return;
      if (a > pos) el.appendChild(document.createTextNode(s.slice(pos, a)));
      var m = document.createElement('mark');
      m.textContent = s.slice(a, b);
      el.appendChild(m);
      pos = b;
    });
    if (pos < to) el.appendChild(document.createTextNode(s.slice(pos, to)));
  }

  // find returns the units holding every word, title hits first, each
  // group in the index's order.
  function find(idx, ws) {
    var hits = [];
    idx.units.forEach(function (u, n) {
      var title = fold(u[3]).s, text = fold(u[5]).s, tags = fold(u[4].join(' ')).s;
      var inTitle = 0;
      for (var i = 0; i < ws.length; i++) {
        var t = title.indexOf(ws[i]) >= 0;
        if (!t && text.indexOf(ws[i]) < 0 && tags.indexOf(ws[i]) < 0) return;
        if (t) inTitle++;
      }
      hits.push({u: u, n: n, score: inTitle});
    });
    hits.sort(function (a, b) { return b.score - a.score || a.n - b.n; });
    return hits;
  }

  function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  function result(idx, hit, ws) {
    var u = hit.u, plan = idx.plans[u[0]];
    var li = document.createElement('li');
    li.className = 'search-result';
    var a = document.createElement('a');
    a.className = 'search-title';
    a.href = plan[0] + 'index.html#' + u[1];
    marked(a, u[3], ranges(u[3], ws), 0, u[3].length);
    var meta = document.createElement('span');
    meta.className = 'search-meta';
    meta.textContent = ' — ' + plan[1] + ' ' + plan[2];
    a.appendChild(meta);
    li.appendChild(a);
    var text = u[5];
    if (text) {
      var rs = ranges(text, ws);
      var start = rs.length ? Math.max(0, rs[0][0] - BEFORE) : 0;
      if (start > 0) { // start at a word
        var sp = text.indexOf(' ', start);
        if (sp >= 0 && sp < rs[0][0]) start = sp + 1;
      }
      var end = Math.min(text.length, (rs.length ? rs[0][1] : 0) + AFTER);
      var p = document.createElement('p');
      p.className = 'search-snippet';
      if (start > 0) p.appendChild(document.createTextNode('…'));
      marked(p, text, rs, start, end);
      if (end < text.length) p.appendChild(document.createTextNode('…'));
      li.appendChild(p);
    }
    return li;
  }

  function say(msg) {
    // A message equal to the last one is cleared first, so that screen
    // readers announce it again.
    if (status.textContent === msg) {
      status.textContent = '';
      setTimeout(function () { status.textContent = msg; }, 50);
    } else {
      status.textContent = msg;
    }
  }

  function run(q) {
    var ws = words(q);
    var mine = ++seq;
    list.textContent = '';
    list.hidden = true;
    if (!ws.length) {
      say(q ? '검색어를 입력해 주세요.' : '');
      return;
    }
    say('검색 중입니다.');
    load().then(function (idx) {
      if (mine !== seq) return;
      var hits = find(idx, ws);
      hits.slice(0, MAX).forEach(function (h) { list.appendChild(result(idx, h, ws)); });
      list.hidden = hits.length === 0;
      var msg = '검색 결과 ' + count(hits.length) + '건';
      if (hits.length > MAX) msg += ' (앞의 ' + MAX + '건을 보여 드립니다)';
      say(msg);
    }, function () {
      if (mine !== seq) return;
      loading = null;
      say('검색 자료를 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.');
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value.trim();
    var url = location.pathname + (q ? '?q=' + encodeURIComponent(q) : '');
    history.replaceState(null, '', url);
    run(q);
  });

  var q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    run(q);
  }
})();
