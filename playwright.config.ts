import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { APP, DEV, DEV_PORT } from './e2e/ports';

/** Debian's Chromium, never a downloaded browser (docs/machine.md). */
const chromium = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  // Two files at a time (one per core): a file's tests still run in order, and no two files share a port (ports.ts).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // The JSON report keeps each test's time: `node scripts/e2eTimes.mjs` sums it per spec file.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-times.json' }]],
  use: {
    baseURL: APP,
    // Page routes can't see what a service worker fetches: only the offline specs let the worker run.
    serviceWorkers: 'block',
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
  projects: [
    // The built app, as it is deployed.
    { name: 'dist', testIgnore: '**/dev*.spec.ts' },
    // The README's `npm run dev`: the source files, React StrictMode on.
    { name: 'dev', testMatch: '**/dev*.spec.ts', use: { baseURL: DEV } },
  ],
  webServer: [
    {
      // A plain static host, not `vite preview` (which answers index.html for a missing file and so hides bugs).
      command: 'npx tsx e2e/serve.ts',
      url: APP,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm run dev -- --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: DEV,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
