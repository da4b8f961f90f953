/**
 * Every word of the language in training. A sentence's chance of holding a word is set by the grammar's
 * choice points, so a sample of 120 000 en-zh@5 sentences held some of its words never (`stopping`,
 * `saying`, `warmer`) and hundreds fewer than ten times: the model would meet them first in a user's
 * sentence. `cover` writes, for each word seen fewer than `count` times, sentences that hold it: it takes
 * a training sentence, puts the word in place of one of its words of the same shape (`eating` →
 * `stopping`, `bigger` → `warmer`), and keeps the result if the grammar accepts it, with the grammar's
 * own translation and alignment. A word no try reaches is left as it is (the grammar may never say it).
 */
import { check } from './check';
import type { Rng } from './rng';
import type { Example } from './sample';
import type { Task } from './tasks';

/** The endings a word is swapped by: a word takes the place of one with its ending (or, with none, of any word). */
const ENDINGS = ['ing', 'est', 'ed', 'er', 'ly', 's'] as const;
const endingOf = (word: string) => ENDINGS.find((e) => word.endsWith(e) && word.length > e.length + 1) ?? '';
const isWord = (token: string) => /^[a-z]/.test(token);
/** The stems a word with `ending` may have (`stopping` → stopp, stop, stoppe; `earlier` → earli, early). */
const stemsOf = (word: string, ending: string) => {
  const base = word.slice(0, word.length - ending.length);
  return [base, base.slice(0, -1), `${base}e`, `${base.slice(0, -1)}y`];
};

export interface Cover {
  /** Sentences holding each word, at least, where the grammar can say it. */
  count: number;
  /** Sentences tried per missing one before the word is given up. */
  tries: number;
}

/**
 * Sentences to add to `train` so that every word of `task.vocabulary` is in `count` of them; `keep` says
 * whether a new sentence may join (not too long, new, not held out) and records it. Deterministic for a
 * given `random`.
 */
export function cover(
  task: Task,
  train: readonly Example[],
  keep: (e: Example) => boolean,
  random: Rng,
  { count, tries }: Cover,
): { added: Example[]; unreached: string[] } {
  const seen = new Map<string, number>();
  const tally = (e: Example) => {
    for (const w of new Set(e.source)) seen.set(w, (seen.get(w) ?? 0) + 1);
  };
  train.forEach(tally);
  // Where each ending is inflectional (its stem is a word too: `eating`, not `morning`), by sentence and place.
  const inflected = new Map<string, [number, number][]>(ENDINGS.map((e) => [e, []]));
  train.forEach((e, n) =>
    e.source.forEach((t, i) => {
      const ending = endingOf(t);
      if (ending && stemsOf(t, ending).some((s) => task.vocabulary.has(s))) inflected.get(ending)!.push([n, i]);
    }),
  );
  const added: Example[] = [];
  const unreached: string[] = [];
  for (const word of [...task.vocabulary].filter(isWord).sort()) {
    const ending = endingOf(word);
    const places = ending && stemsOf(word, ending).some((s) => task.vocabulary.has(s)) ? inflected.get(ending)! : null;
    for (let left = tries; (seen.get(word) ?? 0) < count && left > 0; left--) {
      // An inflected word takes an inflected word's place; any other, any word's.
      let base: Example, at: number;
      if (places) {
        if (!places.length) break;
        const [n, i] = places[Math.floor(random() * places.length)]!;
        [base, at] = [train[n]!, i];
      } else {
        base = train[Math.floor(random() * train.length)]!;
        at = Math.floor(random() * base.source.length);
      }
      if (!isWord(base.source[at]!) || base.source[at] === word) continue;
      const c = check(task, base.source.map((t, i) => (i === at ? word : t)).join(' '));
      if (c.kind !== 'ok') continue;
      const e: Example = { source: c.tokens.tokens, target: c.reference, links: c.links };
      if (!e.source.includes(word) || !keep(e)) continue;
      added.push(e);
      tally(e);
      left = tries + 1; // the word is reachable: each further sentence gets the full budget
    }
    if (!seen.get(word)) unreached.push(word);
  }
  return { added, unreached };
}
