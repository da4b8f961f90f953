/**
 * This machine has no Chinese font (the case a fresh Linux or CI machine is in): every Chinese
 * character must still render as a glyph, in the page and in the exported PNG. Two different
 * characters drawn as the same missing-glyph box look identical; real glyphs never do.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { heatmap, open } from './helpers';

async function save(page: Page, name: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Download' }).getByRole('button', { name }).click(),
  ]);
  return readFileSync(await download.path());
}

test('the heatmap’s Chinese labels render as glyphs, not boxes', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const labels = heatmap(page).locator('tbody th');
  await expect(labels.first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // Each label, drawn in the font its cell uses, differs from a private-use code point no font has (U+E000).
  const drawn = await labels.evaluateAll((ths) =>
    ths.map((th) => {
      const canvas = document.createElement('canvas');
      canvas.width = 80;
      canvas.height = 60;
      const ctx = canvas.getContext('2d')!;
      ctx.font = getComputedStyle(th).font;
      const ink = (s: string) => {
        ctx.clearRect(0, 0, 80, 60);
        ctx.fillText(s, 2, 40);
        return ctx.getImageData(0, 0, 80, 60).data.join();
      };
      const first = [...th.textContent!][0]!;
      return { label: th.textContent!, glyph: ink(first) !== ink('\ue000'), width: ctx.measureText(first).width };
    }),
  );
  const chinese = drawn.filter((d) => /[\u4e00-\u9fff]/.test(d.label));
  expect(chinese.length).toBeGreaterThan(2);
  for (const d of chinese) expect(d, d.label).toMatchObject({ glyph: true });
  // And on screen: two different two-character labels are not the same picture.
  const rows = await labels.allTextContents();
  const [a, b] = rows.filter((r) => [...r].length === 2 && /^[\u4e00-\u9fff]+$/.test(r));
  expect(a && b && a !== b).toBeTruthy();
  const shot = async (text: string) =>
    (
      await heatmap(page)
        .locator('tbody th', { hasText: new RegExp(`^${text}$`) })
        .screenshot()
    ).toString('base64');
  expect(await shot(a!)).not.toBe(await shot(b!));
});

test('the exported SVG embeds the font and the PNG draws Chinese as glyphs', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const svg = (await save(page, 'SVG')).toString('utf8');
  // Quotes are XML-escaped in the file (&#39;); the style text itself reads font-family:'Noto Sans SC'.
  expect(svg).toMatch(/<style>@font-face\{font-family:&#39;Noto Sans SC&#39;[^}]*data:font\/woff2;base64,/);
  const png = (await save(page, 'PNG')).toString('base64');
  // The row labels' places come from the SVG (the PNG is it drawn at 2×); compare two different Chinese labels of equal length.
  const result = await page.evaluate(
    async ({ svg, png }) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const rows = [...doc.querySelectorAll('text[text-anchor="end"]')].map((t) => ({
        text: t.textContent!,
        x: Number(t.getAttribute('x')),
        y: Number(t.getAttribute('y')),
      }));
      const two = rows.filter((r) => /^[\u4e00-\u9fff]{2}$/.test(r.text));
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const crop = (r: { x: number; y: number }) => ctx.getImageData((r.x - 40) * 2, (r.y - 16) * 2, 40 * 2, 20 * 2).data;
      const inked = (d: Uint8ClampedArray) => d.some((v, i) => i % 4 !== 3 && v < 128);
      const [a, b] = two;
      return a && b ? { labels: [a.text, b.text], inked: inked(crop(a)) && inked(crop(b)), same: crop(a).join() === crop(b).join() } : null;
    },
    { svg, png },
  );
  expect(result).not.toBeNull();
  expect(result!.inked).toBe(true);
  expect(result!.same).toBe(false);
});
