import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { APP, HOST_PORT } from './ports';
import { serveDist, type Site } from './staticServer';

const HOST = `http://127.0.0.1:${HOST_PORT}`;
const WIDGET = APP;
let server: Server & { site: Site };
test.beforeAll(async () => {
  server = await serveDist(HOST_PORT);
});
test.beforeEach(() => {
  server.site.answer = undefined;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

type Ev = { event: string; tokens?: string[]; model?: string; height?: number; step?: number; message?: string; alpha?: number[][] };
const events = (page: Page) => page.evaluate(() => ((window as unknown as { lensEvents?: unknown[] }).lensEvents ?? []) as Ev[]);
const waitFor = (page: Page, pred: (e: Ev[]) => boolean) =>
  expect.poll(async () => pred(await events(page)), { timeout: 60_000 }).toBe(true);

test('a course page on another origin drives the widget by postMessage and gets its events and height', async ({ page }) => {
  await page.goto(`${HOST}/host-example.html?widget=${encodeURIComponent(WIDGET)}`);
  await waitFor(page, (e) => e.some((x) => x.event === 'ready'));
  await waitFor(page, (e) =>
    e.some((x) => x.event === 'translated' && x.model === 'attention' && x.tokens!.join('') === '汤姆追逐了杰瑞。'),
  );
  const translated = (await events(page)).find((x) => x.event === 'translated' && x.model === 'attention')!;
  expect(translated.alpha).toHaveLength(5);
  await waitFor(page, (e) => e.some((x) => x.event === 'resize' && x.height! > 200));
  // The iframe follows the widget's latest height (which may still change as the page settles).
  const lastHeight = async () => (await events(page)).filter((x) => x.event === 'resize').at(-1)!.height!;
  const frameHeight = () => page.locator('#lens').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
  await expect.poll(async () => (await frameHeight()) === (await lastHeight())).toBe(true);

  await page.getByRole('button', { name: 'A reordering' }).click();
  await waitFor(page, (e) => e.some((x) => x.event === 'translated' && x.tokens!.includes('昨天')));
  await page.getByRole('button', { name: 'step ▶' }).click();
  await waitFor(page, (e) => e.some((x) => x.event === 'step'));
  await page.getByRole('button', { name: 'Compare both models' }).click();
  await expect(page.frameLocator('#lens').getByRole('radio', { name: 'Both' })).toBeChecked();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.frameLocator('#lens').getByRole('grid', { name: '注意力权重' })).toBeVisible();
  // The widget has no app chrome.
  await expect(page.frameLocator('#lens').getByRole('radiogroup', { name: 'Task' })).toBeHidden();
});

test('invalid and oversized messages get an error event; messages from another origin are ignored', async ({ page }) => {
  await page.goto(`${HOST}/host-example.html?widget=${encodeURIComponent(WIDGET)}`);
  await waitFor(page, (e) => e.some((x) => x.event === 'translated'));
  await page.evaluate(() => {
    const w = (document.getElementById('lens') as HTMLIFrameElement).contentWindow!;
    w.postMessage({ type: 'attention-lens', version: 1, command: 'setText', text: 'x'.repeat(50_000) }, '*');
    w.postMessage({ type: 'attention-lens', version: 1, command: 'eval', code: 'alert(1)' }, '*');
    w.postMessage({ type: 'attention-lens', version: 9, command: 'play' }, '*');
    w.postMessage('<img src=x onerror=alert(1)>', '*');
  });
  await waitFor(page, (e) => e.filter((x) => x.event === 'error').length >= 3);
  const errors = (await events(page)).filter((x) => x.event === 'error').map((x) => x.message);
  expect(errors.join(' ')).toMatch(/too large/);
  expect(errors.join(' ')).toMatch(/Unknown command/);
  expect(errors.join(' ')).toMatch(/version/);

  // Now a widget that only trusts https://course.example: the same page's commands are ignored.
  await page.goto(`${HOST}/host-example.html?widget=${encodeURIComponent(`${WIDGET}?origin=https://course.example`)}`);
  await page.frameLocator('#lens').getByRole('grid').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'A reordering' }).click();
  await page.waitForTimeout(1500);
  await expect(page.frameLocator('#lens').getByRole('textbox', { name: 'Sentence' })).toHaveValue('Tom chased Jerry.');
  expect((await events(page)).length).toBe(0); // and it answers only its pinned origin
});

