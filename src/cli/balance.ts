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
  /** Multi-word units counted where a sentence opens with one (followed by a mark or the end). */
  phrases?: readonly string[];
}

const MARKS = new Set(['.', '?', '!', ',']);
/** The phrase `source` opens with, if any. */
const openingPhrase = (source: readonly string[], phrases: readonly string[]) =>
  phrases.find((p) => {
    const words = p.split(' ');
    return words.every((w, i) => source[i] === w) && (source.length === words.length || MARKS.has(source[words.length]!));
  });

/** Indices into `examples`, each sentence listed 1…maxRepeat times (in order). */
export function balanced(examples: readonly Example[], { minCount, maxRepeat, phrases = [] }: Balance): number[] {
  const units = examples.map((e) => {
    const phrase = openingPhrase(e.source, phrases);
    return phrase ? [...e.source, `phrase:${phrase}`] : e.source;
  });
  const counts = new Map<string, number>();
  for (const u of units) for (const w of u) counts.set(w, (counts.get(w) ?? 0) + 1);
  return units.flatMap((u, i) => {
    const rarest = Math.min(...u.map((w) => counts.get(w)!));
    const copies = Math.min(maxRepeat, Math.max(1, Math.ceil(minCount / rarest)));
    return Array<number>(copies).fill(i);
  });
}
