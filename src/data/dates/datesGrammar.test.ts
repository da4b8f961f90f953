import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { parse } from '../parse';
import { rng } from '../rng';
import { sample, type Weights } from '../sample';
import { tasks } from '../tasks';
import { formatOf } from './formatOf';
import { dates, formats } from './datesGrammar';
import { datesProfile } from './profile';

const task = tasks.dates;
const iso = (text: string) => {
  const c = check(task, text);
  if (c.kind !== 'ok') throw new Error(`${text}: ${JSON.stringify(c.kind === 'outside' ? c.reason : c.kind)}`);
  return c.reference.join('');
};
const outside = (text: string) => check(task, text).kind === 'outside';
const reason = (text: string) => {
  const c = check(task, text);
  return c.kind === 'outside' ? c.reason.en : c.kind;
};
const templates = formats.flatMap((f) => f.templates.map((template) => ({ format: f.name, template })));

/** The dates profile with the format and template forced: only dates written that way are drawn. */
const only =
  (format: string, template: string): Weights =>
  (label, options) => {
    if (label === 'format') return options.map((o) => ((o as { name: string }).name === format ? 1 : 0));
    if (label === 'template') return options.map((o) => (o === template ? 1 : 0));
    return datesProfile(label, options);
  };

describe('dates grammar follows docs/spec/dates.md', () => {
  it('reads every example of the spec tables', () => {
    const table = [
      '25 November 2026',
      '25 Nov 2026',
      'November 25, 2026',
      'Nov 25, 2026',
      '25th November 2026',
      'November 25th, 2026',
      'the 25th of November, 2026',
      'Wednesday, November 25, 2026',
      'Wednesday, 25 November 2026',
      'Wed 25 Nov 2026',
      '11/25/2026',
      '11/25/26',
      '25.11.2026',
      '2026/11/25',
      '2026-11-25',
      '25-Nov-2026',
      '2026年11月25日',
      // grown: the formats the tfjs date example reads
      '20261125',
      '112526',
      '25Nov2026',
      '25NOV2026',
      '25-11-2026',
      '2026.11.25',
      'Nov 25 26',
      'Nov 25, 26',
      'Nov 25 2026',
    ];
    for (const text of table) expect(iso(text), text).toBe('2026-11-25');
    expect(iso('5-3-2024')).toBe('2024-03-05');
    expect(iso('2026.1.5')).toBe('2026-01-05');
  });

  it('names the format of each spec example', () => {
    expect(formatOf([...'20261125'])).toEqual({ format: 'compact, year first', template: '{yyyy}{mm}{dd}' });
    expect(formatOf([...'112526'])?.format).toBe('compact US, two-digit year');
    expect(formatOf([...'25nov2026'])?.format).toBe('compact day, short month, year');
    expect(formatOf([...'5-3-2024'])?.format).toBe('day first with dashes');
    expect(formatOf([...'2026-11-25'])?.format).toBe('ISO-like');
    expect(formatOf([...'2026.1.5'])?.format).toBe('year first with dots');
    expect(formatOf([...'nov 25, 26'])).toEqual({ format: 'short month, day, two-digit year', template: '{mon} {d}, {yy}' });
    expect(formatOf([...'nov 25 2026'])?.format).toBe('short month, day, year without comma');
    expect(formatOf([...'nov 25, 2026'])?.format).toBe('short-month day, year');
    expect(formatOf([...'25 nov 2026 x'])).toBeNull();
  });

  it('reads dashes day first when the year is last and year first when it is first', () => {
    expect(iso('05-03-2024')).toBe('2024-03-05');
    expect(iso('2024-03-05')).toBe('2024-03-05');
    expect(iso('2024-3-5')).toBe('2024-03-05');
    expect(iso('12-11-2026')).toBe('2026-11-12');
    expect(outside('11-25-2026')).toBe(true); // no month 25: dashes are never month first
    expect(outside('25-11-26')).toBe(true); // dashes always carry a four-digit year
  });

  it('reads slashes month first (or year first) and dots day first (or year first)', () => {
    expect(iso('3/5/2024')).toBe('2024-03-05');
    expect(iso('2024/3/5')).toBe('2024-03-05');
    expect(outside('25/11/2026')).toBe(true); // slashes are never day first
    expect(iso('3.5.2024')).toBe('2024-05-03');
    expect(iso('2024.3.5')).toBe('2024-03-05');
    expect(outside('11.25.2026')).toBe(true); // dots are never month first
  });

  it('reads eight digits as year-month-day and six as US month-day-two-digit-year', () => {
    expect(iso('20240305')).toBe('2024-03-05');
    expect(iso('030524')).toBe('2024-03-05');
    expect(iso('123199')).toBe('1999-12-31');
    expect(iso('19000101')).toBe('1900-01-01');
    expect(outside('240305')).toBe(true); // not year first when six digits: no month 24
    expect(outside('03052024')).toBe(true); // not month first when eight digits: no month 52
    expect(outside('2024035')).toBe(true); // compact fields are two digits each
    expect(outside('20230229')).toBe(true);
    expect(check(task, '21000101')).toMatchObject({ reason: { en: expect.stringMatching(/1900 to 2099/) } });
  });

  it('reads two-digit years as 1950–1999 from 50 to 99 and 2000–2049 from 00 to 49, in every format that has them', () => {
    const withYy = templates.filter((t) => t.template.includes('{yy}'));
    expect(withYy.map((t) => t.template)).toEqual([
      '{m}/{d}/{yy}',
      '{mm}{dd}{yy}',
      '{mon} {d} {yy}',
      '{mon} {d}, {yy}',
      '{d} {mon} {yy}',
      '{d} {month} {yy}',
      '{d}-{mon}-{yy}',
      '{d}.{m}.{yy}',
      '{d} {m} {yy}',
    ]);
    for (const [yy, yyyy] of [
      ['00', '2000'],
      ['49', '2049'],
      ['50', '1950'],
      ['99', '1999'],
    ]) {
      expect(iso(`7/4/${yy}`)).toBe(`${yyyy}-07-04`);
      expect(iso(`0704${yy}`)).toBe(`${yyyy}-07-04`);
      expect(iso(`Jul 4 ${yy}`)).toBe(`${yyyy}-07-04`);
      expect(iso(`JUL 04, ${yy}`)).toBe(`${yyyy}-07-04`);
      expect(iso(`4 Jul ${yy}`)).toBe(`${yyyy}-07-04`);
      expect(iso(`4 July ${yy}`)).toBe(`${yyyy}-07-04`);
      expect(iso(`4-jul-${yy}`)).toBe(`${yyyy}-07-04`);
      expect(iso(`4.7.${yy}`)).toBe(`${yyyy}-07-04`);
      expect(iso(`4 07 ${yy}`)).toBe(`${yyyy}-07-04`);
    }
    expect(outside('7/4/1')).toBe(true);
    expect(outside('7/4/149')).toBe(true);
  });

  it('handles leading zeros, case and spaces', () => {
    expect(iso('5.3.2024')).toBe('2024-03-05');
    expect(iso('05.03.2024')).toBe('2024-03-05');
    expect(iso('1984/6/4')).toBe('1984-06-04');
    expect(iso('6/4/84')).toBe('1984-06-04');
    expect(iso('  SEP 1, 1999 ')).toBe('1999-09-01');
    expect(iso('5nov2026')).toBe('2026-11-05');
    expect(iso('05NOV2026')).toBe('2026-11-05');
    expect(iso('NOV 05 26')).toBe('2026-11-05');
  });

  it('reads dates as people, programs and other projects write them: no commas, two-digit years, weekdays first', () => {
    const written: [string, string][] = [
      ['saturday april 28 1990', '1990-04-28'],
      ['Monday 7 March 1983', '1983-03-07'],
      ['Wed Nov 25 2026', '2026-11-25'], // JavaScript's Date.toDateString()
      ['Wed, 25 Nov 2026', '2026-11-25'], // an e-mail header's date
      ['March 7 1983', '1983-03-07'],
      ['November 25th 2026', '2026-11-25'],
      ['7 March, 1983', '1983-03-07'],
      ['7 Mar, 1983', '1983-03-07'],
      ['the 26th of January 1995', '1995-01-26'],
      ['7th of March 1983', '1983-03-07'],
      ['26 Jan 95', '1995-01-26'],
      ['5 April 09', '2009-04-05'],
      ['26-Jan-95', '1995-01-26'],
      ['07.03.83', '1983-03-07'],
      ['7 03 83', '1983-03-07'],
      ['25 11 2026', '2026-11-25'],
    ];
    for (const [text, date] of written) expect(iso(text), text).toBe(date);
    expect(reason('Wed Nov 26 2026')).toMatch(/thursday, not a wednesday/);
  });

  it('repairs a misplaced space or comma without changing the date', () => {
    const suggestion = (text: string) => {
      const c = check(task, text);
      return c.kind === 'outside' ? c.suggestion : c.kind;
    };
    // The space before the comma used to become a digit: `december 20, 2026`.
    expect(suggestion('  December   2 ,  2026  ')).toBe('december 2, 2026');
    expect(suggestion('December 2,2026')).toBe('december 2, 2026');
    expect(suggestion('Dec. 2, 2026')).toBe('dec 2, 2026');
    for (const typed of ['December 2 , 2026', 'December 2,2026', 'Dec. 2, 2026']) expect(iso(suggestion(typed)!)).toBe('2026-12-02');
  });

  it('refuses impossible dates with a reason', () => {
    expect(reason('29 Feb 2023')).toMatch(/not a leap year/);
    expect(reason('31 April 2020')).toMatch(/30 days/);
    expect(reason('Tuesday, November 25, 2026')).toMatch(/wednesday/);
    expect(reason('1 May 2150')).toMatch(/1900 to 2099/);
    expect(reason('31-04-2020')).toMatch(/30 days/);
    expect(reason('022923')).toMatch(/not a leap year/);
    const zh = check(tasks.dates, '29 Feb 2023');
    expect(zh.kind === 'outside' && zh.reason.zh).toMatch(/不是闰年/);
    expect(iso('29 Feb 2000')).toBe('2000-02-29');
  });

  it('links each output character to its field and "-" to nothing', () => {
    const links = (text: string) => {
      const c = check(task, text);
      if (c.kind !== 'ok') throw new Error(`${text} not ok`);
      return c.links;
    };
    expect(links('5.3.2024')).toEqual([[4, 5, 6, 7], [4, 5, 6, 7], [4, 5, 6, 7], [4, 5, 6, 7], [], [2], [2], [], [0], [0]]);
    const y = [0, 1, 2, 3];
    expect(links('20240305')).toEqual([y, y, y, y, [], [4, 5], [4, 5], [], [6, 7], [6, 7]]);
    expect(links('030524')).toEqual([[4, 5], [4, 5], [4, 5], [4, 5], [], [0, 1], [0, 1], [], [2, 3], [2, 3]]);
  });

  it('generates every template of every format, and parses each generated date back to it, with one reading', () => {
    expect(templates).toHaveLength(41);
    const r = rng(3);
    for (const { format, template } of templates) {
      for (let i = 0; i < 100; i++) {
        const ex = sample(dates, r, only(format, template));
        const p = parse(dates, ex.source);
        expect(p.ok, ex.source.join('')).toBe(true);
        if (!p.ok) continue;
        expect(p.readings, ex.source.join('')).toBe(1);
        expect(p.target.map((l) => l.t)).toEqual(ex.target);
        // `may` is both a month and its short name, so `25 may 2026` is in two formats; formatOf names the first.
        if (!ex.source.join('').includes('may')) expect(formatOf(ex.source)).toEqual({ format, template });
      }
    }
  });

  it('parse(generate(x)) = x on 2 000 dates drawn by the training profile', () => {
    const r = rng(4);
    for (let i = 0; i < 2_000; i++) {
      const ex = sample(dates, r, task.profiles[0]);
      const p = parse(dates, ex.source);
      expect(p.ok && p.readings, ex.source.join('')).toBe(1);
      if (p.ok) expect(p.target.map((l) => l.t)).toEqual(ex.target);
    }
  });
});
