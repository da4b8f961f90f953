/**
 * One GRU step for training, forward and backward, twice: as tf ops (`gruForward`, `gruBackward`: the
 * readable path, gru.ts's equations) and as one wasm SIMD kernel each (`gruStep`, `gruStepBackward`: the
 * trainer's path on wasm). The kernels compute the same float32 operations in the same order, so their
 * results are the tf ops' bit for bit (fastPaths.test.ts); what they save is ~20 kernels per step, each a
 * pass over [B, H] (σ still runs in the backend's own Sigmoid kernel, called from inside).
 *
 *   z = σ(x_z + hU_z + c_z), r = σ(x_r + hU_r + c_r), n = tanh(x_n + r ⊙ (hU_n + c_n)), h' = n + z ⊙ (h − n)
 *
 * with x·W + b given as `xw` [B, 3H] (computed for all steps at once by the caller) and tanh(a) = 2σ(2a) − 1
 * (ops.ts). A padding mask m [B, 1] (the encoder's) keeps the previous state: h ← h + m ⊙ (h' − h).
 */
import * as tf from '@tensorflow/tfjs-core';
import { tanh } from '../model/ops';
import { runKernel } from './simd/kernels';

type T1 = tf.Tensor1D;
type T2 = tf.Tensor2D;

/** What a step keeps for its backward pass. */
export interface GruSaved {
  hPrev: T2; // [B, H]
  /** z, r, n and hU_n + c_n side by side: [B, 4H] (one tensor, so the backward kernel takes one input). */
  gates: T2;
}

// ---- the readable path: tf ops ----

/** h' from `xw` [B, 3H], the state `h` [B, H], `hU` = h·U [B, 3H] and `c` [3H]; masked by `m` [B, 1] when given. */
export function gruForward(xw: T2, hU: T2, c: T1, h: T2, m?: T2): { next: T2; saved: GruSaved } {
  const H = h.shape[1];
  const hu = tf.add(hU, c); // [B, 3H]
  const [xz, xr, xn] = tf.split(xw, [H, H, H], 1) as T2[];
  const [hz, hr, hn] = tf.split(hu, [H, H, H], 1) as T2[];
  const z = tf.sigmoid(tf.add(xz!, hz!)) as T2;
  const r = tf.sigmoid(tf.add(xr!, hr!)) as T2;
  const n = tanh(tf.add(xn!, tf.mul(r, hn!))) as T2;
  let next = tf.add(n, tf.mul(z, tf.sub(h, n))) as T2;
  if (m) next = tf.add(h, tf.mul(m, tf.sub(next, h))); // padding keeps the previous state (encoder.ts)
  return { next, saved: { hPrev: h, gates: tf.concat([z, r, n, hn!], 1) } };
}

/**
 * From dL/dh' = `d1` + `d2` (the loss's share and the later steps'): the gradients of the step's
 * pre-activations through x·W (`dxw`) and h·U (`dhu`), each [B, 3H], and dL/dh along every path but h·U
 * (`dh`; the caller adds dhu · Uᵀ).
 */
export function gruBackward(d1: T2, d2: T2, { hPrev, gates }: GruSaved, m?: T2): { dxw: T2; dhu: T2; dh: T2 } {
  const [z, r, n, hn] = tf.split(gates, 4, 1) as T2[];
  const dOut = tf.add(d1, d2);
  const dNext = m ? tf.mul(m, dOut) : dOut; // h = h_prev + m (h' − h_prev)
  const dn = tf.mul(dNext, tf.sub(1, z!)); // h' = (1 − z) n + z h
  const dz = tf.mul(dNext, tf.sub(hPrev, n!));
  const dan = tf.mul(dn, tf.sub(1, tf.square(n!))); // n = tanh(a_n), a_n = x_n + r ⊙ hn
  const dr = tf.mul(dan, hn!);
  const daz = tf.mul(dz, tf.mul(z!, tf.sub(1, z!)));
  const dar = tf.mul(dr, tf.mul(r!, tf.sub(1, r!)));
  const direct = tf.mul(dNext, z!);
  return {
    dxw: tf.concat([daz, dar, dan], 1) as T2,
    dhu: tf.concat([daz, dar, tf.mul(dan, r!)], 1) as T2,
    dh: (m ? tf.add(tf.sub(dOut, dNext), direct) : direct) as T2,
  };
}

// ---- the fast path: one wasm SIMD kernel each (simd/kernels.ts) ----

/** `gruForward` as one kernel: the same results, bit for bit. */
export function gruStep(xw: T2, hU: T2, c: T1, h: T2, m?: T2): { next: T2; saved: GruSaved } {
  const [next, gates] = runKernel('GruStep', { xw, hU, c, h, m }) as T2[];
  return { next: next!, saved: { hPrev: h, gates: gates! } };
}

/** `gruBackward` as one kernel: the same results, bit for bit. */
export function gruStepBackward(d1: T2, d2: T2, saved: GruSaved, m?: T2): { dxw: T2; dhu: T2; dh: T2 } {
  const [dxw, dhu, dh] = runKernel('GruStepBackward', { d1, d2, hPrev: saved.hPrev, gates: saved.gates, m }) as T2[];
  return { dxw: dxw!, dhu: dhu!, dh: dh! };
}
