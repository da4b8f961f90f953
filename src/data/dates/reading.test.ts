import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { tasks } from '../tasks';
import { ambiguousReading } from './reading';

const reading = (text: string) => {
  const c = check(tasks.dates, text);
  if (c.kind !== 'ok') throw new Error(`${text}: ${c.kind}`);
  return ambiguousReading(text, c.reference);
};

describe('a date in numbers that reads two ways says which reading it took', () => {
  it('slashes and the compact form are month first; the other reading is written with dots', () => {
    expect(reading('02/12/2026')).toEqual({ monthFirst: true, year: 2026, month: 2, day: 12, other: '02.12.2026' });
    expect(reading('2/12/26')).toMatchObject({ monthFirst: true, month: 2, day: 12, other: '2.12.2026' });
    expect(reading('021226')).toMatchObject({ monthFirst: true, month: 2, day: 12, other: '02.12.2026' });
  });
  it('dots, dashes and spaces are day first; the other reading is written with slashes', () => {
    expect(reading('02.12.2026')).toEqual({ monthFirst: false, year: 2026, month: 12, day: 2, other: '02/12/2026' });
    expect(reading('2-12-2026')).toMatchObject({ monthFirst: false, month: 12, day: 2, other: '2/12/2026' });
    expect(reading('7 03 83')).toMatchObject({ monthFirst: false, year: 1983, month: 3, day: 7, other: '7/03/1983' });
  });
  it('the other reading, as suggested, is read the other way round', () => {
    for (const text of ['02/12/2026', '02.12.2026', '021226', '5-3-2024', '7 03 83']) {
      const r = reading(text)!;
      const back = reading(r.other)!;
      expect([back.month, back.day]).toEqual([r.day, r.month]);
    }
  });
  it('says nothing where only one reading exists', () => {
    for (const text of ['11/25/2026', '25.11.2026', '12/12/2026', '2026/02/12', '2026-02-12', '20260212', 'Feb 12, 2026', '12 Feb 2026'])
      expect(reading(text), text).toBeNull();
  });
});