test('hostile URL parameters do nothing', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  const q = new URLSearchParams({
    embed: '1',
    text: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
    mode: '<svg onload=alert(1)>',
    task: 'javascript:alert(1)',
    step: '1e9',
    lang: '__proto__',
    theme: 'url(javascript:alert(1))',
    controls: 'maybe',
    tfjsflags: 'WEBGL_VERSION:evil,DEBUG:true',
  });
  await page.goto(`/?${q}`);
  await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue(/<img src=x/);
  await expect(page.getByRole('status', { name: 'Translation' })).not.toBeEmpty({ timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img, main script')).toHaveCount(0);
  expect(page.url()).not.toContain('tfjsflags');
  expect(warnings.join('\n')).toMatch(/tfjsflags/);
  expect(warnings.join('\n')).toMatch(/Ignoring URL parameter mode/);
  await page.goto(`/?text=${'a'.repeat(5_000)}`); // longer than any input the app accepts
  await expect(page.getByRole('textbox', { name: 'Sentence' })).toHaveValue('Tom chased Jerry.');
});

test('a cell pinned on a 29-token sentence, then setTask from the host: the widget shows the new task instead of crashing', async ({
  page,
}) => {
  const long =
    "Lily's clever student wrote three letters in the library this morning because her teacher helped him but they will not visit Mary happily in the park tomorrow.";
  const send = (command: string, fields: Record<string, string>) =>
    page.evaluate(
      ([c, f]) => (window as unknown as { lens: { send: (c: string, f: object) => void } }).lens.send(c as string, f as object),
      [command, fields] as const,
    );
  await page.goto(`${HOST}/host-example.html?widget=${encodeURIComponent(WIDGET)}`);
  await waitFor(page, (e) => e.some((x) => x.event === 'translated'));
  const lens = page.frameLocator('#lens');
  await send('setText', { text: long });
  await expect(lens.locator('[data-cell="1-28"]')).toBeVisible({ timeout: 60_000 });
  await lens.locator('[data-cell="1-28"]').click();
  await expect(lens.locator('.readout')).toContainText('← .');
  await page.mouse.move(0, 0); // off the widget: what stays lit now is the pin alone
  await expect(lens.locator('.readout')).toContainText('← .');
  await send('setTask', { task: 'dates' });
  await expect(lens.getByRole('status', { name: 'Translation' })).toHaveText('2026-11-25', { timeout: 60_000 });
  await expect(lens.getByRole('grid', { name: 'Attention weights' })).toBeVisible();
  await expect(lens.locator('.readout')).toHaveText('\u00a0'); // the old sentence's pin is gone
});

/** A course page on the host origin with just an iframe (its attributes as given) that logs every message it gets. */
async function courseWith(page: Page, iframe: string) {
  const body = `<!doctype html><title>Course</title><script>window.lensEvents = []; addEventListener('message', (m) => lensEvents.push(m.data));</script>${iframe}`;
  server.site.answer = (path) => (path === '/course.html' ? { status: 200, type: 'text/html', body } : null);
  await page.goto(`${HOST}/course.html`);
}

for (const query of [
  'embed=1&text=100%',
  'embed=1&text=Tom%20chased%20Jerry.&x?tfjsflags=DEBUG:true',
  'embed=1&utm=%zz&text=Tom%20chased%20Jerry.',
])
  test(`the widget starts and translates (or says why not) within 30 s: ?${query}`, async ({ page }) => {
    await courseWith(page, `<iframe id="lens" title="Attention Lens" src="${WIDGET}?${query}" width="900" height="600"></iframe>`);
    await expect
      .poll(async () => (await events(page)).some((e) => e.event === 'error' || (e.event === 'translated' && e.tokens!.length > 0)), {
        timeout: 30_000,
      })
      .toBe(true);
    const frame = page.frameLocator('#lens');
    if (query.includes('Jerry')) await expect(frame.getByRole('status', { name: 'Translation' })).toHaveText('汤姆追逐了杰瑞。');
    else await expect(frame.getByRole('textbox', { name: 'Sentence' })).toHaveValue('100%'); // the sentence survives
    expect(await page.frames()[1]!.evaluate(() => location.search)).not.toMatch(/tfjsflags|%zz|100%(?!25)/);
  });

test('with no referrer and no origin=, the widget asks for origin= and posts nothing else; a malformed origin= is refused', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  for (const [src, policy] of [
    [`${WIDGET}?embed=1&text=Tom%20chased%20Jerry.`, 'no-referrer'],
    [`${WIDGET}?embed=1&text=Tom%20chased%20Jerry.&origin=course.example.edu`, 'strict-origin-when-cross-origin'],
  ]) {
    await courseWith(
      page,
      `<iframe id="lens" title="Attention Lens" referrerpolicy="${policy}" src="${src}" width="900" height="600"></iframe>`,
    );
    await expect(page.frameLocator('#lens').getByRole('status', { name: 'Translation' })).toHaveText('汤姆追逐了杰瑞。', {
      timeout: 60_000,
    });
    await page.waitForTimeout(500);
    const got = await events(page);
    expect(got).toEqual([{ type: 'attention-lens', version: 1, event: 'error', message: expect.stringContaining('origin=https://') }]);
  }
  expect(warnings.join('\n')).toMatch(/Refusing origin="course.example.edu"/);
});

