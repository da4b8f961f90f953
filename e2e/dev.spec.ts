/**
 * The README's first command, `npm run dev`: Vite's dev server, serving the source files, with React's
 * StrictMode running every effect twice. Every other spec runs the built dist/; this one runs in the
 * `dev` project (playwright.config.ts), against the dev server at DEV (ports.ts).
 */
import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('under npm run dev, Train live trains: its step counter gets past 0', async ({ page }) => {
  test.setTimeout(240_000); // the dev server compiles each source file on first request
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, { text: 'Tom chased Jerry.' });
  await page.getByRole('button', { name: 'Train live' }).click();
  // Opening the panel starts training.
  await expect(page.getByRole('button', { name: 'Pause live training' })).toBeVisible();
  await expect(page.locator('.live-status')).toHaveText(/^Step [1-9]/, { timeout: 120_000 });
  expect(errors).toEqual([]);
});
