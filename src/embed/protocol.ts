/**
 * The widget's postMessage API, version 1. A host page sends commands; the widget sends events. Every
 * message is an object { type: 'attention-lens', version: 1, … }; anything else is ignored. Messages
 * are validated field by field and never executed or rendered as HTML.
 *
 *   host → widget  the commands of src/app/commands.ts that have a `host` validator (setText, setTask,
 *                  setMode, step, play, pause, setLang, setSnapshot, setRead, setQuiz)
 *   widget → host  { event: 'ready', task, mode, lang } · { event: 'translated', task, model, source, tokens, alpha, alphaFrom, snapshot?, score? }
 *                  { event: 'step', step, total } · { event: 'error', message } · { event: 'resize', height }
 *                  { event: 'guessed', row, token, guess, hit, weight, alpha, alphaFrom, snapshot? }
 */
import { MAX_CHARS } from '../data/check';
import type { TaskId } from '../data/tasks';
import type { Lang, Mode, Score } from '../core/choices';

export const PROTOCOL = 'attention-lens';
export const VERSION = 1;
/** Larger messages are dropped unread (a translation event of 45 × 50 α values is far below this). */
export const MAX_MESSAGE_CHARS = 20_000;

/** Where the α of a `translated` event came from: the shipped model, a snapshot of its training, or a what-if (a rule other than the learned one, a forced cell). */
export type AlphaFrom = 'model' | 'snapshot' | 'what-if';

export type WidgetEvent =
  | { event: 'ready'; task: TaskId; mode: Mode; lang: Lang }
  | {
      event: 'translated';
      task: TaskId;
      model: 'attention' | 'distracted';
      source: string[];
      tokens: string[];
      alpha: number[][] | null;
      alphaFrom: AlphaFrom;
      /** The snapshot's share of training in %, when the weights were a snapshot's. */
      snapshot?: number;
      /** The attention model's score function (`additive` on tasks that have no other); absent for the distracted twin. */
      score?: Score;
    }
  | { event: 'step'; step: number; total: number }
  | {
      /** Predict, then look: a row revealed, with the learner's guess and how it fared. */
      event: 'guessed';
      /** The 0-based output row, and its token. */
      row: number;
      token: string;
      /** The source position guessed (null: revealed without a guess). */
      guess: number | null;
      /** The guess held the row's largest weight (a tie counts). */
      hit: boolean;
      /** The weight the guess held (null without a guess). */
      weight: number | null;
      /** The row's α over the source words. */
      alpha: number[];
      alphaFrom: AlphaFrom;
      snapshot?: number;
    }
  | { event: 'error'; message: string }
  | { event: 'resize'; height: number };

/** A host's command after the checks: the command, or the reason it was refused. */
export type ParsedCommand<C> = { ok: true; command: C } | { ok: false; reason: string };

const sizeOf = (data: unknown): number | null => {
  try {
    return JSON.stringify(data).length;
  } catch {
    return null;
  }
};

/** A short, safe description of any value (objects from other windows may not even convert to strings). */
export const describe = (v: unknown) =>
  typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : `(${typeof v})`;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Opens a message's envelope: null when it isn't for us at all, a refusal when its version or size is
 * wrong or it isn't plain data, else its fields (the command itself is checked by the app's command
 * table, src/app/commands.ts).
 */
export function openMessage(data: unknown): { fields: Record<string, unknown> } | { ok: false; reason: string } | null {
  if (!isObject(data) || data.type !== PROTOCOL) return null;
  if (data.version !== VERSION)
    return { ok: false, reason: `Unsupported protocol version ${describe(data.version)}; this widget speaks ${VERSION}.` };
  const size = sizeOf(data);
  if (size === null) return { ok: false, reason: 'Message is not plain data.' };
  if (size > MAX_MESSAGE_CHARS) return { ok: false, reason: `Message too large (a text may have at most ${MAX_CHARS} characters).` };
  return { fields: data };
}

/** `https://host[:port]` as an origin, or null when `value` is anything else (a bare host, a path, `*`, `null`). */
export function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    const ok = (url.protocol === 'https:' || url.protocol === 'http:') && [url.origin, `${url.origin}/`].includes(value);
    return ok ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The one origin the widget talks to: `?origin=` when the host pins it, else the embedding page's (from
 * the referrer). With neither, or with a malformed `origin=` (refused, never guessed around), there is
 * none, and `reason` says what the host must add.
 */
export function hostOrigin(search: string, referrer: string): { origin: string } | { origin: null; reason: string; refused?: string } {
  const pinned = new URLSearchParams(search).get('origin');
  if (pinned !== null) {
    const origin = parseOrigin(pinned);
    return origin
      ? { origin }
      : {
          origin: null,
          refused: pinned,
          reason: 'origin= is not an origin: give scheme and host, such as origin=https://course.example.edu.',
        };
  }
  let fromReferrer: string | null = null;
  try {
    const url = new URL(referrer);
    if (url.protocol === 'https:' || url.protocol === 'http:') fromReferrer = url.origin;
  } catch {
    // no referrer (referrerpolicy="no-referrer", or a file opened from disk)
  }
  return fromReferrer
    ? { origin: fromReferrer }
    : {
        origin: null,
        reason:
          'The page embedding this widget sends no referrer: to use its API, add origin= with that page’s origin to the widget URL, such as origin=https://course.example.edu.',
      };
}
