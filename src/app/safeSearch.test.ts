import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// tfjs's own parser of location.search, the one that runs when tfjs loads.
import { getQueryParams } from '@tensorflow/tfjs-core/dist/environment';
import { safeSearch } from './safeSearch';

/** What tfjs would read from a query: its parameters, or the error it throws while loading. */
const tfjsReads = (search: string): Record<string, string> | Error => {
  try {
    return getQueryParams(search);
  } catch (e) {
    return e as Error;
  }
};

describe('safeSearch', () => {
  it.each([
    ['a malformed %', '?embed=1&text=100%&task=en-zh', ['embed', 'text', 'task']],
    ['a ? inside the query', '?embed=1&x?tfjsflags=DEBUG:true', ['embed']],
    ['an undecodable name and value', '?utm=%zz&%E0%A4%A=1', ['utm', '\uFFFD%A']],
    ['tfjsflags percent-encoded', '?tfjs%66lags=DEBUG:true&embed=1', ['embed']],
    ['tfjsflags in another case', '?TFJSFLAGS=DEBUG:true', []],
  ])('leaves tfjs a query it can parse, without tfjsflags: %s', (_, search, kept) => {
    const raw = tfjsReads(search);
    expect(raw instanceof Error || 'tfjsflags' in raw || /TFJSFLAGS/.test(search)).toBe(true); // the danger is real
    const safe = safeSearch(search);
    const read = tfjsReads(safe.search);
    expect(read).not.toBeInstanceOf(Error);
    expect(Object.keys(read)).toEqual(kept);
    expect(safe.dropped.length > 0).toBe(search.toLowerCase().includes('tfjs'));
  });

  it('keeps every other parameter exactly as URLSearchParams reads it', () => {
    expect(new URLSearchParams(safeSearch('?embed=1&text=100%&x?tfjsflags=DEBUG:true').search).get('text')).toBe('100%');
    expect(safeSearch('').search).toBe('');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('?', '&', '=', '%', '%2', '%zz', '%41', 'a', 'b', 'tfjsflags', 'TfjsFlags', ' ', '+', '#', '中')),
        (parts) => {
          const search = `?${parts.join('')}`;
          const safe = safeSearch(search);
          const read = tfjsReads(safe.search);
          expect(read).not.toBeInstanceOf(Error);
          expect(Object.keys(read).some((k) => /tfjsflags/i.test(k))).toBe(false);
          const before = [...new URLSearchParams(search)].filter(([k]) => !/tfjsflags/i.test(k));
          expect([...new URLSearchParams(safe.search)]).toEqual(before);
        },
      ),
      { numRuns: 2000, seed: 9 },
    );
  });
});
