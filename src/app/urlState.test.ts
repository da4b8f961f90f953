import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHARS } from '../data/check';
import { nasty } from '../data/fuzzInputs';
import { hostOrigin } from '../embed/protocol';
import { readEmbedOptions, readLaunch, readUrl, viewParams, writeEmbedUrl, writeUrl } from './urlState';

describe('URL state on fuzzed input', () => {
  it('URL state: any query string gives a valid view that survives a round trip', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...viewParams, 'tfjsflags'), nasty), (params) => {
        const view = readUrl(`?${new URLSearchParams(params)}`);
        expect(readUrl(writeUrl(view))).toEqual(view);
        expect(view.text.length).toBeLessThanOrEqual(MAX_CHARS);
      }),
      { numRuns: 10_000, seed: 8 },
    );
  });
});

describe('score= and compare= (issue 30)', () => {
  it('round-trip every score and the compare view; invalid values are left out with a warning', () => {
    for (const score of ['additive', 'general', 'scaled-dot'] as const)
      for (const compare of [false, true]) {
        const view = { ...readUrl('?task=dates&lang=en'), score, compare };
        expect(readUrl(writeUrl(view))).toEqual(view);
        expect(new URLSearchParams(writeUrl(view)).get('score')).toBe(score); // a dates link always names its score
      }
    const warnings: string[] = [];
    expect(readUrl('?task=dates&score=dot&compare=yes', (w) => warnings.push(w))).toMatchObject({ score: 'additive', compare: false });
    expect(warnings).toHaveLength(2);
    expect(new URLSearchParams(writeUrl(readUrl('?lang=en'))).has('score')).toBe(false); // en-zh has one score: its links are unchanged
  });
});

describe('writeUrl', () => {
  it('round-trips a view through readUrl', () => {
    const view = { ...readUrl('?lang=en'), text: 'Tom chased Jerry. 100%', mode: 'both' as const, step: 3 };
    expect(readUrl(writeUrl(view))).toEqual(view);
  });

  it('keeps the text in the URL only up to the input limit', () => {
    const view = readUrl('?lang=en');
    expect(new URLSearchParams(writeUrl({ ...view, text: 'x'.repeat(MAX_CHARS) })).get('text')).toHaveLength(MAX_CHARS);
    const pasted = writeUrl({ ...view, text: 'Tom chased Jerry. '.repeat(1200) }); // 21 600 characters
    expect(pasted.length).toBeLessThan(200);
    expect(new URLSearchParams(pasted).has('text')).toBe(false);
  });
});

describe('writeEmbedUrl', () => {
  it("keeps the widget's embed options and follows the view, so a reload shows what the reader typed", () => {
    const search = '?embed=1&controls=0&autoplay=1&text=Tom%20chased%20Jerry.&lang=zh';
    const view = { ...readUrl(search), text: 'Where is Tom?', mode: 'attention' as const };
    const url = writeEmbedUrl(view, search, 'https://lms.example');
    expect(readUrl(url)).toEqual(view);
    expect(readEmbedOptions(url)).toEqual(readEmbedOptions(search));
    expect(new URLSearchParams(url).getAll('text')).toEqual(['Where is Tom?']);
    // The host it was talking to (from the referrer) is pinned: a reloaded frame's referrer is itself.
    expect(hostOrigin(url, 'https://widget.example/?embed=1')).toEqual({ origin: 'https://lms.example' });
  });

  it('never replaces an origin= the host gave, even a malformed one', () => {
    for (const origin of ['https://course.example.edu', 'course.example.edu'])
      expect(new URLSearchParams(writeEmbedUrl(readUrl(''), `?embed=1&origin=${origin}`, 'https://lms.example')).getAll('origin')).toEqual([
        origin,
      ]);
  });
});

describe('readLaunch', () => {
  const at = (search: string) => readLaunch({ search, origin: 'https://lens.example', pathname: '/' });
  it('names each parameter it left out, for the page to say so (a text over the limit by name alone)', () => {
    const long = 'a'.repeat(1001);
    expect(at(`?task=nope&text=${long}&mode=both&autoplay=yes&theme=${'x'.repeat(50)}`).ignored).toEqual([
      'task=nope',
      'text',
      `theme=${'x'.repeat(40)}…`,
      'autoplay=yes',
    ]);
    expect(at('?task=dates&text=2026-12-02&lang=zh').ignored).toEqual([]);
  });
});
