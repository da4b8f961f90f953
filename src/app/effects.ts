/**
 * What a change of the view implies outside it — events for the host page, timers, the Train live
 * worker, full screen — derived from the view before and after a command. Pure: the runner
 * (runner.ts) carries the effects out.
 *
 * Timers and the trainer are declared by the view itself (a playing view wants its next tick; an open
 * Train live wants its worker training): comparing the two views says what to arm, disarm or send, so
 * running the same command twice, or starting again from a view (React's StrictMode remounts), never
 * doubles a timer or loses the worker.
 */
import { type AlphaFrom, type WidgetEvent } from '../embed/protocol';
import type { ToWorker } from '../live/messages';
import type { Variant } from '../model/config';
import { nearestStop } from '../model/timeline';
import type { Arrival, ViewCommand } from './viewCommand';
import { initialLab, intervened, type LiveView } from './labView';
import { hasScores } from './scores';
import { followed, shownStep, totalOf, type View } from './view';

/** Time between steps while playing. */
export const PLAY_INTERVAL_MS = 700;
/** Autoplay starts after a short pause, so viewers see the sentence before decoding begins. */
export const AUTOPLAY_DELAY_MS = 400;
/** Time each snapshot stays on screen while the timeline plays. */
export const DWELL_MS = 1200;

export type TimerName = 'play' | 'autoplay' | 'timeline';
/** A message for the Train live worker; the example goes as the typed date (the runner reads its tokens). */
export type TrainerMessage = Exclude<ToWorker, { type: 'example' }> | { type: 'example'; text: string };

export type Effect =
  | { effect: 'post'; event: WidgetEvent }
  /** After `ms`, dispatch `command` (replacing any timer of that name). */
  | { effect: 'arm'; timer: TimerName; ms: number; command: ViewCommand }
  | { effect: 'disarm'; timer: TimerName }
  | { effect: 'trainer'; message: TrainerMessage }
  | { effect: 'fullscreen' };

interface Timer {
  key: string;
  ms: number;
  command: ViewCommand;
}

const fractions = (percents: readonly number[]) => percents.map((p) => ({ fraction: p / 100 }));

/** The timers a view wants running, each with a key that changes when it must start over. */
export function timersOf(view: View): Partial<Record<TimerName, Timer>> {
  const timers: Partial<Record<TimerName, Timer>> = {};
  const total = totalOf(view);
  if (view.playing && total !== null && shownStep(view, total) < total)
    timers.play = { key: `${view.step}/${total}`, ms: PLAY_INTERVAL_MS, command: { command: 'tick' } };
  if (view.autoplayFor !== null)
    timers.autoplay = { key: String(view.autoplayFor), ms: AUTOPLAY_DELAY_MS, command: { command: 'autoplay' } };
  const stops = view.stops[followed(view)];
  if (view.lab.timelinePlaying && stops.length >= 2) {
    const index = view.snapshot === null ? stops.length - 1 : nearestStop(fractions(stops), view.snapshot);
    const at = view.shown.at[followed(view)];
    const shownIndex = at === undefined ? -1 : at === null ? stops.length - 1 : nearestStop(fractions(stops), at);
    // Once the stop's translation is on screen, a moment later the next stop (or the end).
    if (shownIndex === index) {
      const next = stops[index + 1];
      timers.timeline = {
        key: String(index),
        ms: DWELL_MS,
        command: next === undefined ? { command: 'playTimeline', on: false } : { command: 'timelineTick', snapshot: next },
      };
    }
  }
  return timers;
}

const timerNames: TimerName[] = ['play', 'autoplay', 'timeline'];

function timerEffects(before: View | null, after: View): Effect[] {
  const was = before ? timersOf(before) : {};
  const now = timersOf(after);
  return timerNames.flatMap((timer): Effect[] => {
    const [a, b] = [was[timer], now[timer]];
    if (a?.key === b?.key) return [];
    return b ? [{ effect: 'arm', timer, ms: b.ms, command: b.command }] : [{ effect: 'disarm', timer }];
  });
}

