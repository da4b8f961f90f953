// The host page's own script: points the iframe at the widget (this site's, or ?widget=URL) and wires the buttons.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var loopback = ['localhost', '127.0.0.1', '[::1]'];
  // ?widget= may name this site's own widget, or (when this page itself runs on this machine) one on
  // another local port, to try a build. Never anything else: this page doesn't frame any URL it's handed.
  function allowed(url) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    return url.origin === location.origin || (loopback.indexOf(location.hostname) >= 0 && loopback.indexOf(url.hostname) >= 0);
  }
  var widget = new URL('./', location.href);
  var asked = params.get('widget');
  if (asked !== null) {
    var url = null;
    try {
      url = new URL(asked, location.href);
    } catch {
      // not a URL: refused below
    }
    if (url && allowed(url)) widget = url;
    else document.getElementById('widget-note').textContent = 'Ignoring ?widget=: only this site’s own widget can be shown here.';
  }
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
