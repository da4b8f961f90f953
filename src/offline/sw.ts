/// <reference lib="webworker" />
/**
 * The service worker, built by vite-plugin-pwa with Workbox. The precache (`self.__WB_MANIFEST`, written
 * by the build: the app shell with a revision for every file, and the default task's models at their
 * hashed URLs) installs beside the previous version's and waits; the page offers the update with a
 * Reload button and never forces it. Other models are cached when first used, or by "Prepare for
 * offline class". Both caches take only what `admit` verifies.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { admit, promisedSha256 } from './admit';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

const verified: WorkboxPlugin = { cacheWillUpdate: ({ request, response }) => admit(request.url, response) };

addPlugins([verified]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The app's own pages (the scope's root and index.html, whatever the query) are the precached
// index.html. Any other navigation (host-example.html, embed.js, metrics.json, a typo) goes to the
// network, which answers with the file or a real 404.
const scope = new URL(self.registration.scope);
const appPages = new Set([scope.pathname, `${scope.pathname}index.html`]);
// Slices of the Chinese web font, fetched only on a machine without a Chinese font and only for the
// characters shown: each kept once fetched (their names carry a content hash, so they never change).
registerRoute(
  ({ url }) => url.origin === scope.origin && /\/assets\/noto-sans-sc-[\w-]+\.woff2$/.test(url.pathname),
  new CacheFirst({
    cacheName: 'cjk-font',
    plugins: [verified, new ExpirationPlugin({ maxEntries: 120, maxAgeSeconds: 90 * 24 * 3600 })],
  }),
);
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === scope.origin && appPages.has(url.pathname),
  createHandlerBoundToURL('index.html'),
);

// Model files at their hashed URLs: from the cache once verified, kept for a term after their last use.
const isModelFile = (url: URL) => url.origin === scope.origin && promisedSha256(url) !== null;
const models = new CacheFirst({
  cacheName: 'attention-lens-models',
  plugins: [verified, new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 90 * 24 * 3600, purgeOnQuotaError: true })],
});
registerRoute(({ url }) => isModelFile(url), models);

/** "Prepare for offline class", one file at a time: fetch it unless cached, and answer whether it is now stored. */
async function store(event: ExtendableEvent, href: string): Promise<{ stored: boolean; status: number | null }> {
  const url = new URL(href, self.location.href);
  if (!isModelFile(url)) return { stored: false, status: null };
  if (await caches.match(url.href)) return { stored: true, status: 200 };
  const [response, done] = models.handleAll({ event, request: new Request(url.href) });
  const status = await response.then(
    (r) => r.status,
    () => null,
  );
  await done.catch(() => {});
  return { stored: (await caches.match(url.href)) !== undefined, status };
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; url?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'STORE' && typeof data.url === 'string') {
    const answer = store(event, data.url);
    event.waitUntil(answer);
    void answer.then((a) => event.ports[0]?.postMessage(a));
  }
});
// The first install takes the open page at once, so "Prepare for offline class" works on the first visit.
clientsClaim();
