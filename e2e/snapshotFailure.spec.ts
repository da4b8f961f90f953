/**
 * A snapshot's weights that fail to load (missing, cut short, an HTML page in their place) speak in the
 * page as a model that fails to load does: a message and Retry, with the last good translation kept
 * on screen; an embedding host hears of it once.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { heatmap, open, translation } from './helpers';

const snapshot = '**/pretrained/en-zh/*/snapshots/snapshot-020.bin*';
const failures: Record<string, (route: Route) => Promise<void>> = {
  missing: (route) => route.fulfill({ status: 404, body: 'Not found' }),
  'cut short': async (route) => route.fulfill({ status: 200, body: (await (await route.fetch()).body()).subarray(0, 1000) }),
  'an HTML page': (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title>' }),
  'not the shipped file (another SHA-256)': async (route) => {
    const body = Buffer.from(await (await route.fetch()).body());
    body[100] = body[100]! ^ 0xff; // one byte changed, the size the same
    await route.fulfill({ status: 200, body });
  },
};

/** The learner drags the training timeline to its 20 % stop (0, 1, 5, 20, …: the fourth). */
async function scrubTo20(page: Page) {
  const slider = page.locator('.timeline input[type="range"]');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
}

for (const [name, fail] of Object.entries(failures))
  test(`a snapshot that is ${name}: a message and Retry, the last good translation stays, and Retry recovers`, async ({ page }) => {
    await open(page, { text: 'Tom chased Jerry.' });
    await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
    await page.route(snapshot, fail);
    await page.goto(`/?${new URLSearchParams({ lang: 'en', text: 'Tom chased Jerry.', snapshot: '20' })}`);
    const alert = page.getByRole('alert').filter({ hasText: 'This translation could not be made' });
    await expect(alert).toBeVisible({ timeout: 60_000 });
    await page.unroute(snapshot);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByText('Snapshot: these are the weights after 20 %')).toBeVisible();
    await expect(heatmap(page)).toBeVisible();
  });

test('a snapshot failing after a good translation keeps that translation on screen, says so in en and zh', async ({ page }) => {
  await page.route(snapshot, failures.missing!);
  for (const lang of ['en', 'zh']) {
    await open(page, { text: 'Tom chased Jerry.', lang });
    await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
    await scrubTo20(page);
    await expect(page.getByRole('alert').filter({ hasText: lang === 'en' ? 'could not be made' : '没能完成' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。'); // the last good one
    await expect(heatmap(page)).toBeVisible();
    await page.screenshot({ path: `screenshots/snapshot-failed-${lang}.png` }); // the message beside the timeline the learner just moved
  }
});

const metrics = '**/pretrained/en-zh/metrics.json*';
const metricsFailures: Record<string, (route: Route) => Promise<void>> = {
  missing: (route) => route.fulfill({ status: 404, body: 'Not found' }),
  'not the shipped file (another SHA-256)': async (route) => {
    const body = Buffer.from(await (await route.fetch()).body());
    body[body.length - 2] = body[body.length - 2] === 0x20 ? 0x0a : 0x20; // one byte changed
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  },
  'an HTML page': (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title>' }),
};
for (const [name, fail] of Object.entries(metricsFailures))
  test(`the accuracy figures' file ${name}: a message and Retry in the accuracy section, which recovers`, async ({ page }) => {
    await page.route(metrics, fail);
    await open(page, { text: 'Tom chased Jerry.' });
    const section = page.getByRole('region', { name: 'Accuracy vs sentence length' });
    const alert = section.getByRole('alert');
    await expect(alert).toContainText('The accuracy figures could not be loaded.', { timeout: 60_000 });
    await page.unroute(metrics);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toHaveCount(0, { timeout: 60_000 });
    await expect(section.locator('svg')).toBeVisible();
  });
