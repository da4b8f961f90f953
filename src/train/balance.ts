/**
 * Rare words seen often enough. A sentence's chance of holding a word is set by the grammar's choice
 * points, so some word forms are rare in any sample (in 60 000 en-zh sentences, `answering` came up
 * 5 times, most `-ing` forms 10–20): too few for the model to learn them. Training repeats each
 * sentence whose rarest source word occurs fewer than `minCount` times, up to `maxRepeat` copies in
 * all, which lifts the rare words without making any one sentence dominate.
 */
import type { Example } from '../data/sample';

export interface Balance {
  minCount: number;
  maxRepeat: number;
}

/** Indices into `examples`, each sentence listed 1…maxRepeat times (in order). */
export function balanced(examples: readonly Example[], { minCount, maxRepeat }: Balance): number[] {
  const counts = new Map<string, number>();
  for (const e of examples) for (const w of e.source) counts.set(w, (counts.get(w) ?? 0) + 1);
  return examples.flatMap((e, i) => {
    const rarest = Math.min(...e.source.map((w) => counts.get(w)!));
    const copies = Math.min(maxRepeat, Math.max(1, Math.ceil(minCount / rarest)));
    return Array<number>(copies).fill(i);
  });
}
