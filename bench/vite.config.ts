import { defineConfig } from 'vite';
import app from '../vite.config';

/** The benchmark harness page: built apart from the app (it never ships), with the same pretrained/ copy. */
export default defineConfig({
  root: 'bench',
  base: './',
  plugins: app.plugins?.filter((p) => p && 'name' in p && p.name === 'attention-lens-pretrained'),
  build: { outDir: '../.cache/bench-dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
});
