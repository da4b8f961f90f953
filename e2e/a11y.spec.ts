import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { heatmap, open } from './helpers';

for (const lang of ['en', 'zh'])
  for (const mode of ['attention', 'distracted', 'both'])
    test(`axe finds no violations (${lang}, ${mode})`, async ({ page }) => {
      await open(page, { lang, mode, text: 'Did Tom chase Jerry yesterday?', gold: '1' });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    });

for (const [lang, n] of [
  ['en', 1],
  ['en', 2],
  ['en', 3],
  ['en', 4],
  ['en', 5],
  ['zh', 3],
  ['zh', 4],
] as const)
  test(`axe finds no violations in the guided reading (${lang}, section ${n})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&read=${n}`);
    await expect(page.locator('.try-it')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
    await expect(page.locator('.read-widget').locator('.tok, .source li, td').first()).toBeVisible({ timeout: 60_000 });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });

test('the heatmap is a keyboard grid: arrows move, each cell names target ← source and α', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const first = heatmap(page).getByRole('gridcell').first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(heatmap(page).getByRole('gridcell').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/^追逐 ← chased: [01]\.\d\d$/);
  await expect(page.locator('.readout')).toContainText('追逐 ← chased');
  // Ctrl+End: the last cell (。 ← .); Ctrl+Home: the first (汤姆 ← tom); End and Home along a row.
  await page.keyboard.press('Control+End');
  await expect(focused).toHaveAccessibleName(/^。 ← \.: /);
  await page.keyboard.press('Home');
  await expect(focused).toHaveAccessibleName(/^。 ← tom: /);
  await page.keyboard.press('Control+Home');
  await expect(focused).toHaveAccessibleName(/^汤姆 ← tom: /);
  await page.keyboard.press('PageDown');
  await expect(focused).toHaveAccessibleName(/^。 ← tom: /); // five rows down, held at the last
});

for (const lang of ['en', 'zh'])
  test(`axe finds no violations with a snapshot, an attention rule and log scale (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&text=Tom%20chased%20Jerry.&snapshot=20`);
    await expect(page.locator('.lab-banner')).toBeVisible({ timeout: 60_000 });
    await page.locator('input[name="rule"][value="hard"]').check();
    await page.locator('.heatmap-options input[type="checkbox"]').nth(1).check();
    await expect(page.locator('.lab-banner p')).toHaveCount(2);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });
