import { expect, test } from '@playwright/test';
import { lesson } from '../src/app/lesson';
import { heatmap, open, translation } from './helpers';

// The lesson's long sentence: 24 source tokens (and more output words).
const long = lesson.find((s) => s.mode === 'both')!.text;

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const)
  for (const theme of ['light', 'dark'])
    test(`projector at ${width}×${height} (${theme}): sentence, translation, the whole heatmap and the formula panel fit one screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await open(page, { text: long, projector: '1', theme, step: '5' });
      await expect(heatmap(page).locator('tbody tr')).not.toHaveCount(0);
      const parts = {
        sentence: page.getByRole('textbox', { name: 'Sentence' }),
        translation: translation(page),
        heatmap: heatmap(page),
        formula: page.locator('.step-panel'),
      };
      for (const [name, el] of Object.entries(parts)) {
        const box = (await el.boundingBox())!;
        expect(box, name).not.toBeNull();
        expect(box.x, name).toBeGreaterThanOrEqual(0);
        expect(box.y, name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, name).toBeLessThanOrEqual(width + 0.5);
        expect(box.y + box.height, name).toBeLessThanOrEqual(height + 0.5);
      }
      expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(height + 1);
      await page.screenshot({ path: `screenshots/projector-fit-${width}-${theme}.png` });
    });
