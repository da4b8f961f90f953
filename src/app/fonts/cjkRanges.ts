/**
 * Which slice of a font a character falls in, from CSS `unicode-range` lists (`U+4e00-4e3f,U+4e45`).
 * Pure: the page's @font-face rules and the exports' embedded font are both built from these.
 */

export interface FontSlice {
  /** The woff2 file's URL. */
  url: string;
  /** The slice's CSS unicode-range. */
  range: string;
}

/** `U+4e00-4e3f,U+4e45` as inclusive code point intervals. */
export function parseRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(a!, 16);
    return [lo, b === undefined ? lo : parseInt(b, 16)];
  });
}

/** The slices holding at least one character of `text`, each once, in slice order. */
export function slicesFor(text: string, slices: readonly FontSlice[]): FontSlice[] {
  const points = new Set([...text].map((c) => c.codePointAt(0)!));
  return slices.filter((s) => parseRange(s.range).some(([lo, hi]) => [...points].some((p) => p >= lo && p <= hi)));
}

/** One @font-face rule per slice (a `src` URL or a data: URL), all of one family and weight. */
export const fontFaceCss = (family: string, slices: readonly FontSlice[]) =>
  slices
    .map(
      (s) =>
        `@font-face{font-family:'${family}';font-style:normal;font-weight:400;font-display:swap;src:url(${s.url}) format('woff2');unicode-range:${s.range}}`,
    )
    .join('\n');

/**
 * The first code point the web font may draw: Latin, Greek and Cyrillic stay with the machine's own
 * fonts, and so does General Punctuation (U+2000–206F: curly quotes, dashes, …), which Noto Sans SC
 * draws full-width: “much” in an English message came out with wide gaps.
 */
export const FIRST_CJK_POINT = 0x2070;

/** `range` without the code points below `from` (an interval across it is cut), or '' when nothing is left. */
export function clipRange(range: string, from = FIRST_CJK_POINT): string {
  const hex = (n: number) => n.toString(16);
  return parseRange(range)
    .filter(([, hi]) => hi >= from)
    .map(([lo, hi]) => (Math.max(lo, from) === hi ? `U+${hex(hi)}` : `U+${hex(Math.max(lo, from))}-${hex(hi)}`))
    .join(',');
}
