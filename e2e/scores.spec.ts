/**
 * Issue 30 in the app: the score function switch (additive, general, scaled dot product) on dates, the
 * formula panel's e_ij from the running model, Compare scores, read section 6 (queries, keys and values),
 * projector fit, the phone, the URL and the embed's setScore. Driven by accessible names.
 */
import { expect, test, type Page } from '@playwright/test';
import { heatmap } from './helpers';
import { APP } from './ports';

const date = 'Nov 25, 2026';
/** Each score's name in the radiogroup. */
const names = { additive: 'Additive (Bahdanau)', general: 'General (Luong)', 'scaled-dot': 'Scaled dot product' } as const;
const grids = (page: Page) => page.getByRole('grid', { name: /^Attention weights — / });
/** Every cell's accessible name (its α) of the explorer's heatmap. */
const cellNames = (page: Page) =>
  heatmap(page)
    .getByRole('gridcell')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
const scoreLine = (page: Page) => page.locator('.step-panel .score-numbers');

async function openDates(page: Page, params: Record<string, string> = {}) {
  await page.goto(`/?${new URLSearchParams({ lang: 'en', task: 'dates', text: date, ...params })}`);
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
}

test.describe('the score function, one page', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openDates(page, { step: '9' });
  });
  test.afterAll(() => page.close());

  test('switching scores changes the heatmap and the formula’s live e_ij; the date, the step and the pinned cell stay', async () => {
    const scores = page.getByRole('radiogroup', { name: 'Score function' });
    await expect(scores.getByRole('radio', { name: names.additive })).toBeChecked();
    await expect(heatmap(page).getByRole('gridcell').first()).toBeVisible({ timeout: 60_000 });
    await heatmap(page).locator('tbody tr').nth(3).locator('td').nth(2).click(); // pin a cell
    await expect(heatmap(page).locator('tbody tr').nth(3)).toHaveClass(/lit/);
    const seen: { cells: (string | null)[]; line: string }[] = [];
    for (const score of ['additive', 'general', 'scaled-dot'] as const) {
      await scores.getByRole('radio', { name: names[score] }).check();
      await expect(page).toHaveURL(new RegExp(`score=${score}`));
      await expect(scoreLine(page)).toHaveAttribute('data-score', score, { timeout: 60_000 });
      // The formula is the chosen score's, typeset, with the model's own numbers before the softmax.
      const formula = {
        additive: /e_ij = v transposed tanh/,
        general: /e_ij = s_\(i-1\) transposed W h_j/,
        'scaled-dot': /e_ij = q_i dot k_j/,
      }[score];
      await expect(page.locator('.step-panel .formula [role=math]').nth(1)).toHaveAttribute('aria-label', formula);
      const e = (await scoreLine(page).locator('.e').allTextContents()).map(Number);
      const alpha = (await scoreLine(page).locator('.a').allTextContents()).map(Number);
      expect(e.length).toBeGreaterThan(0);
      expect(e.every(Number.isFinite)).toBe(true);
      expect(alpha.every((a) => a >= 0 && a <= 1)).toBe(true);
      for (let k = 1; k < e.length; k++) if (alpha[k - 1]! > alpha[k]!) expect(e[k - 1]!).toBeGreaterThan(e[k]!); // α = softmax(e): same order
      seen.push({ cells: await cellNames(page), line: (await scoreLine(page).textContent())! });
      await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue(date);
      await expect(page.getByText('Step 9 of 10')).toBeVisible();
      await expect(heatmap(page).locator('tbody tr').nth(3)).toHaveClass(/lit/);
    }
    // Three models, three pictures and three sets of scores.
    expect(new Set(seen.map((s) => JSON.stringify(s.cells))).size).toBe(3);
    expect(new Set(seen.map((s) => s.line)).size).toBe(3);
  });

  test('Compare scores shows three labelled heatmaps of the same date, side by side on a laptop', async () => {
    await page.getByRole('button', { name: 'Compare scores' }).click();
    await expect(page).toHaveURL(/compare=1/);
    await expect(grids(page)).toHaveCount(3, { timeout: 60_000 });
    for (const name of Object.values(names)) await expect(page.getByRole('figure', { name })).toBeVisible();
    const boxes = await Promise.all((await grids(page).all()).map((g) => g.boundingBox()));
    for (const b of boxes) expect(b!.x + b!.width).toBeLessThanOrEqual(1280);
    expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
    expect(boxes[1]!.x).toBeLessThan(boxes[2]!.x);
    // Each grid is its own model's α: the three differ.
    const all = await Promise.all(
      (await grids(page).all()).map((g) => g.getByRole('gridcell').evaluateAll((els) => els.map((e) => e.ariaLabel))),
    );
    expect(new Set(all.map((a) => JSON.stringify(a))).size).toBe(3);
  });

  test('score= and compare= in the URL round-trip: a reload shows the same view', async () => {
    const url = page.url();
    expect(url).toMatch(/score=scaled-dot/);
    await page.reload();
    await expect(page.getByRole('radio', { name: names['scaled-dot'] })).toBeChecked({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Compare scores' })).toHaveAttribute('aria-pressed', 'true');
    await expect(grids(page)).toHaveCount(3, { timeout: 60_000 });
    expect(page.url()).toBe(url);
  });
});

