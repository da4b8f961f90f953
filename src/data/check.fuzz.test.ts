import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, MAX_CHARS } from './check';
import { nasty } from './fuzzInputs';
import { enzhVersions } from './enzh/lexicon';
import { enzhTask, tasks, taskIds, type Task } from './tasks';

describe('fuzzed input', () => {
  it('tokenizer and grammar check: 10 000 inputs per task and en-zh version, no throw, no hang, a clear verdict, over-long inputs refused', () => {
    // Every version of en-zh, not only the shipped one: the next version's tokenizer threw on `constructor`.
    const checked: Task[] = [...taskIds.filter((id) => id !== 'en-zh').map((id) => tasks[id]), ...enzhVersions.map(enzhTask)];
    for (const task of checked)
      fc.assert(
        fc.property(nasty, (text) => {
          const c = check(task, text);
          expect(['empty', 'chinese', 'too-long', 'unknown', 'outside', 'ok']).toContain(c.kind);
          if (text.length > MAX_CHARS) expect(c.kind).toBe('too-long');
          if (c.kind === 'outside') expect(Math.min(c.reason.en.length, c.reason.zh.length)).toBeGreaterThan(5);
          if (c.kind === 'unknown') expect(c.unknown.length).toBeGreaterThan(0);
        }),
        { numRuns: 10_000, seed: 7 },
      );
  });
});
