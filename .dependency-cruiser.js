/**
 * Which folder of src/ may import which: the layering the code actually has, checked by `npm run deps`
 * (part of `npm test`). Reading down, each layer may use the ones above it, never the ones below:
 *
 *   core, data    plain values: the view's shared choices; the grammars, tokenizers, vocabulary (no tfjs)
 *   model         the network in tf ops, the same code in Node and the browser
 *   learn         the training core (step, backprop, Adam, kernels): Node's trainer and Train live
 *   live          Train live's worker
 *   viz, embed    plain arrays in, SVG out; the iframe protocol
 *   app           the React page: the only folder that sees all of the above
 *   cli           Node's command-line tools (train, eval, translate): the only browser-free code
 *
 * Tests (*.test.ts, src/testing/) may import anything. `npm run deps:graph` draws the same picture as
 * docs/architecture.deps.md.
 */
const tests = '[.]test[.]tsx?$|^src/testing/';
const browser = '^src/(app|core|data|embed|learn|live|model|offline|viz)/';
const tfjs = '(^|/)@tensorflow/';
const folders = (...names) => `^src/(${names.join('|')})/`;

/** A rule that `from` (a folder of src/, tests aside) imports none of `to`. */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: tests },
  to: typeof to === 'string' ? { path: to } : to,
});

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: neither can be read, tested or loaded without the other.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-types',
      comment: 'A cycle closed by an `import type` is erased at build time, so it breaks nothing yet; it still ties two files into one.',
      severity: 'error',
      from: {},
      to: { circular: true, via: { dependencyTypes: ['type-only'] } },
    },
    forbid('app-stays-in-app', 'Only the page itself imports the page: shared code lives below it.', '^src/(?!app/)', folders('app')),
    forbid(
      'browser-code-not-cli',
      'The page, its worker and everything they load run in a browser: no command-line tool.',
      browser,
      folders('cli'),
    ),
    forbid('browser-code-not-node-builtins', 'No Node built-in module in code a browser loads.', browser, {
      dependencyTypes: ['core'],
    }),
    forbid(
      'core-is-plain',
      "The view's shared choices are plain values that every layer may name: they import no other layer.",
      folders('core'),
      folders('data', 'model', 'learn', 'live', 'viz', 'embed', 'app', 'cli', 'offline'),
    ),
    forbid(
      'data-below-model',
      'The grammars, tokenizers and vocabulary know nothing of the network, its training or its screens.',
      folders('data'),
      folders('model', 'learn', 'live', 'viz', 'embed', 'app', 'cli', 'offline'),
    ),
    forbid('data-without-tfjs', 'The data layer is plain TypeScript: no tensors.', folders('data'), tfjs),
    forbid(
      'model-below-training',
      'The model imports nothing from training, UI or I/O; training imports the model.',
      folders('model'),
      folders('learn', 'live', 'viz', 'embed', 'app', 'cli', 'offline'),
    ),
    forbid(
      'learn-below-its-users',
      "The training core is shared by Node's trainer and Train live's worker, so it imports neither.",
      folders('learn'),
      folders('live', 'viz', 'embed', 'app', 'cli', 'offline'),
    ),
    forbid(
      'live-below-app',
      "Train live's worker runs beside the page, not in it.",
      folders('live'),
      folders('viz', 'embed', 'app', 'cli', 'offline'),
    ),
    forbid(
      'viz-takes-plain-arrays',
      'The charts take plain arrays: no model, no tensors, no app state.',
      folders('viz'),
      `${folders('data', 'model', 'learn', 'live', 'embed', 'app', 'cli', 'offline')}|${tfjs}`,
    ),
    forbid(
      'embed-is-the-protocol',
      'The embed protocol and bridge speak in commands and events, not in models or screens.',
      folders('embed'),
      folders('model', 'learn', 'live', 'viz', 'app', 'cli', 'offline'),
    ),
    forbid(
      'offline-stands-alone',
      'The service worker admits files to its caches; it loads no model and no page code.',
      folders('offline'),
      folders('data', 'model', 'learn', 'live', 'viz', 'embed', 'app', 'cli'),
    ),
    forbid(
      'cli-not-the-page',
      "Node's tools share the model and the trainer, never the page's code.",
      folders('cli'),
      folders('live', 'viz', 'embed', 'app', 'offline'),
    ),
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // `import type` is a dependency too: a type from the page in the model still ties the model to the page.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Vite's own modules (virtual:pretrained, asset ?url imports) are the bundler's, not ours.
    exclude: { path: '^virtual:' },
    reporterOptions: {
      mermaid: { minify: false },
    },
  },
};
