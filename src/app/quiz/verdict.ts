/**
 * Predict, then look: the verdict on one guess. The learner names the source word the model will look
 * at while writing an output word; the model's real α row says how the guess fared. Pure.
 */

/** A guess "near" the model's choice holds at least this share of the row's weight. */
export const NEAR_SHARE = 0.2;

export type VerdictKind = 'hit' | 'near' | 'miss';

export interface Verdict {
  kind: VerdictKind;
  /** The weight α the guessed source word held. */
  weight: number;
  /** Where the weight went: the source positions holding the row's largest weight (more than one on a tie). */
  top: number[];
  /** That largest weight. */
  max: number;
}

/**
 * hit: the guess holds the row's largest weight (a tie counts); near: it holds at least `NEAR_SHARE`;
 * miss: neither (`top` names where the weight went).
 */
export function verdict(alphaRow: readonly number[], guess: number): Verdict {
  const max = Math.max(...alphaRow);
  const top = alphaRow.flatMap((a, j) => (a === max ? [j] : []));
  const weight = alphaRow[guess] ?? 0;
  const kind: VerdictKind = weight === max ? 'hit' : weight >= NEAR_SHARE ? 'near' : 'miss';
  return { kind, weight, top, max };
}
