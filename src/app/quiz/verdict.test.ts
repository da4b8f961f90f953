import { describe, expect, it } from 'vitest';
import { NEAR_SHARE, verdict } from './verdict';

describe('verdict(alphaRow, guess)', () => {
  it('is a hit when the guess holds the row’s largest weight', () => {
    expect(verdict([0.1, 0.7, 0.2], 1)).toEqual({ kind: 'hit', weight: 0.7, top: [1], max: 0.7 });
  });

  it('counts a tie for the largest weight as a hit, and names every tied word as where the weight went', () => {
    expect(verdict([0.45, 0.1, 0.45], 2)).toMatchObject({ kind: 'hit', top: [0, 2] });
    expect(verdict([0.45, 0.1, 0.45], 0).kind).toBe('hit');
  });

  it(`is near when the guess holds at least ${NEAR_SHARE} of the weight but not the most`, () => {
    expect(verdict([0.6, 0.2, 0.2], 1)).toMatchObject({ kind: 'near', weight: 0.2, top: [0] });
    expect(verdict([0.5, 0.35, 0.15], 1).kind).toBe('near');
  });

  it('is a miss below that share, naming where the weight went', () => {
    expect(verdict([0.05, 0.15, 0.8], 1)).toEqual({ kind: 'miss', weight: 0.15, top: [2], max: 0.8 });
    expect(verdict([0.19, 0.01, 0.8], 0).kind).toBe('miss');
  });
});
