/**
 * Attention at one decoder step for training, forward and backward (attention.ts's equations), twice: as
 * tf ops (the readable path) and as wasm SIMD kernels (simd/kernels.ts; `fast`), which compute the same
 * float32 operations in the same order: the same results, bit for bit (fastPaths.test.ts).
 *
 *   e_ij = vᵀ tanh(W s_{i-1} + U h_j),  α_i = softmax(e_i),  C_i = Σ_j α_ij h_j
 *
 * The dot scores (general and scaled-dot, e_ij = scale · q_i · k_j) have tf ops only (`dotAttention`).
 *
 * Shapes: B sentences, Tx source positions, D = 2H memory width, A attention width. Attention is
 * batch-major like attention.ts: the memory h [B, Tx, D], its keys U h_j [B, Tx, A].
 */
import * as tf from '@tensorflow/tfjs-core';
import { tanh } from '../model/ops'; // 2σ(2x) − 1: σ runs in XNNPACK, tanh doesn't
import { runKernel } from './simd/kernels';

type T2 = tf.Tensor2D;
type T3 = tf.Tensor3D;

/** What the forward pass keeps of the memory: h, its keys, the padding's −1e4, v [A, 1]; hT is the fast path's [B, D, Tp] copy. */
export interface Memory {
  h: T3;
  keys: T3;
  maskAdd: T2;
  v: T2;
  fast: boolean;
  hT?: T3;
}

/** tanh(keys + W s_{i-1}) [B, Tx, A] from the query W s_{i-1} [B, A]. */
export function attentionHidden(mem: Memory, query: T2): T3 {
  if (mem.fast) return runKernel('AttentionHidden', { keys: mem.keys, query })[0] as T3;
  return tanh(tf.add(mem.keys, tf.expandDims(query, 1))) as T3;
}

/** α_i [B, Tx] and C_i [B, D] from the step's hidden layer. */
export function attentionContext(mem: Memory, hidden: T3): { alpha: T2; context: T2 } {
  const [B, Tx, A] = hidden.shape;
  const e = tf.reshape(tf.matMul(tf.reshape(hidden, [B * Tx, A]) as T2, mem.v), [B, Tx]); // [B, Tx]    e_ij
  const alpha = tf.softmax(tf.add(e, mem.maskAdd)) as T2; // [B, Tx]    α_ij
  const context = mem.fast
    ? (runKernel('AttentionContext', { alpha, h: mem.h })[0] as T2)
    : (tf.reshape(tf.matMul(tf.expandDims(alpha, 1), mem.h), [B, -1]) as T2); // [B, D]    C_i
  return { alpha, context };
}

/** The sums the backward pass adds to at every step: dL/d(keys) [B, Tx, A] and dL/dv [A, 1], from 0. */
export interface AttentionGrads {
  keys: T3;
  v: T2;
}

/** dL/de_i [B, Tx], every score's: back through C_i = Σ_j α_ij h_j (plus guided alignment's dL/dα_i) and the softmax. */
function scoreGradient(h: T3, alpha: T2, dC: T2, dAlign: T2 | undefined): T2 {
  let dAlpha = tf.sum(tf.mul(h, tf.expandDims(dC, 1)), 2) as T2; // [B, Tx]   C_i = Σ_j α_ij h_j
  if (dAlign) dAlpha = tf.add(dAlpha, dAlign);
  return tf.mul(alpha, tf.sub(dAlpha, tf.sum(tf.mul(alpha, dAlpha), 1, true))); // [B, Tx]   softmax
}

/**
 * One step back, from dL/dC_i `dC` [B, D] (plus guided alignment's dL/dα_i `dAlign` [B, Tx]): returns
 * dL/d(query) [B, A] and the sums with this step's share added, in order (as AddN adds).
 */