test('if the widget cannot start, it posts an error event and shows Retry, which recovers', async ({ page }) => {
  await page.route('**/assets/runtime-*.js', (route) => route.fulfill({ status: 503, body: 'busy' }));
  await courseWith(
    page,
    `<iframe id="lens" title="Attention Lens" src="${WIDGET}?embed=1&text=Tom%20chased%20Jerry." width="900" height="600"></iframe>`,
  );
  await waitFor(page, (e) => e.some((x) => x.event === 'error'));
  const frame = page.frameLocator('#lens');
  await expect(frame.getByRole('alert')).toContainText('could not be loaded');
  await page.unroute('**/assets/runtime-*.js');
  await frame.getByRole('button', { name: 'Retry' }).click();
  await waitFor(page, (e) => e.some((x) => x.event === 'translated' && x.tokens!.join('') === '汤姆追逐了杰瑞。'));
  await expect(frame.getByRole('textbox', { name: 'Sentence' })).toHaveValue('Tom chased Jerry.');
});

test('the host example frames only its own site’s widget, whatever ?widget= says', async ({ page }) => {
  for (const asked of ['https://evil.example/', 'javascript:alert(1)']) {
    await page.goto(`${HOST}/host-example.html?widget=${encodeURIComponent(asked)}`);
    await expect(page.getByRole('status').filter({ hasText: 'Ignoring ?widget=' })).toBeVisible();
    expect(await page.locator('#lens').getAttribute('src')).toMatch(new RegExp(`^${HOST}/\\?`));
  }
});

/** A course page with the widget at `query`, and a way to send it commands. */
async function widget(page: Page, query: string) {
  await courseWith(page, `<iframe id="lens" title="Attention Lens" src="${WIDGET}?${query}" width="1000" height="900"></iframe>`);
  return (command: string, fields: Record<string, unknown> = {}) =>
    page.evaluate(
      ([c, f]) =>
        (document.getElementById('lens') as HTMLIFrameElement).contentWindow!.postMessage(
          { type: 'attention-lens', version: 1, command: c, ...(f as object) },
          '*',
        ),
      [command, fields] as const,
    );
}
const translatedOf = (e: Ev[], model: string, text: string) =>
  e.filter((x) => x.event === 'translated' && x.model === model && x.tokens!.join('') === text);

test('each translation reaches the host once per model: the twin arriving later does not send the attention model’s again', async ({
  page,
}) => {
  const send = await widget(page, 'embed=1&text=Tom%20chased%20Jerry.');
  await waitFor(page, (e) => translatedOf(e, 'distracted', '汤姆追逐了杰瑞。').length > 0);
  await page.waitForTimeout(1000);
  expect(translatedOf(await events(page), 'attention', '汤姆追逐了杰瑞。')).toHaveLength(1);
  expect(translatedOf(await events(page), 'distracted', '汤姆追逐了杰瑞。')).toHaveLength(1);
  await send('setText', { text: 'Mary likes cheese.' });
  await waitFor(page, (e) => e.filter((x) => x.event === 'translated').length >= 4);
  await page.waitForTimeout(1000);
  const after = (await events(page)).filter((x) => x.event === 'translated').slice(2);
  expect(after.map((x) => x.model).sort()).toEqual(['attention', 'distracted']);
});

