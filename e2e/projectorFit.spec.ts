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

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const)
  for (const theme of ['light', 'dark'])
    for (const lang of ['en', 'zh'])
      test(`reading in projector at ${width}×${height} (${theme}, ${lang}): every section fits one screen; section 4 shows the live α beside the article's`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        for (const section of ['1', '2', '3', '4', '5']) {
          await page.goto(`/?${new URLSearchParams({ read: section, projector: '1', theme, lang })}`);
          await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
          await expect(page.locator('.read-widget')).toBeVisible();
          if (section === '4') {
            // The column the lecturer projects: the model's own α for 杰瑞, read from the running model.
            const live = page.locator('.article-row td.model-alpha');
            await expect(live).toHaveCount(4, { timeout: 60_000 });
            for (const cell of await live.all()) {
              await expect(cell).toBeVisible();
              expect(Number(await cell.textContent())).toBeGreaterThanOrEqual(0);
            }
            await page.screenshot({ path: `screenshots/read-4-projector-${width}-${theme}-${lang}.png` });
          }
          // The widget is drawn from the running model: the source words' states, or a translation.
          await expect(page.locator('.read-widget :is(ol.source, .tokens, .heatmap, .distracted)').first()).toBeVisible({
            timeout: 60_000,
          });
          await expect(page.locator('.read-waiting')).toHaveCount(0);
          const box = (await page.locator('.read-widget').boundingBox())!;
          expect(box.y + box.height, `section ${section}`).toBeLessThanOrEqual(height + 0.5);
          expect(await page.evaluate(() => document.scrollingElement!.scrollHeight), `section ${section}`).toBeLessThanOrEqual(height + 1);
        }
      });
