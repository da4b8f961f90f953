import AxeBuilder from '@axe-core/playwright';
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

/**
 * axe's findings on the page as it stands (or on `include`'s part of it), one line per rule broken, with
 * the nodes that break it: an empty list is a pass. Every rule runs, and one experimental one; only passes are not collected node
 * by node (`resultTypes`), and axe runs in the page itself (`setLegacyMode`: no blank page to finish the
 * run in, which also means no cross-origin iframes; none of the pages checked has one). On a heatmap's
 * thousands of nodes those two took more than half of each check's time.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // At rest: a colour still fading in (a theme or mode just switched) would be judged half-way.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'));
  // label-content-name-mismatch (WCAG 2.5.3, label in name: a control's name holds its visible words, so a
  // user who says what they see reaches it) is experimental in axe and off unless asked for.
  const axe = new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
  if (include) axe.include(include);
  const { violations } = await axe.analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** What each guided-reading section's live widget shows once the models have run: await it before reading the section. */
export const readWidgetReady: Record<number, (page: Page) => Promise<void>> = {
  1: async (page) => {
    await expect(page.locator('.read-widget .source li')).toHaveCount(4, { timeout: 60_000 });
    await expect(page.locator('.read-widget .source li canvas, .read-widget .source li svg').first()).toBeVisible();
  },
  2: async (page) => {
    await expect(page.locator('.read-widget .step-panel .topk li').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.read-widget #translation .tok').first()).not.toHaveClass(/pending/);
  },
  3: async (page) => {
    await expect(page.locator('#translation-short .tok').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.read-widget .distracted li').first()).toBeVisible();
  },
  4: async (page) => {
    await expect(heatmap(page)).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.article-row td.model-alpha')).toHaveCount(4);
  },
  5: async (page) => {
    await expect(page.locator('.read-widget .step-panel .numbers .term').first()).toBeVisible({ timeout: 60_000 });
  },
  6: async (page) => {
    await expect(page.locator('table.qkv tbody tr').first()).toBeVisible({ timeout: 60_000 });
  },
};
