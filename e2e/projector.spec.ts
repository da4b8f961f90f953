import { expect, test } from '@playwright/test';
import { heatmap, open, translation } from './helpers';

test('P turns projector mode on; the clicker keys step, toggle the model, pick lesson examples, blank, and Esc leaves', async ({
  page,
}) => {
  await open(page, { text: 'Tom chased Jerry.' });
  await page.locator('body').press('p');
  await expect(page.locator('.app')).toHaveClass(/projector/);
  await expect(page).toHaveURL(/projector=1/);
  await page.keyboard.press('Home');
  await expect(heatmap(page).locator('tbody tr.current th')).toHaveText('汤姆');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await expect(heatmap(page).locator('tbody tr.current th')).toHaveText('了');
  await page.keyboard.press('ArrowLeft');
  await expect(heatmap(page).locator('tbody tr.current th')).toHaveText('追逐');
  await page.keyboard.press('End');
  await expect(heatmap(page).locator('tbody tr.current th')).toHaveText('。');
  await page.keyboard.press('t');
  await expect(page.getByRole('radio', { name: 'Distracted' })).toBeChecked();
  await page.keyboard.press('t');
  await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
  await page.keyboard.press('2');
  await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue('Tom chased Jerry quickly in the kitchen yesterday.');
  await expect(page.locator('.lesson-note')).toContainText('Reordering');
  await expect(translation(page)).toContainText('昨天');
  await page.keyboard.press('b');
  await expect(page.locator('.blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.blank')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys for the presenter' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).not.toHaveClass(/projector/);
});

test('typing a P into the sentence stays text', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const box = page.getByRole('textbox', { name: 'Sentence' });
  await box.fill('');
  await box.pressSequentially('Pop');
  await expect(box).toHaveValue('Pop');
  await expect(page.locator('.app')).not.toHaveClass(/projector/);
});
