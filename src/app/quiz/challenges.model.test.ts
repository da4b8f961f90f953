/** Predict's challenge set against the shipped models: each sentence is worth guessing. */
import { describe, expect, it } from 'vitest';
import { check } from '../../data/check';
import { tasks } from '../../data/tasks';
import { loadShipped } from '../../testing/shipped';
import { translate } from '../../model/translate';
import { translatable } from '../useTraces';
import { challenges } from './challenges';

/** Rows whose largest weight is not on the diagonal (row i looking at source word i, the last word for rows past it). */
const offDiagonal = (alpha: number[][], sourceLength: number) =>
  alpha.flatMap((row, i) => {
    const top = row.indexOf(Math.max(...row));
    return top === Math.min(i, sourceLength - 1) ? [] : [i];
  });

describe('the challenge set', () => {
  it('holds about ten sentences of both tasks, each inside its language', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(8);
    expect(new Set(challenges.map((c) => c.task))).toEqual(new Set(['en-zh', 'dates']));
    for (const c of challenges) expect(check(tasks[c.task], c.text).kind, c.text).toBe('ok');
  });

  it('has, for each sentence, a row where the shipped attention model looks off the diagonal', async () => {
    for (const task of ['en-zh', 'dates'] as const) {
      const { model } = await loadShipped(task, 'attention');
      for (const c of challenges.filter((c) => c.task === task)) {
        const tokens = translatable(check(tasks[task], c.text))!;
        const trace = await translate(model, tokens);
        expect(offDiagonal(trace.alpha!, trace.source.length).length, `${c.text} → ${trace.tokens.join(' ')}`).toBeGreaterThan(0);
      }
    }
  });
});
