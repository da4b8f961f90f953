import { expect, test } from '@playwright/test';
import { translation } from './helpers';
import { APP } from './ports';

test('the embed snippet points at the app’s folder, also when the app was opened at /index.html', async ({ page, request }) => {
  await page.goto('/index.html?lang=en&text=Tom%20chased%20Jerry.');
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed on a course page' }).inputValue();
  const script = /<script src="([^"]+)"/.exec(snippet)![1]!;
  const iframe = /<iframe src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(script).toBe(`${APP}embed.js`);
  expect(iframe.startsWith(`${APP}?`)).toBe(true);
  expect(new URL(iframe).searchParams.get('embed')).toBe('1');
  const js = await request.get(script);
  expect(js.status()).toBe(200);
  expect(await js.text()).toContain('AttentionLens');
});

test('a pasted 21 600-character text stays out of the URL, so the page still reloads', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(translation(page)).not.toBeEmpty({ timeout: 60_000 });
  const box = page.getByRole('textbox', { name: 'Sentence' });
  const pasted = 'Tom chased Jerry. '.repeat(1200);
  await box.fill(pasted);
  await expect(box).toHaveValue(pasted);
  await expect.poll(() => page.url().length).toBeLessThan(300);
  const reloaded = await page.reload();
  expect(reloaded!.status()).toBe(200);
  await expect(translation(page)).not.toBeEmpty({ timeout: 60_000 });
});
