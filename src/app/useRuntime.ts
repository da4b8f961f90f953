/** Loads the tfjs runtime (its own chunk, started before the first render) and the models of the current task. */
import { useCallback, useEffect, useState } from 'react';
import type { TaskId } from '../data/tasks';
import type { ModelName, Variant } from '../model/config';
import type { Model } from '../model/model';
import { modelFiles, pretrainedFile } from './pretrained';
import { prefetch } from './prefetch';
import type { BackendName, BackendReason } from './runtime/backends';
import type { StopInfo } from './runtime/snapshots';

type Runtime = typeof import('./runtime/runtime');

let runtimeImport: Promise<Runtime> | null = null;
let importFailed = false;

/**
 * Starts what the first heatmap waits for, as the page starts (main.tsx, before the first render): the
 * tfjs runtime (its own chunk, not part of the page's initial JS), then the task's models and backend.
 * They download and decode while React renders the page, and nothing waits for them; useRuntime later
 * asks for the same task and finds it done or on its way. A failed task is reported when useRuntime
 * asks for it.
 */
export function startRuntime(task: TaskId, name: ModelName, { backend, halfFloat, diagnostics }: Options): Promise<Runtime> {
  if (!runtimeImport) {
    // Once: a download is handed out once, so a second prefetch would fetch the models again for nobody.
    prefetch(modelFiles(task, name).flatMap((path) => pretrainedFile(path)?.url ?? []));
    runtimeImport = import('./runtime/runtime').then((r) => {
      if (halfFloat) r.forceHalfFloat(); // applied when the WebGL backend loads
      if (diagnostics) r.installDiagnostics();
      r.startTask(task, name, pretrainedFile, backend, () => {}).catch(() => {});
      return r;
    });
  }
  return runtimeImport;
}

export type LoadState =
  | { phase: 'loading'; loaded: number; total: number }
  | {
      phase: 'ready';
      /** Which model plays the attention role (by the view's score). */
      name: ModelName;
      /** The attention model (of the view's score), then its distracted twin (null until loaded: it waits for the first heatmap, `loadTwin`). */
      models: { attention: Model; distracted: Model | null };
      /** guided-alignment weight the attention model was trained with */
      guided: number;
      /** Each model's training timeline: the snapshots, ending at the shipped weights (the twin's empty until it is loaded). */
      timelines: Record<Variant, StopInfo[]>;
    }
  | { phase: 'failed'; message: string };

export interface RuntimeState {
  runtime: Runtime | null;
  load: LoadState;
  backend: {
    name: string;
    reason: BackendReason;
    timings: Partial<Record<string, number>>;
  } | null;
  retry: () => void;
  switchBackend: (name: string) => void;
  /** Loads the distracted twin once the page is ready for it (after the first heatmap is drawn; a no-op once asked). */
  loadTwin: () => void;
}

const starting: LoadState = { phase: 'loading', loaded: 0, total: 0 };

export interface Options {
  /** Run on this backend instead of the measured choice (?backend=). */
  backend: BackendName | null;
  /** Simulate half-float textures on WebGL (?gpu=f16). */
  halfFloat: boolean;
  /** Expose the test handle window.attentionLens (?diagnostics=1). */
  diagnostics: boolean;
}

