import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heldOutKey, makeCorpus } from '../corpus';
import { enzhTask, tasks } from '../tasks';
import { heldOutSentences, measureYardstick, YARDSTICK_FILE, yardstickLines } from './yardstick';

const lines = yardstickLines(readFileSync(YARDSTICK_FILE, 'utf8'));

describe('the yardstick', () => {
  it('holds 300 different sentences, mostly of 1–8 words', () => {
    expect(lines).toHaveLength(300);
    expect(heldOutSentences(enzhTask(5), lines).size).toBe(300);
    const report = measureYardstick(enzhTask(4), lines);
    const short = report.byLength.filter(({ words: [, hi] }) => hi <= 8).reduce((n, b) => n + b.total, 0);
    expect(short / lines.length).toBeGreaterThan(0.9);
  });

  it('counts the sentences inside, the unknown words met and where the grammar stopped', () => {
    const r = measureYardstick(tasks['en-zh'], ['Tom chased Jerry.', 'tom chasd jerry', 'Mary chasd Jerry', 'Tom chase Jerry.']);
    expect(r.inside).toBe(1);
    expect(r.unknown).toEqual([['chasd', 2]]);
    expect(r.stuckAt).toEqual([['chase', 1]]); // `Tom chase`: the verb doesn't agree
    expect(r.byLength.find((b) => b.words[0] === 3)).toMatchObject({ total: 4, inside: 1 });
    expect(r.outside).toEqual(['tom chasd jerry', 'Mary chasd Jerry', 'Tom chase Jerry.']);
  });

  it('is kept out of every split of a corpus that holds it out', () => {
    const task = enzhTask(5);
    const heldOut = heldOutSentences(task, lines);
    const options = { seed: 3, train: 3000, validation: 100, test: 25 };
    const key = (e: { source: string[] }) => heldOutKey(task, e.source);
    const splits = (c: ReturnType<typeof makeCorpus>) => [...c.train, ...c.validation, ...c.test];
    // Short everyday sentences are common: a corpus that doesn't hold them out draws some.
    expect(splits(makeCorpus(task, options)).filter((e) => heldOut.has(key(e))).length).toBeGreaterThan(0);
    expect(splits(makeCorpus(task, { ...options, heldOut })).filter((e) => heldOut.has(key(e)))).toEqual([]);
  });

  it("docs/language.md records version 4's figure, as measured", () => {
    const r = measureYardstick(enzhTask(4), lines);
    expect(readFileSync('docs/language.md', 'utf8')).toContain(`| en-zh@4 (before) | ${r.inside} of ${r.total} (`);
  });
});
