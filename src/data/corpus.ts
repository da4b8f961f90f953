/** Seeded, deterministic train / validation / test splits that never share a sentence. */
import { cover as coverWords, type Cover } from './cover';
import { sample, type Example } from './sample';
import { rng } from './rng';
import { bucketOf, buckets, type Task } from './tasks';

export interface CorpusOptions {
  seed: number;
  train: number;
  validation: number;
  /** Test sentences per length bucket (bucketed tasks), or in all (others). */
  test: number;
  /** Sentences no split may hold, as `heldOutKey` writes them (the en-zh yardstick, from version 5). */
  heldOut?: ReadonlySet<string>;
  /** Training sentences added until every word of the language is in `count` of them, where the grammar can say it (cover.ts). */
  cover?: Cover;
}

/** A sentence as held-out sentences are compared: its tokens, without the final mark it may be typed without. */
export const heldOutKey = (task: Task, tokens: readonly string[]): string =>
  (task.finalMarks?.marks.includes(tokens.at(-1) ?? '') ? tokens.slice(0, -1) : tokens).join(' ');

export interface Corpus {
  train: Example[];
  validation: Example[];
  test: Example[];
  /** With `cover`: the words of the language no draw reached, so training never sees them. */
  uncovered?: string[];
}

export const defaultCorpus: Record<Task['id'], CorpusOptions> = {
  'en-zh': { seed: 1, train: 120_000, validation: 1_000, test: 250 },
  dates: { seed: 2, train: 80_000, validation: 1_000, test: 2_000 },
};

/**
 * Test first, then validation, then train, from one seeded stream: growing the training set never
 * changes the test set. Bucketed tasks cycle through the length buckets so each is equally filled.
 */
export function makeCorpus(task: Task, { seed, train, validation, test, heldOut, cover }: CorpusOptions): Corpus {
  const random = rng(seed);
  const seen = new Set<string>();
  const bucketed = task.profiles.length > 1;
  let turn = 0;
  const draw = (bucket: number): Example => {
    for (;;) {
      const ex = sample(task.grammar, random, task.profiles[bucketed ? bucket : 0]);
      const n = ex.source.length;
      if (n > task.maxTokens || (bucketed && bucketOf(n) !== bucket)) continue;
      const key = ex.source.join(' ');
      if (seen.has(key) || heldOut?.has(heldOutKey(task, ex.source))) continue;
      seen.add(key);
      return ex;
    }
  };
  // Buckets take turns in proportion to the task's shares (equal shares unless it says otherwise).
  const shares = task.bucketShares ?? buckets.map(() => 1 / buckets.length);
  const cycle = shares.flatMap((share, b) => Array<number>(Math.round(share * 20)).fill(b));
  const split = (count: number) => Array.from({ length: count }, () => draw(cycle[turn++ % cycle.length]!));
  const testSplit = bucketed ? buckets.flatMap((_, b) => Array.from({ length: test }, () => draw(b))) : split(test);
  const validationSplit = split(validation);
  const trainSplit = split(train);
  if (!cover) return { test: testSplit, validation: validationSplit, train: trainSplit };
  // Then the words the split left rare, on the same stream: the splits above never change.
  const keep = (ex: Example) => {
    const key = ex.source.join(' ');
    if (ex.source.length > task.maxTokens || seen.has(key) || heldOut?.has(heldOutKey(task, ex.source))) return false;
    seen.add(key);
    return true;
  };
  const { added, unreached } = coverWords(task, trainSplit, keep, random, cover);
  return { test: testSplit, validation: validationSplit, train: [...trainSplit, ...added], uncovered: unreached };
}
