/** The training objective: cross-entropy of the next target token under teacher forcing. */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelConfig } from './config';
import { decoderContext, decoderStep, initialState } from './decoder';
import { encode } from './encoder';
import type { Params } from './params';

/** A padded, time-major batch. */
export interface Batch {
  x: tf.Tensor2D; // [Tx, B] source ids
  xMask: tf.Tensor2D; // [Tx, B]
  yIn: tf.Tensor2D; // [Ty, B] <s> y_1 … y_{n}
  yOut: tf.Tensor2D; // [Ty, B] y_1 … y_n </s>
  yMask: tf.Tensor2D; // [Ty, B]
}

/** Mean cross-entropy per real target token; also returns the logits for accuracy. */
export function teacherForcedLoss(p: Params, config: ModelConfig, batch: Batch): { loss: tf.Scalar; logits: tf.Tensor3D } {
  const ctx = decoderContext(p, config, encode(p, batch.x, batch.xMask, config.hidden));
  let s = initialState(p, ctx);
  const inputs = tf.unstack(batch.yIn) as tf.Tensor1D[];
  const logits: tf.Tensor2D[] = [];
  for (const y of inputs) {
    const step = decoderStep(p, config, ctx, y, s);
    s = step.s;
    logits.push(step.logits);
  }
  const all = tf.stack(logits) as tf.Tensor3D; // [Ty, B, V]
  const logp = tf.logSoftmax(all); // [Ty, B, V]
  const gold = tf.oneHot(batch.yOut, config.targetVocab); // [Ty, B, V]
  const nll = tf.neg(tf.sum(tf.mul(logp, gold), 2)); // [Ty, B]
  const loss = tf.div(tf.sum(tf.mul(nll, batch.yMask)), tf.sum(batch.yMask)) as tf.Scalar;
  return { loss, logits: all };
}
