import { chromium, expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { examples } from '../src/app/examples';
import config from '../playwright.config';
import { axeViolations, heatmap, open, translation } from './helpers';
import { APP_PORT } from './ports';

type Trace = { tokens: string[]; steps: { alpha: number[] | null }[] };
type Lens = {
  attentionLens: {
    backend(): string;
    numTensors(): number;
    translate(t: string, v: string, tokens: string[]): Promise<Trace>;
    loseContext(): void;
  };
};
const backendOf = (page: Page) => page.evaluate(() => (window as unknown as Lens).attentionLens.backend());

// The model code's leak tests run in Node, 1 000 translations on wasm and cpu (src/model/leaks.test.ts);
// WebGL runs only in a browser, so the page keeps this smoke on it. The same WebGL page then loses its
// context (one SwiftShader start instead of two).
test('no tensor leak across 100 translations on webgl; a lost WebGL context then falls back to wasm, says so, and keeps the sentence', async ({
  page,
}) => {
  test.setTimeout(180_000); // SwiftShader: ~0.1 s a translation alone, five times that on a busy machine
  await open(page, { text: 'Tom chased Jerry quickly.', backend: 'webgl', diagnostics: '1' });
  expect(await backendOf(page)).toBe('webgl');
  await expect(translation(page)).toHaveText('汤姆很快地追逐了杰瑞。');
  const [before, after] = await page.evaluate(async () => {
    const l = (window as unknown as Lens).attentionLens;
    // Both models loaded first: the twin's weights arrive after the first heatmap, and are not a leak.
    for (const model of ['attention', 'distracted']) await l.translate('en-zh', model, ['tom', 'saw', 'me', '.']);
    const before = l.numTensors();
    for (let i = 0; i < 100; i++) await l.translate('en-zh', i % 2 ? 'attention' : 'distracted', ['tom', 'saw', 'me', '.']);
    return [before, l.numTensors()];
  });
  expect(after).toBe(before);
  expect(await backendOf(page)).toBe('webgl'); // still on the GPU: no fallback ran the translations elsewhere

  await page.evaluate(() => (window as unknown as Lens).attentionLens.loseContext());
  await expect(page.getByRole('alert')).toContainText('graphics context was lost');
  await expect(page.getByRole('combobox', { name: /Runs on/ })).toHaveValue('wasm');
  await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue('Tom chased Jerry quickly.');
  await page.getByRole('textbox', { name: 'Sentence' }).fill('Tom chased Jerry.');
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
});

test('no test handle in the page unless ?diagnostics=1 asks for it', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry.' });
  expect(await page.evaluate(() => 'attentionLens' in window)).toBe(false);
});

