/**
 * Every command, written once: what it does to the view (its reducer case), who may send it (the host
 * page, the URL, the keyboard) with the validator a host's message must pass, its keys, and a label.
 * `reduceView` is the one way the view changes: buttons, keys, timers, host messages and the runtime's
 * reports (a translation arrived, the models loaded) are all commands. It returns the next view and
 * the effects that change implies (effects.ts); a small runner carries those out (runner.ts).
 *
 * The embed protocol's message envelope is in src/embed/protocol.ts; the commands a host may send are
 * the entries here with a `host` validator, and the README's table is tested against them.
 */
import { MAX_CHARS } from '../data/check';
import { isTaskId } from '../data/tasks';
import type { Variant } from '../model/config';
import { nearestStop } from '../model/timeline';
import type { Cell } from '../viz/Heatmap';
import { isLang, isMode, isReadSection, modes, READ_SECTIONS } from '../core/choices';
import { describe, openMessage, type ParsedCommand } from '../embed/protocol';
import { effectsOf, type Effect } from './effects';
import type { Arrival, ViewCommand } from './viewCommand';
import { BETA_MAX, MAX_SEED, type LabView, type LiveView } from './labView';
import { lesson } from './lesson';
import { challengeAfter } from './quiz/challenges';
import { freshRound, nextRow, pick, reveal, roundOver } from './quiz/round';
import { readSections, sectionAfter } from './read/sections';
import { hasScores, isScore, scores } from './scores';
import { defaultText, type ViewState } from './urlState';
import { followed, newSentence, shownStep, totalOf, type View } from './view';

export type { Arrival, ViewCommand };

export type CommandName = ViewCommand['command'];
type Of<K extends CommandName> = Extract<ViewCommand, { command: K }>;

/**
 * Where a key works: anywhere on the page (not while typing), in projector mode, while reading, or in
 * projector mode with Predict on (the clicker reveals and moves on instead of stepping).
 */
export type KeyScope = 'anywhere' | 'projector' | 'reading' | 'quiz';
export interface KeyBinding<C> {
  keys: readonly string[];
  scope: KeyScope;
  /** Bound only in views where this holds (absent: always). */
  when?: (view: View) => boolean;
  make: (key: string, view: View) => C;
}

export interface CommandSpec<C> {
  /** What it does, in a line (the README's tables are tested against these). */
  label: string;
  /** The host page may send it: the message's fields checked one by one; a string is the reason it was refused. */
  host?: (m: Record<string, unknown>) => C | string;
  /** URL parameters that restore what it sets. */
  url?: readonly (keyof ViewState)[];
  keys?: readonly KeyBinding<C>[];
  reduce: (view: View, c: C) => View;
}

type Table = { [K in CommandName]: CommandSpec<Of<K>> };

const clampStep = (i: number, total: number) => Math.max(1, Math.min(total, i));
/** A step asked for before the translation's length is known: kept within what any translation can have. */
const MAX_STEP = 999;
/** 0–100, to one decimal (what the URL keeps). */
const clampPercent = (p: number) => Math.round(Math.max(0, Math.min(100, p)) * 10) / 10;
const sameCell = (a: Cell | null, b: Cell) => !!a && a.row === b.row && a.col === b.col;
const lab = (view: View, patch: Partial<LabView>): View => ({ ...view, lab: { ...view.lab, ...patch } });
const live = (view: View, patch: Partial<LiveView>): View => lab(view, { live: { ...view.lab.live, ...patch } });
const setProjector = (view: View, on: boolean): View =>
  on ? { ...view, projector: true } : { ...view, projector: false, blank: false, help: false };
const nextKeys = ['ArrowRight', 'PageDown'] as const;
/** Predict has rows to guess: it is on, and the attention model (not the distracted one) is on screen. */
const guessing = (view: View) => view.quiz && view.mode !== 'distracted';
const round = (view: View, patch: Partial<View['round']>): View => ({ ...view, round: { ...view.round, ...patch } });
const backKeys = ['ArrowLeft', 'PageUp'] as const;

