import { describe, expect, it } from 'vitest';
import type { Example } from '../data/sample';
import { balanced } from './balance';

const ex = (s: string): Example => ({ source: s.split(' '), target: [], links: [] });

describe('balanced: sentences with rare words repeated, up to a cap', () => {
  const examples = [ex('tom runs .'), ex('tom runs .'), ex('tom runs .'), ex('tom is answering .'), ex('jerry runs .')];

  it('a sentence whose rarest word is common enough appears once', () => {
    expect(balanced(examples, { minCount: 3, maxRepeat: 4 }).filter((i) => i === 0)).toHaveLength(1);
  });
  it('a sentence with a word seen once appears minCount times, but never more than maxRepeat', () => {
    expect(balanced(examples, { minCount: 3, maxRepeat: 4 }).filter((i) => i === 3)).toHaveLength(3);
    expect(balanced(examples, { minCount: 10, maxRepeat: 4 }).filter((i) => i === 3)).toHaveLength(4);
  });
  it('a fixed phrase is counted as a unit where a sentence opens with it, so its sentences are repeated though its words are common', () => {
    const more = [
      ...examples,
      ex('never mind .'),
      ex('tom never runs .'),
      ex('tom never runs .'),
      ex('mind the cat .'),
      ex('mind the cat .'),
      ex('mind the cat .'),
    ];
    const phrases = ['never mind', 'mind'];
    expect(balanced(more, { minCount: 3, maxRepeat: 4 }).filter((i) => i === 5)).toHaveLength(1); // never 3 times, mind 4 times
    expect(balanced(more, { minCount: 3, maxRepeat: 4, phrases }).filter((i) => i === 5)).toHaveLength(3); // `never mind` once
    expect(balanced(more, { minCount: 3, maxRepeat: 4, phrases }).filter((i) => i === 6)).toHaveLength(1); // `never` inside a sentence is not the phrase
  });
  it('minCount 1 leaves the list as it was', () => {
    expect(balanced(examples, { minCount: 1, maxRepeat: 4 })).toEqual([0, 1, 2, 3, 4]);
  });
});
