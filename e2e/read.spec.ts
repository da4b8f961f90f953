import { expect, test, type Page } from '@playwright/test';
import { heatmap, readWidgetReady, rowWeights } from './helpers';

/** Opens the guided reading at section `n` and waits until its widget shows the running model's output. */
async function openRead(page: Page, n: number, lang = 'en') {
  await page.goto(`/?lang=${lang}&read=${n}`);
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('.read-progress')).toHaveText(`${n} / 6`);
}

for (const lang of ['en', 'zh'])
  for (const n of [1, 2, 3, 4, 5])
    test(`?read=${n} shows section ${n} with its live widget (${lang})`, async ({ page }) => {
      await openRead(page, n, lang);
      await expect(page.getByRole('navigation', { name: lang === 'en' ? 'Guided reading' : '导读' })).toBeVisible();
      await expect(page.locator('#read-title')).toContainText(`${n}.`);
      await expect(page.getByRole('figure')).toHaveCount(n === 3 ? 2 : 1); // the widget (+ the distracted picture)
      await readWidgetReady[n]!(page);
      await expect(page.locator('.try-it')).toBeVisible();
    });

test('next / back buttons, arrow and page keys move between sections; the URL follows; R leaves', async ({ page }) => {
  await openRead(page, 1);
  await expect(page.getByRole('button', { name: 'Previous section' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next section' }).click();
  await expect(page.locator('.read-progress')).toHaveText('2 / 6');
  await expect(page).toHaveURL(/read=2/);
  await page.locator('body').press('ArrowRight');
  await expect(page.locator('.read-progress')).toHaveText('3 / 6');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.locator('.read-progress')).toHaveText('6 / 6');
  await expect(page.getByRole('button', { name: 'Next section' })).toBeDisabled();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page.locator('.read-progress')).toHaveText('4 / 6');
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'Previous section' }).click();
  await expect(page.locator('.read-progress')).toHaveText('2 / 6');
  await page.keyboard.press('r');
  await expect(page.locator('.read-progress')).toHaveCount(0);
  await expect(page).not.toHaveURL(/read=/);
  await expect(page.getByRole('button', { name: 'Read' })).toHaveAttribute('aria-pressed', 'false');
});

test('a try-it stays in its section: an edited sentence gives way to the next section’s own', async ({ page }) => {
  await openRead(page, 1);
  const box = page.getByRole('textbox', { name: 'Sentence' });
  await box.fill('Mary likes cheese.');
  await expect(page.locator('.read-widget .source li').first()).toContainText('mary', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Next section' }).click();
  await expect(page).toHaveURL(/text=Tom\+chased\+Jerry/);
});

test('the 杰瑞 section’s α equal the explorer’s heatmap for the same sentence', async ({ page }) => {
  await openRead(page, 4);
  await expect(page.locator('.article-row td.model-alpha')).toHaveCount(4, { timeout: 60_000 });
  const words = await page.locator('.article-row tbody th').allTextContents();
  const read = (await page.locator('.article-row td.model-alpha').allTextContents()).map(Number);
  expect(read.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 1);

  await page.goto('/?lang=en&text=Tom%20chased%20Jerry.');
  await expect(heatmap(page)).toBeVisible({ timeout: 60_000 });
  const rows = await heatmap(page).locator('tbody th').allTextContents();
  const row = rows.indexOf('杰瑞');
  expect(row).toBeGreaterThanOrEqual(0);
  const explorer = await rowWeights(page, row);
  expect(explorer.map((c) => c.source)).toEqual(words);
  expect(explorer.map((c) => c.weight)).toEqual(read);
});

test('the embed opens the guided reading from its URL (read=2), with its own next / back', async ({ page }) => {
  await page.goto('/?embed=1&lang=en&read=2');
  await expect(page.locator('.read-progress')).toHaveText('2 / 6', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Next section' })).toBeVisible();
});
