/**
 * Floating-point operations of one greedy translation (multiply-adds count 2), counted from the model's
 * shapes: the floor against which measured latency is compared.
 */
import type { ModelConfig } from '../src/model/config';

export function translationFlops(
  { variant, embedding: E, hidden: H, attention: A, targetVocab: V }: ModelConfig,
  Tx: number,
  Ty: number,
): number {
  const gru = (input: number) => 2 * (input * 3 * H + H * 3 * H) + 12 * H; // matMuls + gates
  const encoder = 2 * Tx * gru(E);
  const init = 2 * (2 * H * H);
  const keys = variant === 'attention' ? 2 * Tx * 2 * H * A : 0; // U h_j, once
  const attend = variant === 'attention' ? 2 * H * A + Tx * A * 3 + 2 * Tx * A + 5 * Tx + 2 * Tx * 2 * H : 0; // W s, tanh(+), vᵀ, softmax, Σ α h
  const step = attend + gru(E + 2 * H) + 2 * (H + 2 * H + E) * V + 3 * V; // + output layer and softmax
  return encoder + init + keys + Ty * step;
}
