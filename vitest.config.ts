import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { pretrained } from './vite.config';

/** Tests that run the model get tfjs's Node backend from a setup file; the rest never load tfjs. */
const withModel = [
  'src/model/**/*.test.ts',
  'src/learn/**/*.test.ts',
  'src/cli/**/*.test.ts',
  'src/live/**/*.test.ts',
  'src/app/**/*.model.test.{ts,tsx}',
];

export default defineConfig({
  // The app's table of shipped files (virtual:pretrained), for tests that render the app.
  plugins: [pretrained()],
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A file per core: vitest's default leaves one core for itself (1 worker on a 2-core machine), but
    // its main process only waits while the forks parse grammars and run models.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'model', include: withModel, setupFiles: ['src/testing/nodeBackend.ts'] } },
      {
        extends: true,
        test: { name: 'plain', include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'], exclude: withModel },
      },
    ],
  },
});
