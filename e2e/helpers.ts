import { expect, type Page } from '@playwright/test';

/** Opens the explorer (at the suite's server, or at `site`) with URL parameters and waits until the models have translated. */
export async function open(page: Page, params: Record<string, string> = {}, site = '') {
  const q = new URLSearchParams({ lang: 'en', ...params });
  await page.goto(`${site}/?${q}`);
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByRole('status', { name: /^(Translation|译文)$/ })).not.toBeEmpty({ timeout: 60_000 });
}

export const translation = (page: Page) => page.getByRole('status', { name: /^(Translation|译文)$/ });
export const heatmap = (page: Page) => page.getByRole('grid', { name: /^(Attention weights|注意力权重)$/ });

/** The α values of one heatmap row, read from the cells' accessible names. */
export async function rowWeights(page: Page, row: number): Promise<{ source: string; weight: number }[]> {
  const cells = heatmap(page)
    .getByRole('row')
    .nth(row + 1)
    .getByRole('gridcell');
  const names = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return names.map((n) => {
    const m = /←\s*(.+?)[:：]\s*([\d.]+)$/.exec(n);
    if (!m) throw new Error(`cell name without a weight: ${n}`);
    return { source: m[1]!, weight: Number(m[2]) };
  });
}
