/**
 * Each score function's e_ij as TeX (attention.ts writes the same formulas in code), with a label a
 * screen reader says; the scaled dot product's query and key are defined on a line of their own.
 */
import type { Score } from '../../model/config';

export interface TexLine {
  tex: string;
  label: string;
}

export const scoreTex: Record<Score, TexLine & { defs?: TexLine }> = {
  additive: { tex: String.raw`e_{ij} = v^\top \tanh(W s_{i-1} + U h_j)`, label: 'e_ij = v transposed tanh(W s_(i-1) + U h_j)' },
  general: { tex: String.raw`e_{ij} = s_{i-1}^\top W h_j`, label: 'e_ij = s_(i-1) transposed W h_j' },
  'scaled-dot': {
    tex: String.raw`e_{ij} = \frac{q_i \cdot k_j}{\sqrt{d}}`,
    label: 'e_ij = q_i dot k_j over the square root of d',
    defs: { tex: String.raw`q_i = W_q\, s_{i-1},\quad k_j = W_k\, h_j`, label: 'q_i = W_q s_(i-1), k_j = W_k h_j' },
  },
};

export const contextTex: TexLine = { tex: String.raw`C_i = \sum_{j=1}^{T_x} \alpha_{ij}\, h_j`, label: 'C_i = sum over j of alpha_ij h_j' };

/** α from the scores, then the score itself, on one line: α_ij = softmax_j(e_ij), e_ij = … */
export const alphaTex = (score: Score): TexLine => ({
  tex: String.raw`\alpha_{ij} = \operatorname{softmax}_j(e_{ij}),\quad ${scoreTex[score].tex}`,
  label: `alpha_ij = softmax over j of e_ij, ${scoreTex[score].label}`,
});
