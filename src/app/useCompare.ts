/**
 * Compare scores: the sentence on screen translated by the task's attention model of every score, under
 * the view's lab (a snapshot, a rule, forced cells), while the compare view is open. The last good
 * translations of the sentence stay on screen while new ones are made.
 */
import { useEffect, useRef, useState } from 'react';
import type { TaskId } from '../data/tasks';
import type { Score } from '../model/config';
import { pretrainedFile } from './pretrained';
import type { Lab } from './runtime/runtime';
import { hasScores, type ScoredTrace } from './scores';
import type { RuntimeState } from './useRuntime';

export interface Compared {
  /** Each score's translation of the sentence on screen (empty until they arrive). */
  traces: Partial<Record<Score, ScoredTrace>>;
  pending: boolean;
  error: string | null;
}

const none: Compared = { traces: {}, pending: false, error: null };

export function useCompare({ runtime, load }: RuntimeState, task: TaskId, tokens: string[] | null, lab: Lab, on: boolean): Compared {
  const sentence = on && tokens && hasScores(task) ? `${task}\u0001${tokens.join('\u0000')}` : '';
  const key = sentence && `${sentence}\u0001${JSON.stringify(lab)}`;
  const [done, setDone] = useState<{ key: string; sentence: string; traces: Compared['traces']; error: string | null }>({
    key: '',
    sentence: '',
    traces: {},
    error: null,
  });
  // What a translation started for `key` needs, as of the render that made the key.
  const request = useRef({ task, tokens, lab });
  useEffect(() => {
    request.current = { task, tokens, lab };
  });
  const ready = load.phase === 'ready';
  useEffect(() => {
    const { task, tokens, lab } = request.current;
    if (!key || !runtime || !ready || !tokens) return;
    let live = true;
    runtime.translateScores(task, pretrainedFile, tokens, lab).then(
      (r) => {
        if (!live) return;
        const traces = Object.fromEntries(Object.entries(r).map(([s, x]) => [s, x.trace]));
        setDone({ key, sentence, traces, error: null });
      },
      (e: Error) => live && setDone((d) => ({ ...d, key, error: e.message })),
    );
    return () => {
      live = false;
    };
  }, [key, sentence, runtime, ready]);
  if (!sentence) return none;
  return {
    traces: done.sentence === sentence ? done.traces : {},
    pending: done.key !== key,
    error: done.key === key ? done.error : null,
  };
}
