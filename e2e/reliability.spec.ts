import { expect, test, type Locator, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { buildSecondDeploy, SECOND_FOOTER } from './deploy';
import { open, translation } from './helpers';
import { RELIABILITY_PORT } from './ports';
import { serveDist, type Site } from './staticServer';

const RLO = '\u202e'; // right-to-left override: everything after it, to the end of its paragraph, runs backwards

/**
 * Whether `element`'s text reads in order on screen: on each line, every visible character stands to
 * the right of the one before it (our sentences are all left to right, in English and in Chinese).
 */
const readsInOrder = (element: Locator) =>
  element.evaluate((root) => {
    const lines = new Map<number, number[]>();
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0) continue; // an isolate's marks take no room
        const line = Math.round(box.top / 4);
        lines.set(line, [...(lines.get(line) ?? []), box.left]);
      }
    }
    return [...lines.values()].every((xs) => xs.every((x, k) => k === 0 || x > xs[k - 1]!));
  });

test.describe('typed text can’t reorder ours', () => {
  for (const lang of ['en', 'zh'])
    test(`a right-to-left override in ?text= leaves the verdict reading in order (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}&text=Tom%20%E2%80%AEchased%20Jerry.`);
      const verdict = page.locator('#verdict');
      await expect(verdict).toContainText('U+202E', { timeout: 60_000 }); // the invisible word, named visibly
      await expect(verdict).toContainText(lang === 'en' ? 'The model reads them as “unknown”.' : '模型会把它们当作“未知词”。');
      expect(await readsInOrder(verdict)).toBe(true);
    });

  test('right-to-left words named in the verdict keep the order they were typed in', async ({ page }) => {
    await page.goto(`/?lang=en&text=${encodeURIComponent('Tom chased שלום and אבג.')}`);
    const verdict = page.locator('#verdict');
    await expect(verdict).toContainText('Not in the vocabulary', { timeout: 60_000 });
    // Unisolated, the comma and quotes between two Hebrew words turn right-to-left too, and the words swap places.
    const left = (letter: string) =>
      verdict.evaluate((root, letter) => {
        const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walk.nextNode(); node; node = walk.nextNode()) {
          const at = node.textContent!.indexOf(letter);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect().left;
        }
        return NaN;
      }, letter);
    expect(await left('ש')).toBeLessThan(await left('א'));
  });

  for (const lang of ['en', 'zh'])
    test(`the same in Train live's date box, whose suggestions show a space as ␣ (${lang})`, async ({ page }) => {
      await open(page, { lang, text: 'Tom chased Jerry.' });
      await page.getByRole('button', { name: lang === 'en' ? 'Train live' : '现场训练' }).click();
      await page.getByRole('button', { name: lang === 'en' ? 'Pause live training' : '暂停现场训练' }).click();
      await page.locator('#live-text').fill(`Tom ${RLO}chased Jerry.`);
      const verdict = page.locator('#live-verdict');
      await expect(verdict).toContainText('U+202E');
      expect(await readsInOrder(verdict)).toBe(true);
      // Every suggestion can be seen and read; the space among them is ␣.
      const suggestions = verdict.getByRole('button');
      await expect(suggestions.first()).toBeVisible();
      expect(await suggestions.allInnerTexts()).toContain('“␣”');
      for (const text of await suggestions.allInnerTexts()) expect(text.trim()).not.toBe('');
      await verdict.getByRole('button', { name: '“␣”' }).click();
      await expect(page.locator('#live-text')).toHaveValue('Tom  chased Jerry.'); // the override replaced by a space
    });
});

