/** The bidirectional GRU encoder: source ids → states h_j = [forward_j ‖ backward_j]. */
import * as tf from '@tensorflow/tfjs-core';
import { embed } from './ops';
import { gruInput, gruStep } from './gru';
import type { Params } from './params';

export interface Encoded {
  /** h_j for every position: [Tx, B, 2H]. */
  h: tf.Tensor3D;
  /** 1 for real tokens, 0 for padding: [Tx, B]. */
  mask: tf.Tensor2D;
  /** The encoder's final states [forward at the last word ‖ backward at the first]: [B, 2H]. */
  final: tf.Tensor2D;
}

/** `x`: source ids [Tx, B], padded with 0; `mask`: [Tx, B]. */
export function encode(p: Params, x: tf.Tensor2D, mask: tf.Tensor2D, hidden: number): Encoded {
  const [Tx, B] = x.shape;
  const e = embed(tf.reshape(x, [-1]), p['source.embedding'] as tf.Tensor2D); // [Tx·B, E]
  const run = (prefix: string, order: number[]) => {
    const xW = tf.unstack(tf.reshape(gruInput(p, prefix, e), [Tx, B, 3 * hidden])) as tf.Tensor2D[]; // Tx × [B, 3H]
    const m = tf.unstack(tf.expandDims(mask, 2)) as tf.Tensor2D[]; // Tx × [B, 1]
    const states: tf.Tensor2D[] = new Array<tf.Tensor2D>(Tx);
    let h = tf.zeros([B, hidden]) as tf.Tensor2D;
    for (const t of order) {
      // Padding keeps the previous state, so each direction starts and ends at the sentence's real words.
      h = tf.add(h, tf.mul(m[t]!, tf.sub(gruStep(p, prefix, xW[t]!, h), h))); // [B, H]
      states[t] = h;
    }
    return { states: tf.stack(states) as tf.Tensor3D, last: h }; // [Tx, B, H]
  };
  const positions = Array.from({ length: Tx }, (_, t) => t);
  const fwd = run('encoder.forward', positions);
  const bwd = run('encoder.backward', positions.reverse());
  return {
    h: tf.concat([fwd.states, bwd.states], 2), // [Tx, B, 2H]
    mask,
    final: tf.concat([fwd.last, bwd.last], 1), // [B, 2H]
  };
}
