import { describe, expect, it } from 'vitest';
import { clipRange, fontFaceCss, parseRange, slicesFor } from './cjkRanges';
import { cjkSlices } from './cjkSlices';

describe('unicode-range slices', () => {
  it('parseRange reads single code points and intervals', () => {
    expect(parseRange('U+4e00-4e3f,U+4e45, U+1f300')).toEqual([
      [0x4e00, 0x4e3f],
      [0x4e45, 0x4e45],
      [0x1f300, 0x1f300],
    ]);
  });

  it('clipRange keeps only code points from a given one on, cutting an interval across it', () => {
    expect(clipRange('U+20-22,U+1ff0-2005,U+3001,U+4e00-4e3f', 0x2000)).toBe('U+2000-2005,U+3001,U+4e00-4e3f');
    expect(clipRange('U+41-5a,U+e9', 0x2000)).toBe('');
    expect(clipRange('U+1fff-2000', 0x2000)).toBe('U+2000');
  });

  it('by default leaves Latin and General Punctuation (curly quotes, dashes) to the machine’s own fonts', () => {
    expect(clipRange('U+41-5a,U+2013-2014,U+2018-201d,U+2026,U+3001-3002,U+4e00-4e3f')).toBe('U+3001-3002,U+4e00-4e3f');
    expect(clipRange('U+2000-2423')).toBe('U+2070-2423');
  });

  it('slicesFor picks each slice holding a character of the text, once', () => {
    const slices = [
      { url: 'a', range: 'U+6c00-6cff' },
      { url: 'b', range: 'U+5973' },
      { url: 'c', range: 'U+0041-005a' },
    ];
    expect(slicesFor('汤汤 女', slices).map((s) => s.url)).toEqual(['a', 'b']);
    expect(slicesFor('\ue000', slices)).toEqual([]);
  });

  it('fontFaceCss writes one rule per slice, family last-resort weight 400, woff2', () => {
    const css = fontFaceCss('Noto Sans SC', [{ url: 'data:font/woff2;base64,AA', range: 'U+6c64' }]);
    expect(css).toBe(
      "@font-face{font-family:'Noto Sans SC';font-style:normal;font-weight:400;font-display:swap;src:url(data:font/woff2;base64,AA) format('woff2');unicode-range:U+6c64}",
    );
  });

  it('the shipped font has a slice for every Chinese character the en-zh models write, and none for a private-use one', async () => {
    const { readFileSync } = await import('node:fs');
    const vocab: string[] = JSON.parse(readFileSync('pretrained/en-zh/attention/model.json', 'utf8')).vocab.target;
    const chinese = vocab.join('').replace(/[^\u3000-\u9fff\uff00-\uffef]/g, '');
    expect(chinese.length).toBeGreaterThan(50);
    for (const c of chinese) expect(slicesFor(c, cjkSlices), c).toHaveLength(1);
    expect(slicesFor('\ue000', cjkSlices)).toEqual([]);
    expect(slicesFor('Tom chased Jerry 0123', cjkSlices)).toEqual([]);
    expect(cjkSlices.length).toBeGreaterThan(90);
  });
});
