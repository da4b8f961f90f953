/**
 * The dates language of docs/spec/dates.md: written dates (characters) → ISO `YYYY-MM-DD`. Each
 * format is a template; the same templates generate the corpus and parse what users type
 * (see ../program.ts). Output characters link to the input characters of their field.
 */
import { out, type Grammar, type Run, type Target } from '../program';

export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayZh = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const short = (name: string) => name.slice(0, 3);
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;

/** One row of the spec's format tables: its name there and the templates that write it. */
export interface Format {
  name: string;
  /**
   * `{d}` day · `{dth}` ordinal day · `{m}` month number (each with or without a leading zero) ·
   * `{dd}` / `{mm}` always two digits · `{month}` / `{mon}` month name · `{yyyy}` / `{yy}` year ·
   * `{weekday}` / `{wkd}`.
   */
  templates: string[];
}

/**
 * The spec's two tables, row by row. The ambiguous numeric forms are told apart by where the year is
 * and by the separator: dashes are day first (`25-11-2026`) or year first (`2026-11-25`), slashes
 * month first or year first, dots day first or year first, spaces day first (`25 11 26`); without separators, eight digits are
 * year first (`20261125`) and six are US with a two-digit year (`112526`).
 */
export const formats: Format[] = [
  { name: 'day month year', templates: ['{d} {month} {yyyy}'] },
  { name: 'day short-month year', templates: ['{d} {mon} {yyyy}'] },
  { name: 'month day, year', templates: ['{month} {d}, {yyyy}'] },
  { name: 'short-month day, year', templates: ['{mon} {d}, {yyyy}'] },
  { name: 'ordinal day', templates: ['{dth} {month} {yyyy}', '{month} {dth}, {yyyy}', 'the {dth} of {month}, {yyyy}'] },
  { name: 'weekday, long', templates: ['{weekday}, {month} {d}, {yyyy}', '{weekday}, {d} {month} {yyyy}'] },
  { name: 'weekday, short', templates: ['{wkd} {d} {mon} {yyyy}'] },
  { name: 'US numeric (month first)', templates: ['{m}/{d}/{yyyy}', '{m}/{d}/{yy}'] },
  { name: 'European numeric (day first, dots)', templates: ['{d}.{m}.{yyyy}'] },
  { name: 'ISO-like', templates: ['{yyyy}/{m}/{d}', '{yyyy}-{m}-{d}'] },
  { name: 'with dashes and short month', templates: ['{d}-{mon}-{yyyy}'] },
  { name: 'Chinese', templates: ['{yyyy}年{m}月{d}日'] },
  // Grown: the formats the tfjs date example reads.
  { name: 'compact, year first', templates: ['{yyyy}{mm}{dd}'] },
  { name: 'compact US, two-digit year', templates: ['{mm}{dd}{yy}'] },
  { name: 'compact day, short month, year', templates: ['{d}{mon}{yyyy}'] },
  { name: 'day first with dashes', templates: ['{d}-{m}-{yyyy}'] },
  { name: 'year first with dots', templates: ['{yyyy}.{m}.{d}'] },
  { name: 'short month, day, two-digit year', templates: ['{mon} {d} {yy}', '{mon} {d}, {yy}'] },
  { name: 'short month, day, year without comma', templates: ['{mon} {d} {yyyy}'] },
  // Grown again: dates as people, programs and other projects' data write them (the commas left out, a
  // two-digit year, a weekday as JavaScript's toDateString or an e-mail header puts it).
  { name: 'weekday without commas', templates: ['{weekday} {month} {d} {yyyy}', '{weekday} {d} {month} {yyyy}'] },
  { name: 'short weekday, month first', templates: ['{wkd} {mon} {d} {yyyy}'] },
  { name: 'short weekday and comma', templates: ['{wkd}, {d} {mon} {yyyy}'] },
  { name: 'month day year without comma', templates: ['{month} {d} {yyyy}', '{month} {dth} {yyyy}'] },
  { name: 'day month, year', templates: ['{d} {month}, {yyyy}', '{d} {mon}, {yyyy}'] },
  { name: 'ordinal day without comma', templates: ['the {dth} of {month} {yyyy}', '{dth} of {month} {yyyy}'] },
  { name: 'day, month, two-digit year', templates: ['{d} {mon} {yy}', '{d} {month} {yy}', '{d}-{mon}-{yy}'] },
  { name: 'day first with dots, two-digit year', templates: ['{d}.{m}.{yy}'] },
  { name: 'day first with spaces', templates: ['{d} {m} {yy}', '{d} {m} {yyyy}'] },
];

const pieces = (template: string) => template.split(/(\{[a-z]+\})/).filter(Boolean);

/** A number option: its value and how it is written. */
export interface Numeral {
  value: number;
  text: string;
  /** `text` as characters, split once: the parser compares them with the input. */
  chars: string[];
}
const numeral = (value: number, text: string): Numeral => ({ value, text, chars: [...text] });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** 1 → `1` and `01`: days and months may be written with or without a leading zero. */
const padded = (values: number[]): Numeral[] =>
  values.flatMap((value) => (value < 10 ? [numeral(value, `${value}`), numeral(value, `0${value}`)] : [numeral(value, `${value}`)]));
