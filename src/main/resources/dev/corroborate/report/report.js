(function () {
  'use strict';
  var doc = document;
  function inputs(name) {
    return Array.prototype.slice.call(doc.querySelectorAll('input[name="' + name + '"]'));
  }
  function each(selector, fn) {
    Array.prototype.forEach.call(doc.querySelectorAll(selector), fn);
  }
  function checked(name) {
    var set = {};
    inputs(name).forEach(function (i) { if (i.checked) { set[i.value] = true; } });
    return set;
  }
  function selectKinds(words) {
    inputs('kind').forEach(function (i) {
      var official = i.getAttribute('data-official') === 'true';
      i.checked = words.indexOf('all') >= 0 || words.indexOf(i.value) >= 0
        || (official && words.indexOf('official') >= 0) || (!official && words.indexOf('non-official') >= 0);
    });
  }
  function apply() {
    var verdicts = checked('verdict');
    var kinds = checked('kind');
    each('[data-verdict]', function (e) {
      e.classList.toggle('filtered', !verdicts[e.getAttribute('data-verdict')]);
    });
    each('[data-kind]', function (e) {
      e.classList.toggle('filtered', !kinds[e.getAttribute('data-kind')]);
    });
    each('.side', function (side) {
      var count = side.querySelector('.count');
      if (count) {
        count.textContent = String(side.querySelectorAll('.source:not(.filtered)').length);
      }
    });
    var all = doc.querySelectorAll('article.claim').length;
    var shown = doc.querySelectorAll('article.claim:not(.filtered)').length;
    var label = doc.getElementById('shown');
    if (label) {
      label.textContent = shown + ' of ' + all + ' claims shown';
    }
  }
  var params = new URLSearchParams(window.location.search);
  if (params.has('verdict')) {
    var wanted = params.get('verdict').split(',');
    inputs('verdict').forEach(function (i) { i.checked = wanted.indexOf(i.value) >= 0; });
  }
  if (params.has('kind')) {
    selectKinds(params.get('kind').split(','));
  }
  inputs('verdict').concat(inputs('kind')).forEach(function (i) { i.addEventListener('change', apply); });
  each('button[data-preset]', function (b) {
    b.addEventListener('click', function () {
      selectKinds([b.getAttribute('data-preset')]);
      apply();
    });
  });
  window.addEventListener('beforeprint', function () {
    each('details', function (d) { d.open = true; });
  });
  apply();
  doc.documentElement.setAttribute('data-ready', 'true');
}());
