/** The model's configuration: one typed object, saved next to the weights. */
export type Variant = 'attention' | 'distracted';
export const variants: Variant[] = ['attention', 'distracted'];

export interface ModelConfig {
  /** `attention`: C_i = Σ_j α_ij h_j at every step. `distracted`: one fixed C for all steps. */
  variant: Variant;
  /** Size of token embeddings (source and target). */
  embedding: number;
  /** GRU state size; encoder states h_j are 2 × hidden (forward ‖ backward). */
  hidden: number;
  /** Size of the additive-attention layer (the rows of W and U). */
  attention: number;
  sourceVocab: number;
  targetVocab: number;
}

export const defaultSizes = { embedding: 64, hidden: 128, attention: 128 };
