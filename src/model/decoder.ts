/**
 * The GRU decoder, one step: y_i = G(C_i, y_{i-1}, s_{i-1}). The two variants differ only in C_i:
 * `attention` builds its own C_i at every step, `distracted` uses the encoder's one fixed C.
 */
import * as tf from '@tensorflow/tfjs-core';
import { attend, attentionKeys, LEARNED, type AttentionRule } from './attention';
import { scoreOf, type ModelConfig, type Score } from './config';
import type { Encoded } from './encoder';
import { gruInput, gruStep } from './gru';
import { embed, mm, tanh } from './ops';
import type { Params } from './params';

/** What every decoder step reads from the encoder (its memory of the sentence). */
export interface DecoderMemory {
  /** The encoder's final states, which start the decoder (and are the distracted model's one C): [B, 2H]. */
  final: tf.Tensor2D;
  /** Attention only, batch-major: h_j [B, Tx, 2H], the score's keys [B, Tx, K] (attention.ts), mask [B, Tx]. */
  attention: { h: tf.Tensor3D; keys: tf.Tensor3D; mask: tf.Tensor2D; score: Score } | null;
}

export function decoderMemory(p: Params, config: ModelConfig, enc: Encoded): DecoderMemory {
  if (config.variant !== 'attention') return { final: enc.final, attention: null };
  const h = tf.transpose(enc.h, [1, 0, 2]); // [B, Tx, 2H]
  const score = scoreOf(config);
  return { final: enc.final, attention: { h, keys: attentionKeys(p, h, score), mask: tf.transpose(enc.mask), score } };
}

export const disposeMemory = (m: DecoderMemory) =>
  tf.dispose([m.final, ...(m.attention ? [m.attention.h, m.attention.keys, m.attention.mask] : [])]);

/** s_0 = tanh(W_init [forward_last ‖ backward_first] + b). */
export function initialState(p: Params, enc: Pick<Encoded, 'final'>): tf.Tensor2D {
  return tanh(tf.add(mm(enc.final, p['decoder.init.W'] as tf.Tensor2D), p['decoder.init.b']!)) as tf.Tensor2D; // [B, H]
}

export interface StepOut {
  s: tf.Tensor2D; // [B, H]      s_i
  context: tf.Tensor2D; // [B, 2H]     C_i
  alpha: tf.Tensor2D | null; // [B, Tx]     α_i (attention only)
  logits: tf.Tensor2D; // [B, V]      scores for y_i
}

/** One step; `rule` makes α_i (the model's own by default; an intervention in the explorer's what-if). */
export function decoderStep(
  p: Params,
  config: ModelConfig,
  memory: DecoderMemory,
  yPrev: tf.Tensor1D,
  sPrev: tf.Tensor2D,
  rule: AttentionRule = LEARNED,
): StepOut {
  const e = embed(yPrev, p['target.embedding'] as tf.Tensor2D); // [B, E]
  const { s, context, alpha } = decoderState(p, memory, e, sPrev, rule);
  return { s, context, alpha, logits: outputLayer(p, tf.concat([s, context, e], 1)) };
}

/** s_i and C_i (and α_i) from y_{i-1}'s embedding `e` [B, E] and s_{i-1}. */
export function decoderState(p: Params, memory: DecoderMemory, e: tf.Tensor2D, sPrev: tf.Tensor2D, rule: AttentionRule = LEARNED) {
  const a = memory.attention;
  const { context, alpha } = a
    ? attend(p, sPrev, a.keys, a.h, a.mask, rule, a.score) // C_i = Σ_j α_ij h_j
    : { context: memory.final, alpha: null }; // C, the same at every step
  const s = gruStep(p, 'decoder', gruInput(p, 'decoder', tf.concat([e, context], 1)), sPrev); // [B, H]
  return { s, context, alpha };
}

/** Scores for y_i from [s_i ‖ C_i ‖ e_{i-1}] [N, H + 2H + E]: [N, V] (N = B at one step, or Ty·B for a whole batch). */
export const outputLayer = (p: Params, features: tf.Tensor2D): tf.Tensor2D =>
  tf.add(mm(features, p['output.W'] as tf.Tensor2D), p['output.b']!) as tf.Tensor2D;