for (const score of ['general', 'scaled-dot'] as const)
  test(`the training timeline and what-if work with the ${score} model, each labelled as what it is`, async ({ page }) => {
    await openDates(page, { score, snapshot: '0' });
    // Its own snapshot: 0 % of its own 1 250 steps, near-uniform α.
    await expect(page.locator('.lab-banner')).toContainText('Snapshot: these are the weights after 0 % of training (step 0)', {
      timeout: 60_000,
    });
    await expect(scoreLine(page)).toHaveAttribute('data-score', score);
    const at0 = await cellNames(page);
    await page.getByRole('radiogroup', { name: 'Attention rule' }).getByRole('radio', { name: 'Hard' }).check();
    await expect(page.locator('.lab-banner')).toContainText('Intervention: α is set by the rule “Hard”');
    await expect.poll(() => cellNames(page)).not.toEqual(at0);
    await page.getByRole('button', { name: 'Model’s own α' }).click();
    await page.getByRole('slider', { name: 'Training progress' }).press('End');
    await expect(page.locator('.lab-banner')).toHaveCount(0);
    await expect(scoreLine(page)).toHaveAttribute('data-score', score);
  });

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const)
  test(`projector at ${width}×${height}: the scaled-dot formula panel and compare fit the screen, and S switches the score`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openDates(page, { projector: '1', score: 'scaled-dot', step: '6' });
    for (const part of [heatmap(page), scoreLine(page), page.locator('.step-panel')]) {
      await expect(part).toBeVisible({ timeout: 60_000 });
      const b = (await part.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(width + 0.5);
      expect(b.y + b.height).toBeLessThanOrEqual(height + 0.5);
    }
    await page.locator('body').press('c');
    await expect(page).toHaveURL(/compare=1/);
    await expect(grids(page)).toHaveCount(3, { timeout: 60_000 });
    for (const g of await grids(page).all()) {
      const b = (await g.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(width + 0.5);
      expect(b.y + b.height).toBeLessThanOrEqual(height + 0.5);
    }
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(height + 1);
    await page.locator('body').press('s');
    await expect(page.getByRole('radio', { name: names.additive })).toBeChecked();
  });

test('on a phone the three heatmaps stack, each as wide as the screen allows', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDates(page, { compare: '1' });
  await expect(grids(page)).toHaveCount(3, { timeout: 60_000 });
  const boxes = await Promise.all((await grids(page).all()).map((g) => g.boundingBox()));
  for (const b of boxes) expect(b!.x + b!.width).toBeLessThanOrEqual(390);
  expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);
  expect(boxes[2]!.y).toBeGreaterThan(boxes[1]!.y + boxes[1]!.height - 1);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
});

