/// <reference lib="webworker" />
/**
 * Each version of the app keeps its own precache, and keeps it while a page of that version is open:
 * when a new version takes over (another tab clicked "Reload now"), a tab still running the old one
 * goes on loading its chunks (Train live, WebGL's code, the wasm binaries) from the old precache until
 * its user reloads it. Workbox's own clean-up would delete them the moment the new version activates.
 *
 * Runs in the service worker; a page answers `WHICH_SCRIPT` with the URL of one of its own scripts
 * (src/app/useOffline.ts), which names the precache it came from.
 */
declare const self: ServiceWorkerGlobalScope;

/** A short, stable name for a precache manifest (FNV-1a of its JSON): the same files, the same name. */
export function versionOf(manifest: unknown): string {
  let h = 0x811c9dc5;
  for (const c of JSON.stringify(manifest)) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Every precache of this scope, this version's and older ones (Workbox names them `workbox-precache-v2-…<scope>`). */
async function precaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith('workbox-precache-v2-') && name.endsWith(self.registration.scope));
}

/** A file an older version precached, for a page of that version still running: exactly its URL, or undefined. */
export async function fromOlderVersion(request: Request | string, current: string): Promise<Response | undefined> {
  for (const name of await precaches()) {
    if (name === current) continue;
    const found = await caches.match(request, { cacheName: name });
    if (found) return found;
  }
  return undefined;
}

/** Asks one page which script it runs; null when it doesn't answer in time (an older version's page, or a busy one). */
function scriptOf(client: Client, ms = 3000): Promise<string | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), ms);
    channel.port1.onmessage = (m) => {
      clearTimeout(timer);
      const script = (m.data as { script?: unknown } | null)?.script;
      resolve(typeof script === 'string' ? script : null);
    };
    client.postMessage({ type: 'WHICH_SCRIPT' }, [channel.port2]);
  });
}

/**
 * Deletes the precaches of older versions that no open page runs. Keeps them all when a page doesn't
 * say what it runs, and while a newer version is installing or waiting (its precache is one of them).
 */
export async function dropUnusedVersions(current: string): Promise<void> {
  const newerOnTheWay = () => self.registration.installing !== null || self.registration.waiting !== null;
  const older = (await precaches()).filter((name) => name !== current);
  if (!older.length || newerOnTheWay()) return;
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const scripts = await Promise.all(pages.map((page) => scriptOf(page)));
  if (scripts.includes(null)) return;
  for (const name of older) {
    const inUse = (await Promise.all(scripts.map((s) => caches.match(s!, { cacheName: name })))).some(Boolean);
    if (!inUse && !newerOnTheWay()) await caches.delete(name);
  }
}
