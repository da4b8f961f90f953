import { expect, test, type Page } from '@playwright/test';
import { axeViolations, heatmap, open } from './helpers';

const liveGrid = (page: Page, name = 'Attention of the live model') => page.getByRole('grid', { name });
const liveOutput = (page: Page, name = 'The live model writes') => page.getByRole('status', { name });
/** The live heatmap's α, row by row, read from the cells' accessible names (target ← source: α). */
const liveAlpha = (page: Page) =>
  liveGrid(page)
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((r) => [...r.querySelectorAll('[role=gridcell]')].map((c) => Number(c.getAttribute('aria-label')!.split(': ')[1]))),
    );

test('Train live learns in a Web Worker: α goes from near uniform to the year, the example comes out right; Pause, Reset', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await open(page, { text: 'Tom chased Jerry.' });
  await page.getByRole('button', { name: 'Train live' }).click();
  await expect.poll(() => workers.some((u) => /\/assets\/worker-[\w-]+\.js$/.test(u))).toBe(true);
  await expect(page.getByText('these weights are being trained in this page')).toBeVisible();
  // Early on, no row of α has found its characters yet.
  await expect(liveGrid(page)).toBeVisible({ timeout: 60_000 });
  const early = await liveAlpha(page);
  expect(Math.max(...early.flat())).toBeLessThan(0.9);

  await expect(page.getByText(/^Right since step \d+, after [\d.]+ s of training\.$/)).toBeVisible({ timeout: 150_000 });
  await expect(liveOutput(page)).toHaveText('2026-11-25');
  // The year's four digits look at the year's four characters (the last four of “25 november 2026”).
  const rows = await liveAlpha(page);
  for (const row of rows.slice(0, 4)) expect(row.indexOf(Math.max(...row))).toBeGreaterThanOrEqual(row.length - 4);
  // The shipped explorer is untouched meanwhile.
  await expect(heatmap(page)).toBeVisible();

  await page.getByRole('button', { name: 'Pause live training' }).click();
  const status = page.locator('.live-status');
  await expect(status).toContainText('paused');
  const paused = await status.textContent();
  await page.waitForTimeout(1500);
  await expect(status).toHaveText(paused!);
  await expect(page.getByRole('button', { name: 'Resume live training' })).toBeVisible();

  await page.getByRole('button', { name: 'Reset live training' }).click();
  await expect(status).toHaveText('Step 0: the weights are random.');
  await expect(page.getByRole('button', { name: 'Start live training' })).toBeVisible();
  await expect(page.getByText(/^Not right yet/)).toBeVisible();
});

test('Train live in Chinese: named controls, a clear message for a date outside its formats, no axe violations; L projects it', async ({
  page,
}) => {
  await open(page, { lang: 'zh', text: 'Tom chased Jerry.' });
  await page.getByRole('button', { name: '现场训练' }).click();
  await page.getByRole('button', { name: '暂停现场训练' }).click();
  await expect(page.getByRole('button', { name: /^(开始|继续)现场训练$/ })).toBeVisible();
  const date = page.getByRole('textbox', { name: '给现场模型的日期' });
  await date.fill('2026/11/25');
  await expect(page.locator('#live-verdict')).not.toBeEmpty();
  await expect(date).toHaveValue('2026/11/25'); // what was typed survives
  await page.getByRole('button', { name: 'november 25, 2026' }).click();
  await expect(date).toHaveValue('november 25, 2026');
  await expect(liveGrid(page, '现场模型的注意力')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('spinbutton', { name: '随机种子' })).toHaveValue('1');
  expect(await axeViolations(page, '.live')).toEqual([]);

  // Projected, an open Train live takes the screen; L closes it again.
  await page.keyboard.press('p');
  await expect(liveGrid(page, '现场模型的注意力')).toBeVisible();
  await expect(heatmap(page)).toBeHidden();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('l');
  await expect(heatmap(page)).toBeVisible();
  await expect(liveGrid(page, '现场模型的注意力')).toBeHidden();
});
