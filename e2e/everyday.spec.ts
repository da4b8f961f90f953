import { expect, test } from '@playwright/test';
import { heatmap, open, rowWeights, translation } from './helpers';

test('a sentence typed without its final mark translates as with it: tom chased jerry → 汤姆追逐了杰瑞。', async ({ page }) => {
  await open(page);
  const box = page.getByRole('textbox', { name: 'Sentence' });
  await box.fill('tom chased jerry');
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
  await expect(page.locator('#verdict')).toContainText('In the language');
  await expect(page.locator('#verdict')).toContainText('“.”');
  await expect(box).toHaveValue('tom chased jerry');
});

test('Enter after a typed sentence adds no line break: the sentence and its translation stay as they were', async ({ page }) => {
  await open(page);
  const box = page.getByRole('textbox', { name: 'Sentence' });
  await box.fill('');
  await box.pressSequentially('I like fish');
  await box.press('Enter');
  await expect(box).toHaveValue('I like fish');
  await expect(translation(page)).toHaveText('我喜欢鱼。');
  await box.press('Shift+Enter');
  await expect(box).toHaveValue('I like fish\n');
});

test('Where is Tom? gives a heatmap whose 哪里 row looks at where', async ({ page }) => {
  await open(page, { text: 'Where is Tom?' });
  await expect(translation(page)).toHaveText('汤姆在哪里？');
  const targets = await heatmap(page).locator('tbody th').allTextContents();
  const row = targets.indexOf('哪里');
  expect(row).toBeGreaterThanOrEqual(0);
  const weights = await rowWeights(page, row);
  const strongest = weights.reduce((a, b) => (b.weight > a.weight ? b : a));
  expect(strongest.source).toBe('where');
});
