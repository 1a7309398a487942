// Interactive connectivity views: every element of class "cv" holds its data as JSON in a child
// script element of class "cv-data". Selecting a character (pointer, tap, arrow keys, walkthrough
// buttons) shades every panel of the view by its connectivity to that character and shows each
// model's suggestions there. The shading follows the SVG figure exactly: a row entry is stored as
// a code q = round(-1000 log10(value / row maximum)) in three digits of the data's alphabet; its
// level 0..255 comes from integer arithmetic (log) or a threshold table (linear) computed by the
// page's writer, and the level indexes the palette.
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
      this.panels.push({
        data: this.data.panels[p],
        cells: cells,
        target: element.querySelector('.cv-target'),
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
    this.position = Math.max(0, Math.min(this.length - 1, position));
    this.render();
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
        if (i <= t) {
          var shade = level(data, code(this.digit, row, i), this.scale);
          cell.style.backgroundColor = data.palette[shade];
          cell.style.color = data.ink.charAt(shade) === 'w' ? '#ffffff' : '#000000';
          cell.setAttribute('data-level', String(shade));
          cell.className = i === t ? 'cv-selected' : '';
        } else {
          cell.style.backgroundColor = '';
          cell.style.color = '';
          cell.removeAttribute('data-level');
          cell.className = 'cv-future';
        }
      }
      var target = panel.data.targets[t];
      panel.target.textContent = 'target: ' + target;
      while (panel.list.firstChild) {
        panel.list.removeChild(panel.list.firstChild);
      }
      var suggestions = panel.data.suggestions[t];
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
    if (!active || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      active.select(active.position + (event.key === 'ArrowLeft' ? -1 : 1));
    }
  });

  var roots = document.querySelectorAll('.cv');
  for (var r = 0; r < roots.length; r++) {
    views.push(new View(roots[r]));
  }
  active = views.length > 0 ? views[0] : null;
}());
