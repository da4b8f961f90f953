/// <reference lib="webworker" />
/**
 * The service worker, built by vite-plugin-pwa with Workbox. The precache (`self.__WB_MANIFEST`, written
 * by the build: the app shell with a revision for every file, and the default task's models at their
 * hashed URLs) installs beside the previous version's and waits; the page offers the update with a
 * Reload button and never forces it. Once a new version takes over, the old precache stays while a
 * page of that version is open, so that page keeps working (versions.ts). Other models are cached when
 * first used, or by "Prepare for offline class". Every cache takes only what `admit` verifies.
 */
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { addPlugins, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { admit, modelCacheKey, promisedSha256 } from './admit';
import { dropUnusedVersions, fromOlderVersion, versionOf } from './versions';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

const verified: WorkboxPlugin = { cacheWillUpdate: ({ request, response }) => admit(request.url, response) };

const manifest = self.__WB_MANIFEST; // the build writes the list here: it must be named only once
// This version's precache under a name of its own, so installing it never touches the one in use.
setCacheNameDetails({ precache: `precache-v2-${versionOf(manifest)}` });
const precache = cacheNames.precache;
addPlugins([verified]);
// A precached file is found whatever else its URL carries (`&x=1`): only a model file's `?v=` tells two apart.
precacheAndRoute(manifest, { ignoreURLParametersMatching: [/^(?!v$)/] });

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
// One entry per file and version (`modelCacheKey`), so junk parameters can't fill the cache; a page
// of an older version still open finds its own models in its version's precache.
const isModelFile = (url: URL) => url.origin === scope.origin && promisedSha256(url) !== null;
const byFileAndVersion: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => modelCacheKey(new URL(request.url)) ?? request,
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse ?? (await fromOlderVersion(request, precache)) ?? null,
};
const models = new CacheFirst({
  cacheName: 'attention-lens-models',
  plugins: [byFileAndVersion, verified, new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 90 * 24 * 3600, purgeOnQuotaError: true })],
});
registerRoute(({ url }) => isModelFile(url), models);

// Any other file of the app this version did not precache: a chunk of an older version, for a page
// of that version still running, from that version's precache; else the network.
registerRoute(
  ({ request, url }) => request.mode !== 'navigate' && url.origin === scope.origin && url.pathname.startsWith(scope.pathname),
  async ({ request }) => (await fromOlderVersion(request, precache)) ?? fetch(request),
);

/** "Prepare for offline class", one file at a time: fetch it unless cached, and answer whether it is now stored. */
async function store(event: ExtendableEvent, href: string): Promise<{ stored: boolean; status: number | null }> {
  const url = new URL(href, self.location.href);
  const key = isModelFile(url) ? modelCacheKey(url) : null;
  if (!key) return { stored: false, status: null };
  if (await caches.match(key)) return { stored: true, status: 200 };
  const [response, done] = models.handleAll({ event, request: new Request(key) });
  const status = await response.then(
    (r) => r.status,
    () => null,
  );
  await done.catch(() => {});
  return { stored: (await caches.match(key)) !== undefined, status };
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; url?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // A page (re)loaded: an older version's precache may have lost its last page.
  if (data?.type === 'LOADED') event.waitUntil(dropUnusedVersions(precache));
  if (data?.type === 'STORE' && typeof data.url === 'string') {
    const answer = store(event, data.url);
    event.waitUntil(answer);
    void answer.then((a) => event.ports[0]?.postMessage(a));
  }
});
// Not awaited: pages' requests wait until activation is over, and a page may take seconds to answer.
self.addEventListener('activate', () => void dropUnusedVersions(precache));
// The first install takes the open page at once, so "Prepare for offline class" works on the first visit.
clientsClaim();
