import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHARS } from '../data/check';
import { nasty } from '../data/fuzzInputs';
import { taskIds } from '../data/tasks';
import { parseCommand } from './protocol';

describe('host messages on fuzzed input', () => {
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
