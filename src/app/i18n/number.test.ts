import { describe, expect, it } from 'vitest';
import { formatNumber } from './number';

describe('formatNumber', () => {
  it('writes numbers as Intl.NumberFormat does in en and zh-CN', () => {
    const values = [0, 1, 5, 20, 83.3, 83.33333, 100, 999, 1000, 10000, 14500, 1234567.891, 0.0004, 0.0005, 2.5, -1234.5, -0.0001];
    for (const locale of ['en', 'zh-CN']) {
      const intl = new Intl.NumberFormat(locale);
      for (const v of values) expect(formatNumber(v), `${v} in ${locale}`).toBe(intl.format(v));
    }
  });
});
