import { describe, expect, it } from 'vitest';
import { scoreSentence } from './score';

describe('scoreSentence(output, alpha, reference, links)', () => {
  const reference = ['汤姆', '追逐', '了', '杰瑞', '。'];
  const links = [[0], [1], [1], [2], [3]];

  it('an exact translation whose α peaks on the linked words scores 5 / 5 and 5 / 5 aligned', () => {
    const alpha = [0, 1, 1, 2, 3].map((j) => [0, 1, 2, 3].map((k) => (k === j ? 0.7 : 0.1)));
    expect(scoreSentence(reference, alpha, reference, links)).toEqual({
      exact: true,
      correctTokens: 5,
      tokens: 5,
      aligned: 5,
      agreeing: 5,
    });
  });

  it('counts positions against the longer of the two, and aligns only the words it got right', () => {
    const output = ['汤姆', '追逐', '杰瑞', '。', '。', '。'];
    const alpha = output.map(() => [0.1, 0.7, 0.1, 0.1]);
    expect(scoreSentence(output, alpha, reference, links)).toEqual({ exact: false, correctTokens: 3, tokens: 6, aligned: 3, agreeing: 1 });
  });

  it('the distracted model (no α) has nothing aligned', () => {
    expect(scoreSentence(reference, null, reference, links)).toMatchObject({ exact: true, aligned: 0, agreeing: 0 });
  });
});
