/**
 * Numbers alone can be read two ways: `02/12/2026` is 12 February in the US and 2 December in most of
 * the world. The spec fixes one reading per separator (slashes and the compact six digits month first;
 * dots, dashes and spaces day first), and the page says which it took whenever the other was possible too.
 */

export interface Reading {
  /** The reading taken: month first (US) or day first. */
  monthFirst: boolean;
  year: number;
  month: number;
  day: number;
  /** The same numbers written so that the spec reads them the other way round. */
  other: string;
}

/**
 * For a date in the language written in numbers only, year last (`02/12/2026`, `2.12.26`, `021226`),
 * whose day could also be its month: which reading the grammar's reference (`yyyy-mm-dd`) took, and
 * how to write the other one. Null for every date that reads one way only.
 */
export function ambiguousReading(text: string, reference: readonly string[]): Reading | null {
  const typed = text.trim();
  const m = /^(\d{1,2})([/. -]?)(\d{1,2})\2(\d{2}|\d{4})$/.exec(typed.replace(/\s+/g, ' '));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reference.join(''));
  if (!m || !iso) return null;
  const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (month === day || day > 12) return null;
  const [, a, sep, b] = m as unknown as [string, string, string, string];
  const monthFirst = Number(a) === month;
  // Day first is written with dots, month first with slashes; the year in full, which every format takes.
  const other = `${a}${monthFirst ? '.' : '/'}${b}${monthFirst ? '.' : '/'}${year}`;
  return sep === '' && !monthFirst ? null : { monthFirst, year, month, day, other };
}
