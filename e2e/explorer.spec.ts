import { expect, test } from '@playwright/test';
import { heatmap, open, rowWeights, translation } from './helpers';

test('the seed sentence translates to 汤姆追逐了杰瑞。 and 杰瑞 looks at jerry', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
  const rows = heatmap(page).getByRole('row');
  expect(await rows.count()).toBeGreaterThanOrEqual(1 + 3);
  const targets = await heatmap(page).locator('tbody th').allTextContents();
  const row = targets.indexOf('杰瑞');
  expect(row).toBeGreaterThanOrEqual(0);
  const weights = await rowWeights(page, row);
  const strongest = weights.reduce((a, b) => (b.weight > a.weight ? b : a));
  expect(strongest.source).toBe('jerry');
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  expect(sum).toBeGreaterThan(0.97);
  expect(sum).toBeLessThan(1.03);
});

test('the contract names exist in English', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('textbox', { name: 'Sentence' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Task' })).toBeVisible();
  const model = page.getByRole('radiogroup', { name: 'Model' });
  for (const name of ['Attention', 'Distracted', 'Both']) await expect(model.getByRole('radio', { name })).toBeVisible();
  await expect(heatmap(page).getByRole('gridcell').first()).toHaveAccessibleName(/\d\.\d+/);
});

test('stepping moves the highlighted row', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const current = () => heatmap(page).locator('tbody tr.current th').textContent();
  await expect(heatmap(page).locator('tbody tr.current th')).toHaveText('。');
  await page.getByRole('button', { name: 'First step' }).click();
  await expect(heatmap(page).locator('tbody tr.current th')).toHaveText('汤姆');
  await expect(heatmap(page).locator('tbody tr.pending')).toHaveCount(4);
  await page.getByRole('button', { name: 'Step forward' }).click();
  expect(await current()).toBe('追逐');
  await expect(page).toHaveURL(/step=2/);
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Step back' }).click();
  expect(await current()).toBe('汤姆');
});

test('the model toggle switches between attention, distracted and both', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const model = page.getByRole('radiogroup', { name: 'Model' });
  await model.getByRole('radio', { name: 'Distracted' }).check();
  await expect(heatmap(page)).toHaveCount(0);
  await expect(page.getByRole('figure', { name: /one fixed C/ })).toBeVisible();
  await expect(page).toHaveURL(/mode=distracted/);
  await model.getByRole('radio', { name: 'Both' }).check();
  await expect(heatmap(page)).toBeVisible();
  await expect(page.getByRole('figure', { name: /one fixed C/ })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Translation (Distracted)' })).not.toBeEmpty();
  await model.getByRole('radio', { name: 'Attention' }).check();
  await expect(page.getByRole('figure', { name: /one fixed C/ })).toHaveCount(0);
});

test('the URL restores the exact view', async ({ page }) => {
  await open(page, { text: 'Did Tom chase Jerry yesterday?', mode: 'both', step: '3', gold: '1', lang: 'zh' });
  await expect(page.getByRole('textbox', { name: '句子' })).toHaveValue('Did Tom chase Jerry yesterday?');
  await expect(page.getByRole('radiogroup', { name: '模型' }).getByRole('radio', { name: '对比' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '标准对齐' })).toBeChecked();
  await expect(page.locator('td.gold').first()).toBeVisible();
  const url = page.url();
  await page.goto(url);
  await expect(page.getByRole('textbox', { name: '句子' })).toHaveValue('Did Tom chase Jerry yesterday?');
  expect(new URL(page.url()).searchParams.get('step')).toBe('3');
});

test('the language switch turns every label Chinese and keeps the sentence', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry quickly.' });
  await page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('textbox', { name: '句子' })).toHaveValue('Tom chased Jerry quickly.');
  await expect(page.getByRole('grid', { name: '注意力权重' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: '任务' })).toBeVisible();
  for (const name of ['注意力', '分心', '对比'])
    await expect(page.getByRole('radiogroup', { name: '模型' }).getByRole('radio', { name })).toBeVisible();
  await expect(page.getByRole('status', { name: '译文' })).toHaveText('汤姆很快地追逐了杰瑞。');
  await expect(page).toHaveURL(/lang=zh/);
});

