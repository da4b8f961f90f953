import { expect, test, type Page } from '@playwright/test';
import { heatmap, open, rowWeights, translation } from './helpers';

/** Every cell's accessible name (target ← source: α): the heatmap as a user reads it. */
const cells = (page: Page) =>
  heatmap(page)
    .getByRole('gridcell')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
const banner = (page: Page) => page.locator('.lab-banner');

test('the training slider fetches snapshots only when touched, and moving it changes the heatmap', async ({ page }) => {
  const snapshots: string[] = [];
  page.on('request', (r) => r.url().includes('/snapshots/') && snapshots.push(r.url()));
  await open(page, { text: 'Tom chased Jerry.' });
  const slider = page.getByRole('slider', { name: 'Training progress' });
  await expect(slider).toHaveAttribute('aria-valuetext', /% of training, step .* the shipped model$/);
  const shipped = await cells(page);
  expect(snapshots).toEqual([]);
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', /^0 % of training, step 0$/);
  await expect(banner(page)).toContainText('after 0 % of training (step 0)');
  await expect.poll(() => cells(page)).not.toEqual(shipped);
  expect(snapshots.some((u) => /snapshot-000\.bin\?v=[0-9a-f]{64}$/.test(u))).toBe(true);
  expect(new URL(page.url()).searchParams.get('snapshot')).toBe('0');
  await page.keyboard.press('End');
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => cells(page)).toEqual(shipped);
});

test('?snapshot= opens on a snapshot, labelled as one; Play walks the timeline to the shipped model', async ({ page }) => {
  await page.goto('/?lang=en&text=Tom%20chased%20Jerry.&snapshot=1'); // at 1 % the model may well write nothing: no waiting for a translation
  await expect(banner(page)).toContainText('after 1 % of training', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Play training' }).click();
  await expect(page.getByRole('slider', { name: 'Training progress' })).toHaveAttribute('aria-valuetext', /the shipped model$/, {
    timeout: 60_000,
  });
  await expect(page.getByRole('button', { name: 'Play training' })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test('the Uniform rule gives every source word 1/T_x, under a banner; the model’s own α comes back', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const own = await cells(page);
  await page.getByRole('radiogroup', { name: 'Attention rule' }).getByRole('radio', { name: 'Uniform' }).check();
  await expect(banner(page)).toContainText('Intervention');
  await expect.poll(async () => (await rowWeights(page, 0)).map((c) => c.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
  await page.getByRole('button', { name: 'Model’s own α' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => cells(page)).toEqual(own);
});

test('forcing a cell changes the translation from that step; Undo restores it', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const own = await translation(page).textContent();
  await heatmap(page).getByRole('gridcell').first().click(); // select row 1
  const force = page.getByRole('group', { name: /^Force step 1/ }).getByRole('button');
  let changed = false;
  for (let j = 0; j < (await force.count()) && !changed; j++) {
    await force.nth(j).click();
    await expect(banner(page)).toContainText('step 1 →');
    await expect.poll(async () => (await rowWeights(page, 0))[j]!.weight).toBe(1); // the new decoding has arrived
    changed = (await translation(page).textContent()) !== own;
  }
  expect(changed).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(translation(page)).toHaveText(own!);
});

for (const [lang, names] of [
  ['en', ['Training progress', 'Attention rule', 'Sharpness', 'Log scale']],
  ['zh', ['训练进度', '注意力规则', '锐度', '对数刻度']],
] as const)
  test(`the lab's controls are named in ${lang} and reachable with the keyboard`, async ({ page }) => {
    await open(page, { lang, text: 'Tom chased Jerry.' });
    const [progress, rule, sharpness, log] = names;
    await expect(page.getByRole('slider', { name: progress })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: rule })).toBeVisible();
    await expect(page.getByRole('slider', { name: sharpness })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: log })).toBeVisible();
    const reached = new Set<string>();
    await page.locator('body').focus();
    for (let k = 0; k < 120; k++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const label =
            el?.closest('[role="radiogroup"]')?.getAttribute('aria-label') ?? el?.closest('label')?.querySelector('span')?.textContent;
          return `${el?.getAttribute('role') ?? el?.getAttribute('type') ?? el?.tagName}:${label ?? el?.getAttribute('aria-label') ?? el?.textContent}`;
        }),
      );
    }
    const seen = [...reached].join('\n');
    for (const name of [progress, rule, sharpness]) expect(seen).toContain(name);
    expect(seen).toMatch(/checkbox:/);
  });

test('log scale colours small weights visibly apart from zero', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const colours = () =>
    heatmap(page)
      .getByRole('gridcell')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  const linear = await colours();
  await page.getByRole('checkbox', { name: 'Log scale' }).check();
  await expect.poll(colours).not.toEqual(linear);
  await expect(page.getByRole('figure', { name: /log scale/ })).toBeVisible();
});
