import { describe, expect, it } from 'vitest';
import { alphaPosition, LOG_FLOOR, powerOfTen } from './scales';

describe('the α colour scale', () => {
  it('on a log scale, tells apart the small weights a sharp model leaves (10⁻⁵ is not 10⁻⁸), and 1 is the top', () => {
    expect(alphaPosition(1, true)).toBe(1);
    expect(alphaPosition(LOG_FLOOR, true)).toBe(0);
    expect(alphaPosition(1e-8, true)).toBe(0);
    expect(alphaPosition(1e-5, true)).toBeGreaterThan(0.1);
    expect(alphaPosition(1e-3, true)).toBeCloseTo(0.5);
    expect(alphaPosition(0.3)).toBe(0.3);
  });

  it('writes the legend’s powers of ten with superscripts', () => {
    expect([powerOfTen(1e-6), powerOfTen(1e-3), powerOfTen(1)]).toEqual(['10⁻⁶', '10⁻³', '1']);
  });
});
