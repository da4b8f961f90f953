/** Small ops that make training on the tfjs wasm backend fast and possible. */
import * as tf from '@tensorflow/tfjs-core';

/**
 * a · b, whose gradient uses explicit transposes: on wasm a matMul with transpose flags (what the
 * built-in gradient uses) runs ~10× slower than a plain one (docs/machine.md).
 */
export const mm = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, y, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  save([x, y]);
  return {
    value: tf.matMul(x, y),
    gradFunc: (dy, saved) => {
      const [xs, ys] = saved as [tf.Tensor2D, tf.Tensor2D];
      return [tf.matMul(dy as tf.Tensor2D, tf.transpose(ys)), tf.matMul(tf.transpose(xs), dy as tf.Tensor2D)];
    },
  };
}) as (a: tf.Tensor2D, b: tf.Tensor2D) => tf.Tensor2D;

/** Looks up rows of `table` (on wasm its gradient needs wasmKernels.ts's UnsortedSegmentSum, registered by the backend set-up). */
export function embed(ids: tf.Tensor1D, table: tf.Tensor2D): tf.Tensor2D {
  return tf.gather(table, ids); // [N, E]
}

/**
 * tanh(x), computed as 2σ(2x) − 1 with the gradient 1 − tanh²: the same function, but on wasm σ runs
 * in XNNPACK and tanh does not (30× slower on attention's [B, Tx, A]).
 */
export const tanh = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, save] = args as [tf.Tensor, tf.GradSaveFunc];
  const y = tf.sub(tf.mul(tf.sigmoid(tf.mul(x, 2)), 2), 1);
  save([y]);
  return { value: y, gradFunc: (dy, [ys]) => tf.mul(dy as tf.Tensor, tf.sub(1, tf.square(ys!))) };
}) as <T extends tf.Tensor>(x: T) => T;

/** x · W for a stack of vectors: [..., n] · [n, m] → [..., m]. */
export function dense(x: tf.Tensor, w: tf.Tensor2D): tf.Tensor {
  const n = x.shape[x.rank - 1]!;
  const y = mm(tf.reshape(x, [-1, n]) as tf.Tensor2D, w);
  return tf.reshape(y, [...x.shape.slice(0, -1), w.shape[1]]);
}

/** tf.tidy for any object holding tensors (tf.tidy's own typing wants index signatures). */
export const tidy = <T>(f: () => T): T => tf.tidy(() => f() as unknown as tf.TensorContainer) as unknown as T;
