/** Browser side of `npm run bench`: exposes timed runs of our decoder and the date-example pattern. */
import * as tf from '@tensorflow/tfjs-core';
import { defaultCorpus, makeCorpus } from '../src/data/corpus';
import { tasks, type TaskId } from '../src/data/tasks';
import type { Example } from '../src/data/sample';
import type { Variant } from '../src/model/config';
import { evaluate } from '../src/model/evaluate';
import type { Model } from '../src/model/model';
import { translate } from '../src/model/translate';
import { translateNaive } from '../src/model/translateNaive';
import { activateBackend, isSoftwareRenderer, webglRenderer, type BackendName } from '../src/app/runtime/backends';
import { fetchModel } from '../src/app/runtime/fetchModel';

const models = new Map<string, Model>();
async function model(task: TaskId, variant: Variant) {
  const key = `${task}/${variant}`;
  if (!models.has(key)) models.set(key, (await fetchModel(`./pretrained/${task}/${variant}`)).model);
  return models.get(key)!;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** en-zh sentences of exactly `length` tokens from the test split. */
function sentencesOfLength(length: number, count: number): string[][] {
  const test = makeCorpus(tasks['en-zh'], { ...defaultCorpus['en-zh'], train: 0, validation: 0 }).test;
  const exact = test.filter((e) => e.source.length === length);
  const near = test.filter((e) => Math.abs(e.source.length - length) <= 1);
  return (exact.length >= count ? exact : near).slice(0, count).map((e) => e.source);
}

const api = {
  renderer: () => webglRenderer(),
  software: () => isSoftwareRenderer(webglRenderer() ?? ''),
  async use(name: BackendName) {
    const ok = await activateBackend(name);
    for (const m of models.values()) for (const t of Object.values(m.params)) t.dataSync(); // move weights to this backend now
    return ok && tf.getBackend() === name;
  },
  /** p50 / p90 ms of one translation at a given source length, ours vs the date-example pattern. */
  async latency(length: number, runs: number, naiveRuns: number) {
    const m = await model('en-zh', 'attention');
    const inputs = sentencesOfLength(length, 5);
    await translate(m, inputs[0]!); // warm-up (shader compilation on WebGL)
    translateNaive(m, inputs[0]!);
    const ours: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      await translate(m, inputs[r % inputs.length]!);
      ours.push(performance.now() - t0);
    }
    const naive: number[] = [];
    for (let r = 0; r < naiveRuns; r++) {
      const t0 = performance.now();
      translateNaive(m, inputs[r % inputs.length]!);
      naive.push(performance.now() - t0);
    }
    const sample = await translate(m, inputs[0]!);
    const same = translateNaive(m, inputs[0]!).join(' ') === sample.tokens.join(' ');
    return {
      length: inputs[0]!.length,
      outputLength: sample.tokens.length,
      p50: quantile(ours, 0.5),
      p90: quantile(ours, 0.9),
      naiveP50: quantile(naive, 0.5),
      naiveP90: quantile(naive, 0.9),
      same,
    };
  },
  /** The whole test split, batched, with both models: sentences per second. */
  async testSplit(task: TaskId) {
    const res = await fetch(`./pretrained/${task}/test.json`);
    const { examples } = (await res.json()) as { examples: Example[] };
    const m = await model(task, 'attention');
    const t0 = performance.now();
    const metrics = await evaluate(m, examples, { batchSize: 250 });
    const seconds = (performance.now() - t0) / 1000;
    return { sentences: examples.length, seconds, perSecond: examples.length / seconds, exact: metrics.exact };
  },
  /** tf.memory().numTensors before and after n translations. */
  async leak(n: number) {
    const m = await model('en-zh', 'attention');
    const inputs = sentencesOfLength(12, 5);
    await translate(m, inputs[0]!);
    const before = tf.memory().numTensors;
    for (let i = 0; i < n; i++) await translate(m, inputs[i % inputs.length]!);
    return { before, after: tf.memory().numTensors };
  },
  /** GFLOP/s of the matMul shapes one decoder step uses ([1, 448] · [448, V], [1, 320] · [320, 384]…), batched 1. */
  async peakGflops() {
    const shapes = [
      [1, 448, 107],
      [1, 320, 384],
      [1, 128, 384],
      [45, 256, 128],
    ] as const;
    let flops = 0;
    const ts = shapes.map(([m, k, n]) => [tf.randomNormal([m, k]), tf.randomNormal([k, n])] as const);
    for (const [a, b] of ts) tf.matMul(a, b).dataSync();
    const t0 = performance.now();
    for (let r = 0; r < 200; r++)
      for (const [a, b] of ts) {
        const c = tf.matMul(a, b);
        c.dataSync();
        c.dispose();
        flops += 2 * a.shape[0]! * a.shape[1]! * b.shape[1]!;
      }
    const seconds = (performance.now() - t0) / 1000;
    ts.flat().forEach((t) => t.dispose());
    return flops / seconds / 1e9;
  },
  async config() {
    return (await model('en-zh', 'attention')).config;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset.ready = '1';
