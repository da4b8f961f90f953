/**
 * English tokens for en-zh: lower-cased words, `'s` split off, contractions expanded (`I'm` → `i am`),
 * curly apostrophes and quotes read as straight ones, full-width letters and marks as plain ones,
 * `.`/`?`/`!`/`,` as tokens.
 */
import { properNouns, type EnzhVersion } from './lexicon';
import { surnames5, titles5 } from './typed5';

/** Tokens and, for each, the span of the original text it came from (for marking words in the UI). */
export interface Tokens {
  tokens: string[];
  spans: [number, number][];
  /** Index of a token the checker added (a final mark the sentence was typed without). */
  added?: number;
}

/** Whole-word contractions; `'s` after a name or noun stays `'s` (possessive or `is`: the grammar decides). */
const contractions: Record<string, string[]> = {
  "doesn't": ['does', 'not'],
  "didn't": ['did', 'not'],
  "won't": ['will', 'not'],
  "don't": ['do', 'not'],
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "let's": ['let', 'us'],
  "i'm": ['i', 'am'],
  "i'd": ['i', 'would'],
};
/** `n't` after these auxiliaries: `isn't` → `is not`. */
const negatable = [
  'is',
  'are',
  'was',
  'were',
  'could',
  'should',
  'would',
  'must',
  'might',
  'may',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
];
for (const aux of negatable) contractions[`${aux}n't`] ??= [aux, 'not'];
/** Subjects whose `'s` is always `is`, and the endings `'re`, `'ll`, `'ve`, `'d`. */
const isWords = ['he', 'she', 'it', 'that', 'what', 'where', 'who', 'there', 'here', 'how', 'this', 'when', 'why'];
for (const w of isWords) contractions[`${w}'s`] = [w, 'is'];
for (const w of ['you', 'we', 'they', 'who', 'what']) contractions[`${w}'re`] = [w, 'are'];
for (const w of ['i', 'you', 'he', 'she', 'it', 'we', 'they', 'that', 'there']) contractions[`${w}'ll`] = [w, 'will'];
for (const w of ['i', 'you', 'we', 'they']) contractions[`${w}'ve`] = [w, 'have'];
for (const w of ['you', 'he', 'she', 'we', 'they']) contractions[`${w}'d`] = [w, 'would'];

/** Every whole-word contraction the tokenizer expands (`cannot`, `isn't`, …). */
export const contractionWords = (): string[] => Object.keys(contractions);

/** The words a contraction stands for, or undefined. */
export const expandContraction = (word: string) => (Object.hasOwn(contractions, word) ? contractions[word] : undefined);

/** Chinese marks NFKC leaves alone. */
const fullStops = new Map([
  ['。', '.'],
  ['、', ','],
  ['｡', '.'],
]);

/**
 * Version 5 reads what people type (docs/language.md, "What people type"): `'ll`, `'re` and `'ve` after any
 * word (`Tom'll` → `tom will`, `should've` → `should have`, `how're` → `how are`), `'d better` as `had better`,
 * `'s been` after a pronoun as `has been`, a hyphenated word as one token (`twenty-one`, `left-handed`), and
 * `Mr.`, `Mrs.`, `Ms.`, `Dr.` with their period, which ends no sentence. A clock time stays three tokens
 * (`3:30` → `3 : 30`), as version 4 reads it.
 */
