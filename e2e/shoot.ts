/**
 * Screenshots for looking at (not a test): npx tsx e2e/shoot.ts [url-query] [sizes] [full|fold]
 * — phone, laptop, projector (1920×1080) and projector720 (1280×720) × en, zh. `fold` shoots the
 * viewport only (what a projector shows), else the full page. For the guided reading, each section:
 * npx tsx e2e/shoot.ts read=3 phone,laptop
 */
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { APP } from './ports';

const sizes = {
  phone: { width: 360, height: 780 },
  laptop: { width: 1366, height: 800 },
  projector: { width: 1920, height: 1080 },
  projector720: { width: 1280, height: 720 },
};
const query = process.argv[2] ?? '';
const only = process.argv[3];
const fullPage = process.argv[4] !== 'fold';
const browser = await chromium.launch(config.use!.launchOptions);
for (const [name, viewport] of Object.entries(sizes)) {
  if (only && !only.split(',').includes(name)) continue;
  for (const lang of ['en', 'zh']) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
    await page.goto(`${APP}?lang=${lang}&${query}`);
    await page
      .locator('.read-widget .source li, .read-widget .tokens .tok, [role=grid], .distracted li')
      .first()
      .waitFor({ timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(800);
    const file = `screenshots/${name}-${lang}${query ? '-' + query.replace(/[^a-z0-9]+/gi, '_').slice(0, 40) : ''}.png`;
    await page.screenshot({ path: file, fullPage });
    console.log(file);
    await page.close();
  }
}
await browser.close();
