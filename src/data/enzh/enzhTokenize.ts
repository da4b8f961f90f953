/**
 * English tokens for en-zh: lower-cased words, `'s` split off, contractions expanded (`I'm` → `i am`),
 * curly apostrophes and quotes read as straight ones, full-width letters and marks as plain ones,
 * `.`/`?`/`!`/`,` as tokens.
 */
import { properNouns } from './lexicon';

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

/** The words a contraction stands for, or undefined. */
export const expandContraction = (word: string) => (Object.hasOwn(contractions, word) ? contractions[word] : undefined);

/** Chinese marks NFKC leaves alone. */
const fullStops = new Map([
  ['。', '.'],
  ['、', ','],
  ['｡', '.'],
]);

export function tokenizeEnglish(text: string): Tokens {
  const tokens: string[] = [];
  const spans: [number, number][] = [];
  // A word (with an optional apostrophe part), a lone `'s`, or any other single visible character.
  // Quotes around a sentence (straight or curly) are not part of it: they are skipped.
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’ʼ`][\p{L}]+)?|['’ʼ]s\b|[^\s"“”„«»'‘’]/gu)) {
    const start = m.index;
    // Full-width forms, as a Chinese keyboard types them (`Ｔｏｍ`, `？`, `，`, `。`), read as plain ones.
    const word = (fullStops.get(m[0]) ?? m[0].normalize('NFKC')).toLowerCase().replace(/[’ʼ`]/g, "'");
    const span: [number, number] = [start, start + m[0].length];
    const expanded = expandContraction(word); // own keys only: `constructor` is a word, not Object's
    const parts = expanded ?? (word.endsWith("'s") && word.length > 2 ? [word.slice(0, -2), "'s"] : [word]);
    for (const t of parts) {
      tokens.push(t);
      spans.push(span);
    }
  }
  return { tokens, spans };
}

const capitalized = new Set([...properNouns, 'i', 'english', 'chinese']);
const attached = new Set(["'s", '.', '?', '!', ',']);

/** Tokens back to a readable sentence: `tom 's cat .` → `Tom's cat.` */
export function detokenizeEnglish(tokens: readonly string[]): string {
  let s = '';
  tokens.forEach((t, i) => {
    const word = i === 0 || capitalized.has(t) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
    s += i === 0 || attached.has(t) ? word : ` ${word}`;
  });
  return s;
}
