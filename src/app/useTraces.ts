/**
 * Checks the typed sentence against the grammar when typing pauses, and translates it with both models,
 * debounced. Each translation that arrives, and each failure, is reported (`report`): the view learns
 * of them as commands. A failure keeps the last good translation of the sentence on screen, with the
 * error and a Retry.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { check, readTokens, type Check } from '../data/check';
import { tasks, type TaskId } from '../data/tasks';
import type { ModelName, Variant } from '../model/config';
import type { Arrival } from './commands';
import { pretrainedFile } from './pretrained';
import type { Lab } from './runtime/runtime';
import type { StopInfo } from './runtime/snapshots';
import type { ScoredTrace } from './scores';
import type { RuntimeState } from './useRuntime';
import { useSettled } from './useSettled';

export interface Traces {
  check: Check;
  /** The text `check` is about: the typed text as it was when typing last paused. */
  checkedText: string;
  /** Traces of the current tokens; empty while they are being computed or when there is nothing to translate. */
  traces: Partial<Record<Variant, ScoredTrace>>;
  /** Where on its timeline each model of `traces` was (null: the shipped weights, no snapshot asked for). */
  at: Record<Variant, StopInfo | null>;
  pending: boolean;
  error: string | null;
  /** Translates again after a failure (a snapshot or model file that failed to load is fetched again). */
  retry: () => void;
}

/** Where each translation and failure is reported. */
export interface TraceReport {
  arrived: (traces: Partial<Record<Variant, Arrival>>) => void;
  failed: (message: string) => void;
}

const unreported: TraceReport = { arrived: () => {}, failed: () => {} };

const arrival = (t: ScoredTrace, at: StopInfo | null): Arrival => ({
  source: t.source,
  tokens: t.tokens,
  alpha: t.alpha,
  at: at && !at.shipped ? at.percent : null,
});

/** The source tokens the models should translate, or null: empty, Chinese, too long, or no token left (e.g. a lone quote mark). */
export function translatable(c: Check): string[] | null {
  const tokens = readTokens(c);
  return tokens.length ? tokens : null;
}

const shipped = { attention: null, distracted: null };
const pick = <T>(r: Record<Variant, T>, vs: readonly Variant[]) =>
  Object.fromEntries(vs.map((v) => [v, r[v]])) as Partial<Record<Variant, T>>;
const pickModels = (r: Record<Variant, ModelName>, vs: readonly Variant[]) =>
  Object.fromEntries(vs.map((v) => [v, r[v]])) as Partial<Record<Variant, ModelName>>;

/** Translates with both models under `lab` (a snapshot, an attention rule, forced cells); a side widget's translations need no `report`. */
export function useTraces(
  { runtime, load }: RuntimeState,
  task: TaskId,
  text: string,
  lab: Lab,
  report: TraceReport = unreported,
  delay = 120,
): Traces {
  // Searching the grammar can take longer than a keystroke: check the text once typing pauses.
  const checkedText = useSettled(text, 90);
  const checked = useMemo(() => check(tasks[task], checkedText), [task, checkedText]);
  const [done, setDone] = useState<{ key: string; sentence: string; traces: Traces['traces']; at: Traces['at']; error: string | null }>({
    key: '',
    sentence: '',
    traces: {},
    at: shipped,
    error: null,
  });
  const tokens = translatable(checked);
  const sentence = tokens ? `${task}\u0001${tokens.join('\u0000')}` : '';
  // Until the distracted twin is loaded (after the first heatmap), the attention model translates alone.
  const which: Variant[] = load.phase === 'ready' && load.models.distracted ? ['attention', 'distracted'] : ['attention'];
  // The model in the attention role (by the view's score): another one translates everything again.
  const models: Record<Variant, ModelName> = { attention: load.phase === 'ready' ? load.name : 'attention', distracted: 'distracted' };
  const labKey = tokens ? `${sentence}\u0001${JSON.stringify(lab)}\u0001${models.attention}` : '';
  const [attempt, setAttempt] = useState(0);
  const key = tokens ? `${labKey}\u0001${which.join()}\u0001${attempt}` : '';
  // What a translation started for `key` needs, as of the render that made the key (`key` stands for all of it).
  const request = useRef({ report, tokens, lab, which, models, labKey, sentence, done });
  useEffect(() => {
    request.current = { report, tokens, lab, which, models, labKey, sentence, done };
  });
  // The last good translation of this sentence, kept on screen when a later one fails.
  const good = useRef<{ sentence: string; traces: Traces['traces']; at: Traces['at'] }>({ sentence: '', traces: {}, at: shipped });

  useEffect(() => {
    const { report: reported, tokens, lab, which, models, labKey, sentence, done } = request.current;
    if (!runtime || load.phase !== 'ready' || !tokens) return;
    let live = true;
    // When only the twin is new, the attention model's trace on screen is kept (the same object: an embed host hears of it once).
    const same = done.key.startsWith(`${labKey}\u0001`) && !done.error;
    const kept = same ? done.traces : {};
    const todo = which.filter((v) => !kept[v]);
    // Debounced while typing; the page's first sentence is translated as soon as the models are ready.
    const timer = setTimeout(
      async () => {
        try {
          const { traces, at } = await runtime.translateLab(task, pretrainedFile, tokens, lab, pickModels(models, todo));
          if (!live) return;
          const next = {
            key,
            sentence,
            traces: { ...kept, ...traces },
            at: { ...(same ? done.at : shipped), ...pick(at, todo) },
            error: null,
          };
          good.current = next;
          setDone(next);
          reported.arrived(Object.fromEntries(todo.flatMap((v) => (traces[v] ? [[v, arrival(traces[v], at[v])]] : []))));
        } catch (e) {
          if (!live) return;
          const message = (e as Error).message;
          const last = good.current.sentence === sentence ? good.current : { traces: {}, at: shipped };
          setDone({ key, sentence, traces: last.traces, at: last.at, error: message });
          reported.failed(message);
        }
      },
      done.key === '' || same ? 0 : delay,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [runtime, load, key, delay, task]);

  const current = done.key === key;
  // While only the lab changed (another snapshot, rule or forced cell), the last traces of this sentence
  // stay on screen, with the labels of the weights and rule that made them, until the new ones arrive.
  const shown = current || (done.sentence === sentence && !done.error);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return {
    check: checked,
    checkedText,
    traces: shown ? done.traces : {},
    at: shown ? done.at : shipped,
    pending: !!tokens && !current,
    error: current ? done.error : null,
    retry,
  };
}
