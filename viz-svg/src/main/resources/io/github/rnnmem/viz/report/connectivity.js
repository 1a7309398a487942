// Interactive connectivity views: every element of class "cv" holds its data as JSON in a child
// script element of class "cv-data". Selecting a character (pointer, tap, arrow keys, walkthrough
// buttons) shades every panel of the view by its connectivity to that character and shows each
// model's suggestions there. The shading follows the SVG figure exactly: a row entry is stored as
// a code q = round(-1000 log10(value / row maximum)) in three digits of the data's alphabet; its
// level 0..255 comes from integer arithmetic (log) or a threshold table (linear) computed by the
// page's writer, and the level indexes the palette.
//
// A view may lack the numbers of some positions (a row of null): a live page computes them when
// they are selected. The view then hatches the characters up to the selected one and fires a
// "cv-select" event (detail.position) on its element; the page hands the numbers over with
// view.setStep(panel, position, {suggestions: [[word, probability]], row: [values], scored: text}),
// which codes the row as the report's writer does. rnnmemConnectivity.attach(element) brings a
// view inserted into the page later to life and returns it.
(function () {
  'use strict';
  var views = [];
  var active = null;

  function digits(alphabet) {
    var values = {};
    for (var d = 0; d < alphabet.length; d++) {
      values[alphabet.charAt(d)] = d;
    }
    return values;
  }

  function code(digit, row, i) {
    var at = 3 * i;
    return digit[row.charAt(at)] * 4096 + digit[row.charAt(at + 1)] * 64 + digit[row.charAt(at + 2)];
  }

  // Rounds half to even, as Java's Math.rint.
  function rint(x) {
    var r = Math.round(x);
    return (r - x === 0.5 && r % 2 !== 0) ? r - 1 : r;
  }

  // The codes of a row's entries 0..t, three digits each: the report writer's coding of values.
  function encode(data, values, t) {
    var maximum = 0;
    for (var m = 0; m < values.length; m++) {
      maximum = Math.max(maximum, values[m]);
    }
    var out = '';
    for (var i = 0; i <= t; i++) {
      var q = data.zero;
      if (values[i] > 0 && maximum > 0) {
        q = rint(-data.codesPerDecade * Math.log10(values[i] / maximum));
        q = q >= data.zero ? data.zero : Math.max(0, q);
      }
      out += data.alphabet.charAt(q >> 12) + data.alphabet.charAt((q >> 6) & 63) + data.alphabet.charAt(q & 63);
    }
    return out;
  }

  function percent(probability) {
    return (100 * probability).toFixed(1) + '%';
  }

  function level(data, q, scale) {
    if (q === data.zero) {
      return 0;
    }
    if (scale === 'log') {
      var span = data.decades * data.codesPerDecade;
      return q >= span ? 0 : Math.floor((255 * (span - q) + Math.floor(span / 2)) / span);
    }
    var result = 0;
    while (result < 255 && data.linear[result] >= q) {
      result++;
    }
    return result;
  }

  function View(root) {
    this.root = root;
    this.data = JSON.parse(root.querySelector('.cv-data').textContent);
    this.digit = digits(this.data.alphabet);
    this.scale = this.data.scale;
    this.position = this.data.position;
    this.length = this.data.captions.length;
    this.panels = [];
    var panelElements = root.querySelectorAll('.cv-panel');
    for (var p = 0; p < panelElements.length; p++) {
      var element = panelElements[p];
      var spans = element.querySelectorAll('.cv-text span[data-i]');
      var cells = new Array(this.length);
      for (var s = 0; s < spans.length; s++) {
        cells[Number(spans[s].getAttribute('data-i'))] = spans[s];
      }
      var panelData = this.data.panels[p];
      panelData.scored = panelData.scored || new Array(this.length);
      this.panels.push({
        data: panelData,
        cells: cells,
        target: element.querySelector('.cv-target'),
        scored: element.querySelector('.cv-scored'),
        list: element.querySelector('.cv-suggestions')
      });
    }
    this.caption = root.querySelector('.cv-caption');
    this.bind();
    this.render();
  }

  View.prototype.bind = function () {
    var view = this;
    var pick = function (event) {
      var target = event.target;
      if (target && target.hasAttribute && target.hasAttribute('data-i')) {
        active = view;
        view.select(Number(target.getAttribute('data-i')));
      }
    };
    this.root.addEventListener('mouseover', pick);
    this.root.addEventListener('click', pick);
    var gotos = this.root.querySelectorAll('.cv-goto');
    for (var g = 0; g < gotos.length; g++) {
      gotos[g].addEventListener('click', function (event) {
        active = view;
        view.select(Number(event.currentTarget.getAttribute('data-position')));
      });
    }
    var scales = this.root.querySelectorAll('.cv-scale');
    for (var c = 0; c < scales.length; c++) {
      scales[c].addEventListener('click', function (event) {
        active = view;
        view.scale = event.currentTarget.getAttribute('data-scale');
        view.render();
      });
    }
    this.root.addEventListener('focusin', function () {
      active = view;
    });
  };

  View.prototype.select = function (position) {
    var next = Math.max(0, Math.min(this.length - 1, position));
    var changed = next !== this.position;
    this.position = next;
    this.render();
    if (changed || this.missing(next)) {
      this.root.dispatchEvent(new CustomEvent('cv-select', {detail: {position: next}}));
    }
  };

  // Whether some panel lacks the row of a position.
  View.prototype.missing = function (position) {
    for (var p = 0; p < this.panels.length; p++) {
      if (this.panels[p].data.rows[position] === null) {
        return true;
      }
    }
    return false;
  };

  // Hands over the numbers of one panel at one position and shows them if it is selected.
  View.prototype.setStep = function (panel, position, step) {
    var data = this.panels[panel].data;
    var suggestions = [];
    for (var k = 0; k < step.suggestions.length; k++) {
      suggestions.push([step.suggestions[k][0], percent(step.suggestions[k][1])]);
    }
    data.suggestions[position] = suggestions;
    data.rows[position] = encode(this.data, step.row, position);
    data.scored[position] = step.scored || '';
    if (position === this.position) {
      this.render();
    }
  };

  View.prototype.render = function () {
    var data = this.data;
    var t = this.position;
    this.root.setAttribute('data-position', String(t));
    this.root.setAttribute('data-scale', this.scale);
    this.caption.textContent = data.captions[t];
    for (var p = 0; p < this.panels.length; p++) {
      var panel = this.panels[p];
      var row = panel.data.rows[t];
      for (var i = 0; i < this.length; i++) {
        var cell = panel.cells[i];
        if (i <= t && row !== null) {
          var shade = level(data, code(this.digit, row, i), this.scale);
          cell.style.backgroundColor = data.palette[shade];
          cell.style.color = data.ink.charAt(shade) === 'w' ? '#ffffff' : '#000000';
          cell.setAttribute('data-level', String(shade));
          cell.className = i === t ? 'cv-selected' : '';
        } else {
          cell.style.backgroundColor = '';
          cell.style.color = '';
          cell.removeAttribute('data-level');
          cell.className = i > t ? 'cv-future' : (i === t ? 'cv-pending cv-selected' : 'cv-pending');
        }
      }
      var target = panel.data.targets[t];
      panel.target.textContent = 'target: ' + (target === '' ? '(the next word)' : target);
      if (panel.scored) {
        panel.scored.textContent = panel.data.scored[t] || '';
      }
      var suggestions = panel.data.suggestions[t];
      if (suggestions === null) {
        // Not computed yet: the last list stays, greyed, so that the page does not jump under the pointer.
        panel.list.className = 'cv-suggestions cv-stale';
        continue;
      }
      panel.list.className = 'cv-suggestions';
      while (panel.list.firstChild) {
        panel.list.removeChild(panel.list.firstChild);
      }
      for (var k = 0; k < suggestions.length; k++) {
        var item = document.createElement('li');
        item.textContent = suggestions[k][0] + ' ' + suggestions[k][1];
        if (suggestions[k][0] === target) {
          item.className = 'cv-hit';
        }
        panel.list.appendChild(item);
      }
    }
    var buttons = this.root.querySelectorAll('.cv-scale');
    for (var b = 0; b < buttons.length; b++) {
      buttons[b].setAttribute('aria-pressed', String(buttons[b].getAttribute('data-scale') === this.scale));
    }
    var legends = this.root.querySelectorAll('.cv-legend');
    for (var l = 0; l < legends.length; l++) {
      legends[l].hidden = legends[l].getAttribute('data-scale') !== this.scale;
    }
  };

  document.addEventListener('keydown', function (event) {
    if (!active || event.altKey || event.ctrlKey || event.metaKey || !document.body.contains(active.root)) {
      return;
    }
    var focus = document.activeElement;
    if (focus && (focus.tagName === 'INPUT' || focus.tagName === 'TEXTAREA')) {
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      active.select(active.position + (event.key === 'ArrowLeft' ? -1 : 1));
    }
  });

  function attach(root) {
    active = new View(root);
    return active;
  }

  window.rnnmemConnectivity = {attach: attach};

  var roots = document.querySelectorAll('.cv');
  for (var r = 0; r < roots.length; r++) {
    views.push(new View(roots[r]));
  }
  active = views.length > 0 ? views[0] : null;
}());
