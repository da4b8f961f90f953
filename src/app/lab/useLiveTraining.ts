/**
 * Runs Train live: a Web Worker (created the first time the panel opens, ended with the page) kept in
 * step with the view's `lab.live`: training or paused, the run's seed and resets, the example date.
 * The panel only dispatches commands; this hook turns the view into messages and the replies into
 * `LiveProgress`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { check, type Check } from '../../data/check';
import type { FromWorker, ToWorker } from '../../live/messages';
import { liveTask } from '../../live/task';
import type { LiveView } from '../labView';
import { translatable } from '../useTraces';
import type { ViewCommand } from '../view';
import { foldReport, noProgress, type LiveProgress } from './liveProgress';

export interface LiveTraining {
  progress: LiveProgress;
  /** The example date checked against the live language, and its right translation when it is inside. */
  check: Check;
  reference: string[] | null;
  /** The worker's backend and the live model's number of weights, once it has started. */
  worker: { backend: string; parameters: number } | null;
  /** Why training stopped, until it reports again. */
  error: string | null;
}

export function useLiveTraining(live: LiveView, dispatch: (c: ViewCommand) => void): LiveTraining {
  const worker = useRef<Worker | null>(null);
  const [progress, setProgress] = useState<LiveProgress>(noProgress);
  const [started, setStarted] = useState<LiveTraining['worker']>(null);
  const [error, setError] = useState<string | null>(null);
  const checked = useMemo(() => check(liveTask, live.text), [live.text]);
  const reference = checked.kind === 'ok' ? checked.reference : null;

  const send = (m: ToWorker) => worker.current?.postMessage(m);
  const stop = (why: string) => {
    setError(why);
    dispatch({ command: 'trainLive', on: false });
  };

  // The worker: started when the panel first opens, kept while the page lives (closing only pauses).
  useEffect(() => {
    if (!live.open || worker.current) return;
    let w: Worker;
    try {
      w = new Worker(new URL('../../live/worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      queueMicrotask(() => stop((e as Error).message)); // not inside the effect's own render pass
      return;
    }
    worker.current = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'ready') setStarted({ backend: m.backend, parameters: m.parameters });
      else if (m.type === 'error') stop(m.message);
      else {
        setError(null);
        setProgress((p) => foldReport(p, m));
      }
    };
    w.onerror = (e) => stop(e.message || 'The training worker could not start.');
  }, [live.open]); // eslint-disable-line react-hooks/exhaustive-deps -- `stop` only dispatches and sets state
  useEffect(() => () => worker.current?.terminate(), []);

  // Any date it can read is translated (like the explorer, outside the formats too); the answer only inside them.
  const tokens = translatable(checked);
  const example = JSON.stringify([tokens ?? [], reference]);
  useEffect(() => {
    if (!live.open) return;
    const [source, ref] = JSON.parse(example) as [string[], string[] | null];
    send({ type: 'example', source, reference: ref });
  }, [example, live.open]);

  const resetDone = useRef(0);
  useEffect(() => {
    if (!live.open || live.run === resetDone.current) return;
    resetDone.current = live.run;
    send({ type: 'reset', seed: live.seed });
  }, [live.run, live.open]); // eslint-disable-line react-hooks/exhaustive-deps -- a reset is a new `run`; its seed comes with it

  useEffect(() => {
    if (live.open || worker.current) send(live.training ? { type: 'train', seed: live.seed } : { type: 'pause' });
  }, [live.training, live.open]); // eslint-disable-line react-hooks/exhaustive-deps -- the seed changes only through a reset

  return { progress, check: checked, reference, worker: started, error };
}
