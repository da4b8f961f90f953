import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { parse } from '../parse';
import { rng } from '../rng';
import { sample } from '../sample';
import { tasks } from '../tasks';
import { dates, formats } from './grammar';

const task = tasks.dates;
const iso = (text: string) => {
  const c = check(task, text);
  if (c.kind !== 'ok') throw new Error(`${text}: ${JSON.stringify(c.kind === 'outside' ? c.reason : c.kind)}`);
  return c.reference.join('');
};

describe('dates grammar follows shared/specs/dates.md', () => {
  it('reads every format of the spec table', () => {
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
    ];
    for (const text of table) expect(iso(text), text).toBe('2026-11-25');
  });

  it('handles leading zeros, two-digit years, case and spaces', () => {
    expect(iso('5.3.2024')).toBe('2024-03-05');
    expect(iso('05.03.2024')).toBe('2024-03-05');
    expect(iso('1984/6/4')).toBe('1984-06-04');
    expect(iso('6/4/84')).toBe('1984-06-04');
    expect(iso('6/4/49')).toBe('2049-06-04');
    expect(iso('  SEP 1, 1999 ')).toBe('1999-09-01');
  });

  it('refuses impossible dates with a reason', () => {
    const reason = (text: string) => {
      const c = check(task, text);
      return c.kind === 'outside' ? c.reason.en : c.kind;
    };
    expect(reason('29 Feb 2023')).toMatch(/not a leap year/);
    expect(reason('31 April 2020')).toMatch(/30 days/);
    expect(reason('Tuesday, November 25, 2026')).toMatch(/wednesday/);
    expect(reason('1 May 2150')).toMatch(/1900 to 2099/);
    const zh = check(tasks.dates, '29 Feb 2023');
    expect(zh.kind === 'outside' && zh.reason.zh).toMatch(/不是闰年/);
    expect(iso('29 Feb 2000')).toBe('2000-02-29');
  });

  it('links each output character to its field and "-" to nothing', () => {
    const c = check(task, '5.3.2024');
    if (c.kind !== 'ok') throw new Error('not ok');
    expect(c.links).toEqual([[4, 5, 6, 7], [4, 5, 6, 7], [4, 5, 6, 7], [4, 5, 6, 7], [], [2], [2], [], [0], [0]]);
  });

  it('parse(generate(x)) = x on 10 000 random dates, every format among them', () => {
    const r = rng(3);
    const used = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const ex = sample(dates, r, task.profiles[0]);
      const p = parse(dates, ex.source);
      expect(p.ok, ex.source.join('')).toBe(true);
      if (!p.ok) continue;
      expect(p.readings).toBe(1);
      expect(p.target.map((l) => l.t)).toEqual(ex.target);
      used.add(ex.source.join('').replace(/\d/g, '9'));
    }
    expect(formats.flat().length).toBe(17);
    // Every template shows up (month and weekday names vary, so compare the digit-free skeletons).
    const skeletons = [...used].map((s) => s.replace(/[a-z]+/g, 'w'));
    for (const sk of [
      '9 w 9999',
      'w 9, 9999',
      '99w w 9999',
      'w 99w, 9999',
      'w 99w w w, 9999',
      'w, w 9, 9999',
      'w, 9 w 9999',
      'w 9 w 9999',
      '9/9/9999',
      '9/9/99',
      '9.9.9999',
      '9999/9/9',
      '9999-9-9',
      '9-w-9999',
      '9999年9月9日',
    ])
      expect(
        skeletons.some((s) => s.replace(/9+/g, '9') === sk.replace(/9+/g, '9')),
        sk,
      ).toBe(true);
  });
});
