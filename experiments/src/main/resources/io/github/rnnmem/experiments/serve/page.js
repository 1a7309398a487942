// The page of rnnmem serve: suggestions as the reader types, and the report's connectivity view of
// the typed text, whose rows the server computes for the positions the reader selects. Every URL is
// relative, so the page works under any base path; nothing is loaded from elsewhere.
(function () {
  'use strict';
  var textBox = document.getElementById('text');
  var targetBox = document.getElementById('target');
  var status = document.getElementById('status');
  var suggestionsBox = document.getElementById('suggestions');
  var viewBox = document.getElementById('view');
  var facts = document.getElementById('facts');

  var units = [];
  var view = null;
  var viewText = null;
  var viewTarget = '';
  var edits = 0;
  var shownSuggestions = 0;
  var shownView = 0;
  var answers = {};
  var pending = {};
  var timer = null;

  function fail(response) {
    return response.json().catch(function () {
      return {error: response.status + ' ' + response.statusText};
    }).then(function (body) {
      var problem = new Error(body.error || ('HTTP ' + response.status));
      problem.status = response.status;
      problem.retryAfter = Number(response.headers.get('Retry-After') || '1');
      throw problem;
    });
  }

  function request(path, body) {
    var options = body === undefined ? {credentials: 'same-origin'} : {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)
    };
    return fetch(path, options).then(function (response) {
      return response.ok ? response : fail(response);
    });
  }

  function say(text, problem) {
    status.textContent = text;
    status.className = problem ? 'status problem' : 'status';
  }

  function explain(problem) {
    if (problem.status === 401 || problem.status === 403) {
      say(problem.message + ' (open the page again from the link rnnmem serve printed)', true);
    } else if (problem.status === 503) {
      say('the server is busy; trying again', false);
    } else {
      say(problem.message, true);
    }
  }

  function percent(probability) {
    return (100 * probability).toFixed(1) + '%';
  }

  function target() {
    return targetBox.value.trim();
  }

  function panelOf(label) {
    for (var p = 0; p < units.length; p++) {
      if (units[p].label === label) {
        return p;
      }
    }
    return -1;
  }

  function showFacts(description) {
    var runs = {};
    var engines = {};
    description.units.forEach(function (unit) {
      runs[unit.run + ' (' + unit.run_directory + ')'] = true;
      engines[unit.engine + ' on ' + unit.device] = true;
    });
    var rows = [['runs', Object.keys(runs).join(', ')], ['units', String(description.units.length)],
      ['engine', Object.keys(engines).join(', ')], ['longest text', description.max_chars + ' characters']];
    rows.forEach(function (row) {
      var term = document.createElement('dt');
      term.textContent = row[0];
      var value = document.createElement('dd');
      value.textContent = row[1];
      facts.appendChild(term);
      facts.appendChild(value);
    });
  }

  function showSuggestions(answer) {
    while (suggestionsBox.firstChild) {
      suggestionsBox.removeChild(suggestionsBox.firstChild);
    }
    answer.units.forEach(function (unitAnswer) {
      var unit = units[panelOf(unitAnswer.label)];
      var box = document.createElement('div');
      box.className = 'unit-suggestions';
      box.setAttribute('data-unit', unitAnswer.label);
      var heading = document.createElement('h2');
      heading.textContent = unitAnswer.label;
      var note = document.createElement('span');
      note.className = 'unit-note';
      note.textContent = unit.note;
      heading.appendChild(note);
      box.appendChild(heading);
      var list = document.createElement('ol');
      unitAnswer.last.suggestions.forEach(function (suggestion) {
        var item = document.createElement('li');
        item.textContent = suggestion.word + ' ' + percent(suggestion.probability);
        list.appendChild(item);
      });
      box.appendChild(list);
      suggestionsBox.appendChild(box);
    });
    say(answer.normalised ? 'read as the corpus is: ' + answer.normalised : '', false);
  }

  // The text's suggestions at its last character: cheap, asked on every edit.
  function update() {
    var edit = ++edits;
    var text = textBox.value;
    var named = target();
    request('api/v1/analyze', {text: text}).then(function (response) {
      return response.json();
    }).then(function (answer) {
      if (edit < shownSuggestions) {
        return;
      }
      shownSuggestions = edit;
      showSuggestions(answer);
      if (answer.text !== viewText || named !== viewTarget) {
        loadView(answer.text, named, edit);
      }
    }).catch(function (problem) {
      if (edit >= shownSuggestions) {
        explain(problem);
        if (problem.status === 503) {
          setTimeout(schedule, 1000 * problem.retryAfter);
        }
      }
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  }

  // The view of a text, its rows not computed yet.
  function loadView(text, named, edit) {
    request('view?text=' + encodeURIComponent(text)).then(function (response) {
      return response.text();
    }).then(function (html) {
      if (edit < shownView) {
        return;
      }
      shownView = edit;
      viewBox.innerHTML = html;
      view = window.rnnmemConnectivity.attach(viewBox.querySelector('.cv'));
      viewText = text;
      viewTarget = named;
      answers = {};
      pending = {};
      view.root.addEventListener('cv-select', function (event) {
        ensureRow(event.detail.position);
      });
      ensureRow(view.position);
    }).catch(explain);
  }

  function key(position) {
    return viewTarget + '\n' + position;
  }

  function scoredText(position) {
    var rank = position.scored_rank > 0 ? ', rank ' + position.scored_rank : '';
    return 'scored "' + position.scored + '": ' + percent(position.scored_probability) + rank;
  }

  function apply(answer, position) {
    answer.units.forEach(function (unitAnswer) {
      var p = panelOf(unitAnswer.label);
      var at = unitAnswer.positions[0];
      view.setStep(p, position, {
        suggestions: at.suggestions.map(function (s) {
          return [s.word, s.probability];
        }),
        row: at.connectivity,
        scored: scoredText(at)
      });
    });
  }

  // The connectivity of a position of the view, asked once and kept.
  function ensureRow(position) {
    var wanted = key(position);
    if (answers[wanted]) {
      apply(answers[wanted], position);
      return;
    }
    if (pending[wanted]) {
      return;
    }
    pending[wanted] = true;
    var shown = view;
    var body = {text: viewText, positions: [position]};
    if (viewTarget !== '') {
      body.target = viewTarget;
    }
    request('api/v1/analyze', body).then(function (response) {
      return response.json();
    }).then(function (answer) {
      if (shown !== view) {
        return;
      }
      delete pending[wanted];
      answers[wanted] = answer;
      apply(answer, position);
    }).catch(function (problem) {
      delete pending[wanted];
      if (shown !== view) {
        return;
      }
      explain(problem);
      if (problem.status === 503) {
        setTimeout(function () {
          if (shown === view && view.position === position) {
            ensureRow(position);
          }
        }, 1000 * problem.retryAfter);
      }
    });
  }

  function download(blob, name) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 0);
  }

  document.getElementById('export-json').addEventListener('click', function () {
    if (!view) {
      return;
    }
    var answer = answers[key(view.position)];
    var content = {text: viewText, position: view.position, target: viewTarget || null, scale: view.scale,
      answer: answer || null};
    download(new Blob([JSON.stringify(content, null, 2)], {type: 'application/json'}),
      'connectivity-' + view.position + '.json');
  });

  document.getElementById('export-svg').addEventListener('click', function () {
    if (!view) {
      return;
    }
    var body = {text: viewText, position: view.position, scale: view.scale};
    if (viewTarget !== '') {
      body.target = viewTarget;
    }
    request('api/v1/figure', body).then(function (response) {
      return response.blob();
    }).then(function (blob) {
      download(blob, 'connectivity-' + body.position + '.svg');
    }).catch(explain);
  });

  textBox.addEventListener('input', schedule);
  targetBox.addEventListener('input', schedule);

  request('api/v1/units').then(function (response) {
    return response.json();
  }).then(function (description) {
    units = description.units;
    textBox.maxLength = description.max_chars;
    showFacts(description);
    update();
  }).catch(explain);
}());
