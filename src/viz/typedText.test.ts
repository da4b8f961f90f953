import { describe, expect, it } from 'vitest';
import { isolated, typedWord, visible } from './typedText';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202e';

/** The isolates' nesting depth after each character; -1 if a PDI closes more than was opened. */
function depths(s: string): number[] {
  let d = 0;
  return [...s].map((c) => (d += c === PDI ? -1 : '\u2066\u2067\u2068'.includes(c) ? 1 : 0));
}

describe('isolated(typed)', () => {
  it('wraps typed text that could reorder ours in one isolate that only its own last character closes, whatever it holds', () => {
    for (const typed of [`Tom ${RLO}chased Jerry.`, `${PDI}${RLO}x`, `${PDI}${PDI}a${FSI}b`, `\u2067שלום`, 'a\u2029b\nc', 'مرحبا'])
      expect(
        depths(isolated(typed))
          .slice(0, -1)
          .every((d) => d >= 1) && depths(isolated(typed)).at(-1) === 0,
        typed,
      ).toBe(true);
  });

  it('leaves text that can’t reorder anything as it is: left-to-right letters, Chinese, digits, marks', () => {
    for (const typed of ['Tom chased Jerry.', '汤姆追逐了杰瑞。', '25/11/2026', '“!?”', '']) expect(isolated(typed)).toBe(typed);
  });

  it('keeps the text as typed apart from stray isolate closers and paragraph breaks', () => {
    expect(isolated(`Tom ${RLO}chased`)).toBe(`${FSI}Tom ${RLO}chased${PDI}`);
    expect(isolated(`${PDI}${RLO}x`)).toBe(`${FSI}${RLO}x${PDI}`);
    expect(isolated('a\nb')).toBe(`${FSI}a b${PDI}`);
  });
});

describe('visible(text)', () => {
  it('draws a space as ␣ and every other invisible character as its code point', () => {
    expect(visible(' ')).toBe('␣');
    expect(visible(RLO)).toBe('U+202E');
    expect(visible('a\u00a0b\u200bc\td')).toBe('aU+00A0bU+200BcU+0009d');
    expect(visible('chased')).toBe('chased');
    expect(visible('汤姆')).toBe('汤姆');
  });

  it('a typed word named in our sentence is drawn, and isolated if it could still reorder ours', () => {
    expect(typedWord(RLO)).toBe('U+202E');
    expect(typedWord('שלום')).toBe(`${FSI}שלום${PDI}`);
    expect(typedWord('chased')).toBe('chased');
  });
});
