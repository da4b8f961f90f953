/** The model's configuration: one typed object, saved next to the weights. */
export type Variant = 'attention' | 'distracted';
export const variants: Variant[] = ['attention', 'distracted'];

import type { Score } from '../core/choices';
// The score functions are a choice the view, its URL and the embed name too: they live in core/choices.ts.
export { scores, type Score } from '../core/choices';

export interface ModelConfig {
  /** `attention`: C_i = Σ_j α_ij h_j at every step. `distracted`: one fixed C for all steps. */
  variant: Variant;
  /** The attention model's score function; absent means `additive` (every model trained before scores had a choice). */
  score?: Score;
  /** Size of token embeddings (source and target). */
  embedding: number;
  /** GRU state size; encoder states h_j are 2 × hidden (forward ‖ backward). */
  hidden: number;
  /** Size of the attention layer: the rows of the additive W and U, or d, the width of scaled-dot's q_i and k_j (general has none: its W is [H, 2H]). */
  attention: number;
  sourceVocab: number;
  targetVocab: number;
}

export const scoreOf = (config: Pick<ModelConfig, 'score'>): Score => config.score ?? 'additive';

/**
 * The shipped models by name (their folder under pretrained/<task>/ and the CLI's `--model`): the additive
 * attention model keeps its name `attention`; the other scores are attention models named after their score.
 */
export type ModelName = Variant | Exclude<Score, 'additive'>;
export const modelNames: ModelName[] = ['attention', 'distracted', 'general', 'scaled-dot'];

/** The variant and score a model name stands for (`score` only where it isn't the default). */
export const modelKind = (name: ModelName): Pick<ModelConfig, 'variant' | 'score'> =>
  name === 'attention' || name === 'distracted' ? { variant: name } : { variant: 'attention', score: name };

export const defaultSizes = { embedding: 64, hidden: 128, attention: 128 };
