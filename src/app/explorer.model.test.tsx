/**
 * The explorer as a whole, without a browser: random command sequences — every host command with
 * hostile values (through the protocol's parser, as the bridge does), every app command, translations
 * arriving late — through `reduceView`, the shipped models, `explore` and a server render of the page.
 */
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, MAX_CHARS } from '../data/check';
import { nasty } from '../data/fuzzInputs';
import { taskIds, tasks, type TaskId } from '../data/tasks';
import { PROTOCOL, VERSION } from '../embed/protocol';
import { isLang, modes } from '../core/choices';
import type { ModelName } from '../model/config';
import type { Model } from '../model/model';
import { translate } from '../model/translate';
import { loadShipped } from '../testing/shipped';
import { Explorer } from './App';
import { examples } from './examples';
import { explore } from './explorer';
import { dictionaries } from './i18n';
import { labOf, ruleNames } from './labView';
import { lesson } from './lesson';
import { readLaunch, readUrl, writeUrl } from './urlState';
import type { ExplorerState } from './useExplorer';
import { translatable } from './useTraces';
import { noProgress } from './lab/liveProgress';
import { parseCommand, reduceView, type Arrival, type ViewCommand } from './commands';
import { initialView, type View } from './view';
import { scoredTrace } from './runtime/scored';
import { attentionModel, hasScores, scoreModels, type ScoredTrace as Trace } from './scores';
import type { Compared } from './useCompare';

/** Every shipped model of each task: the attention model of each score it has, and the distracted twin. */
const models = {} as Record<TaskId, Partial<Record<ModelName, Model>>>;
beforeAll(async () => {
  for (const task of taskIds) {
    models[task] = {};
    for (const name of [...Object.values(scoreModels(task)), 'distracted' as const])
      models[task][name] = (await loadShipped(task, name)).model;
  }
});
/** The runtime's translation by one model, with its e_ij (and q, k): as translateLab gives it. */
const translated = async (model: Model, tokens: string[], options = {}) => scoredTrace(model, await translate(model, tokens, options));

/** Both models' traces of a view's sentence (cached: the same sentences come back often). */
const cache = new Map<string, { attention: Trace; distracted: Trace } | Record<string, never>>();
async function translateView(view: View) {
  const tokens = translatable(check(tasks[view.task], view.text));
  if (!tokens) return {};
  const lab = labOf(view); // the shipped weights: snapshots are fetched by the browser runtime
  const name = attentionModel(view.task, view.score);
  const key = `${view.task}\u0001${name}\u0001${tokens.join('\u0000')}\u0001${JSON.stringify([lab.rule, lab.forced])}`;
  if (!cache.has(key)) {
    const m = models[view.task];
    cache.set(key, {
      attention: await translated(m[name]!, tokens, { rule: lab.rule, forced: lab.forced }),
      distracted: await translated(m.distracted!, tokens),
    });
  }
  return cache.get(key)!;
}

const long =
  "Lily's clever student wrote three letters in the library this morning because her teacher helped him but they will not visit Mary happily in the park tomorrow.";
const text = fc.oneof(fc.constantFrom(long, ...examples['en-zh'], ...examples.dates), nasty);
const hostile = fc.oneof(fc.anything(), nasty, fc.integer(), fc.double(), fc.constantFrom('next', 'back', 'dates', 'en-zh', 'zh', 'both'));
/** A message from the host page: a valid command or garbage; only what `parseCommand` accepts reaches the view. */
const hostMessage = fc
  .record({
    command: fc.constantFrom('setText', 'setTask', 'setMode', 'setScore', 'setCompare', 'step', 'play', 'pause', 'setLang', 'setSnapshot'),
    text: fc.oneof(text, hostile),
    task: fc.oneof(fc.constantFrom(...taskIds), hostile),
    mode: fc.oneof(fc.constantFrom(...modes), hostile),
    score: fc.oneof(fc.constantFrom('additive', 'general', 'scaled-dot'), hostile),
    on: fc.oneof(fc.boolean(), hostile),
    step: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom('next', 'back'), hostile),
    lang: fc.oneof(fc.constantFrom('en', 'zh'), hostile),
    snapshot: fc.oneof(fc.double({ min: -10, max: 110 }), fc.constantFrom(0, 20, 100), hostile),
  })
  .map((m) => parseCommand({ type: PROTOCOL, version: VERSION, ...m }));