/** What the worker must be told when Train live goes from `before` to `after`. */
function trainerEffects(before: LiveView, after: LiveView): Effect[] {
  const m: TrainerMessage[] = [];
  if (after.open && (!before.open || after.text !== before.text)) m.push({ type: 'example', text: after.text });
  if (after.open && after.run !== before.run) m.push({ type: 'reset', seed: after.seed });
  if (after.training !== before.training || after.open !== before.open)
    m.push(after.training ? { type: 'train', seed: after.seed } : { type: 'pause' });
  return m.map((message) => ({ effect: 'trainer', message }));
}

/** Where a translation's α came from, for the host. */
function alphaFrom(view: View, model: Variant, at: number | null): { alphaFrom: AlphaFrom; snapshot?: number } {
  const snapshot = at === null ? {} : { snapshot: at };
  if (model === 'attention' && intervened(view.lab)) return { alphaFrom: 'what-if', ...snapshot };
  return at === null ? { alphaFrom: 'model' } : { alphaFrom: 'snapshot', ...snapshot };
}

/** A Predict row just revealed, for the host: the guess, its verdict and the row's α. */
function guessedEvent(before: View, after: View): WidgetEvent | null {
  const trace = after.shown.attention;
  const result = after.round.results.at(-1);
  if (!trace?.alpha || !result || after.round.results.length === before.round.results.length) return null;
  return {
    event: 'guessed',
    row: result.row,
    token: trace.tokens[result.row] ?? '',
    guess: result.guess,
    hit: result.verdict?.kind === 'hit',
    weight: result.verdict?.weight ?? null,
    alpha: trace.alpha[result.row] ?? [],
    ...alphaFrom(after, 'attention', trace.at),
  };
}

function posts(before: View, after: View, command: ViewCommand): WidgetEvent[] {
  const events: WidgetEvent[] = [];
  if (command.command === 'tracesArrived')
    for (const model of ['attention', 'distracted'] as const) {
      const trace: Arrival | undefined = command.traces[model];
      if (trace)
        events.push({
          event: 'translated',
          task: after.task,
          model,
          source: trace.source,
          tokens: trace.tokens,
          alpha: trace.alpha,
          ...alphaFrom(after, model, trace.at),
          // The score function whose α this is (issue 30): the attention model's, additive where the task has no other.
          ...(model === 'attention' ? { score: hasScores(after.task) ? after.score : 'additive' } : {}),
        });
    }
  if (command.command === 'loaded' && before.load !== after.load) {
    if (after.load === 'ready') events.push({ event: 'ready', task: after.task, mode: after.mode, lang: after.lang });
    if (after.load === 'failed') events.push({ event: 'error', message: command.message ?? 'The models could not load.' });
  }
  if (command.command === 'failed') events.push({ event: 'error', message: command.message });
  const guessed = guessedEvent(before, after);
  if (guessed) events.push(guessed);
  const [t0, t1] = [totalOf(before) ?? 0, totalOf(after) ?? 0];
  const [s0, s1] = [shownStep(before, t0), shownStep(after, t1)];
  if (t1 > 0 && (t0 !== t1 || s0 !== s1)) events.push({ event: 'step', step: s1, total: t1 });
  return events;
}

/** The effects of going from `before` to `after` by `command`. */
export function effectsOf(before: View, after: View, command: ViewCommand): Effect[] {
  return [
    ...posts(before, after, command).map((event): Effect => ({ effect: 'post', event })),
    ...timerEffects(before, after),
    ...trainerEffects(before.lab.live, after.lab.live),
    ...(command.command === 'fullscreen' ? [{ effect: 'fullscreen' } as const] : []),
  ];
}

/** What a fresh runner must start to carry on from `view`: its timers, and Train live if it is open. */
export function resumeEffects(view: View): Effect[] {
  const closed: LiveView = { ...initialLab.live, run: view.lab.live.run };
  return [...timerEffects(null, view), ...trainerEffects(closed, view.lab.live)];
}
