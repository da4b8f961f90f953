import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../train/files';
import { startNodeBackend } from '../train/backend';
import type { ModelConfig } from './config';
import { decoderContext, decoderStep, initialState } from './decoder';
import { encode } from './encoder';
import type { Model } from './model';
import { tidy } from './ops';
import { encodeOne, stepOne } from './packed';
import { initParams } from './params';

beforeAll(() => startNodeBackend());

interface Step {
  alpha: number[] | null;
  context: number[];
  state: number[];
  scores: number[];
}

/** The readable path (encoder.ts + decoder.ts), fed the given previous tokens. */
function reference({ config, params: p }: Model, ids: number[], ys: number[]): { h: number[][]; steps: Step[] } {
  return tidy(() => {
    const Tx = ids.length;
    const enc = encode(p, tf.tensor2d(ids, [Tx, 1], 'int32'), tf.ones([Tx, 1]), config.hidden);
    const ctx = decoderContext(p, config, enc);
    let s = initialState(p, enc);
    const steps = ys.map((y) => {
      const out = decoderStep(p, config, ctx, tf.tensor1d([y], 'int32'), s);
      s = out.s;
      const row = (t: tf.Tensor) => Array.from(t.dataSync());
      return { alpha: out.alpha && row(out.alpha), context: row(out.context), state: row(out.s), scores: row(out.logits) };
    });
    return { h: tf.reshape(enc.h, [Tx, -1]).arraySync() as number[][], steps };
  });
}

/** The packed path, fed the same tokens. */
function packedRun(model: Model, ids: number[], ys: number[]): { h: number[][]; steps: Step[] } {
  const { hidden: H, targetVocab: V, variant } = model.config;
  const enc = encodeOne(model, ids);
  let s = enc.s0;
  const steps = ys.map((y) => {
    const next = stepOne(model, enc, y, s);
    if (s !== enc.s0) s.dispose();
    s = next.s;
    const v = Array.from(next.readout.dataSync());
    next.readout.dispose();
    const alpha = variant === 'attention' ? v.splice(0, ids.length) : null;
    return { alpha, context: v.splice(0, 2 * H), state: v.splice(0, H), scores: v.splice(0, V) };
  });
  const h = enc.h.arraySync();
  s.dispose();
  tf.dispose(Object.values(enc));
  return { h, steps };
}

function expectClose(a: { h: number[][]; steps: Step[] }, b: { h: number[][]; steps: Step[] }, tol: number) {
  const close = (x: number[], y: number[]) => {
    expect(x).toHaveLength(y.length);
    x.forEach((xi, i) => expect(Math.abs(xi - y[i]!)).toBeLessThan(tol));
  };
  a.h.forEach((row, j) => close(row, b.h[j]!));
  a.steps.forEach((st, i) => {
    const other = b.steps[i]!;
    expect(st.alpha === null).toBe(other.alpha === null);
    if (st.alpha) close(st.alpha, other.alpha!);
    close(st.context, other.context);
    close(st.state, other.state);
    close(st.scores, other.scores);
  });
}

describe('packed weights compute what encoder.ts and decoder.ts compute', () => {
  const config = (variant: ModelConfig['variant']): ModelConfig => ({
    variant,
    embedding: 6,
    hidden: 5,
    attention: 4,
    sourceVocab: 9,
    targetVocab: 8,
  });

  for (const variant of ['attention', 'distracted'] as const)
    it(`${variant}: h_j, α_i, C_i, s_i and the scores agree step by step`, () => {
      const model: Model = { config: config(variant), vocab: { source: [], target: [] }, params: initParams(config(variant), 3) };
      for (const ids of [[4], [2, 3], [8, 1, 5, 5, 2, 7]]) {
        const ys = [1, 4, 7, 2, 6];
        expectClose(packedRun(model, ids, ys), reference(model, ids, ys), 1e-5);
      }
    });

  it('the shipped en-zh model: the same numbers on a real sentence', async () => {
    const { model } = await loadModel('pretrained/en-zh/attention');
    const id = (t: string) => model.vocab.source.indexOf(t);
    const ids = 'tom will not find lily because he catches lily .'.split(' ').map(id);
    const ys = ['<s>', '因为', '他', '抓住', '莉莉', '，', '所以', '汤姆'].map((t) => model.vocab.target.indexOf(t));
    expect([...ids, ...ys].every((i) => i >= 0)).toBe(true);
    expectClose(packedRun(model, ids, ys), reference(model, ids, ys), 1e-4);
  });

  it('leaves no tensor behind but the packed weights', () => {
    const model: Model = { config: config('attention'), vocab: { source: [], target: [] }, params: initParams(config('attention'), 4) };
    packedRun(model, [2, 3], [1]); // packs the weights once
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) packedRun(model, [2, 3, 4].slice(0, 1 + (i % 3)), [1, 4]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
