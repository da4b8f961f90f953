import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { bucketOf, buckets, taskIds } from '../data/tasks';
import { loadShipped, shippedTestSplit } from '../testing/shipped';
import { variants, type ModelConfig } from './config';
import type { Model } from './model';
import { disposeModel } from './model';
import { initParams } from './params';
import { startDecoding, translate, type Trace } from './translate';

/** h_j and each step's readout [α_i ‖ C_i ‖ s_i ‖ scores] on one path, fed the given previous tokens. */
async function run(model: Model, ids: number[], ys: number[], path: 'packed' | 'reference') {
  const decoding = await startDecoding(model, ids, path);
  const readouts = ys.map((y) => {
    const r = decoding.step(y);
    const v = Array.from(r.dataSync());
    r.dispose();
    return v;
  });
  const h = decoding.h.arraySync();
  decoding.dispose();
  return { h, readouts };
}

const expectClose = (a: number[], b: number[], tol: number, what: string) => {
  expect(a, what).toHaveLength(b.length);
  const worst = Math.max(0, ...a.map((x, i) => Math.abs(x - b[i]!)));
  expect(worst, what).toBeLessThan(tol);
};

/** The same tokens, and the same numbers within `tol`: α, C_i, s_i, top-k probabilities and h_j. */
function expectSameTrace(fast: Trace, reference: Trace, tol: number) {
  const what = reference.source.join(' ');
  expect(fast.tokens, what).toEqual(reference.tokens);
  fast.h.forEach((row, j) => expectClose(row, reference.h[j]!, tol, `${what}: h_${j}`));
  fast.steps.forEach((st, i) => {
    const ref = reference.steps[i]!;
    // The same candidates with the same probabilities; two whose probabilities are within `tol` may
    // trade places (float rounding differs between paths), or one may trade the last place for another.
    expect(st.topk[0]!.token, `${what}: y_${i}`).toBe(ref.topk[0]!.token);
    const refP = new Map(ref.topk.map((c) => [c.token, c.p]));
    const last = ref.topk.at(-1)!.p;
    st.topk.forEach((c, k) => {
      const p = refP.get(c.token) ?? last;
      expect(Math.abs(c.p - p), `${what}: top-k at ${i}: ${c.token}`).toBeLessThan(tol);
      expect(Math.abs(c.p - ref.topk[k]!.p), `${what}: p at ${i}, rank ${k}`).toBeLessThan(tol);
    });
    expect(st.alpha === null).toBe(ref.alpha === null);
    if (st.alpha) expectClose(st.alpha, ref.alpha!, tol, `${what}: α_${i}`);
    expectClose(st.context, ref.context, tol, `${what}: C_${i}`);
    expectClose(st.state, ref.state, tol, `${what}: s_${i}`);
  });
}

describe('the packed and device paths compute what the reference path (encoder.ts + decoder.ts) computes', () => {
  // On random weights, on wasm and cpu, the contract in implementations.test.ts holds them to it; here, the shipped models.
  const config = (variant: ModelConfig['variant']): ModelConfig => ({
    variant,
    embedding: 6,
    hidden: 5,
    attention: 4,
    sourceVocab: 9,
    targetVocab: 8,
  });

  for (const task of taskIds)
    for (const variant of variants)
      it(`every shipped model: ${task}/${variant} translates test sentences of every length the same on all three paths`, async () => {
        const { model } = await loadShipped(task, variant);
        const test = shippedTestSplit(task);
        const picks = buckets.flatMap((_, b) => test.filter((e) => bucketOf(e.source.length) === b).slice(0, 2));
        expect(picks.length).toBeGreaterThanOrEqual(4);
        for (const e of picks) {
          const reference = await translate(model, e.source, { path: 'reference' });
          for (const path of ['packed', 'device'] as const) expectSameTrace(await translate(model, e.source, { path }), reference, 1e-4);
        }
        disposeModel(model);
      });

  it('the device path: runs out of steps or into </s> across chunks, as the step-by-step path does', async () => {
    const model: Model = { config: config('attention'), vocab: { source: [], target: [] }, params: initParams(config('attention'), 5) };
    model.vocab = { source: Array.from({ length: 9 }, (_, i) => `s${i}`), target: Array.from({ length: 8 }, (_, i) => `t${i}`) };
    for (const maxSteps of [1, 3, 9, 20]) {
      const source = ['s4', 's2', 's3'];
      const [device, packed] = [
        await translate(model, source, { path: 'device', maxSteps }),
        await translate(model, source, { path: 'packed', maxSteps }),
      ];
      expectSameTrace(device, packed, 1e-5);
      expect(device.steps).toHaveLength(packed.steps.length);
    }
  });

  it('no path leaves a tensor behind but the packed weights', async () => {
    const model: Model = { config: config('attention'), vocab: { source: [], target: [] }, params: initParams(config('attention'), 4) };
    await run(model, [2, 3], [1], 'packed'); // packs the weights once
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++)
      for (const path of ['packed', 'reference'] as const) await run(model, [2, 3, 4].slice(0, 1 + (i % 3)), [1, 4], path);
    expect(tf.memory().numTensors).toBe(before);
    model.vocab = { source: ['a', 'b'], target: Array.from({ length: 8 }, (_, i) => `t${i}`) };
    await translate(model, ['a'], { path: 'device' }); // and the device's copy of the target table
    const after = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) await translate(model, ['a', 'b'].slice(0, 1 + (i % 2)), { path: 'device', maxSteps: 1 + i });
    expect(tf.memory().numTensors).toBe(after);
  });
});
