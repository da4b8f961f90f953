import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHARS } from '../data/check';
import { nasty } from '../data/fuzzInputs';
import { readUrl, writeUrl } from './urlState';

describe('URL state on fuzzed input', () => {
  it('URL state: any query string gives a valid view that survives a round trip', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('task', 'text', 'mode', 'step', 'lang', 'gold', 'projector', 'theme', 'tfjsflags'), nasty),
        (params) => {
          const view = readUrl(`?${new URLSearchParams(params)}`);
          expect(readUrl(writeUrl(view))).toEqual(view);
          expect(view.text.length).toBeLessThanOrEqual(MAX_CHARS);
        },
      ),
      { numRuns: 10_000, seed: 8 },
    );
  });
});
