/**
 * Train live's worker, outside React: started the first time the view asks it to do something, ended
 * with the page (or a runner's stop). It folds the worker's reports into `LiveProgress`, which the
 * panel reads (useLiveTraining); it never changes the view itself — a worker error goes to `onError`,
 * which the runner turns into a command.
 */
import { check } from '../../data/check';
import type { FromWorker, ToWorker } from '../../live/messages';
import { liveTask } from '../../live/task';
import type { TrainerMessage } from '../effects';
import { translatable } from '../useTraces';
import { foldReport, noProgress, type LiveProgress } from './liveProgress';

export interface TrainerState {
  progress: LiveProgress;
  /** The worker's backend and the live model's number of weights, once it has started. */
  worker: { backend: string; parameters: number } | null;
  /** Why training stopped, until it reports again. */
  error: string | null;
}

export interface TrainerHub {
  send(m: TrainerMessage): void;
  /** Ends the worker (a new one starts on the next message). */
  stop(): void;
  state(): TrainerState;
  subscribe(listener: () => void): () => void;
}

/** The message the worker takes: any date it can read is translated; its right answer only inside the language. */
export function toWorker(m: TrainerMessage): ToWorker {
  if (m.type !== 'example') return m;
  const checked = check(liveTask, m.text);
  return { type: 'example', source: translatable(checked) ?? [], reference: checked.kind === 'ok' ? checked.reference : null };
}

const makeWorker = () => new Worker(new URL('../../live/worker.ts', import.meta.url), { type: 'module' });

export function trainerHub(onError: (message: string) => void, create: () => Worker = makeWorker): TrainerHub {
  let worker: Worker | null = null;
  let state: TrainerState = { progress: noProgress, worker: null, error: null };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<TrainerState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };
  const fail = (message: string) => {
    set({ error: message });
    onError(message);
  };
  const start = () => {
    const w = create();
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'ready') set({ worker: { backend: m.backend, parameters: m.parameters } });
      else if (m.type === 'error') fail(m.message);
      else set({ error: null, progress: foldReport(state.progress, m) });
    };
    w.onerror = (e) => fail(e.message || 'The training worker could not start.');
    return w;
  };
  return {
    send(m) {
      if (!worker && m.type === 'pause') return; // nothing to pause
      try {
        worker ??= start();
      } catch (e) {
        fail((e as Error).message);
        return;
      }
      worker.postMessage(toWorker(m));
    },
    stop() {
      worker?.terminate();
      worker = null;
      state = { progress: noProgress, worker: null, error: null };
    },
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