test('a step sent right after setText lands on that step of the new sentence, not clamped to the old one', async ({ page }) => {
  const send = await widget(page, 'embed=1&text=Tom%20chased%20Jerry.');
  await waitFor(page, (e) => e.some((x) => x.event === 'translated'));
  const long = 'Tom chased Jerry quickly in the kitchen yesterday because Mary was happy.';
  await send('setText', { text: long });
  await send('step', { step: 12 });
  await waitFor(page, (e) => e.some((x) => x.event === 'translated' && x.tokens!.includes('昨天')));
  const total = (await events(page)).find((x) => x.event === 'translated' && x.tokens!.includes('昨天'))!.tokens!.length;
  expect(total).toBeGreaterThan(12);
  await waitFor(page, (e) => e.filter((x) => x.event === 'step').at(-1)?.step === 12);
  await expect(page.frameLocator('#lens').getByRole('slider', { name: 'Step' })).toHaveValue('12');
});

test('autoplay starts once per new translation: the twin arriving mid-play does not start it over', async ({ page }) => {
  // The twin's weights arrive late, while the attention model's translation is already playing.
  await page.route('**/pretrained/en-zh/distracted/weights.bin*', async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.continue();
  });
  await widget(page, 'embed=1&autoplay=1&text=Tom%20chased%20Jerry.');
  await waitFor(page, (e) => e.some((x) => x.event === 'translated' && x.model === 'distracted'));
  await waitFor(page, (e) => e.filter((x) => x.event === 'step').at(-1)?.step === 5); // 汤姆 追逐 了 杰瑞 。
  await page.waitForTimeout(1500);
  const steps = (await events(page)).filter((x) => x.event === 'step').map((x) => x.step);
  expect(steps.filter((s) => s === 1)).toHaveLength(1); // it started once
  expect(steps.slice(steps.indexOf(1))).toEqual([1, 2, 3, 4, 5]);
});

test('translated says where α came from: the model, a snapshot (with its %), or a what-if', async ({ page }) => {
  const send = await widget(page, 'embed=1&text=Tom%20chased%20Jerry.');
  type Tr = Ev & { alphaFrom?: string; snapshot?: number };
  const last = async () => (await events(page)).filter((x) => x.event === 'translated' && x.model === 'attention').at(-1) as Tr;
  await waitFor(page, (e) => e.some((x) => x.event === 'translated'));
  expect(await last()).toMatchObject({ alphaFrom: 'model' });
  expect((await last()).snapshot).toBeUndefined();
  await send('setSnapshot', { snapshot: 20 });
  await expect.poll(async () => (await last()).alphaFrom, { timeout: 60_000 }).toBe('snapshot');
  expect((await last()).snapshot).toBe(20);
  await send('setSnapshot', { snapshot: 100 });
  await expect.poll(async () => (await last()).alphaFrom, { timeout: 60_000 }).toBe('model');
  await page.frameLocator('#lens').getByRole('radio', { name: 'Uniform' }).check();
  await expect.poll(async () => (await last()).alphaFrom, { timeout: 60_000 }).toBe('what-if');
});

test('controls=0: the widget shows the views and no control of any kind; the host still drives it', async ({ page }) => {
  const send = await widget(page, 'embed=1&controls=0&text=Tom%20chased%20Jerry.');
  const frame = page.frameLocator('#lens');
  await expect(frame.getByRole('status', { name: 'Translation' })).toHaveText('汤姆追逐了杰瑞。', { timeout: 60_000 });
  await expect(frame.getByRole('grid', { name: 'Attention weights' })).toBeVisible();
  await page.waitForTimeout(2000); // the twin and the timeline have arrived by now
  for (const role of ['button', 'textbox', 'slider', 'radio', 'checkbox', 'spinbutton', 'combobox'] as const)
    await expect(frame.getByRole(role), role).toHaveCount(0);
  await send('setText', { text: 'Mary likes cheese.' });
  await expect(frame.getByRole('status', { name: 'Translation' })).toHaveText('玛丽喜欢奶酪。', { timeout: 60_000 });
});

test('a snapshot whose weights fail to load reaches the host as one error event', async ({ page }) => {
  await page.route('**/pretrained/en-zh/*/snapshots/snapshot-020.bin*', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const send = await widget(page, 'embed=1&text=Tom%20chased%20Jerry.');
  await waitFor(page, (e) => e.some((x) => x.event === 'translated' && x.model === 'distracted'));
  await send('setSnapshot', { snapshot: 20 });
  await expect(page.frameLocator('#lens').getByRole('alert').filter({ hasText: 'could not be made' })).toBeVisible({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  const errors = (await events(page)).filter((x) => x.event === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message).toMatch(/snapshot-020\.bin/);
});