/** The runtime and the models of `task`: the attention model `name` (by the view's score) and the distracted twin. */
export function useRuntime(task: TaskId, name: ModelName, { backend: forcedBackend, halfFloat, diagnostics }: Options): RuntimeState {
  const [runtime, setRuntime] = useState<Runtime | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [loads, setLoads] = useState<{ key: string; load: LoadState } | null>(null);
  const key = `${task}/${name}/${attempt}/${forcedBackend}`;
  const load: LoadState = loads?.key === key ? loads.load : starting;
  const [backend, setBackend] = useState<RuntimeState['backend']>(null);
  // The distracted twin: asked for once the attention model's first heatmap is on screen, loaded after that frame is painted.
  const [twinAsked, setTwinAsked] = useState<string | null>(null);
  const loadTwin = useCallback(() => setTwinAsked(key), [key, setTwinAsked]);

  useEffect(() => {
    if (runtime) return;
    let live = true;
    // If the chunk can't load (offline without a cache, a failed deploy), say so with a Retry instead of loading forever.
    startRuntime(task, name, { backend: forcedBackend, halfFloat, diagnostics }).then(
      (r) => {
        if (live) setRuntime(r);
      },
      (e: Error) => {
        if (!live) return;
        setLoads({ key, load: { phase: 'failed', message: e.message } });
        importFailed = true;
      },
    );
    return () => {
      live = false;
    };
  }, [runtime, forcedBackend, halfFloat, diagnostics, key, task, name]);

  // If the GPU context is lost mid-session, carry on on wasm with freshly decoded weights, and say so.
  useEffect(() => {
    if (!runtime) return;
    return runtime.onContextLost(() => {
      void runtime.recoverFromContextLoss().then((c) => {
        setBackend({ name: c.name, reason: c.reason, timings: {} });
        setLoads((l) => (l && l.load.phase === 'ready' ? { key: l.key, load: { ...l.load } } : l)); // translate again
      });
    });
  }, [runtime]);

  useEffect(() => {
    if (!runtime) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let twinTimer: ReturnType<typeof setTimeout> | undefined;
    let settled = false; // once ready or failed, late progress from the other download must not undo it
    const setLoad = (l: LoadState) => {
      if (!live || settled) return;
      settled = l.phase !== 'loading';
      setLoads({ key, load: l });
    };
    runtime
      .startTask(task, name, pretrainedFile, forcedBackend as BackendName | null, (loaded, total) =>
        setLoad({ phase: 'loading', loaded, total }),
      )
      .then(({ attention, backend: choice, guided, timeline }) => {
        if (!live) return;
        setBackend({ name: choice.name, reason: choice.reason, timings: choice.timings });
        setLoad({
          phase: 'ready',
          name,
          models: { attention, distracted: null },
          guided,
          timelines: { attention: timeline, distracted: [] },
        });
        // The twin once the first heatmap is drawn (loadTwin), or after a while if nothing was translated.
        twinTimer = setTimeout(() => setTwinAsked(key), 1500);
        // The cold start runs on wasm: the measured choice (WebGL where a GPU wins) is made once the page has settled.
        timer = setTimeout(
          () =>
            void runtime.settleBackend(attention).then((c) => {
              if (live && c) setBackend({ name: c.name, reason: c.reason, timings: c.timings });
            }),
          2000,
        );
      })
      .catch((e: Error) => setLoad({ phase: 'failed', message: e.message }));
    return () => {
      live = false;
      clearTimeout(timer);
      clearTimeout(twinTimer);
    };
  }, [runtime, task, name, key, forcedBackend]);

  const ready = load.phase === 'ready' && !load.models.distracted;
  useEffect(() => {
    if (!runtime || !ready || twinAsked !== key) return;
    let live = true;
    const start = () =>
      void runtime.startTwin(task, pretrainedFile).then(
        ({ model, timeline }) =>
          live &&
          setLoads((l) =>
            l?.key === key && l.load.phase === 'ready'
              ? {
                  key,
                  load: {
                    ...l.load,
                    models: { ...l.load.models, distracted: model },
                    timelines: { ...l.load.timelines, distracted: timeline },
                  },
                }
              : l,
          ),
        (e: Error) => live && setLoads({ key, load: { phase: 'failed', message: e.message } }),
      );
    // After the frame with the heatmap is painted (a hidden page paints no frames: then after a moment).
    let started = false;
    const go = () => {
      if (live && !started) start();
      started = true;
    };
    const timer = setTimeout(go, 300);
    const frame = requestAnimationFrame(() => setTimeout(go, 0));
    return () => {
      live = false;
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [runtime, ready, twinAsked, key, task]);

  // A browser remembers a module that failed to load and won't fetch it again: after a failed import,
  // Retry reloads the page, whose address holds the view (useExplorer keeps it there).
  const retry = useCallback(() => (importFailed ? location.reload() : setAttempt((a) => a + 1)), []);
  const switchBackend = useCallback(
    (name: string) => {
      if (!runtime || load.phase !== 'ready') return;
      void runtime
        .setupBackend(load.models.attention, name as BackendName)
        .then((c) => setBackend({ name: c.name, reason: c.reason, timings: c.timings }));
    },
    [runtime, load],
  );
  return { runtime, load, backend, retry, switchBackend, loadTwin };
}
