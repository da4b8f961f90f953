import { expect, test } from '@playwright/test';
import { open, translation } from './helpers';

test('runs on WebGL when asked, and translates the same', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.', backend: 'webgl' });
  await expect(page.getByRole('combobox', { name: /Runs on/ })).toHaveValue('webgl');
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
});

test('skips the software GPU and falls back to a measured backend', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const backend = page.getByRole('combobox', { name: /Runs on/ });
  await expect(backend).not.toHaveValue('webgl');
  await expect(page.locator('footer .why')).toContainText('software renderer');
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
});
