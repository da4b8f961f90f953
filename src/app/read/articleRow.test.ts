import { describe, expect, it } from 'vitest';
import { articleRow, articleWeights } from './articleRow';

describe('articleRow(source, target, alpha)', () => {
  const source = ['tom', 'chased', 'jerry', '.'];
  const target = ['汤姆', '追逐', '了', '杰瑞', '。'];
  const alpha = target.map((_, i) => source.map((_, j) => (i === 3 ? [0.01, 0.02, 0.95, 0.02][j]! : 0.25)));

  it('returns the row of 杰瑞 with the model’s weights beside the article’s 0.3 / 0.2 / 0.5', () => {
    const r = articleRow(source, target, alpha)!;
    expect(r.row).toBe(3);
    expect(r.words).toEqual([
      { word: 'tom', model: 0.01, article: 0.3 },
      { word: 'chased', model: 0.02, article: 0.2 },
      { word: 'jerry', model: 0.95, article: 0.5 },
      { word: '.', model: 0.02, article: null },
    ]);
    expect(r.top).toEqual({ word: 'jerry', weight: 0.95 });
  });

  it('the article’s weights sum to 1, like any row of α', () => {
    expect(Object.values(articleWeights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('is null when the model wrote no 杰瑞 or has no α (the distracted model)', () => {
    expect(articleRow(source, ['汤姆', '。'], alpha)).toBeNull();
    expect(articleRow(source, target, null)).toBeNull();
  });
});
