// Attention Lens service worker (generated at build time from src/offline/sw-template.js).
// Cache-first for the app and the model weights, in a cache named after this build: a new build
// installs beside the old one and waits; the page offers the update, and never forces it mid-lecture.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `attention-lens-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('attention-lens-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== location.origin) return;
  // The page itself: whatever the query, it is the cached index.html of this version.
  const key = req.mode === 'navigate' ? new URL('./', self.registration.scope).href : req;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(key, { ignoreSearch: req.mode === 'navigate' });
      if (hit) return hit;
      const res = await fetch(req);
      if (res.ok && (url.pathname.includes('/assets/') || url.pathname.includes('/pretrained/'))) cache.put(req, res.clone());
      return res;
    }),
  );
});
