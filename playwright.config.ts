import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { APP, APP_PORT } from './e2e/ports';

/** Debian's Chromium, never a downloaded browser (shared/NOTES.md). */
const chromium = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: APP,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-default-apps',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${APP_PORT} --strictPort --host 127.0.0.1`,
    url: APP,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
