/**
 * The parser's fast paths return exactly what the readable path returns: options looked up by a fixed
 * lead's first token, as asking every option does (the same reference and alignment, or the same miss,
 * expected tokens in the same order, and the same reasons), and `accepts` replaying runs from the last
 * search's record, as running them all does — on sentences of the language, their prefixes, and broken variants.
 */
import { describe, expect, it } from 'vitest';
import { defaultCorpus, makeCorpus } from './corpus';
import { accepts, END_OF_INPUT, parse } from './parse';
import { enzhTask } from './tasks';
import { rng } from './rng';

// en-zh@5 only: it has every kind of pick en-zh@4 has, and longer lists.
const task = enzhTask(5);

/** Three test sentences, each word-by-word prefix, and three broken variants of each (two words swapped, one dropped, one repeated). */
function inputs(): string[][] {
  const sentences = makeCorpus(task, { ...defaultCorpus['en-zh'], train: 0, validation: 0, test: 3 }).test;
  const random = rng(7);
  const all: string[][] = [];
  for (const { source } of sentences) {
    for (let k = 1; k <= source.length; k++) all.push(source.slice(0, k));
    const i = Math.floor(random() * source.length);
    const j = Math.floor(random() * source.length);
    const swapped = [...source];
    [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
    all.push(swapped, [...source.slice(0, i), ...source.slice(i + 1)], [...source.slice(0, i), source[j]!, ...source.slice(i)]);
  }
  return all;
}

describe('the parser’s fast paths give the result of the readable path', () => {
  it('en-zh@5, fixed leads indexed: the same parse or miss as asking every option', () => {
    let outside = 0;
    const all = inputs();
    for (const tokens of all) {
      const fast = parse(task.grammar, tokens, { maxRuns: 5000 });
      expect(fast, tokens.join(' ')).toEqual(parse(task.grammar, tokens, { maxRuns: 5000, indexLeads: false }));
      if (!fast.ok) outside++;
    }
    expect(outside).toBeGreaterThan(all.length / 4); // the misses are compared too, not only parses
  });

  it('en-zh@5, accepts replaying the last search: the same verdict as running every run, within the same budget', () => {
    // As the checker's repairs do: parse, then try the input with an expected token in place of the one
    // that failed (or after the end), with a final mark and without, each reusing the search before it.
    // Budgets of 60 and 15 runs cut some searches short: the replayed runs must count as runs.
    const verdicts = new Map<string, number>();
    for (const tokens of inputs()) {
      const p = parse(task.grammar, tokens, { maxReadings: 1, maxRuns: 5000 });
      if (p.ok) continue;
      const { at, expected } = p.miss;
      for (const e of expected.filter((t) => t !== END_OF_INPUT).slice(0, 4))
        for (const end of [['.'], ['?'], []])
          for (const maxRuns of [2000, 60, 15]) {
            const attempt = [...tokens.slice(0, at), e, ...tokens.slice(at + 1), ...end];
            const ok = accepts(task.grammar, attempt, { maxReadings: 1, maxRuns });
            expect(ok, `${attempt.join(' ')} (${maxRuns} runs)`).toBe(
              parse(task.grammar, attempt, { maxReadings: 1, maxRuns, fresh: true }).ok,
            );
            const key = `${ok} ${maxRuns}`;
            verdicts.set(key, (verdicts.get(key) ?? 0) + 1);
          }
    }
    // Both verdicts at each budget, and searches that 2 000 runs finish and 60 or 15 don't.
    const n = (key: string) => verdicts.get(key) ?? 0;
    expect(n('true 2000')).toBeGreaterThan(n('true 60'));
    expect(n('true 60')).toBeGreaterThan(n('true 15'));
    expect(n('true 15')).toBeGreaterThan(0);
    for (const runs of [2000, 60, 15]) expect(n(`false ${runs}`)).toBeGreaterThan(100);
  });
});
