import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enzhTask } from '../tasks';
import { ranksFile, wordsByFrequency } from './wordTarget';

describe('suggestions for an unknown word rank common words first (SUBTLEX-US)', () => {
  it('wordRanks.ts is current: the vocabulary by SUBTLEX-US frequency (npm run ranks rewrites it)', () => {
    expect(readFileSync('src/data/enzh/wordRanks.ts', 'utf8')).toBe(ranksFile(wordsByFrequency()));
  });

  it('a typo of a common word suggests the common word first', () => {
    const v5 = enzhTask(5);
    // `watter` is one letter from `water` and from `waiter`: water is said far more often.
    expect(v5.suggest('watter')[0]).toBe('water');
    expect(v5.suggest('hous')[0]).toBe('house');
    expect(v5.suggest('peple')).toEqual(['people', 'purple', 'pepper']);
    // The very same letters still come first (`teh` → `the`), and closer spellings before commoner ones.
    expect(v5.suggest('teh')[0]).toBe('the');
    expect(v5.suggest('frend')[0]).toBe('friend');
    // A letter doubled or not is the commonest slip: `hello` before the commoner `help`.
    expect(v5.suggest('helo')[0]).toBe('hello');
    expect(v5.suggest('verry')[0]).toBe('very');
  });
});
