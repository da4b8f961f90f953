// The host page's own script: points the iframe at the widget (?widget=URL, else this site) and wires the buttons.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var widget = new URL(params.get('widget') || './', location.href);
  widget.searchParams.set('embed', '1');
  widget.searchParams.set('text', 'Tom chased Jerry.');
  widget.searchParams.set('lang', 'en');
  var iframe = document.getElementById('lens');
  var log = document.getElementById('log');
  iframe.src = widget.href;
  var lens = window.AttentionLens.connect(iframe, {
    onEvent: function (e) {
      var li = document.createElement('li');
      var summary =
        e.event === 'translated'
          ? e.model + ': ' + e.tokens.join('')
          : e.event === 'step'
            ? e.step + '/' + e.total
            : e.event === 'resize'
              ? e.height + 'px'
              : e.message || '';
      li.textContent = e.event + ' ' + summary; // text, never HTML
      log.appendChild(li);
      window.lensEvents = (window.lensEvents || []).concat([e]);
    },
  });
  window.lens = lens;
  document.querySelectorAll('[data-command]').forEach(function (b) {
    b.addEventListener('click', function () {
      var c = b.dataset.command;
      var fields = {};
      if (b.dataset.text) fields.text = b.dataset.text;
      if (b.dataset.mode) fields.mode = b.dataset.mode;
      if (b.dataset.lang) fields.lang = b.dataset.lang;
      if (b.dataset.step) fields.step = b.dataset.step;
      lens.send(c, fields);
    });
  });
})();