const WORD4 = /[\p{L}\p{N}]+(?:['’ʼ`][\p{L}]+)?|['’ʼ]s\b|[^\s"“”„«»'‘’]/gu;
const WORD5 =
  /\b(?:[Mm][Rr][Ss]?|[Mm][Ss]|[Dd][Rr])\.|\p{L}+(?:-\p{L}+)+(?:['’ʼ`]\p{L}+)?|[\p{L}\p{N}]+(?:['’ʼ`][\p{L}]+)?|['’ʼ]s\b|[^\s"“”„«»'‘’]/gu;

/** v5: an ending after any word (`Tom'll`, `could've`, `where're`), where version 4 knows a few pronouns only. */
const endings5: Record<string, string> = { "'ll": 'will', "'re": 'are', "'ve": 'have' };

/**
 * v5: contractions typed without their apostrophe (`dont`, `im`, `whats`), read as typed with it. Only those
 * that are no other word: `its`, `ill`, `well`, `were`, `id`, `wed`, `hell`, `shell` and `lets` are words.
 */
const unapostrophized5: Record<string, string> = Object.fromEntries(
  `dont doesnt didnt isnt arent wasnt werent cant wont couldnt shouldnt wouldnt mustnt havent hasnt hadnt
  im ive youre youve youll theyre theyve theyll weve thats whats wheres hows whos theres heres hes shes`
    .split(/\s+/)
    .map((w) => [w, w.replace(/(nt|m|ve|re|ll|s)$/, (end) => (end === 'nt' ? "n't" : `'${end}`))]),
);

/** v5: a contraction read with the word after it: `you'd better` is `had`, `she's been` is `has`. */
function expand5(word: string, next: string | undefined): string[] | undefined {
  const m = /^(\p{L}+)('ll|'re|'ve|'d|'s)$/u.exec(word);
  if (!m) return undefined;
  const [, stem, ending] = m as unknown as [string, string, string];
  if (ending === "'d" && next === 'better') return [stem, 'had'];
  if (ending === "'s" && next === 'been' && isWords.includes(stem)) return [stem, 'has'];
  if (Object.hasOwn(endings5, ending) && !Object.hasOwn(contractions, word)) return [stem, endings5[ending]!];
  return undefined;
}

/** The words as typed, lower case, with straight apostrophes, and where each is. */
function words(text: string, pattern: RegExp): { word: string; span: [number, number] }[] {
  return [...text.matchAll(pattern)].map((m) => ({
    // Full-width forms, as a Chinese keyboard types them (`Ｔｏｍ`, `？`, `，`, `。`), read as plain ones.
    word: (fullStops.get(m[0]) ?? m[0].normalize('NFKC')).toLowerCase().replace(/[’ʼ`]/g, "'"),
    span: [m.index, m.index + m[0].length],
  }));
}

/** v5: nouns written as two words, read as one token (`ice cream` → `ice-cream`, as if hyphenated). */
const compounds5: Record<string, string> = { ice: 'cream' };

function joinCompounds5(typed: { word: string; span: [number, number] }[], version: EnzhVersion) {
  if (version < 5) return typed;
  const joined: typeof typed = [];
  for (let k = 0; k < typed.length; k++) {
    const { word, span } = typed[k]!;
    const next = typed[k + 1];
    if (next && Object.hasOwn(compounds5, word) && compounds5[word] === next.word) {
      joined.push({ word: `${word}-${next.word}`, span: [span[0], next.span[1]] });
      k++;
    } else joined.push(typed[k]!);
  }
  return joined;
}

export function tokenizeEnglish(text: string, version: EnzhVersion = 4): Tokens {
  const tokens: string[] = [];
  const spans: [number, number][] = [];
  // A word (with an optional apostrophe part), a lone `'s`, or any other single visible character.
  // Quotes around a sentence (straight or curly) are not part of it: they are skipped.
  const typed = joinCompounds5(words(text, version >= 5 ? WORD5 : WORD4), version);
  typed.forEach(({ word: asTyped, span }, k) => {
    const word = version >= 5 && Object.hasOwn(unapostrophized5, asTyped) ? unapostrophized5[asTyped]! : asTyped;
    const expanded = (version >= 5 ? expand5(word, typed[k + 1]?.word) : undefined) ?? expandContraction(word); // own keys only: `constructor` is a word, not Object's
    const parts = expanded ?? (word.endsWith("'s") && word.length > 2 ? [word.slice(0, -2), "'s"] : [word]);
    for (const t of parts) {
      tokens.push(t);
      spans.push(span);
    }
  });
  return { tokens, spans };
}

/** The tokenizer of one version of the language. */
export const englishTokenizer =
  (version: EnzhVersion) =>
  (text: string): Tokens =>
    tokenizeEnglish(text, version);

const capitalized = new Set([...properNouns, 'i', 'english', 'chinese', ...titles5.map((t) => t.en), ...surnames5.map(([en]) => en)]);
const attached = new Set(["'s", '.', '?', '!', ',']);

/** One token as a reason quotes it: a name, `I`, a language with its capital (`tom` → `Tom`). */
export const showEnglishToken = (t: string) => (capitalized.has(t) ? t.charAt(0).toUpperCase() + t.slice(1) : t);

/** Tokens back to a readable sentence: `tom 's cat .` → `Tom's cat.` */
export function detokenizeEnglish(tokens: readonly string[]): string {
  let s = '';
  tokens.forEach((t, i) => {
    const spelled = t === 'ice-cream' ? 'ice cream' : t;
    const word = i === 0 || capitalized.has(t) ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
    // A clock time is written together: `3 : 30` → `3:30`.
    const digits = (k: number) => /^\d+$/.test(tokens[k] ?? '');
    const clock = (t === ':' && digits(i - 1)) || (digits(i) && tokens[i - 1] === ':' && digits(i - 2));
    s += i === 0 || attached.has(t) || clock ? word : ` ${word}`;
  });
  return s;
}