test.describe('the service worker across deploys', () => {
  // The service worker runs here (the rest of the suite blocks it), against dist/ on a plain static host
  // of this file's own (offline.spec.ts has OFFLINE_PORT, the dev project DEV_PORT).
  test.use({ serviceWorkers: 'allow' });
  const SITE = `http://127.0.0.1:${RELIABILITY_PORT}`;
  let server: Server & { site: Site };
  test.beforeAll(async () => {
    server = await serveDist(RELIABILITY_PORT);
  });
  test.afterAll(() => new Promise<void>((r) => server.close(() => r())));
  test.beforeEach(() => {
    server.site = Object.assign(server.site, { root: 'dist', vary: undefined, maxAge: undefined, answer: undefined });
  });

  const controlled = (page: Page) =>
    expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
  const offered = (page: Page) => page.getByText('A new version of Attention Lens is ready.');
  let second: string | undefined;
  /** The second deploy, built once for this file. */
  const secondDeploy = () => (second ??= buildSecondDeploy('reliability'));
  const precaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('workbox-precache')).length);

  test('two tabs across a deploy: both hear of it on regaining focus, both keep working, each changes version only on its own click', async ({
    context,
  }) => {
    test.setTimeout(300_000);
    const second = secondDeploy();
    const one = await context.newPage();
    const two = await context.newPage();
    for (const tab of [one, two]) {
      await open(tab, { text: 'Tom chased Jerry.' }, SITE);
      await controlled(tab);
      await tab.evaluate(() => Object.assign(window, { sameDocument: true })); // gone if the tab reloads
    }

    server.site.root = second; // deploy, while both tabs stay open; a tab regaining focus looks for it
    await two.evaluate(() => window.dispatchEvent(new Event('focus')));
    for (const tab of [one, two]) await expect(offered(tab)).toBeVisible({ timeout: 60_000 });

    await one.getByRole('button', { name: 'Reload now' }).click();
    await expect(one.locator('footer')).toContainText(SECOND_FOOTER, { timeout: 60_000 });

    // Tab two was not reloaded: it still runs the first version, still offers its own reload, and what
    // it loads on demand (Train live's code and worker, WebGL's code) still arrives.
    expect(await two.evaluate(() => 'sameDocument' in window)).toBe(true);
    await expect(two.locator('footer')).not.toContainText(SECOND_FOOTER);
    await expect(offered(two)).toBeVisible();
    await two.getByRole('button', { name: 'Train live' }).click();
    await expect(two.getByRole('grid', { name: 'Attention of the live model' })).toBeVisible({ timeout: 60_000 });
    const backend = two.getByRole('combobox', { name: /Runs on/ });
    await backend.selectOption('webgl');
    await expect(backend).toHaveValue('webgl', { timeout: 60_000 });
    await two.getByRole('radio', { name: 'Dates → ISO' }).check();
    await expect(two.getByRole('alert')).toContainText('not the one this version was built with', { timeout: 60_000 }); // never the new deploy's models
    await two.getByRole('radio', { name: 'English → Chinese' }).check();
    await expect(translation(two)).toHaveText('汤姆追逐了杰瑞。');
    expect(await two.evaluate(() => 'sameDocument' in window)).toBe(true);

    await two.getByRole('button', { name: 'Reload now' }).click();
    await expect(two.locator('footer')).toContainText(SECOND_FOOTER, { timeout: 60_000 });
    await expect(offered(two)).toHaveCount(0);
    // No tab runs the first version any more: its precache goes.
    await expect.poll(() => precaches(two), { timeout: 30_000 }).toBe(1);
  });

  test('an open tab looks for a new version every hour, without being touched', async ({ page }) => {
    test.setTimeout(180_000);
    const second = secondDeploy();
    await page.clock.install();
    await open(page, { text: 'Tom chased Jerry.' }, SITE);
    await controlled(page);
    server.site.root = second;
    await page.clock.fastForward('59:00');
    await page.waitForTimeout(3000);
    await expect(offered(page)).toHaveCount(0);
    await page.clock.fastForward('01:00');
    await expect(offered(page)).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('footer')).not.toContainText(SECOND_FOOTER); // offered, not forced
  });

  test('110 junk queries for model files add no cache entry: the dates models stay, and translate offline', async ({ page, context }) => {
    test.setTimeout(180_000);
    await open(page, {}, SITE);
    await controlled(page);
    await page.getByRole('button', { name: 'Prepare for offline class' }).click();
    await expect(page.locator('.offline [role="status"]')).toHaveText(/Ready offline/, { timeout: 60_000 });
    const models = () => page.evaluate(async () => (await (await caches.open('attention-lens-models')).keys()).length);
    const stored = await models();

    const sha = (path: string) =>
      createHash('sha256')
        .update(readFileSync(`dist/pretrained/${path}`))
        .digest('hex');
    const files = ['en-zh/attention/weights.bin', 'dates/attention/weights.bin', 'dates/distracted/model.json'];
    const urls = files.map((f) => `${SITE}/pretrained/${f}?v=${sha(f)}`);
    const statuses = await page.evaluate(
      (urls) => Promise.all(urls.flatMap((url) => Array.from({ length: 110 }, (_, i) => fetch(`${url}&x=${i}`).then((r) => r.status)))),
      urls,
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(await models()).toBe(stored);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('radio', { name: 'Dates → ISO' }).check();
    await expect(translation(page)).toHaveText('2026-11-25', { timeout: 60_000 });
    await context.setOffline(false);
  });
});
