import { describe, expect, it } from 'vitest';
import { heatmapSvg } from './exportHeatmap';

/** XML 1.0's Char production: a document holding any other character is not XML, and no viewer opens it. */
const xmlChars = /^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('heatmapSvg', () => {
  it('writes a valid XML document whatever the labels hold: control characters, lone surrogates, U+FFFF, markup', () => {
    const svg = heatmapSvg({
      title: 'Attention — Tom\u0007 chased\u0000 Jerry\u001b. → 汤姆追逐了杰瑞。',
      source: ['tom\u0001', '\uD800', '<b>&', '\uFFFF', '🐱'],
      target: ['汤姆\u000b', '\uDC00x', '"\''],
      alpha: [
        [0.2, 0.2, 0.2, 0.2, 0.2],
        [1, 0, 0, 0, 0],
        [0, 0, 0, 0, 1],
      ],
    });
    expect(svg).toMatch(xmlChars);
    expect(svg).toContain('Tom\uFFFD chased\uFFFD Jerry\uFFFD.');
    expect(svg).toContain('&#60;b&#62;&#38;');
    expect(svg).toContain('🐱'); // a surrogate pair is one character, and kept
    expect(svg).not.toMatch(/<b>/);
  });
});
