/**
 * Version 5's numbers up to 100 and clock times (docs/language.md, "Numbers and clock times"), in words
 * and in digits, with the Chinese a teacher writes: 两 before a measure word (`two cats`, `2 cats` → 两 只
 * 猫), 二 inside a number (二十 二), 一百 for a hundred. A number's Chinese is its tens and its units, one
 * token each (`twenty-one` → 二十 一, shown 二十一). Clock times say the hour with 点 (`at seven o'clock`
 * → 七 点, `at 3:30` → 三 点 半, `at 7:05` → 七 点 零 五 分). Chosen by us, from no corpus.
 */

/** English tokens and their Chinese (lexicon.ts's `Phrase`, which reads these tables). */
interface Phrase {
  en: string[];
  zh: string[];
}
/** A time word and the tenses it goes with (lexicon.ts's `Time`). */
interface Time extends Phrase {
  tenses: ('present' | 'past' | 'future')[];
}

const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const zhUnits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** `n` (1–99) in English words: `twenty-one` is one token, as the version-5 tokenizer reads it. */
export const numberWord = (n: number): string =>
  n < 10 ? units[n]! : n < 20 ? teens[n - 10]! : `${tens[Math.floor(n / 10)]}${n % 10 ? `-${units[n % 10]}` : ''}`;

/** `n` (1–100) in Chinese tokens; `counting` says 两 for 2 before a measure word (两 只 猫, but 十 二). */
export function numberZh(n: number, counting: boolean): string[] {
  if (n === 100) return ['一百'];
  if (n === 2 && counting) return ['两'];
  if (n < 10) return [zhUnits[n]!];
  const ten = Math.floor(n / 10);
  const unit = n % 10 ? [zhUnits[n % 10]!] : [];
  return [ten === 1 ? '十' : `${zhUnits[ten]}十`, ...unit];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Counts before a plural noun beyond version 4's `two` … `ten`: the words from `eleven` to `ninety-nine`,
 * `a hundred` and `one hundred`, and the digits from 2 to 100 (`We have 2 kids.` → 我们 有 两 个 孩子 。).
 */
export const counts5: Phrase[] = [
  ...range(11, 99).map((n) => ({ en: [numberWord(n)], zh: numberZh(n, true) })),
  { en: ['a', 'hundred'], zh: ['一百'] },
  { en: ['one', 'hundred'], zh: ['一百'] },
  ...range(2, 100).map((n) => ({ en: [String(n)], zh: numberZh(n, true) })),
];

/** Ages beyond version 4's `one` … `ten` (`I am 21.` → 我 二十 一 岁 。): the words up to 99, the digits from 1. */
export const ages5: Phrase[] = [
  ...range(11, 99).map((n) => ({ en: [numberWord(n)], zh: numberZh(n, true) })),
  ...range(1, 99).map((n) => ({ en: [String(n)], zh: numberZh(n, true) })),
];

/** An hour of the clock, 1 to 12, in a word or in digits: 两 点 for two. */
export const hours5: Phrase[] = range(1, 12).flatMap((n) => [
  { en: [numberWord(n)], zh: numberZh(n, true) },
  { en: [String(n)], zh: numberZh(n, true) },
]);

/** The minutes after `:`, `00` to `59`: `00` says nothing (七 点), `30` is 半, the rest 分 (零 五 分, 四十 五 分). */
export const minutes5: Phrase[] = range(0, 59).map((n) => ({
  en: [String(n).padStart(2, '0')],
  zh: n === 0 ? [] : n === 30 ? ['半'] : [...(n < 10 ? ['零'] : []), ...numberZh(n, false), '分'],
}));

/** Times of day said by name (`at noon` → 中午), in any tense. */
export const dayTimes5: Time[] = [
  { en: ['at', 'noon'], zh: ['中午'], tenses: ['present', 'past', 'future'] },
  { en: ['at', 'midnight'], zh: ['午夜'], tenses: ['present', 'past', 'future'] },
];
