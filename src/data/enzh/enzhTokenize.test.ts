import { describe, expect, it } from 'vitest';
import { detokenizeEnglish, tokenizeEnglish } from './enzhTokenize';

describe('English tokens', () => {
  it("lower-case words, split off 's and the final mark, expand contractions", () => {
    expect(tokenizeEnglish("Tom's cat doesn't like cheese.").tokens).toEqual(['tom', "'s", 'cat', 'does', 'not', 'like', 'cheese', '.']);
    expect(tokenizeEnglish('Did Tom chase Jerry?').tokens).toEqual(['did', 'tom', 'chase', 'jerry', '?']);
    expect(tokenizeEnglish('They WON’T go').tokens).toEqual(['they', 'will', 'not', 'go']);
    expect(tokenizeEnglish("didn't don't").tokens).toEqual(['did', 'not', 'do', 'not']);
  });

  it('read full-width letters and marks (a Chinese keyboard) as plain ones, spans in the typed text', () => {
    const t = tokenizeEnglish('Ｔｏｍ chased Jerry。');
    expect(t.tokens).toEqual(['tom', 'chased', 'jerry', '.']);
    expect(t.spans).toEqual([
      [0, 3],
      [4, 10],
      [11, 16],
      [16, 17],
    ]);
    expect(tokenizeEnglish('Where is Tom？Hi，Tom！').tokens).toEqual(['where', 'is', 'tom', '?', 'hi', ',', 'tom', '!']);
  });

  it("keep each token's span in the typed text", () => {
    const t = tokenizeEnglish('  Tom  chased');
    expect(t.spans).toEqual([
      [2, 5],
      [7, 13],
    ]);
  });

  it("read words that name Object's own properties as words, in every version (they used to throw)", () => {
    // v5 threw on `constructor` (its table of contractions typed without an apostrophe is a plain object).
    for (const version of [4, 5] as const)
      expect(tokenizeEnglish('constructor toString __proto__ hasOwnProperty', version).tokens).toEqual([
        'constructor',
        'tostring',
        '_',
        '_',
        'proto',
        '_',
        '_',
        'hasownproperty',
      ]);
  });

  it('make other characters tokens of their own, so they can be reported', () => {
    expect(tokenizeEnglish('Tom, <b>hi</b> 🐱').tokens).toEqual(['tom', ',', '<', 'b', '>', 'hi', '<', '/', 'b', '>', '🐱']);
  });

  it('turn tokens back into a sentence', () => {
    expect(detokenizeEnglish(['tom', "'s", 'cat', 'saw', 'i', '.'])).toBe("Tom's cat saw I.");
  });
});
