/** Noto Sans SC's numbered slices (CJK and its punctuation) as built files, each with its unicode-range. */
import unicodeRanges from '@fontsource/noto-sans-sc/unicode.json';
import { clipRange, type FontSlice } from './cjkRanges';

const files = import.meta.glob<string>('../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-400-normal.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});

/**
 * The numbered slices (CJK and its punctuation), cut to code points from U+2000 on: Latin, Greek,
 * Cyrillic and Vietnamese (also the letters and digits a few slices carry) come from the system's fonts.
 */
export const cjkSlices: FontSlice[] = Object.entries(unicodeRanges as Record<string, string>).flatMap(([name, range]) => {
  const n = /^\[(\d+)\]$/.exec(name)?.[1];
  const url = n && files[`../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-${n}-400-normal.woff2`];
  const cjk = clipRange(range);
  return url && cjk ? [{ url, range: cjk }] : [];
});
