/**
 * Predict, then look (issue 29): a full round by keyboard and by pointer in en and zh, the verdict read
 * against the revealed row's α, the projector's clicker, the embed's `guessed` events and a reload
 * keeping `quiz=1`.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { lesson } from '../src/app/lesson';
import { challenges } from '../src/app/quiz/challenges';
import { axeViolations, heatmap, open, rowWeights, translation } from './helpers';
import { APP, HOST_PORT } from './ports';
import { serveDist, type Site } from './staticServer';

const where = (page: Page | FrameLocator) => page.getByRole('radiogroup', { name: /^(Where will it look\?|它会看哪里？)$/ });
const verdictLine = (page: Page) => page.locator('.predict-verdict');
const rows = (page: Page) => heatmap(page).locator('tbody tr');

/** The verdict the revealed row's α gives the guess at `col` (hit: the largest weight, a tie counts; near: ≥ 0.2). */
async function expectedKind(page: Page, row: number, col: number) {
  const weights = (await rowWeights(page, row)).map((w) => w.weight);
  const max = Math.max(...weights);
  // The cells show α to three decimals: a guess within rounding of the top counts as a tie here too.
  return weights[col]! >= max - 0.0005 ? /^(Hit|猜中)/ : weights[col]! >= 0.2 ? /^(Near|接近)|^(Hit|猜中)/ : /^(Miss|没猜中)/;
}

const words = {
  en: { reveal: 'Reveal', next: 'Next row', another: 'Try another', sentence: 'Sentence' },
  zh: { reveal: '揭晓', next: '下一行', another: '再来一句', sentence: '句子' },
};
const summaryOf = (lang: 'en' | 'zh', n: number) =>
  new RegExp(lang === 'en' ? `^\\d+ of ${n} rows where the model looked where you thought\\.$` : `^${n} 行里有 \\d+ 行`);

for (const lang of ['en', 'zh'] as const)
  test(`a full round by keyboard (${lang}): arrows pick, Enter reveals and moves on; rows past the current one stay hidden`, async ({
    page,
  }) => {
    await open(page, { quiz: '1', text: 'Tom chased Jerry.', lang });
    const n = await rows(page).count();
    expect(n).toBeGreaterThan(2);
    for (let row = 0; row < n; row++) {
      // Only the words already written show; the rows below read "?" and have no α.
      await expect(translation(page).locator('.tok')).toHaveCount(row + 1);
      if (row + 1 < n)
        await expect(
          rows(page)
            .nth(row + 1)
            .locator('th'),
        ).toHaveText('?');
      await expect(rows(page).nth(row).getByRole('gridcell').first()).toHaveAttribute('aria-label', /—$/);
      const radios = where(page).getByRole('radio');
      await radios.first().focus();
      await page.keyboard.press('ArrowRight'); // native radios: the arrow moves and picks
      const col = 1;
      await expect(radios.nth(col)).toBeChecked();
      await page.keyboard.press('Enter');
      await expect(verdictLine(page)).toHaveText(await expectedKind(page, row, col));
      if (row === 0) expect(await axeViolations(page)).toEqual([]); // mid-round: the radiogroup, a verdict, hidden rows
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('.predict-summary')).toHaveText(summaryOf(lang, n));
    await expect(translation(page).locator('.tok')).toHaveCount(n);
    await expect(page.getByRole('button', { name: words[lang].another })).toBeFocused(); // the keyboard goes on from there
    expect(await axeViolations(page)).toEqual([]);
  });

for (const lang of ['en', 'zh'] as const)
  test(`a full round by pointer (${lang}): a click on a column guesses, Reveal, Next row, then Try another opens a challenge sentence`, async ({
    page,
  }) => {
    const w = words[lang];
    await open(page, { quiz: '1', text: 'Tom chased Jerry.', lang });
    const n = await rows(page).count();
    for (let row = 0; row < n; row++) {
      const col = row % 3;
      await heatmap(page).locator(`[data-cell="${row}-${col}"]`).click();
      await expect(where(page).getByRole('radio').nth(col)).toBeChecked();
      await page.getByRole('button', { name: w.reveal }).click();
      await expect(verdictLine(page)).toHaveText(await expectedKind(page, row, col));
      await page.getByRole('button', { name: w.next }).click();
    }
    await expect(page.locator('.predict-summary')).toHaveText(summaryOf(lang, n));
    await page.getByRole('button', { name: w.another }).click();
    await expect(page.getByRole('textbox', { name: w.sentence })).toHaveValue(challenges[0]!.text);
    await expect(where(page)).toBeVisible({ timeout: 60_000 });
    expect(page.url()).toContain('quiz=1');
  });

