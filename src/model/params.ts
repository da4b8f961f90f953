/** The model's parameters, by name, with shapes; created with a seeded Glorot-uniform initialization. */
import * as tf from '@tensorflow/tfjs-core';
import { scoreOf, type ModelConfig, type Score } from './config';

export type Params = Record<string, tf.Tensor>;

/** The score's own weights (attention.ts): additive W, U, v; general W; scaled-dot W_q, W_k. */
const scoreShapes = (score: Score, H: number, A: number): Record<string, number[]> =>
  ({
    additive: { 'attention.W': [H, A], 'attention.U': [2 * H, A], 'attention.v': [A, 1] },
    general: { 'attention.W': [H, 2 * H] },
    'scaled-dot': { 'attention.Wq': [H, A], 'attention.Wk': [2 * H, A] },
  })[score];

/** Every parameter's shape. The distracted variant has no attention parameters. */
export function paramShapes(config: ModelConfig): Record<string, number[]> {
  const { variant, embedding: E, hidden: H, attention: A, sourceVocab, targetVocab } = config;
  const gru = (prefix: string, input: number) => ({
    [`${prefix}.W`]: [input, 3 * H], // input → update, reset, candidate
    [`${prefix}.U`]: [H, 3 * H], // state → update, reset, candidate
    [`${prefix}.b`]: [3 * H],
    [`${prefix}.c`]: [3 * H],
  });
  return {
    'source.embedding': [sourceVocab, E],
    'target.embedding': [targetVocab, E],
    ...gru('encoder.forward', E),
    ...gru('encoder.backward', E),
    'decoder.init.W': [2 * H, H],
    'decoder.init.b': [H],
    ...gru('decoder', E + 2 * H),
    ...(variant === 'attention' ? scoreShapes(scoreOf(config), H, A) : {}),
    'output.W': [H + 2 * H + E, targetVocab],
    'output.b': [targetVocab],
  };
}

export function initParams(config: ModelConfig, seed: number): Params {
  const params: Params = {};
  Object.entries(paramShapes(config)).forEach(([name, shape], i) => {
    if (shape.length === 1) params[name] = tf.zeros(shape);
    else {
      const limit = Math.sqrt(6 / (shape[0]! + shape[1]!));
      params[name] = tf.randomUniform(shape, -limit, limit, 'float32', seed * 1000 + i);
    }
  });
  return params;
}

export const countParams = (params: Params) => Object.values(params).reduce((n, t) => n + t.size, 0);
