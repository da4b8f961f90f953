import { describe, expect, it } from 'vitest';
import { surpriseReason } from './surprise';

// Tom chased Jerry yesterday . → 汤姆 昨天 追 了 杰瑞 。
const tokens = ['汤姆', '昨天', '追', '了', '杰瑞', '。'];
const links = [[0], [3], [1], [], [2], [4]];

describe('surpriseReason(row, tokens, reference, links)', () => {
  it('names a word with no source word a function word', () => {
    expect(surpriseReason(3, tokens, tokens, links)).toBe('function-word');
  });

  it('names a word moved ahead of words that came before it in the source reordered; the words it jumped say nothing', () => {
    expect(surpriseReason(1, tokens, tokens, links)).toBe('reordered'); // 昨天 before 追 and 杰瑞
    expect(surpriseReason(2, tokens, tokens, links)).toBeNull();
    expect(surpriseReason(4, tokens, tokens, links)).toBeNull();
    expect(surpriseReason(0, tokens, tokens, links)).toBeNull();
  });

  it('names a word that translates two source words', () => {
    expect(surpriseReason(0, ['花园'], ['花园'], [[2, 3]])).toBe('two-words');
  });

  it('says nothing where the model’s word differs from the reference', () => {
    expect(surpriseReason(3, ['汤姆', '昨天', '追', '过', '杰瑞', '。'], tokens, links)).toBeNull();
  });
});
