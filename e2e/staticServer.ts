import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** How the server answers; change the fields while it runs (a second deploy, a file gone missing). */
export interface Site {
  /** The folder served, dist/ by default. */
  root: string;
  /** Sent as `Cache-Control: max-age=…` with every file, as many hosts do. */
  maxAge?: number;
  /** Sent as `Vary` with every file (`vite preview` sends `Vary: Origin`). */
  vary?: string;
  /** What to send instead of the file at this path (from the site's root, e.g. `/pretrained/…`): a fault, or a page of the test's own; null for the file. */
  answer?: (path: string) => { status: number; type: string; body: string } | null;
}

/**
 * A plain static host, like the ones the app is deployed to: files from a folder, `index.html` for a
 * folder, and a real 404 for anything missing (never the app's page in its place, as `vite preview`
 * does). The query string is ignored, as on every static host.
 */
export function serveDist(port: number, options: Partial<Site> = {}): Promise<Server & { site: Site }> {
  const site: Site = { root: 'dist', ...options };
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const answer = site.answer?.(pathname);
    if (answer) {
      res.writeHead(answer.status, { 'Content-Type': answer.type }).end(answer.body);
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let path = normalize(join(site.root, decoded));
    if (path.endsWith('/') || (existsSync(path) && statSync(path).isDirectory())) path = join(path, 'index.html');
    if (!path.startsWith(normalize(site.root)) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 Not Found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[extname(path)] ?? 'application/octet-stream',
      'Content-Length': statSync(path).size,
      ...(site.maxAge !== undefined ? { 'Cache-Control': `max-age=${site.maxAge}` } : {}),
      ...(site.vary ? { Vary: site.vary } : {}),
    });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(Object.assign(server, { site }))));
}
