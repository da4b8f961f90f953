/**
 * How one translation compares with its reference: exact match, token accuracy and alignment
 * agreement. No tfjs: `evaluate` sums these over a split, and the explorer shows them for one sentence.
 */
import { argmax } from './argmax';

export interface SentenceScore {
  exact: boolean;
  /** Positions where output and reference agree, out of the longer of the two. */
  correctTokens: number;
  tokens: number;
  /** Output tokens that match the reference and have gold links (attention only)… */
  aligned: number;
  /** …and how many of those have their largest α_ij on a linked source word. */
  agreeing: number;
}

/**
 * `alpha`: one row per output token (null for the distracted model); `links[i]`: the source positions
 * the reference's word i translates.
 */
export function scoreSentence(
  output: readonly string[],
  alpha: readonly (readonly number[])[] | null,
  reference: readonly string[],
  links: readonly (readonly number[])[],
): SentenceScore {
  let correctTokens = 0;
  let aligned = 0;
  let agreeing = 0;
  output.forEach((tok, i) => {
    if (tok !== reference[i]) return;
    correctTokens++;
    const row = alpha?.[i];
    if (!row || !links[i]?.length) return;
    aligned++;
    if (links[i]!.includes(argmax(row))) agreeing++;
  });
  return {
    exact: output.length === reference.length && correctTokens === output.length,
    correctTokens,
    tokens: Math.max(output.length, reference.length),
    aligned,
    agreeing,
  };
}
