import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { enzhTask } from '../tasks';
import { enzhLexicon } from './lexicon';
import { unsaidWords } from './unsaid';

const v5 = enzhTask(5);

/** The reason the checker gives for a sentence outside the language. */
const reason = (english: string) => {
  const c = check(v5, english);
  if (c.kind !== 'outside') throw new Error(`${english}: ${c.kind}`);
  return c.reason.en;
};
/** The sentence the checker offers instead of one outside the language (or the verdict, if not outside). */
const offered = (english: string) => {
  const c = check(v5, english);
  return c.kind === 'outside' ? c.suggestion : c.kind;
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
    expect(reason('The soup is warm.')).toBe("“warm” can't describe “soup” here.");
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

  it('a word no sentence uses is the reason, with the word to say it with, in both languages', () => {
    // Each was told about a verb or a construction that had nothing to do with it (`“feel” takes no object.`).
    const named: [string, string, string][] = [
      ['I am feeling tired.', 'feeling', 'feel'],
      ['Mary came earlier.', 'earlier', 'early'],
      ['I am intending to go.', 'intending', 'intend'],
      ['It is warmer today.', 'warmer', 'warm'],
      ['It is getting warmer.', 'warmer', 'warm'],
      ['Are you feeling tired?', 'feeling', 'feel'],
      ['This is the strangest film.', 'strangest', 'strange'],
    ];
    for (const [en, word, instead] of named) {
      const c = check(v5, en);
      if (c.kind !== 'outside') throw new Error(`${en}: ${c.kind}`);
      expect(c.reason.en, en).toMatch(new RegExp(`^No sentence of the language uses “${word}”: say it with “${instead}”, as in “[^”]+”$`));
      expect(c.reason.zh, en).toContain(`“${word}”`);
      expect(c.tokens.tokens[c.at], en).toBe(word);
    }
  });

  it('a sentence with a word no sentence uses is offered one the language says, or none', () => {
    expect(offered('I am feeling tired.')).toBe('I feel tired.');
    expect(offered('She is feeling sad.')).toBe('She feels sad.');
    expect(offered('I was feeling tired.')).toBe('I felt tired.');
    expect(offered('I am intending to go.')).toBe('I intend to go.');
    expect(offered('We are planning to leave')).toBe('We plan to leave.');
    expect(offered('It is getting warmer.')).toBe('It is getting warm.');
    expect(offered('The film is the strangest.')).toBe('The film is strange.');
    // `early` is said of the time alone (`It is early.`): nothing the grammar accepts is one edit away.
    expect(offered('Mary came earlier.')).toBeNull();
    for (const en of ['I feel tired.', 'She feels sad.', 'I felt tired.', 'It is getting warm.']) expect(check(v5, en).kind, en).toBe('ok');
  });

  it("the words no sentence uses are version 5's, each with an example the language says", () => {
    const words = unsaidWords(5);
    expect([...words.keys()].sort().join(' ')).toBe(
      'cooler coolest daring earlier earliest feeling hoping intending latest planning strangest warmer warmest',
    );
    for (const [word, { instead, example }] of words) {
      expect(v5.vocabulary.has(word) && v5.vocabulary.has(instead), word).toBe(true);
      expect(enzhLexicon(4).englishVocabulary.has(word), word).toBe(false);
      const c = check(v5, example);
      expect(c.kind, example).toBe('ok');
      expect(c.kind === 'ok' && c.tokens.tokens.includes(instead), example).toBe(true);
    }
    expect(unsaidWords(4).size).toBe(0);
    // The cover step reaches no sentence with `allowing` either, but the grammar says it.
    expect(check(v5, 'I am allowing him to go.').kind).toBe('ok');
  });

  it('a superlative typed without “the” is offered it, and no offer says the opposite', () => {
    expect(offered('Tom is best.')).toBe('Tom is the best.'); // it offered `Tom is fast.`
    expect(offered('Tom is biggest.')).toBe('Tom is the biggest.'); // and `Tom is bigger.`
    expect(offered('She is most beautiful.')).toBe('She is the most beautiful.');
    expect(offered('Tom is most happy.')).toBeNull(); // it offered `Tom is not happy.`
    expect(offered('I do now like cats.')).toBe('I do not like cats.'); // a slip of `not` is still mended
  });

  it('an offer gives a typed word its right form, never another word spelled alike', () => {
    // Each was offered a word that says something else (`day` → `dad`, `well` → `tall`, `be` → `beg`, `rain` → `pain`).
    for (const en of ['How was your day?', 'She is not well.', 'I want to be a doctor.', 'I hate rain.'])
      expect(offered(en), en).toBeNull();
    expect(offered('She go home.')).toBe('She goes home.');
    expect(offered('Tom have a cat.')).toBe('Tom has a cat.'); // not `Tom, have a cat.`
    expect(offered('Tom run yesterday.')).toBe('Tom ran yesterday.');
    expect(offered('Tom chase Jerry')).toBe('Tom chases Jerry.');
  });

  it('the progressive of a state, which version 5 leaves out, suggests the verb', () => {
    const first = (en: string) => {
      const c = check(v5, en);
      return c.kind === 'unknown' ? c.unknown[0]!.suggestions[0] : c.kind;
    };
    expect(first('I am knowing the answer.')).toBe('know');
    expect(first('I am wanting a cake.')).toBe('want');
    expect(first('I am liking it.')).toBe('like');
    expect(first('She is loving the dog.')).toBe('love');
    expect(first('I am hating it.')).toBe('hate');
  });

  it('a reason given before its word is read holds only at that word', () => {
    // `want` with no object is checked where an object would begin: `more` is not missing an object.
    expect(reason('I want more water.')).toMatch(/^“more” can't come here/);
    expect(reason('I want.')).toBe('“want” needs an object.');
    expect(reason('I live the house.')).toBe('“live” takes no object.');
    expect(reason('I sleep Tom.')).toBe('“sleep” takes no object.');
    // There is no `to` in these: the reason was about `know` + `to` + a verb.
    expect(reason('Do you know where Tom is?')).toMatch(/^“where” can't come here/);
    expect(reason('Tom knows how to swim.')).toMatch(/^“how” can't come here/);
    // `better` is no object of `feel`.
    expect(reason('I hope you feel better.')).not.toMatch(/object/);
  });

  it('a word typed in another of its forms is told so, before a reason from another reading', () => {
    // `Tom's` also reads `Tom is`, where `cat` would need a determiner: the slip is `run`.
    expect(reason("Tom's cat run away.")).toBe('“run” needs another form here (word 3): “ran” or “runs”.');
    expect(reason('She go home.')).toBe('“go” needs another form here (word 2): “went” or “goes”.');
    expect(reason('I seen it.')).toMatch(/^“seen” needs another form here \(word 2\): .*“saw”/);
    expect(check(v5, 'Tom have a cat.')).toMatchObject({ reason: { zh: '“have” 在这里要换一个形式（第 2 个词）：“had” 或 “has”。' } });
  });

  it("a verb's preposition is refused as typed, not all prepositions", () => {
    // `live` takes `in` (`I live in my house.`): only `with` is refused.
    expect(reason('I live with my parents.')).toBe("“live” doesn't take this preposition here.");
    expect(check(v5, 'I live in my house.').kind).toBe('ok');
  });

  it('an object pronoun is named as typed', () => {
    expect(reason("Don't make me angry.")).toMatch(/not “me”\.$/);
    expect(reason('Tom lost them.')).toMatch(/not “them”\.$/);
  });

  it('a reason counts words as typed and quotes names as written', () => {
    // `I'm` is one word and the comma none: `thanks` is the third word typed (the tokens made it the fifth).
    expect(reason("I'm fine, thanks.")).toMatch(/^“thanks” can't come here \(word 3\)/);
    expect(reason('Do you know where Tom is?')).toMatch(/\(word 4\).*“I”/);
    expect(reason('Tom is my name.')).toBe("“Tom” can't be “name”.");
    // A mark is no word: it is named without a number.
    expect(reason('I want to.')).toMatch(/^“\.” can't come here; /);
  });

  it('the words a reason expects come commonest first', () => {
    // The grammar wants `myself`, `yourself`, … first where an object may be one; a student types `the` first.
    expect(reason('I want to.')).toMatch(/the language expects “the”, “my”, “your”/);
  });

  it('what a word takes is said in words a student knows, in both languages', () => {
    expect(reason('I bought an idea.')).toBe('“buy” takes things you can hold as its object, not “idea”.');
    expect(reason('The house is empty.')).toBe('“empty” describes things you carry, not “house”.');
    expect(reason('I drank the bread.')).toBe('“drink” takes drinks as its object, not “bread”.');
    expect(check(v5, 'I ate the toy.')).toMatchObject({ reason: { zh: '“eat” 的宾语只能是食物或饭，不能是 “toy”。' } });
    // Every label, in every version: no class names of the lexicon's own (`portable`, `read`), no English in the Chinese.
    const rawClasses = new Set('portable read abstract home nature thing person animal meal body'.split(' '));
    for (const version of [4, 5] as const) {
      const L = enzhLexicon(version);
      const labels = [
        ...L.verbs.flatMap((v) => (v.object ? [v.object.label] : [])),
        ...L.adjectives.map((a) => a.takes.label),
        ...[...L.frames.values(), ...L.adjectiveFrames.values()].flat().map((f) => f.objects.label),
        ...[...L.datives.values()].flatMap((d) => [d.people.label, d.things.label]),
      ];
      for (const { en, zh } of labels) {
        expect(
          en.split(/, | or /).filter((w) => rawClasses.has(w)),
          en,
        ).toEqual([]);
        expect(zh.replace(/“[^”]*”/g, ''), en).not.toMatch(/[A-Za-z]/);
      }
    }
  });
});
