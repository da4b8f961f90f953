/**
 * The heatmap as a standalone file: SVG (token labels, legend, cividis cells; text escaped, never
 * markup), PNG (that SVG drawn on a canvas), α as CSV, and the whole translation as JSON.
 */
import { alphaColor, alphaText } from './scales';
import { isolated } from './typedText';

export interface HeatmapData {
  title: string;
  source: readonly string[];
  target: readonly string[];
  alpha: readonly (readonly number[])[];
  /** @font-face rules to embed (the Chinese web font's slices as data: URLs), so the file renders its Chinese anywhere. */
  fontCss?: string;
}

const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif`;
/** The embedded family (cut to CJK code points, so Latin stays with the system's fonts) goes first: a browser won't reach it after an installed font. */
const EMBEDDED = `'Noto Sans SC', ${FONT}`;
/** Characters XML 1.0 forbids in a document: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text as XML character data: markup escaped, and a character XML can't hold shown as U+FFFD (else the file isn't XML at all). */
const escapeXml = (s: string) => s.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function heatmapSvg({ title, source, target, alpha, fontCss }: HeatmapData): string {
  const cell = 34;
  const left = 12 + 14 * Math.max(2, ...target.map((t) => [...t].length * (/[\u3400-\u9fff]/.test(t) ? 1.6 : 0.75)));
  const top = 40 + 8 * Math.max(2, ...source.map((s) => [...s].length));
  const width = left + cell * source.length + 24;
  const height = top + cell * target.length + 64;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontCss ? EMBEDDED : FONT)}">`,
  );
  // CSS text: only our own @font-face rules, and `<` can't occur in them (escaped anyway).
  if (fontCss) parts.push(`<defs><style>${escapeXml(fontCss)}</style></defs>`);
  parts.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  parts.push(`<text x="12" y="22" font-size="15" font-weight="600" fill="#1d1f24">${escapeXml(title)}</text>`);
  source.forEach((s, j) => {
    const x = left + j * cell + cell / 2;
    parts.push(`<text transform="translate(${x + 4},${top - 6}) rotate(-90)" font-size="13" fill="#1d1f24">${escapeXml(s)}</text>`);
  });
  target.forEach((t, i) => {
    const y = top + i * cell;
    parts.push(`<text x="${left - 8}" y="${y + cell / 2 + 5}" text-anchor="end" font-size="15" fill="#1d1f24">${escapeXml(t)}</text>`);
    source.forEach((_, j) => {
      const a = alpha[i]?.[j] ?? 0;
      const x = left + j * cell;
      parts.push(
        `<rect x="${x + 1}" y="${y + 1}" width="${cell - 2}" height="${cell - 2}" rx="3" fill="${alphaColor(a)}"><title>${escapeXml(`${t} ← ${isolated(source[j]!)}: ${a.toFixed(3)}`)}</title></rect>`,
      );
      parts.push(
        `<text x="${x + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" font-size="10" fill="${alphaText(a)}">${a.toFixed(2)}</text>`,
      );
    });
  });
  // Legend: the cividis ramp on [0, 1].
  const ly = top + target.length * cell + 24;
  parts.push(
    `<defs><linearGradient id="ramp">${Array.from({ length: 11 }, (_, k) => `<stop offset="${k * 10}%" stop-color="${alphaColor(k / 10)}"/>`).join('')}</linearGradient></defs>`,
  );
  parts.push(`<rect x="${left}" y="${ly}" width="160" height="12" fill="url(#ramp)" stroke="#1d1f24" stroke-width="0.5"/>`);
  parts.push(
    `<text x="${left}" y="${ly + 26}" font-size="11" fill="#1d1f24">0</text><text x="${left + 160}" y="${ly + 26}" font-size="11" text-anchor="end" fill="#1d1f24">1</text>`,
  );
  parts.push(`<text x="${left + 172}" y="${ly + 11}" font-size="11" fill="#1d1f24">α</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

/** α as CSV: a header of source tokens, then one row per target token. Quotes every field. */
export function alphaCsv({ source, target, alpha }: HeatmapData): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = [[q('target \\ source'), ...source.map(q)].join(',')];
  target.forEach((t, i) => rows.push([q(t), ...source.map((_, j) => (alpha[i]?.[j] ?? 0).toFixed(6))].join(',')));
  return rows.join('\n') + '\n';
}

/** Renders an SVG string to a PNG blob at `scale`× resolution. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The SVG could not be drawn.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.width * scale);
    canvas.height = Math.ceil(img.height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name that says task and sentence: attention-lens_en-zh_tom-chased-jerry.svg */
export function exportName(task: string, text: string, ext: string): string {
  const slug =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'sentence';
  return `attention-lens_${task}_${slug}.${ext}`;
}

export function download(name: string, data: Blob | string, type = 'text/plain') {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