for (const [fault, serve] of [
  ['missing (404)', async (route: import('@playwright/test').Route) => route.fulfill({ status: 404, body: 'not here' })],
  [
    'an HTML page instead',
    async (route: import('@playwright/test').Route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>index</p>' }),
  ],
  [
    'truncated',
    async (route: import('@playwright/test').Route) =>
      route.fulfill({ status: 200, body: (await (await route.fetch()).body()).subarray(0, 1000) }),
  ],
  [
    'tampered',
    async (route: import('@playwright/test').Route) => {
      const body = Buffer.from(await (await route.fetch()).body());
      body[5000] = body[5000]! ^ 0xff;
      await route.fulfill({ status: 200, body });
    },
  ],
] as const)
  test(`weights ${fault}: a clear error with retry, never a garbage translation`, async ({ page }) => {
    const weights = /\/en-zh\/attention\/weights\.bin\?v=/; // the URL carries the file's SHA-256
    await page.route(weights, serve);
    await page.goto('/?lang=en&text=Tom%20chased%20Jerry.');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(translation(page)).toBeEmpty();
    await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue('Tom chased Jerry.');
    await page.unroute(weights);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
  });

test('a link with values the page cannot use says which, in the page’s language, and shows the defaults there', async ({ page }) => {
  await page.goto(`/?lang=en&task=nope&mode=both&text=${'a'.repeat(1001)}`);
  const note = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
  await expect(note).toContainText('task=nope, text (over 1000 characters).');
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。'); // the default sentence, both models as asked
  await note.getByRole('button', { name: 'Dismiss' }).click();
  await expect(note).toHaveCount(0);
  await page.goto('/?lang=zh&task=nope');
  await expect(page.getByRole('status').filter({ hasText: '此链接中有部分设置无法使用' })).toContainText('task=nope。');
});

test('the distracted twin’s weights missing (it loads after the first heatmap): a clear error with retry, the sentence kept', async ({
  page,
}) => {
  const twin = /\/en-zh\/distracted\/weights\.bin\?v=/;
  await page.route(twin, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/?lang=en&mode=distracted&text=Tom%20chased%20Jerry.');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue('Tom chased Jerry.');
  await page.unroute(twin);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('half-float WebGL (a phone GPU): α finite, rows sum to 1 ± 0.01, the examples translate the same', async ({ browser }) => {
  test.setTimeout(180_000);
  const run = async (params: Record<string, string>) => {
    const page = await browser.newPage();
    await open(page, { ...params, diagnostics: '1' });
    const out = await page.evaluate(
      async (sentences) => {
        const res: Trace[] = [];
        for (const s of sentences) res.push(await (window as unknown as Lens).attentionLens.translate('en-zh', 'attention', s));
        return res;
      },
      examples['en-zh'].map((s) =>
        s
          .toLowerCase()
          .replace(/'s/g, " 's")
          .replace(/([.?])$/, ' $1')
          .split(/\s+/),
      ),
    );
    const backend = await backendOf(page);
    await page.close();
    return { out, backend };
  };
  const half = await run({ backend: 'webgl', gpu: 'f16' });
  const reference = await run({ backend: 'wasm' });
  expect(half.backend).toBe('webgl');
  half.out.forEach((trace, k) => {
    expect(trace.tokens).toEqual(reference.out[k]!.tokens);
    for (const step of trace.steps) {
      expect(step.alpha!.every(Number.isFinite)).toBe(true);
      expect(Math.abs(step.alpha!.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.01);
    }
  });
});

test('axe finds no violations in the projector view, dark and light, and in the embed view', async ({ page }) => {
  await open(page, { text: 'Tom chased Jerry quickly.', projector: '1', theme: 'dark' });
  expect.soft(await axeViolations(page), 'projector (dark)').toEqual([]);
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('.app')).toHaveClass(/theme-light/);
  expect.soft(await axeViolations(page), 'projector (light)').toEqual([]);
  await open(page, { text: 'Tom chased Jerry quickly.', embed: '1' });
  expect.soft(await axeViolations(page), 'embed').toEqual([]);
});

test('forced-colors mode keeps the heatmap readable: cells keep their α colours', async ({ page }) => {
  const cellColors = () =>
    heatmap(page)
      .getByRole('gridcell')
      .evaluateAll((cells) => cells.map((c) => getComputedStyle(c).backgroundColor));
  await open(page, { text: 'Tom chased Jerry quickly.' });
  const normal = await cellColors();
  await page.emulateMedia({ forcedColors: 'active' });
  await expect.poll(() => page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  // Forced colours would flatten every cell to the system background; ours keep the cividis ramp.
  expect(await cellColors()).toEqual(normal);
  expect(new Set(normal).size).toBeGreaterThanOrEqual(2);
});

test('fuzzed input (Unicode, emoji, RTL, control characters, HTML, long strings) never breaks the page or renders markup', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => (errors.push(`dialog: ${d.message()}`), void d.dismiss()));
  await open(page);
  const box = page.getByRole('textbox', { name: 'Sentence' });
  const inputs = fc.sample(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '<script>alert(1)</script>',
        '"><svg onload=alert(1)>',
        'مرحبا Tom chased Jerry',
        '🐱🐭 Tom chased Jerry 🧀',
        '\u0000\u0007\u202e Tom',
      ),
      fc.string({ minLength: 1000, maxLength: 10_000 }),
    ),
    { numRuns: 150, seed: 42 },
  );
  for (const text of inputs) {
    await box.fill(text);
    await expect(box).toHaveValue(text);
  }
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  await expect(page.locator('main img, main script, main iframe, main svg[onload]')).toHaveCount(0);
  await box.fill('Tom chased Jerry.');
  await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
});

test('a part loaded on demand that fails to arrive says so in its place; the page and the sentence stay, and Reload brings it', async ({
  page,
}) => {
  await page.route('**/assets/LiveBody-*.js', (route) => route.fulfill({ status: 404, body: 'gone' })); // e.g. an old page after a new deploy
  await open(page, { text: 'Where is Tom?' });
  await expect(heatmap(page)).toBeVisible();
  await page.getByRole('button', { name: 'Train live' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Train live could not be loaded' })).toBeVisible();
  await expect(heatmap(page)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue('Where is Tom?');
  await page.unroute('**/assets/LiveBody-*.js');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload the page' }).click()]);
  await expect(heatmap(page)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue('Where is Tom?');
  await page.getByRole('button', { name: 'Train live' }).click();
  await expect(page.getByText('these weights are being trained in this page')).toBeVisible();
});

test('served over plain http from a LAN name (no secure context, so no crypto.subtle): the models still load and translate', async () => {
  // A lecturer's laptop serving the folder on its LAN address, or a course site on http://: browsers
  // keep Web Crypto for https:// and localhost, and the weights' SHA-256 check must work without it.
  const launch = config.use!.launchOptions!;
  const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), '--host-resolver-rules=MAP lens.test 127.0.0.1'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://lens.test:${APP_PORT}/?text=${encodeURIComponent('Tom chased Jerry.')}`);
    expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.subtle])).toEqual([false, 'undefined']);
    await expect(translation(page)).toHaveText('汤姆追逐了杰瑞。');
    await expect(heatmap(page)).toBeVisible();
  } finally {
    await browser.close();
  }
});
