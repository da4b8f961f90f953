/**
 * The parser's fast path (options looked up by a fixed lead's first token) returns exactly what asking
 * every option returns: the same reference and alignment, or the same miss, expected tokens in the same
 * order, and the same reasons — on sentences of the language, their prefixes, and broken variants.
 */
import { describe, expect, it } from 'vitest';
import { defaultCorpus, makeCorpus } from './corpus';
import { parse } from './parse';
import { enzhTask } from './tasks';
import { rng } from './rng';

describe('parsing with fixed leads indexed gives the result of asking every option', () => {
  // en-zh@5 only: it has every kind of pick en-zh@4 has, and longer lists.
  for (const version of [5] as const) {
    it(`en-zh@${version}: sentences, their prefixes and broken variants`, () => {
      const task = enzhTask(version);
      const sentences = makeCorpus(task, { ...defaultCorpus['en-zh'], train: 0, validation: 0, test: 3 }).test;
      const random = rng(7);
      const inputs: string[][] = [];
      for (const { source } of sentences) {
        for (let k = 1; k <= source.length; k++) inputs.push(source.slice(0, k));
        const i = Math.floor(random() * source.length);
        const j = Math.floor(random() * source.length);
        const swapped = [...source];
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        inputs.push(swapped, [...source.slice(0, i), ...source.slice(i + 1)], [...source.slice(0, i), source[j]!, ...source.slice(i)]);
      }
      let outside = 0;
      for (const tokens of inputs) {
        const fast = parse(task.grammar, tokens, { maxRuns: 5000 });
        expect(fast, tokens.join(' ')).toEqual(parse(task.grammar, tokens, { maxRuns: 5000, indexLeads: false }));
        if (!fast.ok) outside++;
      }
      expect(outside).toBeGreaterThan(inputs.length / 4); // the misses are compared too, not only parses
    });
  }
});
