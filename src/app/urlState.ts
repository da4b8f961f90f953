/**
 * The view lives in the URL (task, sentence, model mode, score function, compare view, step, language,
 * gold overlay, projector mode, theme, reading section and Predict mode), so a shared link restores the exact view. The page's URL is read once, at launch
 * (`readLaunch`). Invalid values are dropped; nothing from the URL is ever run or rendered as HTML.
 */
import { isTaskId, type TaskId } from '../data/tasks';
import { MAX_CHARS } from '../data/check';
import { isLang, isMode, isReadSection, type Lang, type Mode } from '../core/choices';
import { readSections } from './read/sections';
import { hasScores, isScore, type Score } from './scores';
import { browserLang } from './i18n';
import type { BackendName } from './runtime/backends';

export interface ViewState {
  task: TaskId;
  text: string;
  mode: Mode;
  /** The attention model's score function (tasks with scores: dates); additive elsewhere. */
  score: Score;
  /** Compare scores: the three attention models' heatmaps of the sentence side by side (tasks with scores). */
  compare: boolean;
  /** 1-based decoding step shown; null = the whole translation. */
  step: number | null;
  lang: Lang;
  gold: boolean;
  /** Projector mode: large type, only what the lesson needs. */
  projector: boolean;
  theme: Theme;
  /** The training timeline: the weights after this % of training (the nearest snapshot); null = the shipped model. */
  snapshot: number | null;
  /** The guided reading's section (1…READ_SECTIONS), or null when exploring freely. */
  read: number | null;
  /** Predict, then look: the learner guesses each row of α before it is shown. */
  quiz: boolean;
}

export type Theme = 'light' | 'dark';
const isTheme = (s: unknown): s is Theme => s === 'light' || s === 'dark';
const isFlag = (v: string) => v === '1' || v === '0';
/** A share of training in %, 0–100, at most one decimal (`snapshot=20`, `snapshot=87.5`). */
const isPercent = (v: string) => /^\d{1,3}(\.\d)?$/.test(v) && Number(v) <= 100;

export const defaultText: Record<TaskId, string> = { 'en-zh': 'Tom chased Jerry.', dates: 'Wednesday, November 25, 2026' };

/** Told of each parameter left out: a message for the console, and the parameter as the page names it (`task=foo`). */
export type Warn = (msg: string, param: string) => void;
/** `name=value` as the page names a parameter it left out, a long value cut. */
const shownParam = (name: string, v: string) => `${name}=${v.length > 40 ? `${v.slice(0, 40)}…` : v}`;

export function readUrl(search: string, warn: Warn = () => {}): ViewState {
  const q = new URLSearchParams(search);
  const pick = <T>(name: string, ok: (v: string) => boolean, parse: (v: string) => T, fallback: T): T => {
    const v = q.get(name);
    if (v === null) return fallback;
    if (ok(v)) return parse(v);
    warn(
      `Ignoring URL parameter ${name}=${JSON.stringify(v.slice(0, 40))}: not a valid value.`,
      name === 'text' ? name : shownParam(name, v),
    );
    return fallback;
  };
  const read = pick<number | null>('read', (v) => /^\d$/.test(v) && isReadSection(Number(v)), Number, null);
  // A bare `?read=N` opens on the section's own sentence, model and step; a link with a text is a view as it was.
  const section = read !== null && !q.has('text') ? readSections[read - 1]! : null;
  const task = read !== null ? readSections[read - 1]!.task : pick<TaskId>('task', isTaskId, (v) => v as TaskId, 'en-zh');
  return {
    task,
    text: pick(
      'text',
      (v) => v.length <= MAX_CHARS,
      (v) => v,
      section?.text ?? defaultText[task],
    ),
    mode: pick<Mode>('mode', isMode, (v) => v as Mode, section?.mode ?? 'attention'),
    score: pick<Score>('score', isScore, (v) => v as Score, (read !== null && readSections[read - 1]!.score) || 'additive'),
    compare: pick('compare', isFlag, (v) => v === '1', false),
    step: pick<number | null>('step', (v) => /^\d{1,3}$/.test(v) && Number(v) >= 1, Number, section?.step ?? null),
    lang: pick<Lang>('lang', isLang, (v) => v as Lang, browserLang()),
    gold: pick('gold', isFlag, (v) => v === '1', false),
    projector: pick('projector', isFlag, (v) => v === '1', false),
    theme: pick<Theme>('theme', isTheme, (v) => v as Theme, 'light'),
    snapshot: pick<number | null>('snapshot', isPercent, Number, null),
    read,
    quiz: pick('quiz', isFlag, (v) => v === '1', false),
  };
}