export const commandTable: Table = {
  setText: {
    label: 'Translate this text.',
    host: (m) =>
      typeof m.text !== 'string'
        ? `setText needs a text (a string), not ${describe(m.text)}.`
        : m.text.length > MAX_CHARS
          ? `setText needs a text of at most ${MAX_CHARS} characters; this one has ${m.text.length}.`
          : { command: 'setText', text: m.text },
    url: ['text'],
    reduce: (view, c) => newSentence(view, { text: c.text }),
  },
  setTask: {
    label: 'Switch the task (en-zh or dates); its default sentence.',
    host: (m) => (isTaskId(m.task) ? { command: 'setTask', task: m.task } : 'setTask needs task "en-zh" or "dates".'),
    url: ['task'],
    reduce: (view, c) => newSentence(view, { task: c.task, text: defaultText[c.task] }),
  },
  setMode: {
    label: 'Show the attention model, the distracted one, or both.',
    host: (m) => (isMode(m.mode) ? { command: 'setMode', mode: m.mode } : 'setMode needs attention, distracted or both.'),
    url: ['mode'],
    reduce: (view, c) => ({ ...view, mode: c.mode }),
  },
  cycleMode: {
    label: 'Next model mode: attention → distracted → both.',
    keys: [{ keys: ['t', 'T'], scope: 'projector', make: () => ({ command: 'cycleMode' }) }],
    reduce: (view) => ({ ...view, mode: modes[(modes.indexOf(view.mode) + 1) % modes.length]! }),
  },
  setScore: {
    label: 'The attention model’s score function: additive, general or scaled-dot (dates); the sentence, step and pinned cell stay.',
    host: (m) =>
      isScore(m.score) ? { command: 'setScore', score: m.score } : 'setScore needs score "additive", "general" or "scaled-dot".',
    url: ['score'],
    keys: [
      { keys: ['s', 'S'], scope: 'projector', when: (view) => hasScores(view.task), make: () => ({ command: 'setScore', score: 'next' }) },
    ],
    reduce: (view, c) => ({ ...view, score: c.score === 'next' ? scores[(scores.indexOf(view.score) + 1) % scores.length]! : c.score }),
  },
  setCompare: {
    label: 'Compare scores: the three score functions’ heatmaps of the sentence side by side (dates), or back.',
    host: (m) =>
      typeof m.on === 'boolean' ? { command: 'setCompare', on: m.on } : `setCompare needs on (true or false), not ${describe(m.on)}.`,
    url: ['compare'],
    keys: [
      {
        keys: ['c', 'C'],
        scope: 'projector',
        when: (view) => hasScores(view.task),
        make: (_, view) => ({ command: 'setCompare', on: !view.compare }),
      },
    ],
    reduce: (view, c) => ({ ...view, compare: c.on }),
  },
  step: {
    label: 'Show decoding up to step n, or the next, previous, first or last step.',
    host: (m) =>
      m.step === 'next' || m.step === 'back' || (Number.isInteger(m.step) && (m.step as number) >= 1 && (m.step as number) <= MAX_STEP)
        ? { command: 'step', step: m.step as number | 'next' | 'back' }
        : `step needs a step number (1–${MAX_STEP}), "next" or "back".`,
    url: ['step'],
    keys: [
      { keys: [...nextKeys, ' '], scope: 'projector', make: () => ({ command: 'step', step: 'next' }) },
      { keys: backKeys, scope: 'projector', make: () => ({ command: 'step', step: 'back' }) },
      { keys: ['Home'], scope: 'projector', make: () => ({ command: 'step', step: 'first' }) },
      { keys: ['End'], scope: 'projector', make: () => ({ command: 'step', step: 'last' }) },
    ],
    reduce: (view, c) => {
      const total = totalOf(view);
      if (total === null) {
        // The translation hasn't arrived: keep the step asked for; its arrival clamps it.
        const at = view.step ?? 1;
        const to = { next: at + 1, back: at - 1, first: 1, last: MAX_STEP }[String(c.step)] ?? Number(c.step);
        return { ...view, playing: false, step: c.step === 'last' ? null : Math.max(1, Math.min(MAX_STEP, to)) };
      }
      const step = shownStep(view, total);
      const to = { next: step + 1, back: step - 1, first: 1, last: total }[String(c.step)] ?? Number(c.step);
      return { ...view, playing: false, step: clampStep(to, total) };
    },
  },
  play: {
    label: 'Play the decoding step by step (from the start when it is all shown).',
    host: () => ({ command: 'play' }),
    reduce: (view) => {
      const total = totalOf(view);
      // From the start when the whole translation is already shown (or not there yet).
      return { ...view, playing: true, step: total === null || shownStep(view, total) >= total ? 1 : view.step };
    },
  },
  pause: {
    label: 'Pause the decoding.',
    host: () => ({ command: 'pause' }),
    reduce: (view) => ({ ...view, playing: false }),
  },
  tick: {
    label: 'One step on while playing (the playback timer).',
    reduce: (view) => {
      const total = totalOf(view);
      if (!view.playing || total === null) return view;
      const step = shownStep(view, total);
      return step >= total ? { ...view, playing: false } : { ...view, step: step + 1, playing: step + 1 < total };
    },
  },
  autoplay: {
    label: 'Start decoding by itself (autoplay, after a new translation).',
    reduce: (view) => (view.autoplayFor === null ? view : { ...view, autoplayFor: null, playing: true, step: 1 }),
  },
  setLang: {
    label: 'Interface language: en or zh.',
    host: (m) => (isLang(m.lang) ? { command: 'setLang', lang: m.lang } : 'setLang needs "en" or "zh".'),
    url: ['lang'],
    reduce: (view, c) => ({ ...view, lang: c.lang }),
  },
  setGold: {
    label: 'Show the gold alignment over the heatmap.',
    url: ['gold'],
    reduce: (view, c) => ({ ...view, gold: c.gold }),
  },
  setTheme: {
    label: 'Light or dark theme.',
    url: ['theme'],
    reduce: (view, c) => ({ ...view, theme: c.theme }),
  },
  setProjector: {
    label: 'Projector mode on or off (leaving it lifts the blank screen and closes the key list).',
    url: ['projector'],
    keys: [{ keys: ['Escape'], scope: 'projector', make: () => ({ command: 'setProjector', projector: false }) }],
    reduce: (view, c) => setProjector(view, c.projector),
  },
  toggle: {
    label: 'Flip projector mode, the blank screen or the key list.',
    keys: [
      { keys: ['p', 'P'], scope: 'anywhere', make: () => ({ command: 'toggle', what: 'projector' }) },
      { keys: ['b', 'B'], scope: 'projector', make: () => ({ command: 'toggle', what: 'blank' }) },
      { keys: ['?'], scope: 'projector', make: () => ({ command: 'toggle', what: 'help' }) },
    ],
    reduce: (view, c) => {
      const on = c.on ?? !view[c.what];
      return c.what === 'projector' ? setProjector(view, on) : { ...view, [c.what]: on };
    },
  },
  fullscreen: {
    label: 'Full screen on or off.',
    keys: [{ keys: ['f', 'F'], scope: 'projector', make: () => ({ command: 'fullscreen' }) }],
    reduce: (view) => view, // not part of the view: its effect asks the browser
  },
  example: {
    label: 'The k-th example of the lesson.',
    keys: [
      {
        keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
        scope: 'projector',
        make: (key) => ({ command: 'example', index: Number(key) - 1 }),
      },
    ],
    reduce: (view, c) => {
      const s = lesson[c.index];
      return s ? newSentence(view, { task: s.task, text: s.text, mode: s.mode, step: 1 }) : view;
    },
  },
  hover: {
    label: 'The heatmap cell under the pointer or keyboard focus.',
    reduce: (view, c) => ({ ...view, hover: c.cell }),
  },
  pin: {
    label: 'Pin a heatmap cell (again to unpin).',
    reduce: (view, c) => ({ ...view, pinned: sameCell(view.pinned, c.cell) ? null : c.cell }),
  },
  setRead: {
    label: `Open the guided reading at a section (1–${READ_SECTIONS}), one on or back, or leave it (null).`,
    host: (m) =>
      m.section === null || m.section === 'next' || m.section === 'back' || isReadSection(m.section)
        ? { command: 'setRead', section: m.section as number | 'next' | 'back' | null }
        : `setRead needs a section number (1–${READ_SECTIONS}), "next", "back" or null.`,
    url: ['read'],
    keys: [
      { keys: ['r', 'R'], scope: 'anywhere', make: (_, view) => ({ command: 'setRead', section: view.read === null ? 1 : null }) },
      { keys: nextKeys, scope: 'reading', make: () => ({ command: 'setRead', section: 'next' }) },
      { keys: backKeys, scope: 'reading', make: () => ({ command: 'setRead', section: 'back' }) },
    ],
    reduce: (view, c) => {
      if (c.section === null) return { ...view, read: null };
      const n = sectionAfter(view.read, c.section);
      if (n === view.read) return view;
      // Each section opens on its own sentence, model and step: what was tried in the last one stays there.
      const s = readSections[n - 1]!;
      return newSentence(view, { read: n, task: s.task, text: s.text, mode: s.mode, step: s.step, score: s.score ?? view.score });
    },
  },
  setSnapshot: {
    label: 'Run on the weights after this share of training, 0–100 % (the nearest snapshot).',
    host: (m) =>
      typeof m.snapshot === 'number' && Number.isFinite(m.snapshot) && m.snapshot >= 0 && m.snapshot <= 100
        ? { command: 'setSnapshot', snapshot: m.snapshot }
        : 'setSnapshot needs a share of training in %, from 0 to 100.',
    url: ['snapshot'],
    reduce: (view, c) => ({ ...lab(view, { timelinePlaying: false }), snapshot: clampPercent(c.snapshot) }),
  },
  playTimeline: {
    label: 'Play the training timeline (from 0 % when it stands at the end), or stop it.',
    reduce: (view, c) => {
      if (!c.on) return lab(view, { timelinePlaying: false });
      const stops = view.stops[followed(view)];
      const atEnd = view.snapshot === null || nearestStop(fractions(stops), view.snapshot) >= stops.length - 1;
      const from = atEnd && stops.length ? { snapshot: stops[0]! } : {};
      return { ...lab(view, { timelinePlaying: true }), ...from };
    },
  },
  timelineTick: {
    label: 'The timeline playing on to its next stop (the playback timer).',
    reduce: (view, c) => (view.lab.timelinePlaying ? { ...view, snapshot: clampPercent(c.snapshot) } : view),
  },
  setRule: {
    label: 'The attention rule: learned, uniform or hard.',
    reduce: (view, c) => lab(view, { rule: c.rule }),
  },
  setBeta: {
    label: `Sharpness β of the learned rule, 0–${BETA_MAX}.`,
    reduce: (view, c) => (Number.isFinite(c.beta) ? lab(view, { rule: 'learned', beta: Math.max(0, Math.min(BETA_MAX, c.beta)) }) : view),
  },
  force: {
    label: 'Put all of one step’s attention on one source word.',
    reduce: (view, c) =>
      [c.row, c.col].every((n) => Number.isInteger(n) && n >= 0)
        ? lab(view, { forced: [...view.lab.forced.filter((f) => f.row !== c.row), { row: c.row, col: c.col }] })
        : view,
  },
  undoForce: {
    label: 'Take the last forced cell back.',
    reduce: (view) => lab(view, { forced: view.lab.forced.slice(0, -1) }),
  },
  resetRule: {
    label: 'Back to the model’s own α.',
    reduce: (view) => lab(view, { rule: 'learned', beta: 1, forced: [] }),
  },
  setLogScale: {
    label: 'Colour the heatmap on a log scale.',
    reduce: (view, c) => lab(view, { logScale: c.on }),
  },
  setQuiz: {
    label: 'Predict, then look: guess where the model will look before each row is shown (a fresh round).',
    host: (m) =>
      typeof m.on === 'boolean' ? { command: 'setQuiz', on: m.on } : `setQuiz needs on (true or false), not ${describe(m.on)}.`,
    url: ['quiz'],
    keys: [{ keys: ['g', 'G'], scope: 'anywhere', make: (_, view) => ({ command: 'setQuiz', on: !view.quiz }) }],
    reduce: (view, c) => ({ ...view, quiz: c.on, round: freshRound, playing: false, step: null }),
  },
  guess: {
    label: 'Predict: pick the source word the model will look at for the row being guessed.',
    reduce: (view, c) => (guessing(view) ? round(view, pick(view.round, c.col, view.shown.attention?.source.length ?? 0)) : view),
  },
  reveal: {
    label: 'Predict: show the row’s α and the verdict on the guess.',
    keys: [
      {
        keys: nextKeys,
        scope: 'quiz',
        when: (view) => !view.round.revealed && !roundOver(view.round, totalOf(view) ?? 0),
        make: () => ({ command: 'reveal' }),
      },
    ],
    reduce: (view) => (guessing(view) && view.shown.attention?.alpha ? round(view, reveal(view.round, view.shown.attention.alpha)) : view),
  },
  nextRow: {
    label: 'Predict: on to the next row.',
    keys: [
      {
        keys: nextKeys,
        scope: 'quiz',
        when: (view) => view.round.revealed && !roundOver(view.round, totalOf(view) ?? 0),
        make: () => ({ command: 'nextRow' }),
      },
    ],
    reduce: (view) => (guessing(view) ? round(view, nextRow(view.round, view.shown.attention?.tokens.length ?? 0)) : view),
  },
  tryAnother: {
    label: 'Predict: the next sentence of the challenge set.',
    keys: [
      { keys: nextKeys, scope: 'quiz', when: (view) => roundOver(view.round, totalOf(view) ?? 0), make: () => ({ command: 'tryAnother' }) },
    ],
    reduce: (view) => {
      const c = challengeAfter(view.task, view.text);
      return newSentence(view, { task: c.task, text: c.text, mode: 'attention', quiz: true });
    },
  },
  setLive: {
    label: 'Open Train live (it starts training) or close it (training pauses).',
    keys: [{ keys: ['l', 'L'], scope: 'projector', make: () => ({ command: 'setLive' }) }],
    reduce: (view, c) => {
      const open = c.open ?? !view.lab.live.open;
      return live(view, { open, training: open });
    },
  },
  trainLive: {
    label: 'Train live: train or pause.',
    reduce: (view, c) => live(view, { open: view.lab.live.open || c.on, training: c.on }),
  },
  resetLive: {
    label: 'Train live: a new run from a seed, paused at step 0.',
    reduce: (view, c) => {
      const seed = c.seed ?? view.lab.live.seed;
      if (!Number.isInteger(seed) || seed < 1 || seed > MAX_SEED) return view;
      return live(view, { seed, run: view.lab.live.run + 1, training: false });
    },
  },
  setLiveText: {
    label: 'Train live: the date its model translates as it learns.',
    reduce: (view, c) => (typeof c.text === 'string' ? live(view, { text: c.text.slice(0, 200) }) : view),
  },
  tracesArrived: {
    label: 'The runtime: translations of the sentence on screen arrived.',
    reduce: (view, c) => {
      const lengths = { ...view.shown.lengths };
      const attention = c.traces.attention ?? view.shown.attention;
      const at = { ...view.shown.at };
      for (const [model, trace] of Object.entries(c.traces) as [Variant, Arrival][]) {
        lengths[model] = trace.tokens.length;
        at[model] = trace.at;
      }
      const arrivals = view.shown.arrivals + 1;
      const next: View = { ...view, shown: { lengths, at, arrivals, attention } };
      // A step asked for before the translation arrived is clamped to it now.
      const total = totalOf(next);
      const step = view.step === null || total === null ? view.step : clampStep(view.step, total);
      // Autoplay starts each new translation of the attention model (not the twin arriving later).
      const autoplayFor = view.autoplay && c.traces.attention ? arrivals : view.autoplayFor;
      return { ...next, step, autoplayFor };
    },
  },
  loaded: {
    label: 'The runtime: the models are loading, ready or failed.',
    reduce: (view, c) => ({ ...view, load: c.phase, stops: c.stops ?? view.stops }),
  },
  failed: {
    label: 'The runtime: something the view needs failed to load (a translation, the accuracy figures).',
    reduce: (view) => view,
  },
};

