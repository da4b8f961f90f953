/**
 * Offline for the standalone app: registers the service worker (src/offline/sw.ts) through
 * workbox-window, and "Prepare for offline class" has the worker fetch and store every model, and says
 * which one it could not. Updates are offered, never forced: when a new version has installed, and
 * when another tab let one take over (this tab keeps running its own version, whose files the worker
 * keeps while it is open, until its user clicks Reload). The page looks for a new version when it
 * regains focus and every hour. Embeds skip all of this: storage in a third-party iframe is partitioned.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Workbox } from 'workbox-window';
import { taskIds } from '../data/tasks';
import { offlineFiles, pretrainedFile } from './pretrained';

export type PrepareState =
  { phase: 'idle' } | { phase: 'working'; done: number; total: number } | { phase: 'done' } | { phase: 'failed'; message: string };

/** The service worker controlling this page, once there is one (the first install claims the page); rejects after `ms`. */
function controller(ms: number): Promise<ServiceWorker> {
  const sw = navigator.serviceWorker;
  if (sw.controller) return Promise.resolve(sw.controller);
  return new Promise((resolve, reject) => {
    const notRunning = () => reject(new Error('the offline helper (service worker) is not running; reload the page and try again'));
    const timer = setTimeout(notRunning, ms);
    sw.addEventListener('controllerchange', () => (clearTimeout(timer), sw.controller ? resolve(sw.controller) : notRunning()), {
      once: true,
    });
  });
}

/** Asks the worker to fetch and store one file; it answers once the file is stored, or refused (src/offline/sw.ts). */
function store(worker: ServiceWorker, url: string): Promise<{ stored: boolean; status: number | null }> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (m) => resolve(m.data as { stored: boolean; status: number | null });
    worker.postMessage({ type: 'STORE', url }, [channel.port2]);
  });
}

/** How often an open page asks the server for a new version (also whenever it regains focus). */
const CHECK_EVERY_MS = 3600_000;

/** Tells the service worker which version this page runs: one of its own scripts, found in that version's precache. */
function answerWhichScript() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (m: MessageEvent<{ type?: string } | null>) => {
    if (m.data?.type === 'WHICH_SCRIPT') m.ports[0]?.postMessage({ script: import.meta.url });
  });
}
answerWhichScript();

/**
 * Calls `onNewVersion` when a new version is installed and waiting beside the one controlling this page,
 * or has taken over from it without this page asking (another tab clicked Reload).
 */
function watchForNewVersion(registration: ServiceWorkerRegistration, asked: () => boolean, onNewVersion: () => void) {
  const sw = navigator.serviceWorker;
  const whenWaiting = (worker: ServiceWorker | null) => {
    const check = () => {
      // A first install passes through `installed` too, with no version in control yet: that is no update.
      if (worker?.state === 'installed' && registration.waiting === worker && sw.controller) onNewVersion();
    };
    check();
    worker?.addEventListener('statechange', check);
  };
  whenWaiting(registration.waiting);
  whenWaiting(registration.installing);
  registration.addEventListener('updatefound', () => whenWaiting(registration.installing));
  let controlled = sw.controller !== null;
  sw.addEventListener('controllerchange', () => {
    // The first install claiming this page is the version it runs; any later change is a new one.
    if (controlled && !asked()) onNewVersion();
    controlled = true;
  });
}

export function useOffline(enabled: boolean) {
  const available = enabled && import.meta.env.PROD && 'serviceWorker' in navigator;
  // Browsers give service workers only to https pages and localhost: a class served over plain http
  // (a laptop on the room's network) is told why there is no offline button.
  const insecure = enabled && import.meta.env.PROD && !window.isSecureContext;
  const wb = useRef<Workbox | null>(null);
  const [updateReady, setUpdateReady] = useState(false);
  const [prepare, setPrepare] = useState<PrepareState>({ phase: 'idle' });

  const registration = useRef<ServiceWorkerRegistration | null>(null);
  /** This page asked the new version to take over (and reloads when it has). */
  const asked = useRef(false);

  useEffect(() => {
    if (!available) return;
    const w = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    wb.current = w;
    void w.register().then(
      (r) => {
        if (!r) return;
        registration.current = r;
        watchForNewVersion(
          r,
          () => asked.current,
          () => setUpdateReady(true),
        );
        // This page is open now: the precache of a version no page runs any longer can go.
        navigator.serviceWorker.controller?.postMessage({ type: 'LOADED' });
      },
      (e: Error) => console.warn(`Offline mode is unavailable: ${e.message}`),
    );
    const check = () => void w.update().catch(() => {}); // offline, or the server briefly away: next time
    const hourly = setInterval(check, CHECK_EVERY_MS);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(hourly);
      window.removeEventListener('focus', check);
    };
  }, [available]);

  /** Reloads into the new version: a waiting one takes over first; one that already has (from another tab) just serves the reload. */
  const update = useCallback(() => {
    if (!registration.current?.waiting) return location.reload();
    asked.current = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    wb.current?.messageSkipWaiting();
  }, []);

  const prepareAll = useCallback(async () => {
    const files = offlineFiles(taskIds).map((path) => ({ path, file: pretrainedFile(path) }));
    setPrepare({ phase: 'working', done: 0, total: files.length });
    try {
      const worker = await controller(30_000);
      let done = 0;
      for (const { path, file } of files) {
        if (!file) throw new Error(`${path} is not part of this version`);
        // The worker stores only bytes whose SHA-256 matches the build's.
        const { stored, status } = await store(worker, file.url);
        if (!stored)
          throw new Error(
            status === null
              ? `${path}: network error`
              : status !== 200
                ? `${path}: HTTP ${status}`
                : `${path} is not the file this version was built with`,
          );
        setPrepare({ phase: 'working', done: ++done, total: files.length });
      }
      setPrepare({ phase: 'done' });
    } catch (e) {
      setPrepare({ phase: 'failed', message: (e as Error).message });
    }
  }, []);

  return { updateReady, update, prepare, prepareAll, available, insecure };
}
