import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { attend } from './attention';
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
