import { describe, expect, it } from 'vitest';
import { check } from '../data/check';
import { tasks, taskIds } from '../data/tasks';
import { examples } from './examples';
import { defaultText, readUrl, writeUrl } from './urlState';

describe('the explorer', () => {
  it('offers only example sentences that are in the language', () => {
    for (const id of taskIds) for (const text of [...examples[id], defaultText[id]]) expect(check(tasks[id], text).kind, text).toBe('ok');
  });

  it('round-trips its view through the URL and drops invalid values with a warning', () => {
    const view = {
      task: 'dates',
      text: 'Nov 25, 2026 <b>',
      mode: 'both',
      score: 'general',
      compare: true,
      step: 3,
      lang: 'zh',
      gold: true,
      projector: true,
      theme: 'dark',
      snapshot: 20,
      read: null,
      quiz: true,
    } as const;
    expect(readUrl(writeUrl(view))).toEqual(view);
    const warnings: string[] = [];
    const v = readUrl('?task=x&mode=<script>&step=-1&lang=fr&gold=yes&text=' + 'a'.repeat(5000), (w) => warnings.push(w));
    expect(v).toMatchObject({ task: 'en-zh', mode: 'attention', step: null, gold: false });
    expect(v.text).toBe(defaultText['en-zh']);
    expect(warnings).toHaveLength(6);
    expect(readUrl('?snapshot=101').snapshot).toBeNull();
    expect(readUrl('?snapshot=5.25').snapshot).toBeNull();
    expect(readUrl('?snapshot=87.5').snapshot).toBe(87.5);
  });
});
