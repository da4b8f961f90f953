/** Browser side of `npm run bench`: exposes timed runs of our decoder and the date-example pattern. */
import * as tf from '@tensorflow/tfjs-core';
import { defaultCorpus, makeCorpus } from '../src/data/corpus';
import { buckets, EN_ZH_SHIPPED, enzhTask, tasks, type TaskId } from '../src/data/tasks';
import type { EnzhVersion } from '../src/data/enzh/lexicon';
import { check } from '../src/data/check';
import type { Example } from '../src/data/sample';
import type { Variant } from '../src/model/config';
import { evaluate } from '../src/model/evaluate';
import type { Model } from '../src/model/model';
import { translate } from '../src/model/translate';
import { translateNaive } from './translateNaive';
import '@tensorflow/tfjs-core/dist/register_all_gradients'; // training needs them; the app doesn't ship them
import type { ModelConfig } from '../src/model/config';
import type { Batch } from '../src/model/loss';
import { initParams } from '../src/model/params';
import { wasmThreads } from '../src/model/tfjsInternals';
import { adamState } from '../src/learn/adam';
import { trainStep } from '../src/learn/step';
import { activateBackend, isSoftwareRenderer, startFirstBackend, webglRenderer, type BackendName } from '../src/app/runtime/backends';
import { fetchModel } from '../src/app/runtime/fetchModel';
import { pretrainedFile } from '../src/app/pretrained';
import type { FromWorker, ToWorker } from '../src/live/messages';
import { liveExample, liveTask } from '../src/live/task';

