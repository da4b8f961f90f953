import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { buildSecondDeploy, SECOND_FOOTER } from './deploy';
import { open, translation } from './helpers';
import { OFFLINE_PORT } from './ports';
import { serveDist, type Site } from './staticServer';

// The service worker runs here (the rest of the suite blocks it), against dist/ on a plain static host.
test.use({ serviceWorkers: 'allow' });
const SITE = `http://127.0.0.1:${OFFLINE_PORT}`;
let server: Server & { site: Site };
test.beforeAll(async () => {
  server = await serveDist(OFFLINE_PORT);
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));
test.beforeEach(() => {
  // `Vary: Origin` as `vite preview` sends it: cached files must still match the app's requests.
  server.site = Object.assign(server.site, { root: 'dist', vary: 'Origin', maxAge: undefined, answer: undefined });
});

const controlled = (page: Page) =>
  expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
const status = (page: Page) => page.locator('.offline [role="status"]');
const caption = (page: Page) => page.locator('.attention-block .caption');

test('the worker installs; after one visit the app reloads and translates with no network; other pages stay themselves', async ({
  page,
  context,
}) => {
  await open(page, { text: 'Tom chased Jerry.' }, SITE);
  await controlled(page); // the first install takes the open page
  await context.setOffline(true);
  await page.reload();
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
  await page.getByRole('textbox', { name: 'Sentence' }).fill('Mary likes cheese.');
  await expect(translation(page)).toHaveText('玛丽喜欢奶酪。');
  await context.setOffline(false);

  // Only the app's own pages are the app: every other address is the host's answer.
  expect((await page.goto(`${SITE}/metrics.json`))!.status()).toBe(404);
  expect((await page.goto(`${SITE}/embed.js`))!.headers()['content-type']).toMatch(/javascript/);
  await page.goto(`${SITE}/host-example.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Week 7/);
  await page.goto(`${SITE}/index.html?lang=en&text=Tom%20chased%20Jerry.`);
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
});

test('"Prepare for offline class" stores every model; a model file served wrong is never stored', async ({ page, context }) => {
  const gone = '/pretrained/dates/attention/weights.bin';
  // A host answering a briefly missing file with its HTML page.
  server.site.answer = (path) => (path === gone ? { status: 200, type: 'text/html', body: '<!doctype html><title>Home</title>' } : null);
  await open(page, {}, SITE);
  await controlled(page);
  const prepare = page.getByRole('button', { name: 'Prepare for offline class' });
  await prepare.click();
  await expect(status(page)).toHaveText(/Could not fetch everything: dates\/attention\/weights\.bin/, { timeout: 60_000 });
  server.site.answer = undefined;
  await prepare.click();
  await expect(status(page)).toHaveText(/Ready offline/, { timeout: 60_000 });
  await context.setOffline(true);
  await page.getByRole('radio', { name: 'Dates → ISO' }).check();
  await expect(translation(page)).toHaveText('2026-11-25', { timeout: 60_000 });
  await context.setOffline(false);
});

test('a second deploy is offered with Reload, never forced; then app and models are both new, behind Cache-Control: max-age=600', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const second = buildSecondDeploy();
  server.site.maxAge = 600;
  await open(page, { text: 'Tom chased Jerry.' }, SITE);
  await controlled(page);
  await expect(caption(page)).toContainText('guided alignment');

  server.site.root = second; // deploy
  await page.reload(); // the browser looks for a new worker on navigation
  await expect(page.getByText('A new version of Attention Lens is ready.')).toBeVisible({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  await expect(page.locator('footer')).not.toContainText(SECOND_FOOTER); // offered, not forced
  // The open tab is still the old app: it never loads the new deploy's models.
  await page.getByRole('radio', { name: 'Dates → ISO' }).check();
  await expect(page.getByRole('alert')).toContainText('not the one this version was built with', { timeout: 60_000 });

  await page.getByRole('button', { name: 'Reload now' }).click();
  await expect(page.locator('footer')).toContainText(SECOND_FOOTER, { timeout: 60_000 });
  await expect(translation(page)).toHaveText('2026-11-25', { timeout: 60_000 });
  await page.getByRole('radio', { name: 'English → Chinese' }).check();
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
  await expect(caption(page)).not.toContainText('guided alignment'); // the new model's manifest

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('footer')).toContainText(SECOND_FOOTER, { timeout: 60_000 });
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
  await expect(caption(page)).not.toContainText('guided alignment');
  await context.setOffline(false);
});

test('served over plain http from a host name (a laptop on the room’s network): no offline button, and the footer says it needs https', async ({
  playwright,
}) => {
  // Chromium counts only https, localhost and 127.0.0.1 as secure: `classroom.test` is mapped to this server.
  const launch = test.info().project.use.launchOptions ?? {};
  const browser = await playwright.chromium.launch({
    ...launch,
    args: [...(launch.args ?? []), '--host-resolver-rules=MAP classroom.test 127.0.0.1'],
  });
  const page = await browser.newPage();
  await open(page, { text: 'Tom chased Jerry.' }, `http://classroom.test:${OFFLINE_PORT}`);
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await expect(page.getByRole('button', { name: 'Prepare for offline class' })).toHaveCount(0);
  await expect(page.getByText('Offline class needs this page served over https (or from localhost)')).toBeVisible();
  // The same files from 127.0.0.1, a secure context: the button, and no such note.
  await open(page, { text: 'Tom chased Jerry.' }, SITE);
  await expect(page.getByRole('button', { name: 'Prepare for offline class' })).toBeVisible();
  await expect(page.getByText('Offline class needs this page', { exact: false })).toHaveCount(0);
  await browser.close();
});
