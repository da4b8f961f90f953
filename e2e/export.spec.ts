import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open } from './helpers';

async function save(page: Page, name: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Download' }).getByRole('button', { name }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

test('the heatmap exports as SVG, PNG, CSV and JSON, named after task and sentence', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  const svg = await save(page, 'SVG');
  expect(svg.name).toBe('attention-lens_en-zh_tom-chased-jerry.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBe(false);
  expect(parsed.texts).toContain('杰瑞');
  expect(parsed.texts).toContain('jerry');

  const png = await save(page, 'PNG');
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  const size = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, png.bytes.toString('base64'));
  expect(size[0]).toBeGreaterThan(100);

  const csv = (await save(page, 'CSV')).bytes.toString('utf8').trim().split('\n');
  expect(csv).toHaveLength(1 + 5); // header + Ty rows
  for (const row of csv.slice(1)) {
    const values = row.split(',').slice(1).map(Number);
    expect(values).toHaveLength(4); // Tx
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  }

  const json = JSON.parse((await save(page, 'JSON')).bytes.toString('utf8'));
  expect(json.tokens).toEqual(['汤姆', '追逐', '了', '杰瑞', '。']);
  expect(json.steps[0].topk[0].token).toBe('汤姆');
  expect(json.steps[0].context).toHaveLength(256);
});

test('a dates heatmap: the grid, the readout and the CSV label a space the same way (␣)', async ({ page }) => {
  await open(page, { task: 'dates', text: '25 Nov 2026' });
  const grid = page.getByRole('grid', { name: 'Attention weights' });
  await expect(grid.locator('thead th').nth(3)).toHaveText('␣');
  await grid.locator('[data-cell="0-2"]').hover();
  await expect(page.locator('.readout')).toContainText('← ␣:');
  const csv = (await save(page, 'CSV')).bytes.toString('utf8').split('\n');
  expect(csv[0]).toBe('"target \\ source","2","5","␣","n","o","v","␣","2","0","2","6"');
});
