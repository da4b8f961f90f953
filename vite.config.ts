import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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

export default defineConfig({
  base: './',
  plugins: [react(), pretrained()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
});
