import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { attend, attentionKeys, attentionQuery, attentionScores } from './attention';
import type { Score } from './config';
import type { Params } from './params';

/** The same formulas as plain loops over plain arrays. */
function naive(W: number[][], U: number[][], v: number[], s: number[], h: number[][], mask: number[]) {
  const dot = (a: number[], b: number[]) => a.reduce((acc, x, i) => acc + x * b[i]!, 0);
  const col = (M: number[][], k: number) => M.map((row) => row[k]!);
  const A = v.length;
  const e = h.map((hj, j) => {
    if (!mask[j]) return -Infinity;
    let sum = 0;
    for (let a = 0; a < A; a++) sum += v[a]! * Math.tanh(dot(s, col(W, a)) + dot(hj, col(U, a)));
    return sum;
  });
  const max = Math.max(...e);
  const ex = e.map((x) => Math.exp(x - max));
  const z = ex.reduce((a, b) => a + b, 0);
  const alpha = ex.map((x) => x / z);
  const context = h[0]!.map((_, d) => h.reduce((acc, hj, j) => acc + alpha[j]! * hj[d]!, 0));
  return { alpha, context };
}

describe('attend(s, h)', () => {
  const H = 3;
  const A = 4;
  const H2 = 2;
  const Tx = 5;
  const r = (n: number, seed: number) => Array.from({ length: n }, (_, i) => Math.sin(seed * 97 + i * 13.7) * 0.9);
  const mat = (rows: number, cols: number, seed: number) => Array.from({ length: rows }, (_, i) => r(cols, seed + i));
  const W = mat(H, A, 1);
  const U = mat(H2, A, 2);
  const v = r(A, 3);
  const h = [mat(Tx, H2, 4), mat(Tx, H2, 9)]; // two sentences
  const s = [r(H, 5), r(H, 6)];
  const mask = [
    [1, 1, 1, 1, 1],
    [1, 1, 1, 0, 0], // the second sentence is 3 words long, padded to 5
  ];
  const run = () =>
    tf.tidy(() => {
      const params: Params = { 'attention.W': tf.tensor2d(W), 'attention.U': tf.tensor2d(U), 'attention.v': tf.tensor2d(v, [A, 1]) };
      const hT = tf.tensor3d(h); // [B, Tx, 2H]
      const keys = tf.reshape(tf.matMul(tf.reshape(hT, [-1, H2]), params['attention.U'] as tf.Tensor2D), [2, Tx, A]) as tf.Tensor3D;
      const out = attend(params, tf.tensor2d(s), keys, hT, tf.tensor2d(mask));
      return { alpha: out.alpha.arraySync(), context: out.context.arraySync() };
    });

  it('matches a loop-by-loop reference: e = vᵀ tanh(W s + U h_j), α = softmax(e), C = Σ α_j h_j', () => {
    const { alpha, context } = run();
    for (let b = 0; b < 2; b++) {
      const ref = naive(W, U, v, s[b]!, h[b]!, mask[b]!);
      alpha[b]!.forEach((a, j) => expect(a).toBeCloseTo(ref.alpha[j]!, 5));
      context[b]!.forEach((c, d) => expect(c).toBeCloseTo(ref.context[d]!, 5));
    }
  });

  it('returns weights that sum to 1 and give padding nothing', () => {
    const { alpha } = run();
    alpha.forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6));
    expect(alpha[1]![3]).toBe(0);
    expect(alpha[1]![4]).toBe(0);
  });
});

describe('the three scores e_ij (attentionQuery, attentionKeys, attentionScores)', () => {
  // One sentence of two words, h_j of width 2, a decoder state of width 2: small enough to do by hand.
  const s = [[1, 2]]; // [1, H]
  const h = [
    [
      [1, 0],
      [0.5, -1],
    ],
  ]; // [1, Tx, 2H]
  const scoresOf = (p: Params, score: Score, d?: number) =>
    tf.tidy(() => {
      const keys = attentionKeys(p, tf.tensor3d(h), score);
      return attentionScores(p, attentionQuery(p, tf.tensor2d(s), score), keys, score, d).arraySync()[0]!;
    });

  it('general: e_ij = s_{i-1}ᵀ W h_j', () => {
    // W = [[1, 2], [0, -1]]: sᵀ W = [1·1 + 2·0, 1·2 + 2·(−1)] = [1, 0]; e = [1·1 + 0·0, 1·0.5 + 0·(−1)] = [1, 0.5].
    const e = scoresOf(
      {
        'attention.W': tf.tensor2d([
          [1, 2],
          [0, -1],
        ]),
      },
      'general',
    );
    expect(e[0]).toBeCloseTo(1, 6);
    expect(e[1]).toBeCloseTo(0.5, 6);
  });

  it('scaled-dot: e_ij = (W_q s) · (W_k h_j) / √d', () => {
    // W_q = [[1, 0, 1], [0, 1, 1]]: q = [1, 2, 3]; W_k = [[2, 0, 0], [0, 0, 1]]: k_1 = [2, 0, 0], k_2 = [1, 0, −1]; d = 3.
    const p = {
      'attention.Wq': tf.tensor2d([
        [1, 0, 1],
        [0, 1, 1],
      ]),
      'attention.Wk': tf.tensor2d([
        [2, 0, 0],
        [0, 0, 1],
      ]),
    };
    const e = scoresOf(p, 'scaled-dot');
    expect(e[0]).toBeCloseTo(2 / Math.sqrt(3), 6); // (1·2) / √3
    expect(e[1]).toBeCloseTo(-2 / Math.sqrt(3), 6); // (1·1 − 3·1) / √3
  });

  it('scaled-dot with W_q = W_k = I and √d = 1 is the plain dot product s · h_j', () => {
    const I = tf.eye(2);
    const e = scoresOf({ 'attention.Wq': I, 'attention.Wk': I }, 'scaled-dot', 1);
    expect(e).toEqual([1 * 1 + 2 * 0, 1 * 0.5 + 2 * -1]);
  });

  it('additive: e_ij = vᵀ tanh(W s_{i-1} + U h_j)', () => {
    // W = I, U = I, v = [1, −1]: W s + U h_1 = [2, 2], W s + U h_2 = [1.5, 1].
    const I = tf.eye(2);
    const e = scoresOf({ 'attention.W': I, 'attention.U': I, 'attention.v': tf.tensor2d([[1], [-1]]) }, 'additive');
    expect(e[0]).toBeCloseTo(0, 6);
    expect(e[1]).toBeCloseTo(Math.tanh(1.5) - Math.tanh(1), 6);
  });

  it('attend gives α = softmax(e) and C = Σ_j α_ij h_j for a dot score, and returns the e_ij it used', () => {
    const p = {
      'attention.W': tf.tensor2d([
        [1, 2],
        [0, -1],
      ]),
    };
    const out = tf.tidy(() => {
      const hT = tf.tensor3d(h);
      const { e, alpha, context } = attend(p, tf.tensor2d(s), attentionKeys(p, hT, 'general'), hT, tf.ones([1, 2]), undefined, 'general');
      return { e: e.arraySync()[0]!, alpha: alpha.arraySync()[0]!, context: context.arraySync()[0]! };
    });
    const a1 = Math.exp(1) / (Math.exp(1) + Math.exp(0.5));
    expect(out.e[0]).toBeCloseTo(1, 6);
    expect(out.alpha[0]).toBeCloseTo(a1, 6);
    expect(out.context[0]).toBeCloseTo(a1 * 1 + (1 - a1) * 0.5, 6);
    expect(out.context[1]).toBeCloseTo((1 - a1) * -1, 6);
  });
});
