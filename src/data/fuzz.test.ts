import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUrl, writeUrl } from '../app/urlState';
import { parseCommand } from '../embed/protocol';
import { check, MAX_CHARS } from './check';
import { nasty } from './fuzzInputs';
import { tasks, taskIds } from './tasks';

describe('fuzzed input', () => {
  it('tokenizer and grammar check: 10 000 inputs per task, no throw, no hang, a clear verdict, over-long inputs refused', () => {
    for (const id of taskIds)
      fc.assert(
        fc.property(nasty, (text) => {
          const c = check(tasks[id], text);
          expect(['empty', 'too-long', 'unknown', 'outside', 'ok']).toContain(c.kind);
          if (text.length > MAX_CHARS) expect(c.kind).toBe('too-long');
          if (c.kind === 'outside') expect(Math.min(c.reason.en.length, c.reason.zh.length)).toBeGreaterThan(5);
          if (c.kind === 'unknown') expect(c.unknown.length).toBeGreaterThan(0);
        }),
        { numRuns: 10_000, seed: 7 },
      );
  });

  it('URL state: any query string gives a valid view that survives a round trip', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('task', 'text', 'mode', 'step', 'lang', 'gold', 'projector', 'theme', 'tfjsflags'), nasty),
        (params) => {
          const view = readUrl(`?${new URLSearchParams(params)}`);
          expect(readUrl(writeUrl(view))).toEqual(view);
          expect(view.text.length).toBeLessThanOrEqual(MAX_CHARS);
        },
      ),
      { numRuns: 10_000, seed: 8 },
    );
  });

  it('postMessage commands: anything malformed is refused with a reason, never acted on', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            type: fc.constantFrom('attention-lens', 'x'),
            version: fc.oneof(fc.constant(1), fc.anything()),
            command: fc.oneof(fc.constantFrom('setText', 'setTask', 'step', 'play'), nasty),
            text: nasty,
            task: nasty,
            step: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        (msg) => {
          const r = parseCommand(msg);
          if (r === null) expect(msg.type).not.toBe('attention-lens');
          else if (r.ok) {
            if (r.command.command === 'setText') expect(r.command.text.length).toBeLessThanOrEqual(MAX_CHARS);
            if (r.command.command === 'setTask') expect(taskIds).toContain(r.command.task);
          } else expect(r.reason.length).toBeGreaterThan(5);
        },
      ),
      { numRuns: 10_000, seed: 9 },
    );
  });
});
