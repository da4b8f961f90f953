/** Two small ops that make training on the tfjs wasm backend fast and possible. */
import * as tf from '@tensorflow/tfjs-core';

/**
 * a · b, whose gradient uses explicit transposes: on wasm a matMul with transpose flags (what the
 * built-in gradient uses) runs ~10× slower than a plain one (shared/NOTES.md).
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

/** Looks up rows of `table` as oneHot(ids) · table: `gather`'s gradient is missing on wasm. */
export function embed(ids: tf.Tensor1D, table: tf.Tensor2D): tf.Tensor2D {
  return mm(tf.cast(tf.oneHot(ids, table.shape[0]), 'float32') as tf.Tensor2D, table); // [N, E]
}

/** x · W for a stack of vectors: [..., n] · [n, m] → [..., m]. */
export function dense(x: tf.Tensor, w: tf.Tensor2D): tf.Tensor {
  const n = x.shape[x.rank - 1]!;
  const y = mm(tf.reshape(x, [-1, n]) as tf.Tensor2D, w);
  return tf.reshape(y, [...x.shape.slice(0, -1), w.shape[1]]);
}

/** tf.tidy for any object holding tensors (tf.tidy's own typing wants index signatures). */
export const tidy = <T>(f: () => T): T => tf.tidy(() => f() as unknown as tf.TensorContainer) as unknown as T;