const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

const days = padded(range(1, 31));
const ordinals: Numeral[] = range(1, 31).map((value) => numeral(value, ordinal(value)));
const monthNumbers = padded(range(1, 12));
const twoDigits = (values: number[]): Numeral[] => values.map((value) => numeral(value, `${value}`.padStart(2, '0')));
const longMonths: Numeral[] = monthNames.map((n, i) => numeral(i + 1, n));
const shortMonths: Numeral[] = monthNames.map((n, i) => numeral(i + 1, short(n)));
/** Every four-digit year, so that out-of-range years get a clear reason; the sampler weights only 1900–2099. */
export const years: Numeral[] = range(0, 9999).map((value) => numeral(value, `${value}`.padStart(4, '0')));
const twoDigitYears: Numeral[] = range(0, 99).map((v) => numeral(v < 50 ? 2000 + v : 1900 + v, `${v}`.padStart(2, '0')));
const longWeekdays: Numeral[] = weekdayNames.map((n, i) => numeral(i, n));
const shortWeekdays: Numeral[] = weekdayNames.map((n, i) => numeral(i, short(n)));

const fields: Record<string, { field: 'd' | 'm' | 'y' | 'w'; options: Numeral[] }> = {
  '{d}': { field: 'd', options: days },
  '{dth}': { field: 'd', options: ordinals },
  '{dd}': { field: 'd', options: twoDigits(range(1, 31)) },
  '{m}': { field: 'm', options: monthNumbers },
  '{mm}': { field: 'm', options: twoDigits(range(1, 12)) },
  '{month}': { field: 'm', options: longMonths },
  '{mon}': { field: 'm', options: shortMonths },
  '{yyyy}': { field: 'y', options: years },
  '{yy}': { field: 'y', options: twoDigitYears },
  '{weekday}': { field: 'w', options: longWeekdays },
  '{wkd}': { field: 'w', options: shortWeekdays },
};

const emitText = (r: Run, text: string) => [...text].map((c) => r.emit(c));
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isoDigits = (n: number, width: number) => `${n}`.padStart(width, '0').split('');

/** The dates language written in `written` formats (the spec's language is all of them: `dates`). */
export const datesIn =
  (written: readonly Format[]): Grammar =>
  (r) => {
    const format = r.pick('format', written);
    const template = r.pick('template', format.templates);
    const value: Partial<Record<'d' | 'm' | 'y' | 'w', number>> = {};
    const from: Record<'d' | 'm' | 'y' | 'w', number[]> = { d: [], m: [], y: [], w: [] };
    for (const piece of pieces(template)) {
      const f = fields[piece];
      if (!f) {
        emitText(r, piece);
        continue;
      }
      const n = r.pick(piece, f.options, (o) => o.chars);
      from[f.field] = emitText(r, n.text);
      value[f.field] = n.value;
    }
    const { d = 1, m = 1, y = 2000, w } = value;
    r.need(y >= FIRST_YEAR && y <= LAST_YEAR, () => ({
      en: `Years run from ${FIRST_YEAR} to ${LAST_YEAR}; ${y} is outside.`,
      zh: `年份只能在 ${FIRST_YEAR} 到 ${LAST_YEAR} 之间；${y} 不在范围内。`,
    }));
    r.need(d <= daysIn(y, m), () =>
      m === 2 && d === 29
        ? { en: `${y} is not a leap year: February has 28 days.`, zh: `${y} 年不是闰年：二月只有 28 天。` }
        : {
            en: `${monthNames[m - 1]} ${y} has ${daysIn(y, m)} days, not ${d}.`,
            zh: `${y} 年 ${m} 月有 ${daysIn(y, m)} 天，没有 ${d} 日。`,
          },
    );
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (w !== undefined)
      r.need(w === weekday, () => ({
        en: `${y}-${m}-${d} is a ${weekdayNames[weekday]}, not a ${weekdayNames[w]}.`,
        zh: `${y}-${m}-${d} 是${weekdayZh[weekday]}，不是${weekdayZh[w]}。`,
      }));
    const chars = (digits: string[], links: number[]): Target => digits.flatMap((c) => out(links, c));
    return [
      ...chars(isoDigits(y, 4), from.y),
      ...out([], '-'),
      ...chars(isoDigits(m, 2), from.m),
      ...out([], '-'),
      ...chars(isoDigits(d, 2), from.d),
    ];
  };

export const dates: Grammar = datesIn(formats);

/** Every input character that dates written in `written` formats use. */
export function charactersOf(written: readonly Format[]): ReadonlySet<string> {
  const chars = new Set<string>();
  const placeholders = new Set<string>();
  for (const piece of written.flatMap((f) => f.templates.flatMap(pieces))) {
    if (fields[piece]) placeholders.add(piece);
    else for (const c of piece) chars.add(c);
  }
  // Each field once: `{yyyy}` alone writes 10 000 numerals.
  for (const p of placeholders) for (const o of fields[p]!.options) for (const c of o.chars) chars.add(c);
  return chars;
}

/** Every input character of the language. */
export const dateCharacters: ReadonlySet<string> = charactersOf(formats);
