import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';

/** Serves pretrained/ at /pretrained/ in development and copies it into the build (model.json, weights, metrics, test split). */
function pretrained(): Plugin {
  const root = 'pretrained';
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  return {
    name: 'attention-lens-pretrained',
    configureServer(server) {
      server.middlewares.use('/pretrained', (req, res, next) => {
        const path = join(root, decodeURIComponent((req.url ?? '').split('?')[0]!));
        if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return next();
        res.setHeader('Content-Length', statSync(path).size);
        res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        createReadStream(path).pipe(res);
      });
    },
    generateBundle() {
      if (!existsSync(root)) return;
      for (const file of files(root))
        this.emitFile({ type: 'asset', fileName: join('pretrained', relative(root, file)), source: readFileSync(file) });
    },
  };
}

/**
 * Writes sw.js from src/offline/sw-template.js: a cache named after a hash of this build, precaching the
 * app shell, its assets and the default task's models. Other models are cached when first used (or by
 * "prepare for offline class").
 */
function serviceWorker(): Plugin {
  return {
    name: 'attention-lens-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const names = Object.keys(bundle).filter(
        (f) => !f.endsWith('.map') && !f.includes('snapshots/') && !f.endsWith('test.json') && !f.startsWith('host-example'),
      );
      const precache = [
        './',
        ...names.filter((f) => !f.startsWith('pretrained/') || f.startsWith('pretrained/en-zh/')).map((f) => `./${f}`),
      ];
      const hash = createHash('sha256');
      for (const f of names.sort()) {
        const item = bundle[f]!;
        hash.update(f).update(item.type === 'asset' ? item.source : item.code);
      }
      const version = hash.digest('hex').slice(0, 12);
      const template = readFileSync('src/offline/sw-template.js', 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache)),
      });
    },
  };
}

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
