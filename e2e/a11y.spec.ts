import { expect, test, type Page } from '@playwright/test';
import { axeViolations, heatmap, open, readWidgetReady } from './helpers';

// Each test loads the app once and reaches its other states by the UI (the model toggle, the language
// button, next / back), as a user would; axe runs on the whole page in every state that matters, and a
// soft expectation names the state, so one state's violations never hide another's.

/** Switches the interface language with the header's button and waits until the page has re-rendered in it. */
async function switchLanguage(page: Page, to: 'en' | 'zh') {
  await page.getByRole('button', { name: to === 'zh' ? 'Switch the interface to Chinese' : '切换为英文界面' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', to === 'zh' ? 'zh-CN' : 'en');
}

/** Picks a model view with the toggle and waits until its parts have rendered and translated. */
async function showModel(page: Page, mode: 'attention' | 'distracted' | 'both') {
  await page.locator(`input[name="mode"][value="${mode}"]`).check();
  await expect(page).toHaveURL(new RegExp(`mode=${mode}`));
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  await expect(heatmap(page)).toHaveCount(mode === 'distracted' ? 0 : 1);
  if (mode === 'attention') await expect(page.locator('figure.distracted')).toHaveCount(0);
  else await expect(page.locator('figure.distracted li').first()).toBeVisible({ timeout: 60_000 });
  for (const status of await page.getByRole('status', { name: /^(Translation|译文)/ }).all()) await expect(status).not.toBeEmpty();
}

test('axe finds no violations in the explorer: attention, distracted and both, en and zh', async ({ page }) => {
  await open(page, { lang: 'en', mode: 'attention', text: 'Did Tom chase Jerry yesterday?', gold: '1' });
  for (const [lang, modes] of [
    ['en', ['attention', 'distracted', 'both']],
    ['zh', ['both', 'distracted', 'attention']],
  ] as const) {
    if (lang === 'zh') await switchLanguage(page, 'zh');
    for (const mode of modes) {
      await showModel(page, mode);
      if (mode !== 'distracted') await expect(page.locator('td.gold').first()).toBeVisible();
      expect.soft(await axeViolations(page), `${lang}, ${mode}`).toEqual([]);
    }
  }
});

test('axe finds no violations in the guided reading: sections 1 to 6 (en), 5, 4 and 3 (zh)', async ({ page }) => {
  await page.goto('/?lang=en&read=1');
  const visit = async (n: number, lang: string) => {
    await expect(page.locator('.read-progress')).toHaveText(`${n} / 6`);
    await expect(page.locator('.try-it')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
    await readWidgetReady[n]!(page);
    expect.soft(await axeViolations(page), `${lang}, section ${n}`).toEqual([]);
  };
  for (const n of [1, 2, 3, 4, 5, 6]) {
    if (n > 1) await page.getByRole('button', { name: 'Next section' }).click();
    await visit(n, 'en');
  }
  await switchLanguage(page, 'zh');
  for (const n of [5, 4, 3]) {
    await page.getByRole('button', { name: '上一节' }).click();
    await visit(n, 'zh');
  }
});

test('the heatmap is a keyboard grid: arrows move, each cell names target ← source and α', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const first = heatmap(page).getByRole('gridcell').first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(heatmap(page).getByRole('gridcell').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/^追逐 ← chased: [01]\.\d\d$/);
  await expect(page.locator('.readout')).toContainText('追逐 ← chased');
  // Ctrl+End: the last cell (。 ← .); Ctrl+Home: the first (汤姆 ← tom); End and Home along a row.
  await page.keyboard.press('Control+End');
  await expect(focused).toHaveAccessibleName(/^。 ← \.: /);
  await page.keyboard.press('Home');
  await expect(focused).toHaveAccessibleName(/^。 ← tom: /);
  await page.keyboard.press('Control+Home');
  await expect(focused).toHaveAccessibleName(/^汤姆 ← tom: /);
  await page.keyboard.press('PageDown');
  await expect(focused).toHaveAccessibleName(/^。 ← tom: /); // five rows down, held at the last
});

test('axe finds no violations with a snapshot, an attention rule and log scale (en, zh)', async ({ page }) => {
  await page.goto('/?lang=en&text=Tom%20chased%20Jerry.&snapshot=20');
  await expect(page.locator('.lab-banner')).toBeVisible({ timeout: 60_000 });
  const hard = page.locator('input[name="rule"][value="hard"]');
  const log = page.locator('.heatmap-options input[type="checkbox"]').nth(1);
  await hard.check();
  await log.check();
  for (const lang of ['en', 'zh'] as const) {
    if (lang === 'zh') await switchLanguage(page, 'zh');
    await expect(page.locator('.lab-banner p')).toHaveCount(2);
    await expect(page).toHaveURL(/snapshot=20/);
    await expect(hard).toBeChecked();
    await expect(log).toBeChecked();
    expect.soft(await axeViolations(page), lang).toEqual([]);
  }
});
