import { describe, expect, it } from 'vitest';
import { defaultCorpus, makeCorpus } from '../corpus';
import { tasks } from '../tasks';
import { formatOf } from './formatOf';
import { formats } from './datesGrammar';

describe('the dates sampling profile', () => {
  it('fills the test split with every format about equally (2 000 dates, 28 formats: ~71 each)', () => {
    const { test } = makeCorpus(tasks.dates, { ...defaultCorpus.dates, train: 0, validation: 0 });
    const count = new Map<string, number>();
    const years: number[] = [];
    for (const ex of test) {
      const f = formatOf(ex.source)!.format;
      count.set(f, (count.get(f) ?? 0) + 1);
      years.push(Number(ex.target.slice(0, 4).join('')));
    }
    expect([...count.keys()].sort()).toEqual(formats.map((f) => f.name).sort());
    // `may` dates of `day short-month year` count as `day month year`, which therefore has a few more.
    for (const [name, n] of count) expect(n, name).toBeGreaterThanOrEqual(45);
    for (const [name, n] of count) expect(n, name).toBeLessThanOrEqual(110);
    expect(Math.min(...years)).toBeLessThan(1910);
    expect(Math.max(...years)).toBeGreaterThan(2090);
  });
});