const index = fc.oneof(fc.integer({ min: -2, max: 50 }), fc.constant(null));
const cell = fc.record({ row: index, col: index });
const appCommand: fc.Arbitrary<ViewCommand> = fc.oneof(
  fc.record({ command: fc.constant('setText' as const), text }),
  fc.record({
    command: fc.constant('step' as const),
    step: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constantFrom('first', 'last', 'next', 'back')),
  }),
  fc.constantFrom<ViewCommand>({ command: 'play' }, { command: 'pause' }, { command: 'tick' }, { command: 'cycleMode' }),
  fc.record({ command: fc.constant('example' as const), index: fc.integer({ min: -1, max: lesson.length }) }),
  fc.record({ command: fc.constant('toggle' as const), what: fc.constantFrom('projector', 'blank', 'help') }),
  fc.record({ command: fc.constant('setGold' as const), gold: fc.boolean() }),
  fc.record({ command: fc.constant('hover' as const), cell }),
  fc.record({ command: fc.constant('pin' as const), cell }),
  fc.record({ command: fc.constant('pin' as const), cell: fc.constant({ row: 1, col: 28 }) }),
  fc.record({ command: fc.constant('setRule' as const), rule: fc.constantFrom(...ruleNames) }),
  fc.record({ command: fc.constant('setBeta' as const), beta: fc.constantFrom(-1, 0, 0.5, 1, 2.5, 5, 9, NaN) }), // few values: each new rule is a new translation
  fc.record({ command: fc.constant('force' as const), row: fc.integer({ min: -1, max: 4 }), col: fc.integer({ min: -1, max: 30 }) }),
  fc.constantFrom<ViewCommand>({ command: 'undoForce' }, { command: 'resetRule' }, { command: 'setLogScale', on: true }),
);
/** 'translated': the translation of the current sentence arrives (until then the old one is all there is). */
const step = fc.oneof(
  { weight: 3, arbitrary: appCommand },
  { weight: 3, arbitrary: hostMessage.map((r) => (r?.ok ? r.command : null)) },
  { weight: 2, arbitrary: fc.constant('translated' as const) },
);
const urlParams = fc.dictionary(
  fc.constantFrom('task', 'text', 'mode', 'score', 'compare', 'step', 'lang', 'gold', 'projector', 'theme'),
  fc.oneof(text, nasty),
);

/** The runtime's report that these translations arrived. */
const arrived = (traces: Partial<Record<'attention' | 'distracted', Trace>>): ViewCommand => ({
  command: 'tracesArrived',
  traces: Object.fromEntries(
    Object.entries(traces).map(([k, t]): [string, Arrival] => [k, { source: t.source, tokens: t.tokens, alpha: t.alpha, at: null }]),
  ),
});

/** Compare scores: the sentence by every score's model, as useCompare gives it while the view is open. */
async function compareView(view: View): Promise<Compared> {
  const tokens = translatable(check(tasks[view.task], view.text));
  if (!view.compare || !hasScores(view.task) || !tokens) return { traces: {}, pending: false, error: null };
  const m = models[view.task];
  const traces = Object.fromEntries(
    await Promise.all(Object.entries(scoreModels(view.task)).map(async ([s, name]) => [s, await translated(m[name]!, tokens)])),
  );
  return { traces, pending: false, error: null };
}

