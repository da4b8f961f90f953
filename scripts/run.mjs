// Runs a TypeScript entry point in Node: bundles it with esbuild, resolving packages by their ES module
// builds (as Vite does for the browser), so Node and the browser run the very same tfjs code.
// tfjs-core's Node build can't register gradients; its ES build can. Usage: node scripts/run.mjs src/x.ts [args]
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error('usage: node scripts/run.mjs <entry.ts> [args…]');
const dir = resolve('.cache/run');
mkdirSync(dir, { recursive: true });
// One bundle per process: two trainings may start at once.
const outfile = resolve(dir, basename(entry).replace(/\.ts$/, `-${process.pid}.mjs`));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  // Tools that must stay as installed (Playwright finds its own files at run time).
  external: ['@playwright/test', 'playwright', 'playwright-core'],
  sourcemap: 'inline',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __filename.replace(/[^/]*$/, '');",
  },
});
process.argv = [process.argv[0], outfile, ...args];
process.on('exit', () => rmSync(outfile, { force: true }));
await import(pathToFileURL(outfile).href);
