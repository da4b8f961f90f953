/** The gold alignment overlay: which cells are known word links, and how often α's peak lands on one. */
import type { SentenceScore } from '../model/score';
import type { Trace } from '../model/translate';

export interface GoldAgreement {
  /** "i,j" for every gold link of an output word the model got right. */
  set: Set<string>;
  /** Share of those words whose largest α_ij is a gold link (null: no word to score). */
  score: number | null;
}

/** `links[i]`: the source positions output word i of the reference translates; `score`: the sentence's `scoreSentence`. */
export function goldAgreement(
  trace: Trace,
  reference: readonly string[],
  links: readonly (readonly number[])[],
  score: SentenceScore,
): GoldAgreement {
  const set = new Set<string>();
  trace.tokens.forEach((tok, i) => tok === reference[i] && links[i]?.forEach((j) => set.add(`${i},${j}`)));
  return { set, score: score.aligned ? score.agreeing / score.aligned : null };
}
