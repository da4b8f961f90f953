import { expect, test, type Page } from '@playwright/test';
import { open, translation } from './helpers';

test('runs on WebGL when asked, and translates the same', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.', backend: 'webgl' });
  await expect(page.getByRole('combobox', { name: /Runs on/ })).toHaveValue('webgl');
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
});

/** The scripts the page has loaded whose file name starts with `name-` (Vite names chunks after their module). */
const chunks = (page: Page, name: string) =>
  page.evaluate(
    (n) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.includes(`/assets/${n}-`)).length,
    name,
  );

test('skips the software GPU and falls back to a measured backend', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const backend = page.getByRole('combobox', { name: /Runs on/ });
  await expect(backend).not.toHaveValue('webgl');
  await expect(page.locator('footer .why')).toContainText('software renderer');
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
});

test('the cold start runs on wasm and never loads WebGL’s code; the choice is made once the page has settled', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
  await expect(page.getByRole('combobox', { name: /Runs on/ })).toHaveValue('wasm');
  // Settled: the GPU was asked about (a software renderer here), and wasm kept, timed for the footer.
  await expect(page.locator('footer .why')).toContainText(/software renderer.* · wasm \d/);
  expect(await chunks(page, 'webgl')).toBe(0);
  // Asked for by hand, WebGL loads and runs.
  await page.getByRole('combobox', { name: /Runs on/ }).selectOption('webgl');
  await expect(page.getByRole('combobox', { name: /Runs on/ })).toHaveValue('webgl');
  expect(await chunks(page, 'webgl')).toBe(1);
});
