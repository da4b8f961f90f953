/**
 * Words of a version's vocabulary that no sentence of its grammar holds. The vocabulary takes every form
 * of a word the lexicon lists (a verb's `-ing`, an adjective's `-er` and `-est`), but version 5 has no
 * progressive of `feel`, `hope`, `plan`, `intend` or `dare` (`I am feeling tired.`), compares no word said
 * only of the weather or the time (`warm`, `cool`, `early`, `late`: `It is warmer today.`), and not `strange`.
 * A sentence holding one is outside the language, so when the parser stops on or after it the checker names
 * that word, not the construction the parser happened to stop in (`“feel” takes no object.`). Not reported
 * as unknown: the models' vocabulary holds these words.
 */
import { quote, type Reason } from '../reason';
import type { EnzhVersion, Lexicon } from './lexicon';

/** A word no sentence says: the word the language says instead, and a sentence of the language that says it. */
interface Unsaid {
  instead: string;
  example: string;
}

/**
 * The words training's cover step reaches in no sentence (“no try reached them”, cover.ts), but `allowing`,
 * which `I am allowing him to go.` says: the grammar said it, cover's swaps never met a place for it.
 */
const unsaid5 = `
feeling   feel    I feel tired.
hoping    hope    I hope to see you.
planning  plan    We plan to leave.
intending intend  I intend to stay.
daring    dare    I dare to swim.
warmer    warm    It is warm today.
warmest   warm    It is warm today.
cooler    cool    It is cool today.
coolest   cool    It is cool today.
earlier   early   It is early.
earliest  early   It is early.
latest    late    It is late.
strangest strange The film is strange.
`;

const byVersion: Partial<Record<EnzhVersion, ReadonlyMap<string, Unsaid>>> = {
  5: new Map(
    unsaid5
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/))
      .map(([word, instead, ...example]) => [word!, { instead: instead!, example: example.join(' ') }]),
  ),
};

/** The words of a version's vocabulary no sentence holds, by word (none for a version without any). */
export function unsaidWords(version: EnzhVersion): ReadonlyMap<string, Unsaid> {
  return byVersion[version] ?? new Map();
}

/** Why a sentence holding an unsaid word is outside, where (the word), and the sentences to try instead. */
export interface Unsaying {
  at: number;
  reason: Reason;
  edits: string[][];
}

/** `is` wants the verb's `-s`, `was` and `were` its past, the others its base. */
const BE_FORMS: Readonly<Record<string, 's3' | 'past' | 'base'>> = {
  is: 's3',
  "'s": 's3',
  was: 'past',
  were: 'past',
  am: 'base',
  "'m": 'base',
  are: 'base',
  "'re": 'base',
};

/**
 * The first unsaid word among `tokens[0..upTo]`, why the sentence is outside for it, and the sentences to
 * try instead, most likely first: `I am feeling tired` → `I feel tired` (the be form dropped, the verb in
 * its tense), `Tom is the latest` → `Tom is late`, and the word alone replaced (`It is getting warm`).
 */
export function unsaidIn(lexicon: Lexicon, tokens: readonly string[], upTo: number): Unsaying | null {
  const words = unsaidWords(lexicon.version);
  const at = tokens.findIndex((t, i) => i <= upTo && words.has(t));
  if (at < 0) return null;
  const word = tokens[at]!;
  const { instead, example } = words.get(word)!;
  const before = tokens.slice(0, at);
  const after = tokens.slice(at + 1);
  const previous = tokens[at - 1] ?? '';
  const verb = lexicon.verbs.find((v) => v.ing === word);
  const edits: string[][] = [];
  const form = Object.hasOwn(BE_FORMS, previous) ? BE_FORMS[previous]! : undefined;
  if (verb && form) edits.push([...before.slice(0, -1), verb[form], ...after]);
  if (word.endsWith('est') && previous === 'the') edits.push([...before.slice(0, -1), instead, ...after]);
  edits.push([...before, instead, ...after]);
  return {
    at,
    reason: {
      en: `No sentence of the language uses ${quote(word)}: say it with ${quote(instead)}, as in ${quote(example)}`,
      zh: `语言里没有哪个句子用 ${quote(word)}：要用 ${quote(instead)} 来说，比如 ${quote(example)}`,
    },
    edits,
  };
}