function render(
  view: View,
  traces: Awaited<ReturnType<typeof translateView>>,
  compared: Compared = { traces: {}, pending: false, error: null },
) {
  const c = check(tasks[view.task], view.text);
  const explored = explore(view, c, traces);
  const m = models[view.task];
  const name = attentionModel(view.task, view.score);
  const state: ExplorerState = {
    launch: readLaunch({ search: '?embed=0', origin: 'https://lens.example', pathname: '/' }),
    view,
    dispatch: () => {},
    t: dictionaries[view.lang],
    task: tasks[view.task],
    check: c,
    checkedText: view.text,
    explored,
    lab: { at: { attention: null, distracted: null }, stops: [], pending: false },
    runtime: {
      runtime: null,
      load: {
        phase: 'ready',
        name,
        models: { attention: m[name]!, distracted: m.distracted! },
        guided: 0.5,
        timelines: { attention: [], distracted: [] },
      },
      backend: null,
      retry: () => {},
      switchBackend: () => {},
      loadTwin: () => {},
    },
    accuracy: { accuracy: null, progress: null, remeasure: async () => {}, error: null, retry: () => {} },
    offline: {
      updateReady: false,
      update: () => {},
      prepare: { phase: 'idle' },
      prepareAll: async () => {},
      available: false,
      insecure: false,
    },
    note: null,
    translation: { error: null, onRetry: () => {} },
    compared,
    trainer: {
      send: () => {},
      stop: () => {},
      state: () => ({ progress: noProgress, worker: null, error: null }),
      subscribe: () => () => {},
    },
  };
  return { explored, html: renderToString(<Explorer {...state} />) };
}

describe('the explorer under random commands', () => {
  it('any sequence of host and app commands, with translations arriving late, renders and leaves a consistent view', async () => {
    await fc.assert(
      fc.asyncProperty(urlParams, fc.array(step, { maxLength: 14 }), async (params, steps) => {
        let view = initialView(readUrl(`?${new URLSearchParams(params)}`));
        let traces = await translateView(view);
        for (const s of steps) {
          if (s === null) continue; // a message the parser refused: the view never sees it
          if (s === 'translated') {
            traces = await translateView(view);
            view = reduceView(view, arrived(traces)).view;
          } else view = reduceView(view, s).view;

          const { explored: x, html } = render(view, traces, await compareView(view));
          expect(html).toContain('id="translation"');
          if (view.compare && view.task === 'dates' && x.sourceTokens.length) expect(html.match(/class="compare-score"/g)).toHaveLength(3);
          expect(taskIds).toContain(view.task);
          expect(modes).toContain(view.mode);
          expect(isLang(view.lang)).toBe(true);
          expect(new URLSearchParams(writeUrl(view)).get('text')?.length ?? 0).toBeLessThanOrEqual(MAX_CHARS); // the app may hold a pasted page; its link never
          expect(x.step).toBeGreaterThanOrEqual(0);
          expect(x.step).toBeLessThanOrEqual(x.total);
          expect(x.current).toBe(x.step > 0 ? x.step - 1 : null);
          for (const t of [x.attention, x.distracted]) if (t) expect(t.source).toEqual(x.sourceTokens);
          const rows = Math.max(x.attention?.tokens.length ?? 0, x.distracted?.tokens.length ?? 0);
          if (x.highlight.row !== null) expect(x.highlight.row).toBeLessThan(rows);
          if (x.highlight.col !== null) expect(x.highlight.col).toBeLessThan(x.sourceTokens.length);
          if (x.attention) {
            expect(x.attention.alpha).toHaveLength(x.attention.tokens.length);
            x.attention.alpha!.forEach((row) => expect(row).toHaveLength(x.sourceTokens.length));
            x.attention.alpha!.forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4)); // under every rule and forced cell
          }
        }
      }),
      { numRuns: 100, seed: 10 },
    );
  }, 600_000); // a hundred runs of real translations: minutes on a busy machine, and a test of correctness, not of speed

  it('the crash that was: a cell pinned on a 29-token sentence, then setTask dates from the host, renders the dates view', async () => {
    let view = initialView(readUrl(`?text=${encodeURIComponent(long)}`));
    let traces = await translateView(view);
    view = reduceView(view, arrived(traces)).view;
    view = reduceView(view, { command: 'pin', cell: { row: 1, col: 28 } }).view;
    expect(render(view, traces).html).toContain('← .');
    const setTask = parseCommand({ type: PROTOCOL, version: VERSION, command: 'setTask', task: 'dates' });
    if (!setTask?.ok) throw new Error('setTask dates should parse');
    view = reduceView(view, setTask.command).view;
    traces = await translateView(view);
    const { html, explored } = render(view, traces);
    expect(explored.attention!.tokens.join('')).toBe('2026-11-25');
    expect(html).toContain('2026-11-25'.slice(0, 4));
  });
});
