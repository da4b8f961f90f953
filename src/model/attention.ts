/**
 * Soft attention (Bahdanau et al. 2015), in the article's notation:
 *
 *   e_ij = vᵀ tanh(W s_{i-1} + U h_j)      how well source word j fits output step i
 *   α_ij = softmax_j(e_ij)                 how much word j matters now (each row sums to 1)
 *   C_i  = Σ_j α_ij h_j                    this step's own context
 *
 * The score e_ij is one of three (config.ts's `Score`); α and C_i are the same for all of them:
 *
 *   additive    e_ij = vᵀ tanh(W s_{i-1} + U h_j)               Bahdanau
 *   general     e_ij = s_{i-1}ᵀ W h_j                           Luong's "general" (multiplicative)
 *   scaled-dot  e_ij = q_i · k_j / √d,  q_i = W_q s_{i-1},      a Transformer layer's, for one query:
 *               k_j = W_k h_j,  values h_j                     C_i = softmax(q_i Kᵀ/√d) V
 *
 * Each splits into a query, made from s_{i-1} at every step, and keys, made from the h_j once per
 * sentence. Our decoder reads s_{i-1} (Bahdanau's), where Luong scores the new state s_i.
 *
 * Shapes: B sentences, Tx source positions, H decoder units, 2H encoder units, A attention units (d = A),
 * K the width of a query and a key (A; 2H for general).
 * Batch-major here (the encoder is time-major): softmax and the weighted sum then run as a last-axis
 * softmax and a batched matMul, ~40 % faster to train on wasm than the time-major equivalents.
 */
import * as tf from '@tensorflow/tfjs-core';
import { dense, mm, tanh } from './ops';
import type { Score } from './config';
import type { Params } from './params';

/**
 * How α_i is made from the scores e_i: the model's own rule, or an intervention the explorer applies
 * at every step (what-if). One description, used by both decoding paths (attention.ts and packed.ts).
 */
export type AttentionRule =
  /** α_ij = softmax_j(β e_ij): β = 1 is the model as trained, 0 is uniform, large β approaches hard. */
  | { rule: 'learned'; beta: number }
  /** α_ij = 1 / T_x: every word the same, the sentence's average (the distracted model's idea). */
  | { rule: 'uniform' }
  /** α_ij = 1 at argmax_j e_ij, 0 elsewhere: hard attention. */
  | { rule: 'hard' }
  /** α_ij = 1 at the chosen word j, 0 elsewhere (one forced cell). */
  | { rule: 'forced'; j: number };

export const LEARNED: AttentionRule = { rule: 'learned', beta: 1 };

/** The keys, for every source word: computed once per sentence, reused at every output step. */
export function attentionKeys(p: Params, h: tf.Tensor3D, score: Score = 'additive'): tf.Tensor3D {
  switch (score) {
    case 'additive':
      return dense(h, p['attention.U'] as tf.Tensor2D) as tf.Tensor3D; // [B, Tx, A]    U h_j
    case 'general':
      return h; // [B, Tx, 2H]   h_j itself: W goes to the query
    case 'scaled-dot':
      return dense(h, p['attention.Wk'] as tf.Tensor2D) as tf.Tensor3D; // [B, Tx, A]    k_j = W_k h_j
  }
}

/** The query from the decoder's state `s` = s_{i-1} [B, H]. */
export function attentionQuery(p: Params, s: tf.Tensor2D, score: Score = 'additive'): tf.Tensor2D {
  switch (score) {
    case 'additive':
      return mm(s, p['attention.W'] as tf.Tensor2D); // [B, A]    W s_{i-1}
    case 'general':
      return mm(s, p['attention.W'] as tf.Tensor2D); // [B, 2H]   s_{i-1}ᵀ W
    case 'scaled-dot':
      return mm(s, p['attention.Wq'] as tf.Tensor2D); // [B, A]    q_i = W_q s_{i-1}
  }
}

