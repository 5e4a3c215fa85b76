// Redaction worksheet, progressive enhancement: draw rectangles on the page image with a mouse, pen or
// finger. Each rectangle fills a row of the "add areas" form (the same numbers an officer without
// JavaScript types in), where its ground is chosen and which is then saved with the ordinary form.
// Editing the numbers moves the rectangle. No framework; works with the CSP (no inline code or styles).
/* global document, window */
(function () {
  'use strict';
  var canvas = document.querySelector('[data-redact-canvas]');
  var form = document.querySelector('[data-redact-areas]');
  if (!canvas || !form || !window.PointerEvent) return;
  var svg = canvas.querySelector('svg');
  var rowsBox = form.querySelector('[data-area-rows]');
  var live = document.getElementById('redact-live');
  if (!svg || !rowsBox) return;
  var NS = 'http://www.w3.org/2000/svg';
  var page = canvas.getAttribute('data-page');
  var template = rowsBox.querySelector('[data-area-row]').cloneNode(true);

  var toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'secondary redact-toggle';
  toggle.textContent = form.getAttribute('data-label-draw');
  toggle.setAttribute('aria-pressed', 'false');
  toggle.setAttribute('aria-describedby', 'draw-hint');
  canvas.parentNode.insertBefore(toggle, canvas);
  toggle.addEventListener('click', function () {
    var on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    canvas.classList.toggle('drawing', on);
  });

  function field(row, name) {
    return row.querySelector('[data-field="' + name + '"]');
  }
  function rows() {
    return Array.prototype.slice.call(rowsBox.querySelectorAll('[data-area-row]'));
  }
  function isEmpty(row) {
    return ['x', 'y', 'w', 'h'].every(function (n) {
      return field(row, n).value.trim() === '';
    });
  }
  function num(v) {
    var n = parseFloat(String(v).replace(',', '.'));
    return isFinite(n) ? n : NaN;
  }
  // Row ids follow their position: f-area-{i}-{field}, so each label stays tied to its control.
  function renumber() {
    rows().forEach(function (row, i) {
      row.querySelectorAll('[id^="f-area-"], [id^="e-area-"]').forEach(function (el) {
        el.id = el.id.replace(/^([fe])-area-\d+-/, '$1-area-' + i + '-');
      });
      row.querySelectorAll('label[for^="f-area-"]').forEach(function (el) {
        el.setAttribute('for', el.getAttribute('for').replace(/^f-area-\d+-/, 'f-area-' + i + '-'));
      });
      row.querySelectorAll('[aria-describedby^="e-area-"]').forEach(function (el) {
        el.setAttribute('aria-describedby', el.getAttribute('aria-describedby').replace(/^e-area-\d+-/, 'e-area-' + i + '-'));
      });
      var n = row.querySelector('[data-area-number]');
      if (n) n.textContent = String(i + 1);
    });
  }
  function rectFor(row) {
    if (!row._rect) {
      row._rect = document.createElementNS(NS, 'rect');
      row._rect.setAttribute('class', 'new');
      svg.appendChild(row._rect);
    }
    return row._rect;
  }
  // Draws the row's rectangle from its numbers (percent of the page), when it is on this page.
  function sync(row) {
    var x = num(field(row, 'x').value);
    var y = num(field(row, 'y').value);
    var w = num(field(row, 'w').value);
    var h = num(field(row, 'h').value);
    var onPage = field(row, 'page').value.trim() === page;
    var r = rectFor(row);
    if (!onPage || [x, y, w, h].some(isNaN)) {
      r.setAttribute('width', '0');
      r.setAttribute('height', '0');
      return;
    }
    r.setAttribute('x', String(x * 10));
    r.setAttribute('y', String(y * 10));
    r.setAttribute('width', String(Math.max(0, w * 10)));
    r.setAttribute('height', String(Math.max(0, h * 10)));
  }
  function addRemove(row) {
    if (row.querySelector('.redact-remove')) return;
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'link-button redact-remove';
    b.textContent = form.getAttribute('data-label-remove');
    b.addEventListener('click', function () {
      if (row._rect) row._rect.remove();
      if (rows().length > 1) row.remove();
      else {
        ['x', 'y', 'w', 'h'].forEach(function (n) {
          field(row, n).value = '';
        });
        b.remove();
      }
      renumber();
      toggle.focus();
    });
    row.appendChild(b);
  }
  function watch(row) {
    row.addEventListener('input', function () {
      sync(row);
    });
  }
  rows().forEach(function (row) {
    watch(row);
    sync(row);
  });

  var fix = function (n) {
    return String(Math.round(n * 1000) / 10);
  };
  function addArea(a) {
    var row = rows().filter(isEmpty)[0];
    if (!row) {
      row = template.cloneNode(true);
      row.querySelectorAll('.error').forEach(function (e) {
        e.remove();
      });
      row.querySelectorAll('[aria-invalid]').forEach(function (e) {
        e.removeAttribute('aria-invalid');
        e.removeAttribute('aria-describedby');
      });
      row.querySelectorAll('.has-error').forEach(function (e) {
        e.classList.remove('has-error');
      });
      field(row, 'ground').value = '';
      rowsBox.appendChild(row);
      watch(row);
      renumber();
    }
    field(row, 'page').value = page;
    field(row, 'x').value = fix(a.x);
    field(row, 'y').value = fix(a.y);
    field(row, 'w').value = fix(a.w);
    field(row, 'h').value = fix(a.h);
    sync(row);
    addRemove(row);
    var n = rows().indexOf(row) + 1;
    if (live) live.textContent = form.getAttribute('data-msg-added').replace('{n}', String(n)).replace('{p}', page);
    field(row, 'ground').focus();
  }

  // Dragging: positions as fractions of the shown image (which is the page, scaled).
  var start = null;
  var box = null;
  function pos(e) {
    var b = svg.getBoundingClientRect();
    return { x: Math.min(1, Math.max(0, (e.clientX - b.left) / b.width)), y: Math.min(1, Math.max(0, (e.clientY - b.top) / b.height)) };
  }
  function area(p) {
    return { x: Math.min(start.x, p.x), y: Math.min(start.y, p.y), w: Math.abs(p.x - start.x), h: Math.abs(p.y - start.y) };
  }
  canvas.addEventListener('pointerdown', function (e) {
    if (!canvas.classList.contains('drawing') || e.button > 0) return;
    e.preventDefault();
    canvas.setPointerCapture(e.pointerId);
    start = pos(e);
    box = document.createElementNS(NS, 'rect');
    box.setAttribute('class', 'new drawing-now');
    svg.appendChild(box);
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!start) return;
    var a = area(pos(e));
    box.setAttribute('x', String(a.x * 1000));
    box.setAttribute('y', String(a.y * 1000));
    box.setAttribute('width', String(a.w * 1000));
    box.setAttribute('height', String(a.h * 1000));
  });
  function finish(e) {
    if (!start) return;
    var a = area(pos(e));
    start = null;
    box.remove();
    box = null;
    // A tap or a tiny slip is not an area.
    if (a.w < 0.005 || a.h < 0.005) return;
    addArea(a);
  }
  canvas.addEventListener('pointerup', finish);
  canvas.addEventListener('pointercancel', function () {
    if (box) box.remove();
    start = null;
    box = null;
  });
})();
