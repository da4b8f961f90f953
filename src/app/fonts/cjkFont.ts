/**
 * Chinese that renders everywhere: Noto Sans SC (from @fontsource/noto-sans-sc), cut by Google Fonts
 * into ~100 slices by unicode-range. A machine with a Chinese font of its own (most) renders with it
 * and gets nothing from here: no @font-face, no download. On one without (a fresh Linux, many CI
 * machines) the slices join the page, and the browser fetches only those holding characters on
 * screen; the service worker caches them as they come instead of precaching 2.5 MB.
 *
 * The family is declared last in styles.css's `--font`, but last is not enough: Chromium never fetches
 * a unicode-range slice of a family listed after an installed font (system-ui, Arial → Liberation
 * Sans, sans-serif all draw boxes instead; measured on the project machine). So on a machine without
 * Chinese the family moves to the front, where its slices, cut to U+2000 and above, can only ever
 * draw CJK, its punctuation and a few symbols.
 *
 * Exports embed the slices their text needs as data: URLs, so an SVG or PNG made anywhere renders
 * its Chinese anywhere.
 */
import { fontFaceCss, slicesFor } from './cjkRanges';

export const CJK_FAMILY = 'Noto Sans SC';

/** The slices' table (70 KB of ranges) is its own chunk, loaded after the first paint. */
const slices = () => import('./cjkSlices').then((m) => m.cjkSlices);

/** Adds the @font-face rules to the page (once). The browser fetches a slice only when a character needs it. */
export async function installCjkFont() {
  const root = document.documentElement;
  const stack = getComputedStyle(root).getPropertyValue('--font').trim() || 'sans-serif';
  if (systemDrawsChinese(stack)) return;
  const css = fontFaceCss(CJK_FAMILY, await slices());
  if (document.getElementById('cjk-font')) return;
  const style = document.createElement('style');
  style.id = 'cjk-font';
  style.textContent = css;
  document.head.append(style);
  root.style.setProperty('--font', `'${CJK_FAMILY}', ${stack}`);
}

/**
 * Whether the machine's own fonts draw Chinese: two different characters drawn in `stack` differ
 * unless both are the same missing-glyph box.
 */
export function systemDrawsChinese(stack: string): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 48;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return true;
  const ink = (ch: string) => {
    ctx.clearRect(0, 0, 48, 48);
    ctx.font = `40px ${stack.replace(/,?\s*'Noto Sans SC'\s*$/, '')}`;
    ctx.fillText(ch, 4, 40);
    return ctx.getImageData(0, 0, 48, 48).data.join();
  };
  return ink('汤') !== ink('杰');
}

const base64 = async (blob: Blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** @font-face rules with the slices `text` needs inlined as data: URLs (empty when it needs none). */
export async function embeddedCjkCss(text: string): Promise<string> {
  const needed = slicesFor(text, await slices());
  const inlined = await Promise.all(
    needed.map(async (s) => {
      const response = await fetch(s.url);
      if (!response.ok) throw new Error(`The Chinese font could not be loaded (${response.status}).`);
      return { ...s, url: `data:font/woff2;base64,${await base64(await response.blob())}` };
    }),
  );
  return fontFaceCss(CJK_FAMILY, inlined);
}