test('G turns Predict on, and a reload keeps it (quiz=1)', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  await expect(where(page)).toHaveCount(0);
  await page.locator('body').press('g');
  await expect(where(page)).toBeVisible();
  await expect.poll(() => page.url()).toContain('quiz=1');
  await page.reload();
  await expect(where(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Predict' })).toHaveAttribute('aria-pressed', 'true');
});

test('the distracted model has nothing to guess: the panel says why and hides no row', async ({ page }) => {
  await open(page, { quiz: '1', mode: 'distracted', text: 'Tom chased Jerry.' });
  await expect(page.locator('.predict')).toContainText('one C');
  await expect(where(page)).toHaveCount(0);
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const)
  test(`projector at ${width}×${height}: → reveals, the next → moves on, and a 24-word sentence fits the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const long = lesson.find((s) => s.mode === 'both')!.text;
    await open(page, { quiz: '1', projector: '1', text: long });
    await page.locator('body').press('ArrowRight');
    await expect(verdictLine(page)).toHaveText(/^No guess this time/);
    await page.locator('body').press('ArrowRight');
    await expect(page.locator('.predict-writing')).toContainText('Row 2 of');
    await page.locator('body').press('PageDown');
    await expect(verdictLine(page)).not.toHaveText(/^\s*$/);
    for (const [name, el] of Object.entries({ panel: page.locator('.predict'), heatmap: heatmap(page), translation: translation(page) })) {
      const box = (await el.boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(width + 0.5);
      expect(box.y + box.height, name).toBeLessThanOrEqual(height + 0.5);
    }
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(height + 1);
    await page.screenshot({ path: `screenshots/predict-projector-${width}.png` });
    // B still blanks the screen mid-round, and brings the round back as it was.
    await page.locator('body').press('b');
    await expect(page.locator('.blank')).toBeVisible();
    await page.locator('body').press('b');
    await expect(page.locator('.blank')).toHaveCount(0);
    await expect(page.locator('.predict-writing')).toContainText('Row 2 of');
  });

test.describe('embedded', () => {
  const HOST = `http://127.0.0.1:${HOST_PORT}`;
  let server: Server & { site: Site };
  test.beforeAll(async () => {
    server = await serveDist(HOST_PORT);
  });
  test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

  type Guessed = {
    event: string;
    row?: number;
    token?: string;
    guess?: number | null;
    hit?: boolean;
    weight?: number | null;
    alpha?: number[];
  };
  const events = (page: Page) => page.evaluate(() => ((window as unknown as { lensEvents?: unknown[] }).lensEvents ?? []) as Guessed[]);

  test('each reveal posts `guessed` to the host: row, token, guess, hit, the weight it held and the row’s α; setQuiz turns it off', async ({
    page,
  }) => {
    const body = `<!doctype html><title>Course</title><script>window.lensEvents = []; addEventListener('message', (m) => lensEvents.push(m.data));</script><iframe id="lens" title="Attention Lens" src="${APP}?embed=1&quiz=1&lang=en&text=Tom%20chased%20Jerry." width="1000" height="900"></iframe>`;
    server.site.answer = (path) => (path === '/course.html' ? { status: 200, type: 'text/html', body } : null);
    await page.goto(`${HOST}/course.html`);
    const lens = page.frameLocator('#lens');
    await where(lens).getByRole('radio').nth(2).check({ timeout: 60_000 });
    await lens.getByRole('button', { name: 'Reveal' }).click();
    await expect.poll(async () => (await events(page)).filter((e) => e.event === 'guessed').length).toBe(1);
    const g = (await events(page)).find((e) => e.event === 'guessed')!;
    expect(g).toMatchObject({ row: 0, token: '汤姆', guess: 2, alphaFrom: 'model' });
    expect(g.alpha).toHaveLength(await where(lens).getByRole('radio').count());
    expect(g.weight).toBe(g.alpha![2]);
    expect(g.hit).toBe(g.alpha![2] === Math.max(...g.alpha!));
    await page.evaluate(() =>
      (document.getElementById('lens') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'attention-lens', version: 1, command: 'setQuiz', on: false },
        '*',
      ),
    );
    await expect(lens.locator('.predict')).toHaveCount(0);
  });
});
