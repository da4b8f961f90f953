// Attention Lens — host-page helper for the embeddable widget (postMessage API v1).
//
//   <iframe src="https://…/?embed=1&text=Tom%20chased%20Jerry." data-attention-lens title="Attention Lens"></iframe>
//   <script src="https://…/embed.js"></script>
//
// Every iframe with `data-attention-lens` gets auto-height. For more, call
//   const lens = AttentionLens.connect(iframe, { onEvent: (e) => console.log(e) });
//   lens.send('setText', { text: 'Mary likes cheese.' });   // also setTask, setMode, step, play, pause, setLang
// Messages are accepted only from that iframe's window and origin.
(function () {
  'use strict';
  var PROTOCOL = 'attention-lens';
  var VERSION = 1;

  function connect(iframe, options) {
    var onEvent = (options && options.onEvent) || function () {};
    var origin = new URL(iframe.src, location.href).origin;
    function onMessage(m) {
      if (m.source !== iframe.contentWindow || m.origin !== origin) return;
      var d = m.data;
      if (!d || d.type !== PROTOCOL || d.version !== VERSION || typeof d.event !== 'string') return;
      if (d.event === 'resize' && typeof d.height === 'number' && d.height > 0 && d.height < 20000)
        iframe.style.height = Math.ceil(d.height) + 'px';
      onEvent(d);
    }
    window.addEventListener('message', onMessage);
    return {
      send: function (command, fields) {
        var msg = { type: PROTOCOL, version: VERSION, command: command };
        for (var k in fields || {}) if (Object.prototype.hasOwnProperty.call(fields, k)) msg[k] = fields[k];
        iframe.contentWindow.postMessage(msg, origin);
      },
      disconnect: function () {
        window.removeEventListener('message', onMessage);
      },
    };
  }

  window.AttentionLens = { connect: connect, version: VERSION };
  function auto() {
    document.querySelectorAll('iframe[data-attention-lens]').forEach(function (f) {
      if (!f.__attentionLens) f.__attentionLens = connect(f);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', auto);
  else auto();
})();
