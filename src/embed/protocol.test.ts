import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHARS } from '../data/check';
import { nasty } from '../data/fuzzInputs';
import { taskIds } from '../data/tasks';
import { hostOrigin, parseCommand, parseOrigin } from './protocol';

describe('host messages on fuzzed input', () => {
  it('postMessage commands: anything malformed is refused with a reason, never acted on', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            type: fc.constantFrom('attention-lens', 'x'),
            version: fc.oneof(fc.constant(1), fc.anything()),
            command: fc.oneof(fc.constantFrom('setText', 'setTask', 'step', 'play', 'setSnapshot'), nasty),
            text: nasty,
            task: nasty,
            step: fc.anything(),
            snapshot: fc.oneof(fc.double(), fc.anything()),
          },
          { requiredKeys: [] },
        ),
        (msg) => {
          const r = parseCommand(msg);
          if (r === null) expect(msg.type).not.toBe('attention-lens');
          else if (r.ok) {
            if (r.command.command === 'setText') expect(r.command.text.length).toBeLessThanOrEqual(MAX_CHARS);
            if (r.command.command === 'setTask') expect(taskIds).toContain(r.command.task);
            if (r.command.command === 'setSnapshot') expect(r.command.snapshot >= 0 && r.command.snapshot <= 100).toBe(true);
          } else expect(r.reason.length).toBeGreaterThan(5);
        },
      ),
      { numRuns: 10_000, seed: 9 },
    );
  });
});

describe('setText errors say what is wrong', () => {
  const reason = (text: unknown) => {
    const r = parseCommand({ type: 'attention-lens', version: 1, command: 'setText', text });
    return r && !r.ok ? r.reason : null;
  };
  it('a text that is not a string is named as such, not as too long', () => {
    expect(reason(12)).toBe('setText needs a text (a string), not 12.');
    expect(reason({ a: 1 })).toBe('setText needs a text (a string), not (object).');
  });
  it('a text that is too long gives the limit and its length', () => {
    expect(reason('x'.repeat(MAX_CHARS + 1))).toBe(
      `setText needs a text of at most ${MAX_CHARS} characters; this one has ${MAX_CHARS + 1}.`,
    );
  });
});

describe('hostOrigin (whom the widget talks to)', () => {
  it('origin= when it is a scheme and a host, whatever the referrer says', () => {
    expect(hostOrigin('?origin=https://course.example.edu', 'https://lms.example/page')).toEqual({ origin: 'https://course.example.edu' });
    expect(hostOrigin('?origin=http://127.0.0.1:4301/', '')).toEqual({ origin: 'http://127.0.0.1:4301' });
  });

  it.each(['course.example.edu', '*', 'null', '', 'https://course.example.edu/week7', 'javascript:alert(1)', 'file:///tmp/x'])(
    'refuses origin=%j instead of falling back to the referrer',
    (pinned) => {
      const host = hostOrigin(`?origin=${encodeURIComponent(pinned)}`, 'https://lms.example/page');
      expect(host.origin).toBeNull();
      expect(host).toMatchObject({ refused: pinned, reason: expect.stringMatching(/origin=https:\/\//) });
      expect(parseOrigin(pinned)).toBeNull();
    },
  );

  it('without origin=, the referrer’s origin; with neither, none, and a reason that asks for origin=', () => {
    expect(hostOrigin('?embed=1', 'https://lms.example/course/7?x=1')).toEqual({ origin: 'https://lms.example' });
    for (const referrer of ['', 'about:blank', 'file:///home/me/page.html'])
      expect(hostOrigin('?embed=1', referrer)).toMatchObject({ origin: null, reason: expect.stringContaining('add origin=') });
  });
});

describe('setRead', () => {
  const msg = (section: unknown) => ({ type: 'attention-lens', version: 1, command: 'setRead', section });
  it('setRead takes a section 1–5, next, back or null (leave), and refuses anything else with a reason', () => {
    for (const section of [1, 5, 'next', 'back', null])
      expect(parseCommand(msg(section))).toEqual({ ok: true, command: { command: 'setRead', section } });
    for (const section of [0, 6, 2.5, '3', 'first', undefined, {}]) expect(parseCommand(msg(section))).toMatchObject({ ok: false });
  });
});
