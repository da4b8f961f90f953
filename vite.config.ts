import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';

/** Every file under `root`, as a path relative to it with forward slashes. */
const filesUnder = (root: string): string[] =>
  existsSync(root)
    ? readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(root, f)).isFile())
        .map((f) => f.split(sep).join('/'))
        .sort()
    : [];

/** Every file of pretrained/ the app may fetch (the training snapshots too), with its SHA-256: the table behind `virtual:pretrained`. */
const pretrainedTable = (root = 'pretrained'): Record<string, string> =>
  Object.fromEntries(
    filesUnder(root).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(root, f)))
        .digest('hex'),
    ]),
  );

/**
 * Serves pretrained/ at /pretrained/ in development and copies it into the build, and gives the app
 * `virtual:pretrained`: each file's SHA-256, which the app puts in the file's URL (`?v=`) and checks
 * the bytes against. So an app only ever loads the models it was built with.
 */
export function pretrained(): Plugin {
  const root = 'pretrained';
  const id = 'virtual:pretrained';
  return {
    name: 'attention-lens-pretrained',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (source) => (source === `\0${id}` ? `export default ${JSON.stringify(pretrainedTable(root))};` : null),
    configureServer(server) {
      // A model trained while the dev server runs changes its hash: rebuild the table and reload the page.
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (!relative(root, file).startsWith('..') && !file.includes('snapshots')) {
          const table = server.moduleGraph.getModuleById(`\0${id}`);
          if (table) server.moduleGraph.invalidateModule(table);
          server.ws.send({ type: 'full-reload' });
        }
      });
      server.middlewares.use('/pretrained', (req, res, next) => {
        const path = join(root, decodeURIComponent((req.url ?? '').split('?')[0]!));
        if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return next();
        res.setHeader('Content-Length', statSync(path).size);
        res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        createReadStream(path).pipe(res);
      });
    },
    generateBundle() {
      for (const file of filesUnder(root))
        this.emitFile({ type: 'asset', fileName: `pretrained/${file}`, source: readFileSync(join(root, file)) });
    },
  };
}
/**
 * The service worker: Workbox, through vite-plugin-pwa, from src/offline/sw.ts. The precache manifest
 * (URL + revision of every file of the app shell, index.html and public/ included) is generated from the
 * build; the default task's models join it at their hashed URLs. Other models are cached when first used.
 */
const defaultTaskFiles = (table: Record<string, string>) =>
  Object.entries(table)
    .filter(([f]) => f.startsWith('en-zh/') && !f.endsWith('test.json') && !f.includes('/snapshots/')) // snapshots: fetched when the timeline is used
    .map(([f, sha]) => ({ url: `pretrained/${f}?v=${sha}`, revision: null }));

const serviceWorker = () =>
  VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    manifest: false, // public/manifest.webmanifest is ours
    injectManifest: {
      globPatterns: ['index.html', 'assets/*.{js,css,wasm,woff2}', '*.{svg,webmanifest}', 'embed.js'],
      // The Chinese web font's ~100 slices (2.5 MB) are cached as the page uses them (sw.ts), not precached.
      globIgnores: ['assets/noto-sans-sc-*'],
      additionalManifestEntries: defaultTaskFiles(pretrainedTable()),
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });

/** A Content-Security-Policy without inline script, in the built page (frame-ancestors needs an HTTP header: see public/_headers). */
const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
function contentSecurityPolicy(): Plugin {
  return {
    name: 'attention-lens-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), pretrained(), serviceWorker(), contentSecurityPolicy()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
});
