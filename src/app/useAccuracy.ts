/** Accuracy by length: the shipped metrics.json, or a fresh measurement in this browser on the test split. */
import { useCallback, useEffect, useState } from 'react';
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

export function useAccuracy(task: TaskId, { runtime, load }: RuntimeState) {
  const [state, setState] = useState<{ task: TaskId; accuracy: Accuracy } | null>(null);
  const setAccuracy = useCallback((accuracy: Accuracy) => setState({ task, accuracy }), [task]);
  const accuracy = state?.task === task ? state.accuracy : null;
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    let live = true;
    const file = pretrainedFile(`${task}/metrics.json`);
    if (!file) return;
    fetch(file.url)
      .then((r) => (r.ok ? r.json() : null))
      .then((m: { buckets: string[]; models: Record<'attention' | 'distracted', Metrics> } | null) => {
        if (live && m)
          setAccuracy({
            source: 'shipped',
            buckets: m.buckets,
            attention: byLength(m.models.attention),
            distracted: byLength(m.models.distracted),
          });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [task, setAccuracy]);

  const remeasure = useCallback(async () => {
    if (!runtime || load.phase !== 'ready') return;
    const file = pretrainedFile(`${task}/test.json`);
    if (!file) return;
    const res = await fetch(file.url);
    if (!res.ok) return;
    const { examples } = (await res.json()) as { examples: Example[] };
    const total = examples.length * 2;
    setProgress({ done: 0, total });
    const a = await runtime.measure(load.models.attention, examples, (done) => setProgress({ done, total }));
    const twin = load.models.distracted ?? (await runtime.startTwin(task, pretrainedFile)).model;
    const d = await runtime.measure(twin, examples, (done) => setProgress({ done: examples.length + done, total }));
    setProgress(null);
    setAccuracy({ source: 'measured', buckets: buckets.map(bucketName), attention: byLength(a), distracted: byLength(d) });
  }, [runtime, load, task, setAccuracy]);

  return { accuracy, progress, remeasure };
}
