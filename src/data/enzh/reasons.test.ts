import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { enzhTask } from '../tasks';

const v5 = enzhTask(5);

/** The reason the checker gives for a sentence outside the language. */
const reason = (english: string) => {
  const c = check(v5, english);
  if (c.kind !== 'outside') throw new Error(`${english}: ${c.kind}`);
  return c.reason.en;
};
/** The words a reason quotes (“be … years old” → be, years, old). */
const quoted = (r: string) => [...r.matchAll(/“([^”]+)”/g)].flatMap((m) => m[1]!.split(/[\s…]+/)).filter((w) => /^[a-z]+$/.test(w));
/** Words that name a construction of `be` (`be … years old`, `be going to`, `be able to`, `be … for`). */
const constructionWords = new Set('years old going able same for from about as'.split(' '));

describe('en-zh@5: a refused sentence is told what is really wrong', () => {
  it('a constraint of a construction speaks only once its words are read', () => {
    // Each was told about a construction it doesn't use (an age, `going to`, going somewhere).
    for (const en of ['She is not well.', 'Sam was funniest.', 'Tom is not from.', 'Mary was not here to.']) {
      const r = reason(en).split('; the language expects')[0]!;
      expect(r, en).not.toMatch(/\b(age|years|going to|go somewhere|able to|the same)\b/);
    }
    expect(reason('Lucy might not leave not that!')).not.toMatch(/go somewhere/);
  });

  it('an adjective that describes nothing it could here says so, with no empty list', () => {
    expect(reason('It is warmer today.')).toBe("“warm” can't describe “it” here.");
    expect(reason('The table is hungry.')).toMatch(/^“hungry” describes \S/); // the lexicon's label, when it has one
  });

  it('the construction a sentence does use is still named', () => {
    expect(reason('She is not ten.')).toMatch(/an age” can't be negated/);
    expect(reason('Tom was ten.')).toMatch(/present tense/);
    expect(reason('Tom is the same.')).toMatch(/the same: two or more/);
    expect(reason('The table is going to sleep.')).toMatch(/people or animals/);
    expect(reason('Tom slept home.')).toMatch(/go somewhere|can't come here/);
  });

  it('one word changed in an accepted sentence: the reason names no construction the sentence does not use', () => {
    const accepted = [
      'Tom is happy.',
      'Tom is ten.',
      'This is for you.',
      'Tom is going to sleep.',
      'They are the same.',
      'I am able to swim.',
    ];
    for (const base of accepted) {
      expect(check(v5, base).kind, base).toBe('ok');
      const words = base.replace(/\.$/, '').split(' ');
      for (let i = 1; i <= words.length; i++) {
        const en = [...words.slice(0, i), 'not', ...words.slice(i)].join(' ') + '.';
        const c = check(v5, en);
        if (c.kind !== 'outside' || /^(Write|Say|Ask)|expects|stops too early/.test(c.reason.en)) continue;
        const typed = new Set(c.tokens.tokens);
        expect(
          quoted(c.reason.en).filter((w) => constructionWords.has(w) && !typed.has(w)),
          `${en}: ${c.reason.en}`,
        ).toEqual([]);
      }
    }
  });
});
