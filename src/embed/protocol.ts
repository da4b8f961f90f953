/**
 * The widget's postMessage API, version 1. A host page sends commands; the widget sends events. Every
 * message is an object { type: 'attention-lens', version: 1, … }; anything else is ignored. Messages
 * are validated field by field and never executed or rendered as HTML.
 *
 *   host → widget  { command: 'setText', text } · { command: 'setTask', task } · { command: 'setMode', mode }
 *                  { command: 'step', step: number | 'next' | 'back' } · { command: 'play' } · { command: 'pause' }
 *                  { command: 'setLang', lang } · { command: 'setSnapshot', snapshot: 0–100 (% of training) }
 *                  { command: 'setRead', section: 1–5 | 'next' | 'back' | null }
 *   widget → host  { event: 'ready', version, task, mode, lang } · { event: 'translated', task, model, source, tokens, alpha }
 *                  { event: 'step', step, total } · { event: 'error', message } · { event: 'resize', height }
 */
import { MAX_CHARS } from '../data/check';
import { isTaskId, type TaskId } from '../data/tasks';

/** Which model the view shows: attention, distracted, or both side by side. */
export type Mode = 'attention' | 'distracted' | 'both';
export const modes: readonly Mode[] = ['attention', 'distracted', 'both'];
export const isMode = (s: unknown): s is Mode => modes.includes(s as Mode);

/** The interface language. */
export type Lang = 'en' | 'zh';
export const isLang = (s: unknown): s is Lang => s === 'en' || s === 'zh';

/** The guided reading's sections are numbered 1…READ_SECTIONS (the article's five steps). */
export const READ_SECTIONS = 5;
export const isReadSection = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= READ_SECTIONS;

export const PROTOCOL = 'attention-lens';
export const VERSION = 1;
/** Larger messages are dropped unread (a translation event of 45 × 50 α values is far below this). */
export const MAX_MESSAGE_CHARS = 20_000;

export type Command =
  | { command: 'setText'; text: string }
  | { command: 'setTask'; task: TaskId }
  | { command: 'setMode'; mode: Mode }
  | { command: 'step'; step: number | 'next' | 'back' }
  | { command: 'play' }
  | { command: 'pause' }
  | { command: 'setLang'; lang: Lang }
  /** The training timeline: run on the weights after this % of training (0–100; the nearest snapshot). */
  | { command: 'setSnapshot'; snapshot: number }
  /** The guided reading's section (1–5), one on or back, or null to leave it. */
  | { command: 'setRead'; section: number | 'next' | 'back' | null };

export type WidgetEvent =
  | { event: 'ready'; task: TaskId; mode: Mode; lang: Lang }
  | { event: 'translated'; task: TaskId; model: 'attention' | 'distracted'; source: string[]; tokens: string[]; alpha: number[][] | null }
  | { event: 'step'; step: number; total: number }
  | { event: 'error'; message: string }
  | { event: 'resize'; height: number };

const sizeOf = (data: unknown): number | null => {
  try {
    return JSON.stringify(data).length;
  } catch {
    return null;
  }
};

/** A short, safe description of any value (objects from other windows may not even convert to strings). */
const describe = (v: unknown) =>
  typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : `(${typeof v})`;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A valid command, or a reason it isn't one (null when the message isn't for us at all). */
export function parseCommand(data: unknown): { ok: true; command: Command } | { ok: false; reason: string } | null {
  if (!isObject(data) || data.type !== PROTOCOL) return null;
  if (data.version !== VERSION)
    return { ok: false, reason: `Unsupported protocol version ${describe(data.version)}; this widget speaks ${VERSION}.` };
  const size = sizeOf(data);
  if (size === null) return { ok: false, reason: 'Message is not plain data.' };
  if (size > MAX_MESSAGE_CHARS) return { ok: false, reason: `Message too large (a text may have at most ${MAX_CHARS} characters).` };
  switch (data.command) {
    case 'setText':
      if (typeof data.text !== 'string') return { ok: false, reason: `setText needs a text (a string), not ${describe(data.text)}.` };
      return data.text.length <= MAX_CHARS
        ? { ok: true, command: { command: 'setText', text: data.text } }
        : { ok: false, reason: `setText needs a text of at most ${MAX_CHARS} characters; this one has ${data.text.length}.` };
    case 'setTask':
      return isTaskId(data.task)
        ? { ok: true, command: { command: 'setTask', task: data.task } }
        : { ok: false, reason: 'setTask needs task "en-zh" or "dates".' };
    case 'setMode':
      return isMode(data.mode)
        ? { ok: true, command: { command: 'setMode', mode: data.mode } }
        : { ok: false, reason: 'setMode needs attention, distracted or both.' };
    case 'step':
      return data.step === 'next' ||
        data.step === 'back' ||
        (Number.isInteger(data.step) && (data.step as number) >= 1 && (data.step as number) <= 999)
        ? { ok: true, command: { command: 'step', step: data.step as number | 'next' | 'back' } }
        : { ok: false, reason: 'step needs a step number (1–999), "next" or "back".' };
    case 'play':
    case 'pause':
      return { ok: true, command: { command: data.command } };
    case 'setLang':
      return isLang(data.lang)
        ? { ok: true, command: { command: 'setLang', lang: data.lang } }
        : { ok: false, reason: 'setLang needs "en" or "zh".' };
    case 'setSnapshot':
      return typeof data.snapshot === 'number' && Number.isFinite(data.snapshot) && data.snapshot >= 0 && data.snapshot <= 100
        ? { ok: true, command: { command: 'setSnapshot', snapshot: data.snapshot } }
        : { ok: false, reason: 'setSnapshot needs a share of training in %, from 0 to 100.' };
    case 'setRead':
      return data.section === null || data.section === 'next' || data.section === 'back' || isReadSection(data.section)
        ? { ok: true, command: { command: 'setRead', section: data.section as number | 'next' | 'back' | null } }
        : { ok: false, reason: `setRead needs a section number (1–${READ_SECTIONS}), "next", "back" or null.` };
    default:
      return { ok: false, reason: `Unknown command ${describe(data.command)}.` };
  }
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
