import { expect, test } from '@playwright/test';
import { open, translation } from './helpers';

test('after one visit the app reloads and translates with no network', async ({ page, context }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now controlled by the service worker
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
  await context.setOffline(false);
});

test('"prepare for offline class" fetches every model', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Prepare for offline class' }).click();
  await expect(page.locator('.offline [role="status"]')).toHaveText(/Ready offline/, { timeout: 60_000 });
});