for (const [lang, title, nav] of [
  ['en', 'From Cᵢ to queries, keys and values', 'Guided reading'],
  ['zh', '从 Cᵢ 到查询、键和值', '导读'],
] as const)
  test(`read=6 (${lang}): queries, keys and values with the scaled-dot model’s own numbers`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&read=6`);
    await expect(page.getByRole('navigation', { name: nav })).toBeVisible();
    await expect(page.locator('.read-progress')).toHaveText('6 / 6');
    await expect(page.locator('#read-title')).toContainText(title);
    await expect(page.locator('.read-formula [role=math]').first()).toHaveAttribute('aria-label', /Attention\(Q, K, V\)/);
    const rows = page.locator('table.qkv tbody tr');
    await expect(rows.first()).toBeVisible({ timeout: 60_000 });
    const alpha = (await rows.locator('.a').allTextContents()).map(Number);
    const e = (await rows.locator('.e').allTextContents()).map((s) => Number(s.replace('−', '-')));
    expect(e.every(Number.isFinite)).toBe(true);
    expect(Math.max(...alpha)).toBeGreaterThan(0.3); // the rows shown hold the step's largest weights
    expect(e[alpha.indexOf(Math.max(...alpha))]).toBe(Math.max(...e)); // α = softmax(e): the largest weight has the largest score
    await expect(page.locator('.qkv-query')).toContainText('√d');
    // Stepping changes the query, so the scores.
    const before = await page.locator('.qkv-query .vec').textContent();
    await page.getByRole('button', { name: lang === 'en' ? 'Step back' : '后退一步' }).click();
    await expect(page.locator('.qkv-query .vec')).not.toHaveText(before!);
    // The dots reach it, and section 5 is still the article's.
    await page
      .getByRole('button', { name: lang === 'en' ? /Section 5 of 6/ : /5/ })
      .first()
      .click();
    await expect(page.locator('.read-progress')).toHaveText('5 / 6');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#read-title')).toContainText(title);
  });

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const)
  test(`read=6 in projector mode at ${width}×${height} fits one screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/?lang=en&read=6&projector=1`);
    await expect(page.locator('table.qkv tbody tr').first()).toBeVisible({ timeout: 60_000 });
    const box = (await page.locator('.read-widget').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(height + 1);
  });

test('the embed: setScore from the host page switches the widget’s model; a bad score gets an error event', async ({ page }) => {
  await page.goto(`/host-example.html?widget=${encodeURIComponent(APP)}`);
  const lens = page.frameLocator('#lens');
  await expect(lens.getByRole('grid', { name: 'Attention weights' })).toBeVisible({ timeout: 60_000 });
  const send = (m: Record<string, unknown>) =>
    page.evaluate((m) => {
      const w = (document.getElementById('lens') as HTMLIFrameElement).contentWindow!;
      w.postMessage({ type: 'attention-lens', version: 1, ...m }, '*');
    }, m);
  await send({ command: 'setTask', task: 'dates' });
  await send({ command: 'setScore', score: 'general' });
  await expect(lens.getByRole('radio', { name: names.general })).toBeChecked({ timeout: 60_000 });
  await expect(lens.locator('.step-panel .score-numbers, .heatmap').first()).toBeVisible({ timeout: 60_000 });
  await send({ command: 'setCompare', on: true });
  await expect(lens.getByRole('grid', { name: /^Attention weights — / })).toHaveCount(3, { timeout: 60_000 });
  await send({ command: 'setScore', score: 'dot' });
  await expect
    .poll(() =>
      page.evaluate(() =>
        ((window as unknown as { lensEvents?: { event: string; message?: string }[] }).lensEvents ?? []).some(
          (e) => e.event === 'error' && /setScore needs/.test(e.message ?? ''),
        ),
      ),
    )
    .toBe(true);
});
