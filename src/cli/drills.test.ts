import { describe, expect, it } from 'vitest';
import { enzhLexicon } from '../data/enzh/lexicon';
import { EN_ZH_SHIPPED, tasks } from '../data/tasks';
import { drills } from './drills';

describe('drills: each fixed expression alone, with each mark the language gives it', () => {
  const phrases = enzhLexicon(EN_ZH_SHIPPED).expressions.map((e) => e.en.join(' '));
  const examples = drills(tasks['en-zh'], phrases, 1);

  it('every expression is drilled, with its reference and links from the grammar', () => {
    for (const p of phrases)
      expect(
        examples.some((e) => e.source.slice(0, -1).join(' ') === p),
        p,
      ).toBe(true);
    const how = examples.find((e) => e.source.join(' ') === 'how are you ?');
    expect(how?.target.join('')).toBe('你好吗？');
    expect(how?.links).toHaveLength(how!.target.length);
  });
  it('copies repeat each drill', () => {
    expect(drills(tasks['en-zh'], ['never mind'], 3).filter((e) => e.source.join(' ') === 'never mind .')).toHaveLength(3);
  });
});