const models = new Map<string, Model>();
async function model(task: TaskId, variant: Variant) {
  const key = `${task}/${variant}`;
  await startFirstBackend(); // decoding makes tensors: a backend first (wasm, as the app's cold start)
  if (!models.has(key)) models.set(key, (await fetchModel(key, pretrainedFile)).model);
  return models.get(key)!;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** en-zh sentences of `length` tokens from the test split, or as close to it as the split has. */
function sentencesOfLength(length: number, count: number): string[][] {
  const test = makeCorpus(tasks['en-zh'], { ...defaultCorpus['en-zh'], train: 0, validation: 0 }).test;
  // The closest lengths there are (a split may hold no sentence of exactly 45 tokens), in split order.
  const closest = test.map((e, i) => ({ e, i, d: Math.abs(e.source.length - length) })).sort((a, b) => a.d - b.d || a.i - b.i);
  return closest.slice(0, count).map(({ e }) => e.source);
}

/** Read-backs from the device while `f` runs: calls of the backend's read or readSync (outermost only). */
async function countReadbacks(f: () => Promise<unknown>): Promise<number> {
  const b = tf.backend() as unknown as Record<'read' | 'readSync', (...a: unknown[]) => unknown>;
  const { read, readSync } = b;
  let n = 0;
  let depth = 0;
  const counted =
    <R>(g: (...a: unknown[]) => R) =>
    (...a: unknown[]): R => {
      if (depth++ === 0) n++;
      try {
        const r = g.apply(b, a);
        if (r instanceof Promise) return r.finally(() => depth--) as R;
        depth--;
        return r;
      } catch (e) {
        depth--;
        throw e;
      }
    };
  b.read = counted(read);
  b.readSync = counted(readSync);
  try {
    await f();
  } finally {
    b.read = read;
    b.readSync = readSync;
  }
  return n;
}

const api = {
  /**
   * Milliseconds to check a typed sentence against the en-zh grammar (tokenize, parse, explain or
   * repair), p50 / p95 per length bucket: whole test sentences as typed (no final mark, lower case, as
   * people type), and every word-by-word prefix of them (what the checker sees while someone types).
   * `language`: the version of en-zh, the shipped one unless asked (sentences from that version's test split).
   */
  checker(perBucket: number, language: EnzhVersion = EN_ZH_SHIPPED) {
    const task = enzhTask(language);
    const test = makeCorpus(task, { ...defaultCorpus['en-zh'], train: 0, validation: 0 }).test;
    return buckets.map(([lo, hi]) => {
      const sentences = test.filter((e) => e.source.length >= lo && e.source.length <= hi).slice(0, perBucket);
      const whole: number[] = [];
      const prefixes: number[] = [];
      for (const e of sentences) {
        const words = e.source.slice(0, -1);
        const time = (text: string, into: number[]) => {
          const t0 = performance.now();
          check(task, text);
          into.push(performance.now() - t0);
        };
        time(task.showSource(words).toLowerCase(), whole);
        for (let k = 1; k < words.length; k++) time(task.showSource(words.slice(0, k)), prefixes);
      }
      return {
        bucket: [lo, hi],
        sentences: sentences.length,
        p50: quantile(whole, 0.5),
        p95: quantile(whole, 0.95),
        prefixP50: quantile(prefixes, 0.5),
        prefixP95: quantile(prefixes, 0.95),
      };
    });
  },
  renderer: () => webglRenderer(),
  software: () => isSoftwareRenderer(webglRenderer() ?? ''),
  async use(name: BackendName) {
    const ok = await activateBackend(name);
    for (const m of models.values()) for (const t of Object.values(m.params)) t.dataSync(); // move weights to this backend now
    return ok && tf.getBackend() === name;
  },
  /**
   * p50 / p90 ms of one translation at a given source length, ours vs the date-example pattern; on
   * WebGL also the step-by-step packed path (one read-back per output word, the "before" of the device
   * path); and the read-backs of one translation on each.
   */
  async latency(length: number, runs: number, naiveRuns: number) {
    const m = await model('en-zh', 'attention');
    const inputs = sentencesOfLength(length, 5);
    // Warm-up: shader compilation on WebGL, wasm and JavaScript tier-up everywhere.
    for (let r = 0; r < Math.min(runs, 10); r++) {
      await translate(m, inputs[r % inputs.length]!);
      await translate(m, inputs[r % inputs.length]!, { path: 'reference' });
    }
    translateNaive(m, inputs[0]!);
    // Ours and the unpacked "before", interleaved so that drift hits both alike.
    const ours: number[] = [];
    const unpacked: number[] = [];
    for (let r = 0; r < runs; r++) {
      const input = inputs[r % inputs.length]!;
      const t0 = performance.now();
      await translate(m, input);
      const t1 = performance.now();
      await translate(m, input, { path: 'reference' });
      ours.push(t1 - t0);
      unpacked.push(performance.now() - t1);
    }
    const stepwise: number[] = [];
    if (tf.getBackend() === 'webgl')
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        await translate(m, inputs[r % inputs.length]!, { path: 'packed' });
        stepwise.push(performance.now() - t0);
      }
    const readbacks = {
      ours: await countReadbacks(() => translate(m, inputs[0]!)),
      stepwise: await countReadbacks(() => translate(m, inputs[0]!, { path: 'packed' })),
    };
    const naive: number[] = [];
    for (let r = 0; r < naiveRuns; r++) {
      const t0 = performance.now();
      translateNaive(m, inputs[r % inputs.length]!);
      naive.push(performance.now() - t0);
    }
    const sample = await translate(m, inputs[0]!);
    const same =
      translateNaive(m, inputs[0]!).join(' ') === sample.tokens.join(' ') &&
      (await translate(m, inputs[0]!, { path: 'reference' })).tokens.join(' ') === sample.tokens.join(' ');
    return {
      length: inputs[0]!.length,
      outputLength: sample.tokens.length,
      p50: quantile(ours, 0.5),
      p90: quantile(ours, 0.9),
      unpackedP50: quantile(unpacked, 0.5),
      stepwiseP50: stepwise.length ? quantile(stepwise, 0.5) : null,
      readbacks,
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
  /** Kernels launched by one translation of a `length`-token sentence: packed vs unpacked. */
  async kernels(length: number) {
    const m = await model('en-zh', 'attention');
    const input = sentencesOfLength(length, 1)[0]!;
    const count = async (f: () => Promise<unknown>) => (await tf.profile(async () => void (await f()))).kernels.length;
    return { packed: await count(() => translate(m, input)), unpacked: await count(() => translate(m, input, { path: 'reference' })) };
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
  /**
   * GFLOP/s wasm reaches on matrix–vector products of this model's sizes (the products greedy decoding
   * is made of: one sentence, one step at a time), best shape; and on one matrix–matrix product (U·h_j
   * for a 45-word sentence) for comparison. Runs back to back, no read-back but the last; best of five trials.
   */
  async peakGflops() {
    const rate = ([m, k, n]: readonly [number, number, number]) => {
      const [a, b] = [tf.randomNormal([m, k]), tf.randomNormal([k, n])];
      const run = (times: number) => {
        for (let r = 0; r < times; r++) tf.matMul(a, b).dispose();
        tf.matMul(a, b).dataSync();
      };
      run(20);
      // A peak: the best of five trials, so that a noisy moment cannot lower the floor.
      let best = Infinity;
      for (let trial = 0; trial < 5; trial++) {
        const t0 = performance.now();
        run(200);
        best = Math.min(best, (performance.now() - t0) / 1000);
      }
      tf.dispose([a, b]);
      return (201 * 2 * m * k * n) / best / 1e9;
    };
    const vector = (
      [
        [1, 64, 384],
        [1, 128, 384],
        [1, 320, 384],
        [1, 448, 107],
        [1, 256, 768],
        [1, 384, 619],
      ] as const
    ).map(rate);
    return { matrixVector: Math.max(...vector), matrixMatrix: rate([45, 256, 128]) };
  },
  /**
   * ms per training step in this browser on wasm: the same model, initial weights (seed 1), batches,
   * learning rate and clipping as the Node figure, so the losses can be compared step by step.
   */
  async trainingStep(config: ModelConfig, batches: Record<'x' | 'xMask' | 'yIn' | 'yOut' | 'yMask', number[][]>[]) {
    await activateBackend('wasm');
    const vars = Object.fromEntries(Object.entries(initParams(config, 1)).map(([k, t]) => [k, tf.variable(t, true, k)]));
    const adam = adamState(vars);
    const times: number[] = [];
    const losses: number[] = [];
    for (const [s, b] of batches.entries()) {
      const batch: Batch = {
        x: tf.tensor2d(b.x, undefined, 'int32'),
        xMask: tf.tensor2d(b.xMask),
        yIn: tf.tensor2d(b.yIn, undefined, 'int32'),
        yOut: tf.tensor2d(b.yOut, undefined, 'int32'),
        yMask: tf.tensor2d(b.yMask),
      };
      const t0 = performance.now();
      const { loss } = await trainStep(vars, adam, config, batch, { lr: 1e-3, clip: 1 });
      if (s >= 2) times.push(performance.now() - t0);
      losses.push(loss);
      tf.dispose(Object.values(batch) as tf.Tensor[]);
    }
    tf.dispose([...Object.values(vars), ...Object.values(adam.m), ...Object.values(adam.v)]);
    return { msPerStep: quantile(times, 0.5), losses, crossOriginIsolated, threads: wasmThreads(tf.backend()) };
  },
  /**
   * Train live as the app runs it: the app's worker (src/live/worker.ts), seed 1, the example date.
   * Wall-clock seconds from the first `train` message to the first report that has it right, and
   * steps per second over the first `steps` steps.
   */
  async liveTraining(steps = 300) {
    const worker = new Worker(new URL('../src/live/worker.ts', import.meta.url), { type: 'module' });
    const source = liveTask.tokenize(liveExample).tokens;
    const reference = check(liveTask, liveExample);
    let t0 = 0;
    let right: { wallSeconds: number; step: number; trainingSeconds: number } | null = null;
    const done = await new Promise<{ step: number; seconds: number; wall: number; backend: string; parameters: number }>(
      (resolve, reject) => {
        let backend = '';
        let parameters = 0;
        worker.onmessage = (e: MessageEvent<FromWorker>) => {
          const m = e.data;
          if (m.type === 'ready') ({ backend, parameters } = m);
          else if (m.type === 'error') reject(new Error(m.message));
          else if (m.training) {
            if (!right && m.firstRight)
              right = { wallSeconds: (performance.now() - t0) / 1000, step: m.firstRight.step, trainingSeconds: m.firstRight.seconds };
            if (m.step >= steps) resolve({ step: m.step, seconds: m.seconds, wall: (performance.now() - t0) / 1000, backend, parameters });
          }
        };
        worker.postMessage({ type: 'example', source, reference: reference.kind === 'ok' ? reference.reference : null } satisfies ToWorker);
        t0 = performance.now();
        worker.postMessage({ type: 'train', seed: 1 } satisfies ToWorker);
      },
    );
    worker.terminate();
    return { ...done, right, stepsPerSecond: done.step / done.wall, trainingStepsPerSecond: done.step / done.seconds };
  },
  async config() {
    return (await model('en-zh', 'attention')).config;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset.ready = '1';