test('bad input gets a calm message and the sentence survives', async ({ page }) => {
  await open(page);
  const box = page.getByRole('textbox', { name: 'Sentence' });
  await box.fill('Tom chase Jerry');
  await expect(page.locator('#verdict')).toContainText('Tom chases Jerry.');
  await expect(translation(page)).not.toBeEmpty(); // still translated, so people can poke at it
  await box.fill('Tom chased Jery.');
  await expect(page.locator('#verdict')).toContainText('jery');
  await page.getByRole('button', { name: 'jerry', exact: true }).click();
  await expect(box).toHaveValue('Tom chased jerry.');
  await box.fill('');
  await expect(page.locator('#verdict')).toContainText('Type a sentence');
  const long = 'Tom chased Jerry and '.repeat(20);
  await box.fill(long);
  await expect(page.locator('#verdict')).toContainText('at most 45');
  await expect(box).toHaveValue(long);
});

test('the dates task reads a date and its year row looks at the year', async ({ page }) => {
  await open(page, { task: 'dates', text: 'Wednesday, November 25, 2026' });
  await expect(translation(page)).toHaveText('2026-11-25');
  const first = await rowWeights(page, 0);
  const top = first.reduce((a, b) => (b.weight > a.weight ? b : a));
  expect(['2', '0', '6']).toContain(top.source);
});

test('a long sentence: the distracted model gets it wrong, the attention model right', async ({ page }) => {
  const text =
    "Lily's clever student wrote three letters in the library this morning because her teacher helped him and they will visit Mary tomorrow.";
  await open(page, { text, mode: 'both' });
  const reference = '因为她的老师帮助了他，他们明天会拜访玛丽，所以莉莉的聪明的学生今天早上在图书馆写了三封信。'; // the grammar's
  await expect(translation(page)).toHaveText(reference);
  const distracted = page.getByRole('status', { name: 'Translation (Distracted)' });
  await expect(distracted).not.toBeEmpty();
  expect(await distracted.textContent()).not.toBe(reference);
  await expect(page.locator('.distracted-side .tok.wrong').first()).toBeVisible();
  await expect(page.locator('.attention-side .tok.wrong')).toHaveCount(0);
});

test('a date in numbers that reads two ways says which reading it took, and offers the other', async ({ page }) => {
  await open(page, { task: 'dates', text: '02/12/2026' });
  await expect(translation(page)).toHaveText('2026-02-12');
  const verdict = page.locator('#verdict');
  await expect(verdict).toContainText('Read month first, as US dates are: February 12, 2026.');
  await verdict.getByRole('button', { name: '02.12.2026' }).click();
  await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue('02.12.2026');
  await expect(translation(page)).toHaveText('2026-12-02');
  await expect(verdict).toContainText('Read day first: December 2, 2026.');
  await page.getByRole('textbox', { name: 'Sentence' }).fill('11/25/2026');
  await expect(translation(page)).toHaveText('2026-11-25');
  await expect(verdict).not.toContainText('Read');
});

test('on a phone, a heatmap wider than the screen says so and fades its right edge until scrolled to the end', async ({ page }) => {
  const long =
    'The dog that chased Jerry ate my cake at home yesterday but Tom and John did not see the big dog because they read books in the park.';
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, { text: long });
  const hint = page.getByText('The heatmap is wider than the screen: scroll it sideways to see every source word.');
  const box = page.locator('.attention-block .heatmap-scroll');
  await expect(hint).toBeVisible();
  await expect(box).toHaveAttribute('data-more-right', 'true');
  await box.evaluate((e) => (e.scrollLeft = e.scrollWidth));
  await expect(box).not.toHaveAttribute('data-more-right');
  await expect(box).toHaveAttribute('data-more-left', 'true');
  // Wide enough for the whole sentence: no hint, no fade.
  await page.setViewportSize({ width: 1600, height: 900 });
  await open(page, { text: 'Tom chased Jerry.' });
  await expect(page.getByText('The heatmap is wider than the screen', { exact: false })).toHaveCount(0);
  await expect(box).not.toHaveAttribute('data-more-right');
});
