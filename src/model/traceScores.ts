/**
 * The scores e_ij behind a trace's α, before the softmax: what the formula panel shows beside α_ij
 * (issue 30). Recomputed from the trace itself with attention.ts's readable score, so every decoding
 * path gives the same e, and no path has to read more back:
 *
 *   s_0 = tanh(W_init [h_{Tx}^→ ‖ h_1^←] + b)   (the encoder's final states are halves of h_j)
 *   e_ij = score(s_{i-1}, h_j)                   additive, general or scaled-dot (config.score)
 *
 * The model's own e_ij, also when an intervention (what-if) made α from something else.
 */
import * as tf from '@tensorflow/tfjs-core';
import { attentionKeys, attentionQuery, attentionScores } from './attention';
import { scoreOf } from './config';
import type { Model } from './model';
import { tidy } from './ops';
import type { Trace } from './translate';

/** s_0 … s_{Ty-1} [Ty, H], the states each step's query is made from; `h` is the trace's h_j [Tx, 2H]. */
function previousStates(model: Model, h: tf.Tensor2D, steps: Trace['steps']): tf.Tensor2D {
  const { config, params: p } = model;
  const H = config.hidden;
  const Tx = h.shape[0];
  const final = tf.concat([tf.slice(h, [Tx - 1, 0], [1, H]), tf.slice(h, [0, H], [1, H])], 1) as tf.Tensor2D; // [1, 2H]
  const s0 = tf.tanh(tf.add(tf.matMul(final, p['decoder.init.W'] as tf.Tensor2D), p['decoder.init.b']!)) as tf.Tensor2D; // [1, H]
  const states = steps.slice(0, -1).map((st) => st.state);
  return tf.concat([s0, ...(states.length ? [tf.tensor2d(states)] : [])]) as tf.Tensor2D; // [Ty, H]   s_0 … s_{Ty-1}
}

/**
 * e_ij, one row per step of `trace` (as each step's `alpha`: the output tokens, then the final `</s>` step
 * when the model stopped by itself); null for the distracted model.
 */
export function traceScores(model: Model, trace: Pick<Trace, 'h' | 'steps'>): number[][] | null {
  const { config, params: p } = model;
  if (config.variant !== 'attention') return null;
  if (trace.steps.length === 0) return [];
  const score = scoreOf(config);
  return tidy(() => {
    const h = tf.tensor2d(trace.h); // [Tx, 2H]
    const sPrev = previousStates(model, h, trace.steps); // [Ty, H]
    const Ty = sPrev.shape[0];
    const keys = attentionKeys(p, tf.tile(tf.expandDims(h, 0), [Ty, 1, 1]) as tf.Tensor3D, score); // [Ty, Tx, K]
    return attentionScores(p, attentionQuery(p, sPrev, score), keys, score).arraySync(); // [Ty, Tx]
  });
}

/**
 * The query of every step (one row per step, as `traceScores`) and the key of every source word, as the
 * model's score makes them: for scaled-dot q_i = W_q s_{i-1} and k_j = W_k h_j, so e_ij = q_i · k_j / √d.
 * Null for the distracted model.
 */
export function traceQueryKeys(model: Model, trace: Pick<Trace, 'h' | 'steps'>): { query: number[][]; keys: number[][] } | null {
  const { config, params: p } = model;
  if (config.variant !== 'attention' || trace.steps.length === 0) return null;
  const score = scoreOf(config);
  return tidy(() => {
    const h = tf.tensor2d(trace.h); // [Tx, 2H]
    const query = attentionQuery(p, previousStates(model, h, trace.steps), score); // [Ty, K]
    const keys = attentionKeys(p, tf.expandDims(h, 0) as tf.Tensor3D, score); // [1, Tx, K]
    return { query: query.arraySync(), keys: (tf.squeeze(keys, [0]) as tf.Tensor2D).arraySync() };
  });
}
