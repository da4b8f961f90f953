/**
 * Version 5's Chinese as a teacher would write it, and the gaps of issue 27 closed (docs/language.md,
 * "Version 5"): the rules' tables, beside grammarWords5.ts's. Chosen by us, from no corpus.
 */

/** `can` + a verb of the senses is a resultative: 看见 → 看得见, negated 看不见 (`She can't see me.` → 她 看不见 我 。). */
export const resultatives5: Record<string, [string, string]> = {
  看见: ['看得见', '看不见'],
  听见: ['听得见', '听不见'],
};

/** People whose age a teacher asks with 几 岁 (`How old is your son?` → 你的 儿子 几 岁 ？); an adult's is 多大. */
export const children5: ReadonlySet<string> = new Set('child kid baby boy girl son daughter'.split(' '));

/** Verbs whose person is wanted somewhere: the place follows the object (`We need Tom here.` → 我们 需要 汤姆 在 这里 。). */
export const wantedThere: ReadonlySet<string> = new Set(['need', 'want']);

/**
 * Verbs only people do, whatever follows them (`It thinks.`, `The dog said hello.` are out); any verb
 * followed by a clause or by an object + `to` wants a person too (`The cat knows that …`).
 */
export const peopleVerbs5: ReadonlySet<string> = new Set(
  'think say tell hope believe guess suppose promise wish mean explain decide agree bet swear pray vote read write speak talk ask answer teach study learn plan expect'.split(
    ' ',
  ),
);

/** An adverb before the verb in both languages, as the frequency adverbs are (`Tom still loves Mary.` → 汤姆 还 爱 玛丽 。). */
export interface Preverb {
  en: string[];
  zh: string[];
  /** Also with the past tense (`Tom only ate an apple.`), not only the present. */
  past: boolean;
}
export const preverbs5: Preverb[] = [
  { en: ['still'], zh: ['还'], past: false },
  { en: ['also'], zh: ['也'], past: true },
  { en: ['only'], zh: ['只'], past: true },
];

/** Reflexive pronouns with the subject they go with; Chinese says 自己 (`yourselves` would need the subject's 你们 first). */
export const reflexives5: [string, string][] = [
  ['myself', 'i'],
  ['yourself', 'you'],
  ['himself', 'he'],
  ['herself', 'she'],
  ['ourselves', 'we'],
  ['themselves', 'they'],
];
/** Verbs one does to oneself as to others, said with 自己 (`Take care of yourself` and `Help yourself` mean otherwise). */
export const reflexiveVerbs5: ReadonlySet<string> = new Set('love like hate trust blame forgive protect'.split(' '));

/** Prepositions of place v5 adds, in lexicon.ts's notation: `english`, Chinese after the place (在 X 旁边), in `there is` (X 旁边 有 …), the places. */
export const prepositions5: [string, string, string, string][] = [
  ['beside', '旁边', '旁边', 'furniture building'],
  ['next to', '旁边', '旁边', 'furniture building'],
  ['above', '上方', '上方', 'furniture'],
  ['below', '下方', '下方', 'furniture'],
];

/** Degree adverbs v5 adds before a predicate adjective (`It's quite cold.` → 相当 冷 。), as lexicon.ts's. */
export const degrees5: { en: string; zh: string }[] = [
  { en: 'quite', zh: '相当' },
  { en: 'rather', zh: '比较' },
  { en: 'awfully', zh: '非常' },
];

/** The English words these rules bring (the lexicon's vocabulary). */
export const teacherWords5: readonly string[] = [
  'as',
  'been',
  'ever',
  'either',
  'nearby',
  ...preverbs5.flatMap((p) => p.en),
  ...reflexives5.map(([en]) => en),
];