export function attentionBackward(
  mem: Memory,
  step: { alpha: T2; hidden: T3 },
  dC: T2,
  dAlign: T2 | undefined,
  sums: AttentionGrads,
): { dq: T2; sums: AttentionGrads } {
  const { alpha, hidden } = step;
  if (mem.fast) {
    mem.hT ??= runKernel('TransposePadded', { h: mem.h })[0] as T3;
    const [dq, keys, v] = runKernel('AttentionBackward', { dC, dAlign, alpha, hT: mem.hT, hidden, v: mem.v, keys: sums.keys, dv: sums.v });
    return { dq: dq as T2, sums: { keys: keys as T3, v: v as T2 } };
  }
  const de = scoreGradient(mem.h, alpha, dC, dAlign); // [B, Tx]
  const dHidden = tf.mul(tf.expandDims(de, 2), tf.sub(1, tf.square(hidden))); // [B, Tx, A] ÷ v
  const dPre = tf.mul(dHidden, tf.reshape(mem.v, [1, 1, -1])) as T3; // [B, Tx, A]   keys + query
  const dv = tf.reshape(tf.sum(tf.matMul(tf.expandDims(de, 1), hidden), 0), [-1, 1]); // [A, 1]
  return { dq: tf.sum(dPre, 1) as T2, sums: { keys: tf.add(sums.keys, dPre), v: tf.add(sums.v, dv) } };
}

/**
 * What the forward pass keeps for a dot score: h [B, Tx, D], the keys k_j [B, Tx, K] (general: h itself;
 * scaled-dot: W_k h_j), the padding's −1e4 and the scale (general 1, scaled-dot 1/√d).
 */
export interface DotMemory {
  h: T3;
  keys: T3;
  maskAdd: T2;
  scale: number;
}

/** α_i [B, Tx] and C_i [B, D] from the query q_i [B, K]: e_ij = scale · q_i · k_j. */
export function dotAttention(mem: DotMemory, query: T2): { alpha: T2; context: T2 } {
  const B = query.shape[0];
  const e = tf.mul(tf.sum(tf.mul(mem.keys, tf.expandDims(query, 1)), 2), mem.scale); // [B, Tx]    e_ij
  const alpha = tf.softmax(tf.add(e, mem.maskAdd)) as T2; // [B, Tx]    α_ij
  const context = tf.reshape(tf.matMul(tf.expandDims(alpha, 1), mem.h), [B, -1]) as T2; // [B, D]    C_i
  return { alpha, context };
}

/**
 * One step of a dot score back, from dL/dC_i `dC` [B, D] (plus guided alignment's dL/dα_i `dAlign`):
 * dL/d(query) [B, K], and the sum dL/d(keys) [B, Tx, K] with this step's share added.
 */
export function dotAttentionBackward(
  mem: DotMemory,
  step: { alpha: T2; query: T2 },
  dC: T2,
  dAlign: T2 | undefined,
  dKeys: T3,
): { dq: T2; dKeys: T3 } {
  const { alpha, query } = step;
  const de = tf.mul(scoreGradient(mem.h, alpha, dC, dAlign), mem.scale); // [B, Tx]   then the scale
  const dq = tf.sum(tf.mul(mem.keys, tf.expandDims(de, 2)), 1) as T2; // [B, K]   Σ_j de_ij k_j
  return { dq, dKeys: tf.add(dKeys, tf.mul(tf.expandDims(de, 2), tf.expandDims(query, 1))) }; // [B, Tx, K]   de_ij q_i
}

/** dL/dh [B, Tx, D] = `m` (through the keys) + Σ_i α_i ⊗ dC_i over `steps`, added in their order (as AddN adds). */
export function memoryGradient(mem: Pick<Memory, 'fast'>, m: T3, steps: { alpha: T2; dC: T2 }[]): T3 {
  if (mem.fast)
    return runKernel('MemoryGrad', { m, alphas: tf.stack(steps.map((s) => s.alpha)), dCs: tf.stack(steps.map((s) => s.dC)) })[0] as T3;
  return tf.addN([m, ...steps.map(({ alpha, dC }) => tf.mul(tf.expandDims(alpha, 2), tf.expandDims(dC, 1)) as T3)]);
}
