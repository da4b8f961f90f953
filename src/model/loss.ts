/** The training objective: cross-entropy of the next target token under teacher forcing. */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelConfig } from './config';
import { decoderMemory, decoderState, initialState, outputLayer } from './decoder';
import { embed } from './ops';
import { encode } from './encoder';
import type { Params } from './params';

/** A padded, time-major batch. */
export interface Batch {
  x: tf.Tensor2D; // [Tx, B] source ids
  xMask: tf.Tensor2D; // [Tx, B]
  yIn: tf.Tensor2D; // [Ty, B] <s> y_1 … y_{n}
  yOut: tf.Tensor2D; // [Ty, B] y_1 … y_n </s>
  yMask: tf.Tensor2D; // [Ty, B]
  /** Gold alignment as a distribution over source words per output step (uniform over its links), and which steps have links. */
  gold?: { alignment: tf.Tensor3D; mask: tf.Tensor2D }; // [Ty, B, Tx], [Ty, B]
}

/**
 * Mean cross-entropy per real target token; also returns the logits for accuracy. With `guidedAlignment`
 * λ > 0 (attention models only) it adds λ × the cross-entropy between α_i and the gold alignment
 * ("guided alignment", Chen et al. 2016): a nudge towards the known word links.
 */
export function teacherForcedLoss(
  p: Params,
  config: ModelConfig,
  batch: Batch,
  guidedAlignment = 0,
): { loss: tf.Scalar; logits: tf.Tensor3D } {
  const memory = decoderMemory(p, config, encode(p, batch.x, batch.xMask, config.hidden));
  let s = initialState(p, memory);
  const [Ty, B] = batch.yIn.shape;
  // Teacher forcing: every step's input is known, so the embeddings and the output layer run once for
  // the whole batch; only s_i and C_i need the loop (decoder.ts's decoderStep, split in two).
  const e = tf.reshape(embed(tf.reshape(batch.yIn, [-1]), p['target.embedding'] as tf.Tensor2D), [Ty, B, -1]); // [Ty, B, E]
  const features: tf.Tensor2D[] = [];
  const alphas: tf.Tensor2D[] = [];
  for (const ei of tf.unstack(e) as tf.Tensor2D[]) {
    const step = decoderState(p, memory, ei, s);
    s = step.s;
    features.push(tf.concat([step.s, step.context, ei], 1)); // [B, H + 2H + E]
    if (step.alpha) alphas.push(step.alpha);
  }
  const all = tf.reshape(outputLayer(p, tf.concat(features, 0)), [Ty, B, -1]) as tf.Tensor3D; // [Ty, B, V]
  const logp = tf.logSoftmax(all); // [Ty, B, V]
  const gold = tf.oneHot(batch.yOut, config.targetVocab); // [Ty, B, V]
  const nll = tf.neg(tf.sum(tf.mul(logp, gold), 2)); // [Ty, B]
  let loss = tf.div(tf.sum(tf.mul(nll, batch.yMask)), tf.sum(batch.yMask)) as tf.Scalar;
  if (guidedAlignment > 0 && batch.gold && alphas.length) {
    const logAlpha = tf.log(tf.add(tf.stack(alphas), 1e-6)); // [Ty, B, Tx]
    const xent = tf.neg(tf.sum(tf.mul(batch.gold.alignment, logAlpha), 2)); // [Ty, B]
    const align = tf.div(tf.sum(tf.mul(xent, batch.gold.mask)), tf.maximum(tf.sum(batch.gold.mask), 1));
    loss = tf.add(loss, tf.mul(align, guidedAlignment)) as tf.Scalar;
  }
  return { loss, logits: all };
}
