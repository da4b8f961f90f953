/** One GRU step (the PyTorch formulation: reset gate applied after the state's matMul). */
import * as tf from '@tensorflow/tfjs-core';
import { mm, tanh } from './ops';
import type { Params } from './params';

/**
 * z = σ(xW_z + hU_z + b_z + c_z), r = σ(xW_r + hU_r + b_r + c_r), n = tanh(xW_n + b_n + r ⊙ (hU_n + c_n)),
 * h' = (1 − z) ⊙ n + z ⊙ h. `xW` is x · W + b, computed by the caller (for a whole sequence at once).
 */
export function gruStep(p: Params, prefix: string, xW: tf.Tensor2D, h: tf.Tensor2D): tf.Tensor2D {
  const H = h.shape[1];
  const hU = tf.add(mm(h, p[`${prefix}.U`] as tf.Tensor2D), p[`${prefix}.c`]!); // [B, 3H]
  const [xz, xr, xn] = tf.split(xW, [H, H, H], 1); // [B, H] each
  const [hz, hr, hn] = tf.split(hU, [H, H, H], 1);
  const z = tf.sigmoid(tf.add(xz!, hz!)); // [B, H]
  const r = tf.sigmoid(tf.add(xr!, hr!)); // [B, H]
  const n = tanh(tf.add(xn!, tf.mul(r, hn!))); // [B, H]
  return tf.add(n, tf.mul(z, tf.sub(h, n))); // (1 − z) n + z h
}

/** x · W + b for a GRU's input. */
export const gruInput = (p: Params, prefix: string, x: tf.Tensor2D): tf.Tensor2D =>
  tf.add(mm(x, p[`${prefix}.W`] as tf.Tensor2D), p[`${prefix}.b`]!);
