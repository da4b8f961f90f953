/** The gold alignment overlay: which cells are known word links, and how often α's peak lands on one. */
import { argmax } from '../model/argmax';
import type { Trace } from '../model/translate';

export interface GoldAgreement {
  /** "i,j" for every gold link of an output word the model got right. */
  set: Set<string>;
  /** Share of those words whose largest α_ij is a gold link (null: no word to score). */
  score: number | null;
}

/** `links[i]`: the source positions output word i of the reference translates. */
export function goldAgreement(trace: Trace, reference: readonly string[], links: readonly (readonly number[])[]): GoldAgreement {
  const set = new Set<string>();
  let rows = 0;
  let agree = 0;
  trace.tokens.forEach((tok, i) => {
    if (tok !== reference[i] || !links[i]?.length) return;
    links[i]!.forEach((j) => set.add(`${i},${j}`));
    rows++;
    if (links[i]!.includes(argmax(trace.steps[i]!.alpha!))) agree++;
  });
  return { set, score: rows ? agree / rows : null };
}
