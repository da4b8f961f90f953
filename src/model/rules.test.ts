import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadShipped, shippedTestSplit } from '../testing/shipped';
import { alphaFrom, type AttentionRule } from './attention';
import { disposeModel, type Model } from './model';
import { translate, type Trace } from './translate';

const rules: AttentionRule[] = [
  { rule: 'learned', beta: 1 },
  { rule: 'learned', beta: 0 },
  { rule: 'learned', beta: 3.5 },
  { rule: 'uniform' },
  { rule: 'hard' },
  { rule: 'forced', j: 1 },
];
const name = (r: AttentionRule) => JSON.stringify(r);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const argmax = (xs: readonly number[]) => xs.indexOf(Math.max(...xs));
const maxDiff = (a: readonly number[], b: readonly number[]) => Math.max(0, ...a.map((x, i) => Math.abs(x - b[i]!)));
const mean = (h: readonly (readonly number[])[]) => h[0]!.map((_, d) => sum(h.map((hj) => hj[d]!)) / h.length);

describe('alphaFrom(e, mask, rule)', () => {
  const e = [
    [0.3, -1.2, 2.0, 0.1, 0.5],
    [1.5, 0.2, -0.4, 9.0, 9.0], // padded after 3 words: the large scores there must get nothing
  ];
  const mask = [
    [1, 1, 1, 1, 1],
    [1, 1, 1, 0, 0],
  ];
  const run = (rule: AttentionRule) => tf.tidy(() => alphaFrom(tf.tensor2d(e), tf.tensor2d(mask), rule).arraySync());

  for (const rule of rules)
    it(`${name(rule)}: every row of α sums to 1 and padding gets nothing`, () => {
      const alpha = run(rule);
      alpha.forEach((row) => expect(sum(row)).toBeCloseTo(1, 6));
      expect(alpha[1]![3]).toBe(0);
      expect(alpha[1]![4]).toBe(0);
    });

  it('uniform is 1/T_x over the real words; hard is one-hot at the largest real score; β = 0 is uniform', () => {
    expect(run({ rule: 'uniform' })[1]).toEqual([1 / 3, 1 / 3, 1 / 3, 0, 0].map((x) => Math.fround(x)));
    expect(run({ rule: 'hard' })).toEqual([
      [0, 0, 1, 0, 0],
      [1, 0, 0, 0, 0],
    ]);
    run({ rule: 'learned', beta: 0 })[0]!.forEach((a) => expect(a).toBeCloseTo(0.2, 6));
  });

  it('adding a constant to every score changes no rule (what the packed path relies on)', () => {
    for (const rule of rules) {
      const shifted = tf.tidy(() => alphaFrom(tf.add(tf.tensor2d(e), 7.25) as tf.Tensor2D, tf.tensor2d(mask), rule).arraySync());
      run(rule).forEach((row, b) => expect(maxDiff(row, shifted[b]!)).toBeLessThan(1e-5));
    }
  });
});

describe('the attention rules on a shipped model (dates/attention)', () => {
  let model: Model;
  let sentences: string[][];
  beforeAll(async () => {
    model = (await loadShipped('dates', 'attention')).model;
    sentences = shippedTestSplit('dates')
      .slice(0, 3)
      .map((x) => x.source);
  });
  afterAll(() => disposeModel(model));
  const both = async (source: string[], rule: AttentionRule) =>
    [await translate(model, source, { rule }), await translate(model, source, { rule, path: 'reference' })] as [Trace, Trace];

  it('β = 1 reproduces the learned α exactly, on both paths', async () => {
    for (const source of sentences) {
      const own = await translate(model, source);
      const [packed, reference] = await both(source, { rule: 'learned', beta: 1 });
      expect(packed).toEqual(own);
      expect(reference.tokens).toEqual(own.tokens);
    }
  });

  it('uniform gives C_i = the mean of the h_j at every step', async () => {
    for (const source of sentences)
      for (const t of await both(source, { rule: 'uniform' })) {
        const average = mean(t.h);
        for (const step of t.steps) {
          step.alpha!.forEach((a) => expect(a).toBeCloseTo(1 / source.length, 6));
          expect(maxDiff(step.context, average)).toBeLessThan(1e-5);
        }
      }
  });

  it('hard gives C_i = h_argmax, the argmax of the learned α where the states still agree (step 1)', async () => {
    for (const source of sentences) {
      const own = await translate(model, source);
      for (const t of await both(source, { rule: 'hard' })) {
        expect(argmax(t.steps[0]!.alpha!)).toBe(argmax(own.steps[0]!.alpha!));
        for (const step of t.steps) {
          expect(step.alpha!.filter((a) => a === 1)).toHaveLength(1);
          expect(sum(step.alpha!)).toBe(1);
          expect(maxDiff(step.context, t.h[argmax(step.alpha!)]!)).toBeLessThan(1e-6);
        }
      }
    }
  });

  it('the packed and reference paths agree under every rule', async () => {
    for (const rule of rules) {
      const [packed, reference] = await both(sentences[0]!, rule);
      expect(packed.tokens, name(rule)).toEqual(reference.tokens);
      packed.steps.forEach((st, i) => {
        expect(maxDiff(st.alpha!, reference.steps[i]!.alpha!), name(rule)).toBeLessThan(1e-4);
        expect(maxDiff(st.context, reference.steps[i]!.context), name(rule)).toBeLessThan(1e-4);
      });
    }
  });

  it('a forced cell puts all of its step’s attention on that word and decodes on from there; the steps before are untouched', async () => {
    const source = sentences[0]!;
    const own = await translate(model, source);
    const i = 2;
    const j = (argmax(own.steps[i]!.alpha!) + 3) % source.length; // not the word the model chose
    const forced = await translate(model, source, { forced: { [i]: j } });
    expect(forced.steps.slice(0, i)).toEqual(own.steps.slice(0, i));
    expect(forced.steps[i]!.alpha!.map((a, k) => (k === j ? a === 1 : a === 0)).every(Boolean)).toBe(true);
    expect(maxDiff(forced.steps[i]!.context, forced.h[j]!)).toBeLessThan(1e-6);
    expect(forced.steps[i + 1]!.alpha).not.toEqual(own.steps[i + 1]!.alpha); // s_i differs, so the next α does too
  });

  it('leaves no tensor behind under any rule', async () => {
    await translate(model, sentences[0]!, { rule: { rule: 'hard' } });
    const before = tf.memory().numTensors;
    for (const rule of rules) await both(sentences[1]!, rule);
    expect(tf.memory().numTensors).toBe(before);
  });
});