/** The view as a query. Text longer than the input limit stays out: a pasted book would make a URL no server accepts. */
export function writeUrl(state: ViewState): string {
  const q = new URLSearchParams();
  q.set('task', state.task);
  if (state.text.length <= MAX_CHARS) q.set('text', state.text);
  q.set('mode', state.mode);
  // Where the task has scores the link always names one (a reading section may open on another).
  if (hasScores(state.task) || state.score !== 'additive') q.set('score', state.score);
  if (state.compare) q.set('compare', '1');
  if (state.step !== null) q.set('step', String(state.step));
  q.set('lang', state.lang);
  if (state.gold) q.set('gold', '1');
  if (state.projector) q.set('projector', '1');
  if (state.theme !== 'light') q.set('theme', state.theme);
  if (state.snapshot !== null) q.set('snapshot', String(state.snapshot));
  if (state.read !== null) q.set('read', String(state.read));
  if (state.quiz) q.set('quiz', '1');
  return `?${q.toString()}`;
}

/** The URL parameters that hold the view (the command table says which command sets each). */
export const viewParams: readonly (keyof ViewState)[] = [
  'task',
  'text',
  'mode',
  'score',
  'compare',
  'step',
  'lang',
  'gold',
  'projector',
  'theme',
  'snapshot',
  'read',
  'quiz',
];

/**
 * The widget's URL: what it was given (its embed options, an origin to post to) as it came, the view
 * as it is now, and the host's origin pinned when it came from the referrer (a reloaded frame's
 * referrer is its own address). So a reload (Retry after its code failed to load) keeps what the
 * reader typed and goes on talking to its host.
 */
export function writeEmbedUrl(state: ViewState, search: string, host: string | null): string {
  const q = new URLSearchParams(search);
  if (host && !q.has('origin')) q.set('origin', host);
  const view = new URLSearchParams(writeUrl(state));
  for (const key of viewParams) q.delete(key);
  for (const [key, value] of view) q.set(key, value);
  return `?${q.toString()}`;
}

/** How an embedding page configures the widget (read once; not part of the shareable view). */
export interface EmbedOptions {
  embed: boolean;
  /** Show the sentence box, model toggle and step controls. */
  controls: boolean;
  /** Step through the translation by itself once it arrives. */
  autoplay: boolean;
}

export function readEmbedOptions(search: string, warn: Warn = () => {}): EmbedOptions {
  const q = new URLSearchParams(search);
  const flag = (name: string, fallback: boolean) => {
    const v = q.get(name);
    if (v === null) return fallback;
    if (isFlag(v)) return v === '1';
    warn(`Ignoring URL parameter ${name}=${JSON.stringify(v.slice(0, 40))}: use 1 or 0.`, shownParam(name, v));
    return fallback;
  };
  const embed = flag('embed', false);
  return { embed, controls: flag('controls', true), autoplay: flag('autoplay', false) };
}

/** The backends `?backend=` may ask for (others are ignored). */
const backendChoices: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** Everything the page's URL says, read once when the app starts. */
export interface Launch {
  view: ViewState;
  embed: EmbedOptions;
  /** `?backend=webgl|wasm|cpu`: run there instead of the measured choice. */
  backend: BackendName | null;
  /** `?gpu=f16`: simulate a phone GPU's half-float textures on WebGL. */
  halfFloat: boolean;
  /** `?diagnostics=1`: expose the test handle `window.attentionLens` (it can also lose the WebGL context on purpose). */
  diagnostics: boolean;
  /** The app's address without its query: shared links and embed snippets start here. */
  base: string;
  /** The query the page was opened with. */
  search: string;
  /** Parameters of the link left out because their values were not valid (`task=foo`; `text` when over the input limit): the page says so. */
  ignored: string[];
}

export function readLaunch(url: { search: string; origin: string; pathname: string }, warn: (msg: string) => void = () => {}): Launch {
  const q = new URLSearchParams(url.search);
  const backend = q.get('backend');
  const ignored: string[] = [];
  const note: Warn = (msg, param) => {
    warn(msg);
    ignored.push(param);
  };
  return {
    view: readUrl(url.search, note),
    embed: readEmbedOptions(url.search, note),
    ignored,
    backend: backendChoices.find((b) => b === backend) ?? null,
    halfFloat: q.get('gpu') === 'f16',
    diagnostics: q.get('diagnostics') === '1',
    base: `${url.origin}${url.pathname}`,
    search: url.search,
  };
}
