/** Accuracy by length: the shipped metrics.json, or a fresh measurement in this browser on the test split. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { sha256 } from '../model/sha256';
import type { Example } from '../data/sample';
import { bucketName, buckets, type TaskId } from '../data/tasks';
import type { Metrics } from '../model/evaluate';
import type { RuntimeState } from './useRuntime';
import { pretrainedFile } from './pretrained';

export interface Accuracy {
  source: 'shipped' | 'measured';
  buckets: string[];
  attention: (number | null)[];
  distracted: (number | null)[];
}

const byLength = (m: Metrics) => m.byLength.map((b) => (b ? b.exact : null));

/** A file of this build's pretrained/, its bytes checked against the SHA-256 the build recorded, read as JSON. */
async function fetchJson<T>(path: string): Promise<T> {
  const file = pretrainedFile(path);
  if (!file) throw new Error(`${path} is not part of this version.`);
  const res = await fetch(file.url);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if ((await sha256(bytes)) !== file.sha256) throw new Error(`${path} is not the file this version shipped (its SHA-256 differs).`);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch {
    throw new Error(`${path} is not JSON.`);
  }
}

/** Accuracy by length, its failures (`onFailed` tells the view: an embedding host hears of each once) and Retry. */
export function useAccuracy(task: TaskId, { runtime, load }: RuntimeState, onFailed: (message: string) => void = () => {}) {
  const [state, setState] = useState<{ task: TaskId; accuracy: Accuracy } | null>(null);
  const setAccuracy = useCallback((accuracy: Accuracy) => setState({ task, accuracy }), [task]);
  const accuracy = state?.task === task ? state.accuracy : null;
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<{ task: TaskId; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const failed = useRef(onFailed);
  useEffect(() => {
    failed.current = onFailed;
  });
  const fail = useCallback(
    (e: unknown) => {
      const message = (e as Error).message;
      setFailure({ task, message });
      failed.current(message);
    },
    [task],
  );

  useEffect(() => {
    let live = true;
    if (!pretrainedFile(`${task}/metrics.json`)) return;
    fetchJson<{ buckets: string[]; models: Record<'attention' | 'distracted', Metrics> }>(`${task}/metrics.json`).then(
      (m) => {
        if (!live) return;
        setFailure(null);
        setAccuracy({
          source: 'shipped',
          buckets: m.buckets,
          attention: byLength(m.models.attention),
          distracted: byLength(m.models.distracted),
        });
      },
      (e) => live && fail(e),
    );
    return () => {
      live = false;
    };
  }, [task, setAccuracy, fail, attempt]);

  const remeasure = useCallback(async () => {
    if (!runtime || load.phase !== 'ready') return;
    try {
      const { examples } = await fetchJson<{ examples: Example[] }>(`${task}/test.json`);
      const total = examples.length * 2;
      setProgress({ done: 0, total });
      const a = await runtime.measure(load.models.attention, examples, (done) => setProgress({ done, total }));
      const twin = load.models.distracted ?? (await runtime.startTwin(task, pretrainedFile)).model;
      const d = await runtime.measure(twin, examples, (done) => setProgress({ done: examples.length + done, total }));
      setFailure(null);
      setAccuracy({ source: 'measured', buckets: buckets.map(bucketName), attention: byLength(a), distracted: byLength(d) });
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
    }
  }, [runtime, load, task, setAccuracy, fail]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { accuracy, progress, remeasure, error: failure?.task === task ? failure.message : null, retry };
}