/**
 * e_ij [B, Tx] from the step's `query` [B, K] and the sentence's `keys` [B, Tx, K]. `d` is scaled-dot's
 * √d's d: the keys' width unless asked otherwise.
 */
export function attentionScores(
  p: Params,
  query: tf.Tensor2D,
  keys: tf.Tensor3D,
  score: Score = 'additive',
  d = keys.shape[2],
): tf.Tensor2D {
  const [B, Tx, K] = keys.shape;
  const q = tf.expandDims(query, 1); // [B, 1, K]
  switch (score) {
    case 'additive': {
      const hidden = tf.reshape(tanh(tf.add(keys, q)), [B * Tx, K]) as tf.Tensor2D; // [B·Tx, A]   tanh(W s_{i-1} + U h_j)
      return tf.reshape(mm(hidden, p['attention.v'] as tf.Tensor2D), [B, Tx]) as tf.Tensor2D; // [B, Tx]     vᵀ tanh(…)
    }
    case 'general':
      return tf.sum(tf.mul(keys, q), 2); // [B, Tx]     (s_{i-1}ᵀ W) · h_j
    case 'scaled-dot':
      return tf.div(tf.sum(tf.mul(keys, q), 2), Math.sqrt(d)); // [B, Tx]     q_i · k_j / √d
  }
}

/** A mask value that still fits a half-float (phone GPUs), unlike −1e9. */
const MASKED = -1e4;

/**
 * α_i from the scores `e` [B, Tx] under `rule`; `mask` [B, Tx] (1 = word, 0 = padding), or null for one
 * unpadded sentence. Adding a constant to every e_ij changes nothing (packed.ts relies on it).
 */
export function alphaFrom(e: tf.Tensor2D, mask: tf.Tensor2D | null, rule: AttentionRule = LEARNED): tf.Tensor2D {
  const Tx = e.shape[1];
  const masked = (x: tf.Tensor2D) => (mask ? tf.add(x, tf.mul(tf.sub(1, mask), MASKED)) : x); // padding gets none
  const oneHot = (j: tf.Tensor1D) => tf.cast(tf.oneHot(j, Tx), 'float32') as tf.Tensor2D; // [B, Tx]
  switch (rule.rule) {
    case 'learned':
      return tf.softmax(masked(rule.beta === 1 ? e : tf.mul(e, rule.beta))) as tf.Tensor2D; // [B, Tx]   softmax_j(β e_ij)
    case 'uniform': {
      const words = mask ?? tf.onesLike(e); // [B, Tx]
      return tf.div(words, tf.sum(words, 1, true)); // [B, Tx]   1 / T_x
    }
    case 'hard':
      return oneHot(tf.argMax(masked(e), 1) as tf.Tensor1D); // [B, Tx]   1 at argmax_j e_ij
    case 'forced':
      return oneHot(tf.fill([e.shape[0]], rule.j, 'int32') as tf.Tensor1D); // [B, Tx]   1 at j
  }
}

/**
 * `keys` [B, Tx, K] (attentionKeys), `h` [B, Tx, 2H], `mask` [B, Tx] (1 = word, 0 = padding), `s` = s_{i-1} [B, H];
 * returns e_i too, the scores before the softmax.
 */
export function attend(
  p: Params,
  s: tf.Tensor2D,
  keys: tf.Tensor3D,
  h: tf.Tensor3D,
  mask: tf.Tensor2D,
  rule: AttentionRule = LEARNED,
  score: Score = 'additive',
) {
  const B = keys.shape[0];
  const e = attentionScores(p, attentionQuery(p, s, score), keys, score); // [B, Tx]     e_ij
  const alpha = alphaFrom(e, mask, rule); // [B, Tx]     α_ij
  const context = tf.reshape(tf.matMul(tf.expandDims(alpha, 1), h), [B, -1]) as tf.Tensor2D; // [B, 2H]     C_i = Σ_j α_ij h_j
  return { e, alpha, context };
}