const fractions = (percents: readonly number[]) => percents.map((p) => ({ fraction: p / 100 }));

/** The next view after `command`, and the effects that change implies (posting to the host, timers, the trainer). */
export function reduceView(view: View, command: ViewCommand): { view: View; effects: Effect[] } {
  const spec = commandTable[command.command] as CommandSpec<ViewCommand> | undefined;
  const next = spec ? spec.reduce(view, command) : view;
  return { view: next, effects: effectsOf(view, next, command) };
}

/** The commands a host page may send, by name. */
export const hostCommands = (Object.keys(commandTable) as CommandName[]).filter((k) => commandTable[k].host);

/** A host's message as a command, or why it isn't one (null when the message isn't for us at all). */
export function parseCommand(data: unknown): ParsedCommand<ViewCommand> | null {
  const m = openMessage(data);
  if (m === null || !('fields' in m)) return m;
  const name = m.fields.command;
  const spec = typeof name === 'string' && Object.hasOwn(commandTable, name) ? commandTable[name as CommandName] : undefined;
  if (!spec?.host) return { ok: false, reason: `Unknown command ${describe(name)}.` };
  const c = (spec.host as (m: Record<string, unknown>) => ViewCommand | string)(m.fields);
  return typeof c === 'string' ? { ok: false, reason: c } : { ok: true, command: c };
}

/** Keys typed into a text field stay text; inside the heatmap the arrows move between cells. */
export interface KeyTarget {
  typing: boolean;
  inGrid: boolean;
}

/**
 * The command a key sends in this view, and the scope it was bound in; null when the key is not ours.
 * While reading, the reading's keys come first (a clicker's → turns the page, not the step); Escape
 * leaves projector mode even from a text field.
 */
export function keyCommand(key: string, view: View, target: KeyTarget): { command: ViewCommand; scope: KeyScope } | null {
  const scopes: KeyScope[] = [
    ...(view.read !== null ? ['reading' as const] : []),
    ...(view.projector && guessing(view) ? ['quiz' as const] : []),
    ...(view.projector ? ['projector' as const] : []),
    'anywhere',
  ];
  for (const scope of scopes)
    for (const spec of Object.values(commandTable) as CommandSpec<ViewCommand>[])
      for (const b of spec.keys ?? []) {
        if (b.scope !== scope || !b.keys.includes(key) || (b.when && !b.when(view))) continue;
        if (target.typing && key !== 'Escape') continue;
        if (target.inGrid && key.startsWith('Arrow')) continue;
        return { command: b.make(key, view), scope };
      }
  return null;
}
