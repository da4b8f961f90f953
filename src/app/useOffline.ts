/**
 * Offline for the standalone app: registers the service worker (src/offline/sw.ts) through
 * workbox-window, offers (never forces) an update when a new version has installed, and "Prepare for
 * offline class" has the worker fetch and store every model, and says which one it could not.
 * Embeds skip all of this: storage in a third-party iframe is partitioned.
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

export function useOffline(enabled: boolean) {
  const available = enabled && import.meta.env.PROD && 'serviceWorker' in navigator;
  // Browsers give service workers only to https pages and localhost: a class served over plain http
  // (a laptop on the room's network) is told why there is no offline button.
  const insecure = enabled && import.meta.env.PROD && !window.isSecureContext;
  const wb = useRef<Workbox | null>(null);
  const [updateReady, setUpdateReady] = useState(false);
  const [prepare, setPrepare] = useState<PrepareState>({ phase: 'idle' });

  useEffect(() => {
    if (!available) return;
    const w = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    // A new version installed beside this one and waits until the user chooses to reload.
    w.addEventListener('waiting', () => setUpdateReady(true));
    void w.register().catch((e: Error) => console.warn(`Offline mode is unavailable: ${e.message}`));
    wb.current = w;
  }, [available]);

  const update = useCallback(() => {
    const w = wb.current;
    if (!w) return;
    w.addEventListener('controlling', () => location.reload());
    w.messageSkipWaiting();
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
