import { describe, expect, it } from 'vitest';
import { heldOutKey, makeCorpus, type Corpus } from './corpus';
import { bucketOf, tasks } from './tasks';

const small = { seed: 5, train: 2000, validation: 300, test: 100 };
/** The small en-zh corpus, built once for the file: each build samples and checks thousands of sentences (no test changes it). */
let shared: Corpus | undefined;
const smallEnZh = () => (shared ??= makeCorpus(tasks['en-zh'], small));

describe('corpus splits', () => {
  it('are deterministic per seed and differ across seeds', () => {
    const a = smallEnZh();
    const b = makeCorpus(tasks['en-zh'], small); // built again, not shared: the same seed gives the same corpus
    const c = makeCorpus(tasks['en-zh'], { ...small, seed: 6 });
    expect(b).toEqual(a);
    expect(c.train.slice(0, 50)).not.toEqual(a.train.slice(0, 50));
  });

  it('never share a sentence between train, validation and test', () => {
    for (const task of [tasks['en-zh'], tasks.dates]) {
      const { train, validation, test } = task === tasks['en-zh'] ? smallEnZh() : makeCorpus(task, small);
      const key = (e: { source: string[] }) => e.source.join(' ');
      const all = [...train, ...validation, ...test].map(key);
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it('keep the test split when the training split grows', () => {
    const a = smallEnZh();
    const b = makeCorpus(tasks['en-zh'], { ...small, train: 3000 });
    expect(b.test).toEqual(a.test);
  });

  it('fill every length bucket: ≥ 15 % of training each, the full test count each', () => {
    const { train, test } = smallEnZh();
    const share = [0, 0, 0, 0];
    train.forEach((e) => share[bucketOf(e.source.length)]!++);
    share.forEach((n) => expect(n / train.length).toBeGreaterThanOrEqual(0.15));
    const perBucket = [0, 0, 0, 0];
    test.forEach((e) => perBucket[bucketOf(e.source.length)]!++);
    expect(perBucket).toEqual([100, 100, 100, 100]);
    expect(Math.max(...train.map((e) => e.source.length))).toBeLessThanOrEqual(45);
  });

  it('never hold a held-out sentence, typed with or without its final mark', () => {
    const task = tasks['en-zh'];
    const before = smallEnZh();
    // Twenty sentences of each split, half of them as typed without their mark.
    const taken = [before.train, before.validation, before.test].flatMap((split) =>
      split.slice(0, 20).map((e, i) => (i % 2 ? e.source.slice(0, -1) : e.source)),
    );
    const heldOut = new Set(taken.map((t) => heldOutKey(task, t)));
    expect(heldOutKey(task, ['tom', 'chased', 'jerry', '.'])).toBe(heldOutKey(task, ['tom', 'chased', 'jerry']));
    const after = makeCorpus(task, { ...small, heldOut });
    const all = [...after.train, ...after.validation, ...after.test];
    expect(all.filter((e) => heldOut.has(heldOutKey(task, e.source))).map((e) => e.source.join(' '))).toEqual([]);
    expect([after.train.length, after.validation.length, after.test.length]).toEqual([2000, 300, 400]);
  });
});
