/** Checks the typed sentence against the grammar when typing pauses, and translates it with both models, debounced. */
import { useEffect, useMemo, useState } from 'react';
import { check, readTokens, type Check } from '../data/check';
import { tasks, type TaskId } from '../data/tasks';
import type { Variant } from '../model/config';
import type { Trace } from '../model/translate';
import { pretrainedFile } from './pretrained';
import type { Lab } from './runtime/runtime';
import type { StopInfo } from './runtime/snapshots';
import type { RuntimeState } from './useRuntime';
import { useSettled } from './useSettled';

export interface Traces {
  check: Check;
  /** The text `check` is about: the typed text as it was when typing last paused. */
  checkedText: string;
  /** Traces of the current tokens; empty while they are being computed or when there is nothing to translate. */
  traces: Partial<Record<Variant, Trace>>;
  /** Where on its timeline each model of `traces` was (null: the shipped weights, no snapshot asked for). */
  at: Record<Variant, StopInfo | null>;
  pending: boolean;
  error: string | null;
}

/** The source tokens the models should translate, or null: empty, Chinese, too long, or no token left (e.g. a lone quote mark). */
export function translatable(c: Check): string[] | null {
  const tokens = readTokens(c);
  return tokens.length ? tokens : null;
}

const shipped = { attention: null, distracted: null };
const pick = <T>(r: Record<Variant, T>, vs: readonly Variant[]) =>
  Object.fromEntries(vs.map((v) => [v, r[v]])) as Partial<Record<Variant, T>>;

/** Translates with both models under `lab` (a snapshot, an attention rule, forced cells). */
export function useTraces({ runtime, load }: RuntimeState, task: TaskId, text: string, lab: Lab, delay = 120): Traces {
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
  const labKey = tokens ? `${sentence}\u0001${JSON.stringify(lab)}` : '';
  const key = tokens ? `${labKey}\u0001${which.join()}` : '';

  useEffect(() => {
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
          const { traces, at } = await runtime.translateLab(task, pretrainedFile, tokens, lab, todo);
          if (live)
            setDone({
              key,
              sentence,
              traces: { ...kept, ...traces },
              at: { ...(same ? done.at : shipped), ...pick(at, todo) },
              error: null,
            });
        } catch (e) {
          if (live) setDone({ key, sentence, traces: {}, at: shipped, error: (e as Error).message });
        }
      },
      done.key === '' || same ? 0 : delay,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` stands for `tokens` and `lab`: re-run when they change, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runtime, load, key, delay]);

  const current = done.key === key;
  // While only the lab changed (another snapshot, rule or forced cell), the last traces of this sentence
  // stay on screen, with the labels of the weights and rule that made them, until the new ones arrive.
  const shown = current || (done.sentence === sentence && !done.error);
  return {
    check: checked,
    checkedText,
    traces: shown ? done.traces : {},
    at: shown ? done.at : shipped,
    pending: !!tokens && !current,
    error: current ? done.error : null,
  };
}
