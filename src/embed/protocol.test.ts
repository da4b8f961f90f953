import { describe, expect, it } from 'vitest';
import { hostOrigin, parseOrigin } from './protocol';

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
